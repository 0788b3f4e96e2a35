/**
 * End-to-end scenarios written once over the small page interface of ./driver.ts, so the same
 * scenario runs in Chromium (Playwright) and in Firefox (puppeteer over WebDriver BiDi).
 * Each takes a freshly opened fixture page and asserts what a person relies on: what the site
 * published (exactly, and how often), what the prompt said, and that the draft was kept.
 *
 * Porting a Chromium scenario: replace `page.locator(…)`/`getByRole` with a CSS selector (`>>>`
 * into a shadow root), `page.keyboard.*` with `type`/`press`, reads with a self-contained
 * `evaluate`, and polling with `waitFor`; add it to SITE_SCENARIOS (or a composer to COMPOSERS)
 * and both runners pick it up.
 */
import { expect } from 'vitest';
import type { Published } from '../fixtures/shared';
import { EDITOR, PUBLISH, type Site } from '../harness';
import type { E2EPage } from './driver';

export const CLEAN = 'Mooie dag in het park vandaag.';
export const FLAGGED = 'In het atelier schilderde Odilia (79) een vuurtoren!';
export const FLAGGED_FIXED = 'In het atelier werd een vuurtoren geschilderd!';
/** What TEST_RULES (../rules.ts) says about FLAGGED, in Dutch or (browser UI in English) English. */
const MESSAGES = [/Dit lijkt de naam van een cliënt\.|This looks like a client name\./, /Een leeftijd maakt iemand herkenbaar\.|An age makes someone recognisable\./];

/** The composer each site scenario uses, and the shortcut that publishes from it on that site. */
export interface Composer {
  site: Site;
  where: string;
  /** Keys that publish from this composer on the real site (besides its button, where it has one). */
  shortcut?: 'Control+Enter' | 'Enter';
}
export const COMPOSERS: Composer[] = [
  { site: 'x', where: 'home', shortcut: 'Control+Enter' },
  // The reply modal mounts its editor only after "Antwoord" is clicked.
  { site: 'x', where: 'reply', shortcut: 'Control+Enter' },
  { site: 'facebook', where: 'post' },
  // No button: Enter is how a comment is published, so every scenario there exercises the key.
  { site: 'facebook', where: 'comment', shortcut: 'Enter' },
  { site: 'linkedin', where: 'post', shortcut: 'Control+Enter' },
  { site: 'linkedin', where: 'comment' },
];

/** The control that opens a composer shown only on demand. */
const OPENER: Partial<Record<`${Site}.${string}`, string>> = {
  'facebook.post': '[aria-label="Maak een bericht"]',
  'linkedin.post': '.share-box-feed-entry__trigger',
  'x.reply': '[data-testid="reply"]',
};

const PROMPT = 'volle-zaal-prompt >>> [role="dialog"]';
const EDIT = `${PROMPT} button[data-action="edit"]`;
const POST_ANYWAY = `${PROMPT} button[data-action="post"]`;

// Page-side reads. Each function is self-contained: it is serialised into the page.
const published = (page: E2EPage) => page.evaluate(() => window.__published as Published[], null);
const activations = (page: E2EPage) => page.evaluate(() => window.__publishActivations, null);
const promptOpen = (page: E2EPage) => page.evaluate(() => !!document.querySelector('volle-zaal-prompt'), null);
const promptText = (page: E2EPage) =>
  page.evaluate(() => (document.querySelector('volle-zaal-prompt')?.shadowRoot?.querySelector('[role="dialog"]') as HTMLElement | null)?.innerText ?? '', null);
const buttonText = (page: E2EPage, action: string) =>
  page.evaluate(
    (a) => document.querySelector('volle-zaal-prompt')?.shadowRoot?.querySelector(`button[data-action="${a}"]`)?.textContent?.trim() ?? null,
    action,
  );
const editorText = (page: E2EPage, selector: string) =>
  page.evaluate((s) => (document.querySelector(s) as HTMLElement).innerText.replace(/\n$/, ''), selector);
/** The prompt covers the page: its shadow-root stylesheet applied (a page CSP must not drop it). */
const promptPosition = (page: E2EPage) =>
  page.evaluate(() => getComputedStyle(document.querySelector('volle-zaal-prompt')!).position, null);
const waitPublished = (page: E2EPage, n: number) => page.waitFor((count) => window.__published.length >= count, n);
const waitPrompt = (page: E2EPage) => page.waitFor(() => !!document.querySelector('volle-zaal-prompt')?.shadowRoot?.querySelector('[role="dialog"]'), null);
const waitPromptGone = (page: E2EPage) => page.waitFor(() => !document.querySelector('volle-zaal-prompt'), null);

/** Open the composer (if the site shows it on demand), focus its editor and type `text`. */
export async function typeDraft(page: E2EPage, { site, where }: Composer, text: string): Promise<void> {
  const opener = OPENER[`${site}.${where}`];
  if (opener) await page.click(opener);
  await page.click(EDITOR[site][where]!);
  await page.type(text);
}

/** Publish the way a person would from this composer: its button, or the key where it has none. */
async function publish(page: E2EPage, composer: Composer): Promise<void> {
  const button = PUBLISH[composer.site][composer.where];
  if (button) await page.click(button);
  else await page.press(composer.shortcut!);
}

/** Clean draft: no prompt, and the site publishes exactly the typed text, once. */
export async function cleanDraftPosts(page: E2EPage, composer: Composer): Promise<void> {
  await typeDraft(page, composer, CLEAN);
  await publish(page, composer);
  await waitPublished(page, 1);
  expect(await published(page)).toEqual([{ site: composer.site, where: composer.where, text: CLEAN }]);
  expect(await promptOpen(page)).toBe(false);
}

/**
 * Risky draft: publishing is stopped with the full-room prompt naming the findings; the site saw
 * nothing; "Aanpassen" closes the prompt and leaves the draft exactly as typed; once rewritten it posts.
 */
export async function riskyDraftStoppedAndEdited(page: E2EPage, composer: Composer): Promise<void> {
  const editor = EDITOR[composer.site][composer.where]!;
  await typeDraft(page, composer, FLAGGED);
  // Findings are underlined while typing (CSS Custom Highlight API ranges), before any click.
  await page.waitFor(() => {
    let n = 0;
    for (const [, h] of ((CSS as any).highlights as Map<string, Set<Range>> | undefined) ?? []) n += h.size;
    return n >= 2;
  }, null);
  await publish(page, composer);
  await waitPrompt(page);
  expect(await promptPosition(page)).toBe('fixed');
  const shown = await promptText(page);
  for (const m of MESSAGES) expect(shown).toMatch(m);
  expect(await buttonText(page, 'edit')).toMatch(/^(Aanpassen|Edit)$/);
  expect(await activations(page)).toBe(0);
  expect(await published(page)).toEqual([]);

  await page.click(EDIT);
  await waitPromptGone(page);
  expect(await editorText(page, editor)).toBe(FLAGGED);
  expect(await published(page)).toEqual([]);

  await page.press('Control+A');
  await page.type(FLAGGED_FIXED);
  await publish(page, composer);
  await waitPublished(page, 1);
  expect(await published(page)).toEqual([{ site: composer.site, where: composer.where, text: FLAGGED_FIXED }]);
  expect(await promptOpen(page)).toBe(false);
}

/** "Toch plaatsen" on a warning: the site publishes exactly the typed text, exactly once. */
export async function postAnywayPostsOnce(page: E2EPage, composer: Composer): Promise<void> {
  await typeDraft(page, composer, FLAGGED);
  await publish(page, composer);
  await waitPrompt(page);
  expect(await buttonText(page, 'post')).toMatch(/^(Toch plaatsen|Post anyway)$/);
  await page.click(POST_ANYWAY);
  await waitPublished(page, 1);
  await waitPromptGone(page);
  // Give a duplicate replay the time to show up before counting.
  await new Promise((r) => setTimeout(r, 300));
  expect(await published(page)).toEqual([{ site: composer.site, where: composer.where, text: FLAGGED }]);
  expect(await activations(page)).toBe(1);
}

/** The site's publishing shortcut on a risky draft is held like the button; a clean one goes through. */
export async function shortcutHeld(page: E2EPage, composer: Composer & { shortcut: string }): Promise<void> {
  await typeDraft(page, composer, FLAGGED);
  await page.press(composer.shortcut);
  await waitPrompt(page);
  expect(await activations(page)).toBe(0);
  await page.click(EDIT);
  await waitPromptGone(page);
  expect(await editorText(page, EDITOR[composer.site][composer.where]!)).toBe(FLAGGED);
  await page.press('Control+A');
  await page.type(CLEAN);
  await page.press(composer.shortcut);
  await waitPublished(page, 1);
  expect(await published(page)).toEqual([{ site: composer.site, where: composer.where, text: CLEAN }]);
}

export interface SiteScenario {
  name: string;
  run(page: E2EPage, composer: Composer): Promise<void>;
  /** Composers the scenario applies to (default: all). */
  applies?(composer: Composer): boolean;
}

/** Every composer scenario, for the runners of both browsers. */
export const SITE_SCENARIOS: SiteScenario[] = [
  { name: 'a clean draft posts exactly as typed, with no prompt', run: cleanDraftPosts },
  { name: 'a risky draft is stopped with the prompt; Aanpassen keeps the text; rewritten, it posts', run: riskyDraftStoppedAndEdited },
  { name: '"Toch plaatsen" posts exactly the typed text, once', run: postAnywayPostsOnce },
  {
    name: 'the publishing shortcut on a risky draft is held',
    run: (page, c) => shortcutHeld(page, c as Composer & { shortcut: string }),
    // Where the key is the only way to publish, the scenarios above already press it.
    applies: (c) => !!c.shortcut && !!PUBLISH[c.site][c.where],
  },
];

/** [composer label, composer, scenario] for every scenario that applies: one test each. */
export function siteCases(): Array<[string, Composer, SiteScenario]> {
  return COMPOSERS.flatMap((c) => SITE_SCENARIOS.filter((s) => s.applies?.(c) ?? true).map((s) => [`${c.site} ${c.where}: ${s.name}`, c, s] as [string, Composer, SiteScenario]));
}
