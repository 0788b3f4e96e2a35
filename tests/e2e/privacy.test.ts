/**
 * What the extension must never do: touch other sites, send anything anywhere,
 * keep draft text, or leave an editor broken where it cannot protect it.
 */
import { describe, expect, test } from 'vitest';
import {
  activations, useExtensionBrowser, dumpStorage, EDITOR, editorText, openComposer, openSite, promptOf, PUBLISH, published,
  typeInto, until, type Site,
} from './harness';
import { TEST_RULES } from './rules';

const env = useExtensionBrowser(TEST_RULES);

const FLAGGED = 'In het atelier schilderde Odilia (79) een vuurtoren!';

describe('privacy and scope', () => {
  test('a control page on an unmatched host is untouched: its own handlers post a flagged draft directly', async () => {
    const page = await openSite(env.browser, env.server, 'control');
    try {
      await typeInto(page, EDITOR.x.home!, FLAGGED);
      await page.click(PUBLISH.x.home!);
      await until(async () => (await published(page)).length === 1, { what: 'the post' });
      expect((await published(page))[0]!.text).toBe(FLAGGED);
      expect(await activations(page)).toBe(1);
      // No Volle Zaal element of any kind was added.
      expect(await page.locator('[data-volle-zaal]').count()).toBe(0);
      expect(await page.evaluate(() => ((CSS as any).highlights as Map<string, unknown>)?.size ?? 0)).toBe(0);
    } finally {
      await page.close();
    }
  });

  test('no request leaves the browser while typing and posting, and no draft text is stored', async () => {
    const drafts: Record<Site, { where: string; text: string }> = {
      x: { where: 'home', text: 'Odilia (79) speelde vanmiddag sjoelen in de hal.' },
      facebook: { where: 'post', text: 'Bij het tuinieren plantte Odilia (88) tulpen.' },
      linkedin: { where: 'post', text: 'Odilia (74) zong mee met het accordeonkoor.' },
    };
    const start = env.browser.requests.length;
    for (const [site, { where, text }] of Object.entries(drafts) as Array<[Site, { where: string; text: string }]>) {
      const page = await openSite(env.browser, env.server, site);
      try {
        await openComposer(page, site, where);
        await typeInto(page, EDITOR[site][where]!, text);
        await page.click(PUBLISH[site][where]!);
        await promptOf(page).postAnyway.click();
        await until(async () => (await published(page)).length === 1, { what: `the ${site} post` });
        expect((await published(page))[0]!.text).toBe(text);
      } finally {
        await page.close();
      }
    }
    const requests = env.browser.requests.slice(start);
    // Only the fixture pages and their scripts; nothing from the extension or its service worker but
    // the modules the content script imports from the extension's own files, by their plain URL (the
    // checking engine and the prompt once a composer is found, the regex engine because the test
    // policy has a regex rule; no load reaches the network, none carries a query).
    const allowed = /^https:\/\/(x\.com|www\.facebook\.com|www\.linkedin\.com)\/(home|feed\/|fixture\.js|fixture\.css|favicon\.ico)?(\?.*)?$/;
    const ownFile = /^chrome-extension:\/\/[\w-]+\/(?:engine|regex-engine|prompt-ui)\.js$/;
    const unexpected = requests.filter((u) => !u.startsWith('data:') && !allowed.test(u) && !ownFile.test(u));
    expect(unexpected).toEqual([]);
    const stored = await dumpStorage(env.browser);
    for (const { text } of Object.values(drafts)) {
      expect(stored).not.toContain(text);
      expect(stored).not.toContain(text.slice(0, 20));
    }
  });

  test('where the publish control cannot be found, the badge says "not protected here" and the editor keeps working', async () => {
    const page = await openSite(env.browser, env.server, 'linkedin', 'drift=button');
    try {
      await openComposer(page, 'linkedin', 'post');
      const text = 'Odilia (79) — hier blijft het typen werken 🎉';
      await typeInto(page, EDITOR.linkedin.post!, text);
      // Once there is something to publish, the badge says it cannot be guarded here.
      const badge = page.locator('volle-zaal-badge [data-severity="unprotected"]');
      await badge.first().waitFor();
      expect(await badge.first().getAttribute('aria-label')).toMatch(/niet beschermd hier|not protected here/);
      expect(await editorText(page, EDITOR.linkedin.post!)).toBe(text);
      // Fail open (the default): the site's own button still posts.
      await page.click('#interop-outlet .share-actions__publish-v2');
      await until(async () => (await published(page)).length === 1, { what: 'the post' });
      expect((await published(page))[0]!.text).toBe(text);
    } finally {
      await page.close();
    }
  });
});
