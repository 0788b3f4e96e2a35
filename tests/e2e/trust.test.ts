/**
 * Trust in the rule-file chain, in real Chromium: a setup code pins the rules URL and key
 * (no device management); wrongly signed and unsigned files are refused; keys roll with and
 * without an overlap key and the organisation's rules never give way to the default; a server
 * that never answers times out while an import still goes through; the personal client list
 * stops a draft in the page; override statistics count a prompt, an edit and a "Toch plaatsen"
 * without storing any text.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeSetupCode } from '../../src/policy/setup-code';
import { generateSigningKeys, keyFingerprint, signRuleFile, type SigningKeys } from '../../src/policy/signature';
import {
  type Browser, dumpStorage, EDITOR, type FixtureServer, launchBrowser, openComposer, openSite, promptOf, PUBLISH, published, setRules,
  startFixtureServer, typeInto, until,
} from './harness';
import { TEST_RULES } from './rules';
import { startRulesServer } from './rules-server';

const ruleFile = (version: string, title: string) =>
  JSON.stringify(
    { format: 1, id: 'org.zorgoost', version, title, extends: 'volle-zaal:default', people: { clients: ['Odilia Verbraeken'] } },
    null,
    2,
  );

type RulesServer = Awaited<ReturnType<typeof startRulesServer>>;

async function serve(server: RulesServer, json: string, signer: SigningKeys | null) {
  server.files.set('/org.json', { body: json, etag: `"${json.length}-${Math.random()}"` });
  if (signer) server.files.set('/org.json.sig', { body: await signRuleFile(json, signer.privateKeyPkcs8B64) });
  else server.files.delete('/org.json.sig');
}

const extensionUrl = (browser: Browser, path: string) => `chrome-extension://${new URL(browser.sw!.url()).host}/${path}`;

async function openOptions(browser: Browser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(extensionUrl(browser, 'options.html'));
  await page.locator('#active-title-value').waitFor();
  return page;
}

const text = (page: Page, selector: string) => page.locator(selector).textContent();

/** A fixture server, a rules server and a browser with the extension for one describe block. */
function useServers(prepare: (env: { fixtures: FixtureServer; server: RulesServer; browser: Browser }) => Promise<void> = async () => undefined) {
  const env = {} as { fixtures: FixtureServer; server: RulesServer; browser: Browser };
  beforeAll(async () => {
    [env.fixtures, env.server] = await Promise.all([startFixtureServer(), startRulesServer()]);
    env.browser = await launchBrowser(env.fixtures);
    await prepare(env);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
    await env.fixtures?.close();
  });
  return env;
}

describe('pinned key without device management, and key rotation', () => {
  let page: Page;
  let k1: SigningKeys, k2: SigningKeys, k3: SigningKeys, stranger: SigningKeys;
  const env = useServers(async ({ browser }) => {
    [k1, k2, k3, stranger] = await Promise.all([generateSigningKeys(), generateSigningKeys(), generateSigningKeys(), generateSigningKeys()]);
    page = await openOptions(browser);
  });
  const code = (...keys: SigningKeys[]) => encodeSetupCode({ rulesUrl: env.server.url('/org.json'), publicKeys: keys.map((k) => k.publicKeySpkiB64) });

  async function enterCode(value: string) {
    await page.fill('#setup-code', value);
    await page.click('#setup-submit');
  }
  async function syncNow() {
    // Ask the background for a sync and wait for its answer (the sync has then finished and
    // written its status), then load the options page afresh and read what it says.
    await page.evaluate(() => (globalThis as any).chrome.runtime.sendMessage({ kind: 'sync-now' }));
    await page.reload();
    await page.locator('#active-title-value').waitFor();
    expect(await page.locator('#sync-running').count()).toBe(0);
  }

  it('a setup code pins URL and key: the signed file becomes active, verified', async () => {
    await serve(env.server, ruleFile('1', 'Zorg Oost v1'), k1);
    await enterCode(code(k1));
    await expect.poll(() => text(page, '#active-title-value'), { timeout: 15_000 }).toBe('Zorg Oost v1');
    expect(await page.getAttribute('#active-signature', 'data-signature')).toBe('verified');
    expect(await text(page, '#active-signature')).toContain(await keyFingerprint(k1.publicKeySpkiB64));
    expect(await text(page, '#setup-pinned')).toContain(env.server.url('/org.json'));
    expect(await page.locator('#rules-url').getAttribute('readonly')).not.toBeNull();
  });

  it('a wrongly signed file is refused; the signed one stays and the status says why', async () => {
    await serve(env.server, ruleFile('2', 'Vervalst'), stranger);
    await syncNow();
    expect(await text(page, '#sync-status')).toContain('de handtekening klopt niet');
    expect(await text(page, '#sync-status')).toContain('Het vorige regelbestand blijft actief: Zorg Oost v1 (versie 1).');
    expect(await text(page, '#active-title-value')).toBe('Zorg Oost v1');
  });

  it('an unsigned file is refused, from the URL and as an import', async () => {
    await serve(env.server, ruleFile('3', 'Ongetekend'), null);
    await syncNow();
    expect(await text(page, '#sync-status')).toContain('er staat geen handtekening (.sig) naast het bestand');
    await page.fill('#import-text', ruleFile('3', 'Ongetekend'));
    await page.click('#import-submit');
    await expect.poll(() => text(page, '#import-errors')).toContain('geldige handtekening');
    expect(await text(page, '#active-title-value')).toBe('Zorg Oost v1');
  });

  it('rotation with an overlap key: the key change is confirmed, then a file signed with the new key is accepted', async () => {
    await serve(env.server, ruleFile('1', 'Zorg Oost v1'), k1);
    await enterCode(code(k1, k2));
    await page.locator('#setup-confirm').waitFor();
    expect(await text(page, '#setup-confirm')).toContain(await keyFingerprint(k2.publicKeySpkiB64));
    // Nothing changed before the confirmation.
    expect(await text(page, '#active-keys')).not.toContain(await keyFingerprint(k2.publicKeySpkiB64));
    await page.click('#setup-confirm-yes');
    await expect.poll(() => text(page, '#active-keys')).toContain(await keyFingerprint(k2.publicKeySpkiB64));
    await serve(env.server, ruleFile('4', 'Zorg Oost v4'), k2);
    await syncNow();
    await expect.poll(() => text(page, '#active-title-value')).toBe('Zorg Oost v4');
    expect(await page.getAttribute('#active-signature', 'data-signature')).toBe('verified');
  });

  it('rotation without an overlap key: the last good file stays (never the default), every surface says so, and the client list still protects', async () => {
    await enterCode(code(k3));
    await page.locator('#setup-confirm').waitFor();
    await page.click('#setup-confirm-yes');
    // The server still serves the file signed with k2.
    await expect.poll(() => text(page, '#sync-status'), { timeout: 15_000 }).toContain('onderteken het opnieuw met de nieuwe sleutel');
    expect(await text(page, '#active-title-value')).toBe('Zorg Oost v4');
    expect(await page.getAttribute('#active-signature', 'data-signature')).toBe('previous-key');
    expect(await text(page, '#sync-status')).toContain('Het vorige regelbestand blijft actief: Zorg Oost v4');

    const popup = await env.browser.context.newPage();
    await popup.goto(extensionUrl(env.browser, 'popup.html'));
    await popup.locator('#popup-signature').waitFor();
    expect(await popup.getAttribute('#popup-signature', 'data-signature')).toBe('previous-key');
    expect(await popup.locator('#popup-policy').textContent()).toContain('Zorg Oost v4');
    expect(await popup.locator('#popup-sync').textContent()).toContain('Het vorige regelbestand blijft actief');
    await popup.close();

    // A client on the organisation's list is still stopped in the page.
    const site = await openSite(env.browser, env.fixtures, 'facebook');
    try {
      await openComposer(site, 'facebook', 'post');
      await typeInto(site, EDITOR.facebook.post!, 'Vandaag schilderde Odilia Verbraeken een vuurtoren.');
      await site.click(PUBLISH.facebook.post!);
      await promptOf(site).dialog.waitFor();
      expect(await published(site)).toEqual([]);
    } finally {
      await site.close();
    }

    await serve(env.server, ruleFile('5', 'Zorg Oost v5'), k3);
    await syncNow();
    await expect.poll(() => text(page, '#active-title-value')).toBe('Zorg Oost v5');
    expect(await page.getAttribute('#active-signature', 'data-signature')).toBe('verified');
  });
});

describe('a server that never answers', () => {
  const env = useServers(async ({ server }) => void server.files.set('/hang.json', { body: '', hang: true }));

  it('shows "bezig met ophalen", lets an import through meanwhile, then times out and says so', async () => {
    const page = await openOptions(env.browser);
    // As the options page does after the permission prompt (which a headless browser cannot answer).
    void page.evaluate((url) => (globalThis as any).chrome.runtime.sendMessage({ kind: 'set-rules-url', url }), env.server.url('/hang.json'));
    await expect.poll(() => text(page, '#sync-running'), { timeout: 10_000 }).toContain(`Bezig met ophalen van ${env.server.url('/hang.json')}`);
    await page.fill('#import-text', ruleFile('1', 'Geïmporteerd tijdens de sync'));
    await page.click('#import-submit');
    await expect.poll(() => text(page, '#import-message'), { timeout: 10_000 }).toContain('Ingeladen: Geïmporteerd tijdens de sync');
    // The import went through while the sync still waits: no timing threshold, the order says it.
    expect(await page.locator('#sync-running').count()).toBe(1);
    await expect.poll(() => text(page, '#sync-status'), { timeout: 45_000, interval: 1000 }).toContain('de server antwoordde niet binnen 30 seconden');
    expect(await page.locator('#sync-running').count()).toBe(0);
    expect(await text(page, '#active-title-value')).toBe('Geïmporteerd tijdens de sync');
    await page.close();
  }, 90_000);
});

describe('personal client list and override statistics', () => {
  const FLAGGED = 'In het atelier schilderde Odilia (79) een vuurtoren!';
  const PERSONAL = 'Vandaag met Marieke Dewulf naar de markt geweest.';
  const env = useServers(({ browser }) => setRules(browser, { ...TEST_RULES, statistics: { overrides: true } }));

  it('a name on the personal list (stored hashed only) stops a draft in the page', async () => {
    const options = await openOptions(env.browser);
    await options.fill('#personal-names', 'Marieke Dewulf');
    await options.click('#personal-add');
    await expect.poll(() => text(options, '#personal-count')).toContain('Op je lijst: 1 namen');
    expect(await options.inputValue('#personal-names')).toBe('');
    expect(await dumpStorage(env.browser)).not.toMatch(/Marieke|Dewulf/);
    // The rule tester sees it too.
    await options.fill('#tester-draft', PERSONAL);
    await expect.poll(() => options.locator('#tester-results .finding[data-rule="client-name/listed"]').count()).toBe(1);
    await options.close();

    const page = await openSite(env.browser, env.fixtures, 'facebook');
    try {
      await openComposer(page, 'facebook', 'post');
      await typeInto(page, EDITOR.facebook.post!, PERSONAL);
      await page.click(PUBLISH.facebook.post!);
      const prompt = promptOf(page);
      await prompt.dialog.waitFor();
      expect(await prompt.dialog.innerText()).toContain('Marieke Dewulf');
      expect(await published(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('statistics count a prompt, an edit and a "Toch plaatsen", with no text in storage', async () => {
    const statsOf = () => env.browser.sw!.evaluate(async () => (await (globalThis as any).chrome.storage.local.get('overrideStats')).overrideStats ?? {});
    const before = await statsOf();
    const page = await openSite(env.browser, env.fixtures, 'facebook');
    try {
      await openComposer(page, 'facebook', 'post');
      await typeInto(page, EDITOR.facebook.post!, FLAGGED);
      await page.click(PUBLISH.facebook.post!);
      const prompt = promptOf(page);
      await prompt.dialog.waitFor();
      await prompt.edit.click();
      await page.click(PUBLISH.facebook.post!);
      await prompt.dialog.waitFor();
      await prompt.postAnyway.click();
      await until(async () => (await published(page)).length === 1, { what: 'the post' });
    } finally {
      await page.close();
    }
    const counted = async () => {
      const stats = (await statsOf()) as Record<string, Record<string, { shown: number; edited: number; posted: number; wrong: number }>>;
      const day = Object.keys(stats).sort().at(-1)!;
      return stats[day]?.['test.client-name'];
    };
    const was = Object.values(before as Record<string, Record<string, { shown: number }>>)[0]?.['test.client-name']?.shown ?? 0;
    await expect.poll(counted).toMatchObject({ shown: was + 2, edited: 1, posted: 1, wrong: 0 });
    const stored = await dumpStorage(env.browser);
    // (The rule file itself holds 'Odilia (79)' as an example; the draft's own words are nowhere.)
    expect(stored).not.toContain('schilderde Odilia');
    expect(stored).not.toContain('vuurtoren');
    expect(stored).not.toContain('facebook.com');

    const options = await openOptions(env.browser);
    await options.locator('#stats-table tr[data-rule="test.client-name"]').waitFor();
    expect(await options.locator('#stats-table tr[data-rule="test.client-name"] td.posted').textContent()).toBe('1');
    await options.close();
  });
});
