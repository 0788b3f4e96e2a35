/**
 * The options page in real Chromium with the built extension: importing a broken
 * rule file lists its problems by path and keeps the active policy; a good one
 * becomes active; the rule tester finds what the policy forbids, and its text is
 * stored nowhere and sent nowhere.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, dumpStorage, type FixtureServer, launchBrowser, startFixtureServer } from './harness';
import { BROKEN_IMPORT as BROKEN, GOOD_IMPORT as GOOD } from './rules';

/** Typed into the rule tester; must never reach storage or the network. */
const MARKER = 'Kwispelstaart7f3q';

let server: FixtureServer;
let browser: Browser;
let page: Page;

async function importText(text: string) {
  await page.fill('#import-text', text);
  await page.click('#import-submit');
}

const activeTitle = () => page.locator('#active-title-value');

describe('options page', () => {
  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchBrowser(server);
    const id = new URL(browser.sw!.url()).host;
    page = await browser.context.newPage();
    await page.goto(`chrome-extension://${id}/options.html`);
    await activeTitle().waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lists the problems of a broken file by path, focuses them, and keeps the default policy', async () => {
    expect(await activeTitle().textContent()).toMatch(/standaardbeleid/i);
    expect(await page.getAttribute('#active-origin', 'data-origin')).toBe('default');
    await importText(JSON.stringify(BROKEN, null, 2));
    const summary = page.locator('#import-errors');
    await expect.poll(() => summary.isVisible()).toBe(true);
    const paths = await summary.locator('.issue-path').allTextContents();
    expect(paths).toEqual(
      expect.arrayContaining([expect.stringMatching(/^rules\[0\] \(id org\.no-code-names\).*severity/), expect.stringMatching(/^rules\[1\] \(id org\.twice\): pattern\.regex/)]),
    );
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('import-errors');
    expect(await page.getAttribute('#import-text', 'aria-invalid')).toBe('true');
    expect(await activeTitle().textContent()).toMatch(/standaardbeleid/i);
    expect(await dumpStorage(browser)).not.toContain('Kapotte versie');
  });

  it('activates a good file and shows its title and origin', async () => {
    await importText(JSON.stringify(GOOD, null, 2));
    await expect.poll(() => activeTitle().textContent()).toBe(GOOD.title);
    expect(await page.getAttribute('#active-origin', 'data-origin')).toBe('user');
    expect(await page.locator('#import-errors').count()).toBe(0);
    await expect.poll(() => page.locator('#import-message').textContent()).toContain(GOOD.title);
  });

  it('keeps the good file active when a broken one is pasted after it', async () => {
    await importText('{ "format": 1, "id": "org.zorgvzw", ');
    await expect.poll(() => page.locator('#import-errors .issue-path').first().textContent()).toBe('(file)');
    expect(await activeTitle().textContent()).toBe(GOOD.title);
    const stored = await browser.sw!.evaluate(async () => (await (globalThis as any).chrome.storage.local.get('activeRules')).activeRules);
    expect(JSON.parse(stored.json).title).toBe(GOOD.title);
  });

  it('the rule tester shows the finding of the active policy, and its text is neither stored nor sent', async () => {
    const requestsBefore = browser.requests.length;
    await page.selectOption('#tester-platform', 'linkedin');
    await page.fill('#tester-draft', `Volgende week starten we met Project Zonnebloem, vraag maar aan ${MARKER}.`);
    const finding = page.locator('#tester-results .finding[data-rule="org.no-code-names"]');
    await expect.poll(() => finding.count()).toBe(1);
    expect(await finding.locator('.excerpt').textContent()).toBe('Project Zonnebloem');
    expect(await finding.locator('.message').textContent()).toBe('Projectnamen zijn intern.');

    // Let any debounced write happen before looking.
    await page.waitForTimeout(500);
    const storage = await dumpStorage(browser);
    expect(storage).toContain('org.no-code-names'); // the rule file is there…
    expect(storage).not.toContain(MARKER); // …the tester's text is not
    expect(storage).not.toContain('Volgende week');
    const pageStorage = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    expect(pageStorage).not.toContain(MARKER);
    expect(browser.requests.slice(requestsBefore).filter((url) => url.includes(MARKER))).toEqual([]);
  });
});
