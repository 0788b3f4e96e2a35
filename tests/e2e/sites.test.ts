/**
 * The content script on the sites' real editors, in Chromium: every scenario of scenarios.ts
 * (shared with the Firefox harness), and the Chromium-only details (cooldown, consent, long
 * drafts and the caret, block findings).
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import {
  activations, useExtensionBrowser, caretOffset, EDITOR, editorText, openComposer, openSite, promptOf, PUBLISH,
  published, setRules, typeInto, until, type Site,
} from './harness';
import { TEST_RULES } from './rules';
import { fromPlaywright } from './driver';
import { closeAll, SCENARIOS, type ScenarioEnv } from './scenarios';

const env = useExtensionBrowser(TEST_RULES);

const FLAGGED = 'In het atelier schilderde Odilia (79) een vuurtoren!';
const BLOCKED = 'Project Zeester start volgende week.';

/** Opened and closed by every test, so no page state leaks between tests. */
async function withPage(site: Site, where: string, fn: (page: Page) => Promise<void>, query = ''): Promise<void> {
  const page = await openSite(env.browser, env.server, site, query);
  try {
    await openComposer(page, site, where);
    await fn(page);
  } finally {
    await page.close();
  }
}

const opened: Page[] = [];
const closePages = () => closeAll(opened);
afterEach(closePages);
const scenarioEnv: ScenarioEnv = {
  async open(site, { query = '', path } = {}) {
    const page = await env.browser.context.newPage();
    opened.push(page);
    await page.goto(env.server.url(site, query, path));
    await page.waitForFunction(() => window.__ready === true);
    return fromPlaywright(page);
  },
  setRules: (rules) => setRules(env.browser, rules),
  closePages,
};

describe('scenarios (shared with Firefox)', () => {
  for (const scenario of SCENARIOS) test(scenario.name, () => scenario.run(scenarioEnv));
});

describe('block findings and long drafts', () => {
  test.each([['x', 'home'], ['facebook', 'post'], ['linkedin', 'post']] as Array<[Site, string]>)('%s %s: a block finding offers no way to post', async (site, where) => {
    await withPage(site, where, async (page) => {
      const editor = EDITOR[site][where]!;
      const publish = PUBLISH[site][where]!;
      await typeInto(page, editor, BLOCKED);
      await page.click(publish);
      const prompt = promptOf(page);
      await prompt.dialog.waitFor();
      expect(await prompt.postAnyway.count()).toBe(0);
      await prompt.edit.click();
      await prompt.host.waitFor({ state: 'detached' });
      // A second try is held again.
      await page.click(publish);
      await prompt.dialog.waitFor();
      expect(await prompt.postAnyway.count()).toBe(0);
      await page.keyboard.press('Escape');
      await prompt.host.waitFor({ state: 'detached' });
      expect(await published(page)).toEqual([]);
      expect(await activations(page)).toBe(0);
      expect(await editorText(page, editor)).toBe(BLOCKED);
    });
  });

  test.each([['x', 'home'], ['facebook', 'post'], ['linkedin', 'post']] as Array<[Site, string]>)('%s %s: typing 1,000 characters keeps the text and the caret exact (emoji included); Aanpassen puts the caret at the finding', async (site, where) => {
    await withPage(site, where, async (page) => {
      const editor = EDITOR[site][where]!;
      const words = ['zon', 'zee', 'wandeling', 'koffie', 'taart', 'bloemen', 'muziek', 'café', 'dank', '🎉', '☀️', '👍🏽'];
      let text = 'Odilia (79) ';
      for (let i = 0; text.length < 1000; i++) text += words[(i * 7) % words.length] + ' ';
      text = text.slice(0, 1000).trimEnd();
      await typeInto(page, editor, text);
      expect(await editorText(page, editor)).toBe(text);
      expect(await caretOffset(page, editor)).toBe(text.length);
      await page.click(PUBLISH[site][where]!);
      const prompt = promptOf(page);
      await prompt.edit.click();
      await prompt.host.waitFor({ state: 'detached' });
      // The caret sits at the first finding ("Odilia"), the text untouched.
      await until(async () => (await caretOffset(page, editor)) === 0 && (await editorText(page, editor)) === text, { what: 'caret at the finding' });
      await page.click(PUBLISH[site][where]!);
      await prompt.postAnyway.click();
      await until(async () => (await published(page)).length === 1, { what: 'the post' });
      expect((await published(page))[0]!.text).toBe(text);
    });
  });
});

describe('site specifics', () => {
  test('X: the emotional-language cooldown keeps "Toch plaatsen" disabled until it ends; nothing is posted before', async () => {
    await withPage('x', 'home', async (page) => {
      await typeInto(page, EDITOR.x.home!, 'Wat een klote dag vandaag.');
      await page.click(PUBLISH.x.home!);
      const prompt = promptOf(page);
      await prompt.dialog.waitFor();
      // cooldownSeconds is 2 in the test rule file: the button starts disabled, whatever the load.
      expect(await prompt.postAnyway.isDisabled()).toBe(true);
      // A forced click on the disabled button does nothing.
      await prompt.postAnyway.click({ force: true });
      expect(await published(page)).toEqual([]);
      expect(await activations(page)).toBe(0);
      await until(() => prompt.postAnyway.isEnabled(), { timeout: 30_000, what: 'the cooldown to end' });
      expect(await published(page)).toEqual([]);
      await prompt.postAnyway.click();
      await until(async () => (await published(page)).length === 1, { what: 'the post' });
      expect(await published(page)).toEqual([{ site: 'x', where: 'home', text: 'Wat een klote dag vandaag.' }]);
    });
  });

  test('X: with media attached the prompt asks about consent', async () => {
    await withPage(
      'x',
      'home',
      async (page) => {
        await typeInto(page, EDITOR.x.home!, FLAGGED);
        await page.click(PUBLISH.x.home!);
        const prompt = promptOf(page);
        await prompt.dialog.waitFor();
        const consent = prompt.host.getByRole('checkbox');
        expect(await consent.count()).toBe(1);
        await consent.check();
        await prompt.postAnyway.click();
        await until(async () => (await published(page)).length === 1, { what: 'the post' });
      },
      'media=1',
    );
  });
});
