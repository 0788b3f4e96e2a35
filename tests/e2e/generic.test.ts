/**
 * The generic adapter on a host the rule file lists (`sites.generic`): the background registers
 * the content script there at run time, a flagged draft in a plain <textarea> is held with the
 * full-room prompt and a clean one posts; the same page on a host not in the list is untouched.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { activations, GENERIC_URL, promptOf, published, typeInto, until, useExtensionBrowser, type Browser } from './harness';
import { TEST_RULES } from './rules';

const LISTED = 'https://forum.volle-zaal.test/*';
// The permission is granted up front (see `grantHosts` in the harness): the test is about what
// the extension does with a granted host, not about the browser's permission dialog.
const env = useExtensionBrowser(
  { ...TEST_RULES, sites: { generic: { enabled: true, hosts: ['forum.volle-zaal.test'] } } },
  { grantHosts: [LISTED, 'https://elders.volle-zaal.test/*'] },
);

const FLAGGED = 'Odilia (79) won vandaag de quiz in het dienstencentrum!';
const CLEAN = 'Morgen is er een quiz in het dienstencentrum, iedereen welkom.';

/** The content script registrations the background made (Chromium's scripting API). */
function registered(browser: Browser): Promise<Array<{ id: string; matches: string[] }>> {
  return browser.sw!.evaluate(() => (globalThis as any).chrome.scripting.getRegisteredContentScripts());
}

async function openForum(url: string): Promise<Page> {
  const page = await env.browser.context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.__ready === true);
  return page;
}

describe('generic adapter on hosts the rule file lists', () => {
  test('the background registers the content script for exactly the listed, granted host', async () => {
    const scripts = await until(async () => {
      const r = await registered(env.browser);
      return r.length ? r : null;
    }, { what: 'the registration' });
    expect(scripts!.map((s) => [s.id, s.matches])).toEqual([['volle-zaal-generic', [LISTED]]]);
  });

  test('a flagged draft in a textarea is held with the prompt; a clean one posts', async () => {
    await until(async () => (await registered(env.browser)).length > 0, { what: 'the registration' });
    const page = await openForum(GENERIC_URL.listed);
    try {
      await typeInto(page, '#message', FLAGGED);
      await page.locator('volle-zaal-badge').first().waitFor({ state: 'attached' });
      await page.click('#submit');
      const prompt = promptOf(page);
      await prompt.dialog.waitFor();
      expect(await published(page)).toEqual([]);
      expect(await activations(page)).toBe(0);
      // Post anyway (a warn finding) reaches the page's own submit handler once.
      await prompt.postAnyway.click();
      await until(async () => (await published(page)).length === 1, { what: 'the post after "Toch plaatsen"' });
      expect((await published(page))[0]!.text).toBe(FLAGGED);
    } finally {
      await page.close();
    }

    const clean = await openForum(GENERIC_URL.listed);
    try {
      await typeInto(clean, '#message', CLEAN);
      await clean.locator('volle-zaal-badge').first().waitFor({ state: 'attached' });
      await clean.click('#submit');
      await until(async () => (await published(clean)).length === 1, { what: 'the clean post' });
      expect((await published(clean))[0]!.text).toBe(CLEAN);
      expect(await clean.locator('volle-zaal-prompt').count()).toBe(0);
    } finally {
      await clean.close();
    }
  });

  test('the same page on a host not in the list is untouched, even with host permission', async () => {
    const page = await openForum(GENERIC_URL.unlisted);
    try {
      await typeInto(page, '#message', FLAGGED);
      await page.click('#submit');
      await until(async () => (await published(page)).length === 1, { what: 'the post' });
      expect((await published(page))[0]!.text).toBe(FLAGGED);
      expect(await activations(page)).toBe(1);
      expect(await page.locator('[data-volle-zaal], volle-zaal-badge, volle-zaal-prompt').count()).toBe(0);
    } finally {
      await page.close();
    }
  });
});
