/**
 * The content script on each site's real editor: clean drafts pass untouched,
 * flagged drafts are held until the person decides, and the editor keeps working.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  activations, useExtensionBrowser, caretOffset, EDITOR, editorText, highlightCount, openComposer, openSite, promptOf, PUBLISH,
  published, typeInto, until, type Site,
} from './harness';
import { TEST_RULES } from './rules';

const env = useExtensionBrowser(TEST_RULES);

const CLEAN = 'Mooie dag in het park vandaag.';
const FLAGGED = 'In het atelier schilderde Odilia (79) een vuurtoren!';
const FLAGGED_FIXED = 'In het atelier werd een vuurtoren geschilderd!';
const BLOCKED = 'Project Zeester start volgende week.';
const MESSAGES = [/Dit lijkt de naam van een cliënt\.|This looks like a client name\./, /Een leeftijd maakt iemand herkenbaar\.|An age makes someone recognisable\./];

interface Case {
  site: Site;
  where: string;
  /** The site has Ctrl/Cmd+Enter to publish from this composer. */
  shortcut: boolean;
}
const CASES: Case[] = [
  { site: 'x', where: 'home', shortcut: true },
  { site: 'facebook', where: 'post', shortcut: false },
  { site: 'linkedin', where: 'post', shortcut: true },
];

async function composer(site: Site, where: string, query = ''): Promise<Page> {
  const page = await openSite(env.browser, env.server, site, query);
  await openComposer(page, site, where);
  return page;
}

/** Opened and closed by every test, so no page state leaks between tests. */
async function withPage(site: Site, where: string, fn: (page: Page) => Promise<void>, query = ''): Promise<void> {
  const page = await composer(site, where, query);
  try {
    await fn(page);
  } finally {
    await page.close();
  }
}

describe.each(CASES)('$site $where composer', ({ site, where, shortcut }) => {
  const editor = EDITOR[site][where]!;
  const publish = PUBLISH[site][where]!;

  test('a clean draft posts with no prompt, by click' + (shortcut ? ' and by Ctrl+Enter' : ''), async () => {
    await withPage(site, where, async (page) => {
      await typeInto(page, editor, CLEAN);
      await page.click(publish);
      await until(async () => (await published(page)).length === 1, { what: 'the post' });
      expect((await published(page))[0]!.text).toBe(CLEAN);
      if (shortcut) {
        await openComposer(page, site, where);
        await typeInto(page, editor, 'Tweede bericht over de zon.');
        await page.keyboard.press('Control+Enter');
        await until(async () => (await published(page)).length === 2, { what: 'the second post' });
        expect((await published(page))[1]!.text).toBe('Tweede bericht over de zon.');
      }
      expect(await promptOf(page).host.count()).toBe(0);
    });
  });

  test('a client name with an age is stopped; Aanpassen returns to the unchanged draft; once fixed it posts', async () => {
    await withPage(site, where, async (page) => {
      await typeInto(page, editor, FLAGGED);
      // Findings are underlined while typing (after the debounce), before any click.
      await until(async () => (await highlightCount(page)) >= 2, { what: 'underlines' });
      await page.click(publish);
      const prompt = promptOf(page);
      await prompt.dialog.waitFor();
      const shown = await prompt.dialog.innerText();
      for (const m of MESSAGES) expect(shown).toMatch(m);
      // The site never saw the click.
      expect(await activations(page)).toBe(0);
      expect(await published(page)).toEqual([]);

      await prompt.edit.click();
      await prompt.host.waitFor({ state: 'detached' });
      expect(await editorText(page, editor)).toBe(FLAGGED);
      // The caret sits at the first finding ("Odilia").
      await until(async () => (await caretOffset(page, editor)) === FLAGGED.indexOf('Odilia'), { what: 'caret at the finding' });

      // The person rewrites the draft; now it goes through without a prompt.
      await page.keyboard.press('Control+A');
      await page.keyboard.type(FLAGGED_FIXED);
      await page.click(publish);
      await until(async () => (await published(page)).length === 1, { what: 'the fixed post' });
      expect((await published(page))[0]!.text).toBe(FLAGGED_FIXED);
      expect(await prompt.host.count()).toBe(0);
    });
  });

  test('"Toch plaatsen" on a warning publishes exactly the typed text, once', async () => {
    await withPage(site, where, async (page) => {
      await typeInto(page, editor, FLAGGED);
      await page.click(publish);
      const prompt = promptOf(page);
      await prompt.postAnyway.click();
      await until(async () => (await published(page)).length === 1, { what: 'the post' });
      expect(await published(page)).toEqual([{ site, where, text: FLAGGED }]);
      expect(await activations(page)).toBe(1);
      expect(await prompt.host.count()).toBe(0);
    });
  });

  test('a block finding offers no way to post', async () => {
    await withPage(site, where, async (page) => {
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

  test('typing 1,000 characters keeps the text and the caret exact (emoji included)', async () => {
    await withPage(site, where, async (page) => {
      const words = ['zon', 'zee', 'wandeling', 'koffie', 'taart', 'bloemen', 'muziek', 'café', 'dank', '🎉', '☀️', '👍🏽'];
      let text = '';
      for (let i = 0; text.length < 1000; i++) text += words[(i * 7) % words.length] + ' ';
      text = text.slice(0, 1000).trimEnd();
      await typeInto(page, editor, text);
      expect(await editorText(page, editor)).toBe(text);
      expect(await caretOffset(page, editor)).toBe(text.length);
      // The checks ran meanwhile without touching the text; posting sends it whole.
      await page.click(publish);
      await until(async () => (await published(page)).length === 1, { what: 'the post' });
      expect((await published(page))[0]!.text).toBe(text);
    });
  });
});

describe('site specifics', () => {
  test('X: the emotional-language cooldown holds "Toch plaatsen" for the configured seconds', async () => {
    await withPage('x', 'home', async (page) => {
      await typeInto(page, EDITOR.x.home!, 'Wat een klote dag vandaag.');
      await page.click(PUBLISH.x.home!);
      const prompt = promptOf(page);
      await prompt.dialog.waitFor();
      const shown = Date.now();
      expect(await prompt.postAnyway.isDisabled()).toBe(true);
      await until(() => prompt.postAnyway.isEnabled(), { timeout: 5_000, what: 'the cooldown to end' });
      const waited = Date.now() - shown;
      // cooldownSeconds is 2 in the test rule file.
      expect(waited).toBeGreaterThan(1_500);
      expect(waited).toBeLessThan(3_500);
      await prompt.postAnyway.click();
      await until(async () => (await published(page)).length === 1, { what: 'the post' });
      expect((await published(page))[0]!.text).toBe('Wat een klote dag vandaag.');
    });
  });

  test('X: Ctrl+Enter on a flagged draft is held as well', async () => {
    await withPage('x', 'home', async (page) => {
      await typeInto(page, EDITOR.x.home!, FLAGGED);
      await page.keyboard.press('Control+Enter');
      const prompt = promptOf(page);
      await prompt.dialog.waitFor();
      expect(await activations(page)).toBe(0);
      await prompt.postAnyway.click();
      await until(async () => (await published(page)).length === 1, { what: 'the post' });
      expect((await published(page))[0]!.text).toBe(FLAGGED);
    });
  });

  test('X: a reply modal that appears later is watched', async () => {
    await withPage('x', 'home', async (page) => {
      await openComposer(page, 'x', 'reply');
      await typeInto(page, EDITOR.x.reply!, FLAGGED);
      await page.click(PUBLISH.x.reply!);
      const prompt = promptOf(page);
      await prompt.dialog.waitFor();
      await prompt.edit.click();
      await prompt.host.waitFor({ state: 'detached' });
      expect(await editorText(page, EDITOR.x.reply!)).toBe(FLAGGED);
      await page.keyboard.press('Control+A');
      await page.keyboard.type(FLAGGED_FIXED);
      await page.click(PUBLISH.x.reply!);
      await until(async () => (await published(page)).length === 1, { what: 'the reply' });
      expect(await published(page)).toEqual([{ site: 'x', where: 'reply', text: FLAGGED_FIXED }]);
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

  test('Facebook: a comment that publishes on Enter is checked; Shift+Enter stays a new line', async () => {
    await withPage('facebook', 'comment', async (page) => {
      const editor = EDITOR.facebook.comment!;
      await typeInto(page, editor, 'Hoi Odilia (79),');
      await page.keyboard.press('Shift+Enter');
      await page.keyboard.type('tot morgen!');
      await page.keyboard.press('Enter');
      const prompt = promptOf(page);
      await prompt.dialog.waitFor();
      expect(await activations(page)).toBe(0);
      await prompt.postAnyway.click();
      await until(async () => (await published(page)).length === 1, { what: 'the comment' });
      expect(await published(page)).toEqual([{ site: 'facebook', where: 'comment', text: 'Hoi Odilia (79),\ntot morgen!' }]);
      // A clean comment goes straight through on Enter.
      await typeInto(page, editor, 'Mooi zo!');
      await page.keyboard.press('Enter');
      await until(async () => (await published(page)).length === 2, { what: 'the clean comment' });
      expect(await prompt.host.count()).toBe(0);
    });
  });

  test('LinkedIn: comment boxes are checked too', async () => {
    await withPage('linkedin', 'comment', async (page) => {
      await typeInto(page, EDITOR.linkedin.comment!, FLAGGED);
      await page.click(PUBLISH.linkedin.comment!);
      const prompt = promptOf(page);
      await prompt.dialog.waitFor();
      expect(await activations(page)).toBe(0);
      await prompt.edit.click();
      await prompt.host.waitFor({ state: 'detached' });
      expect(await published(page)).toEqual([]);
      expect(await editorText(page, EDITOR.linkedin.comment!)).toBe(FLAGGED);
    });
  });
});
