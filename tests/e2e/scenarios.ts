/**
 * The sites' end-to-end scenarios, written once over a tiny page interface (click, type, press,
 * evaluate) so any browser driver can run them: the Chromium harness (sites.test.ts, Playwright)
 * and the Firefox harness. Selectors may cross an open shadow root with ` >>> ` (Puppeteer's
 * syntax; the Playwright adapter reads it as a descendant, its CSS engine pierces open roots).
 * Page state is read through plain globals and our UI's open shadow roots, with string
 * expressions only, so nothing of the test runner's code is sent into the page.
 */
import assert from 'node:assert/strict';
import type { Published } from './fixtures/shared';
import { TEST_RULES } from './rules';
import type { Site } from './server';

export interface ScenarioPage {
  /** A real (trusted) click on the element, after waiting for it to exist and be enabled. */
  click(selector: string): Promise<void>;
  /** Type into the focused element, key by key. */
  type(text: string): Promise<void>;
  /** A key or chord: `Enter`, `Shift+Enter`, `Control+Enter`, `Control+A`, `Escape`. */
  press(key: string): Promise<void>;
  /** Evaluate a JavaScript expression in the page. */
  evaluate<T>(expression: string): Promise<T>;
}

export interface ScenarioEnv {
  /** Open a fixture page (`path` on the site's host, or a full URL) and wait for it to be ready. */
  open(site: Site, options?: { query?: string; path?: string }): Promise<ScenarioPage>;
  /** Make a rule file active (null: the default policy), as distribution would. */
  setRules(rules: object | null): Promise<void>;
  /** Close every page opened so far in this scenario. */
  closePages(): Promise<void>;
}

/** What both drivers' pages offer for leaving them. */
interface ClosablePage {
  goto(url: string): Promise<unknown>;
  close(): Promise<void>;
}

/**
 * Close the scenario's pages, each after navigating it to about:blank. Firefox reports a content
 * script still running when its page closes as "Script terminated by timeout"; a navigation lets
 * the running check finish first, so only a real watchdog stop is ever reported.
 */
export async function closeAll(pages: ClosablePage[]): Promise<void> {
  for (const page of pages.splice(0)) {
    await page.goto('about:blank').catch(() => undefined);
    await page.close().catch(() => undefined);
  }
}

export interface Scenario {
  name: string;
  /** The issue's minimum set for every browser (the Firefox harness runs at least these). */
  core?: boolean;
  run(env: ScenarioEnv): Promise<void>;
}

export const CLEAN = 'Mooie dag in het park vandaag.';
export const FLAGGED = 'In het atelier schilderde Odilia (79) een vuurtoren!';
export const FIXED = 'In het atelier werd een vuurtoren geschilderd!';
const MESSAGES = [/Dit lijkt de naam van een cliënt\.|This looks like a client name\./, /Een leeftijd maakt iemand herkenbaar\.|An age makes someone recognisable\./];

/** Rule files for the account and fail-closed scenarios, on top of the test policy. */
const RULES_ORG_PROMPT = { ...TEST_RULES, id: 'test.org-prompt', organisation: { name: 'Zorg Oost', handles: { x: ['@zorgoost'] } }, prompt: { ...TEST_RULES.prompt, promptOnEveryOrganisationPost: true } };
/**
 * A rule file whose one rule of its own is a regular expression (the default has none): the content
 * script has to load the regex engine from the extension for it (entrypoints/content.ts).
 */
const RULES_REGEX = {
  format: 1,
  id: 'test.regex',
  version: '2026.1',
  title: 'Zorg Oost — kamernummers',
  extends: 'volle-zaal:default',
  rules: [
    {
      id: 'test.room',
      category: 'internal',
      severity: 'block',
      pattern: { regex: '\\bkamer [a-z]-\\d{3}\\b' },
      message: { nl: 'Kamernummers zijn intern.', en: 'Room numbers are internal.' },
      examples: { fires: ['het koor in kamer C-105'], clean: ['het koor in de kamer'] },
    },
  ],
};
const ROOM_DRAFT = 'Het koor zingt vanmiddag in Kamer B-214, iedereen welkom.';
/**
 * A rule file that extends the built-in language data: its own confidentiality marker for the internal
 * check, and a place name the emotional check must not read as profanity (the CLI test shows both in
 * `volle-zaal check` and `test`; this shows them in the composer).
 */
const RULES_LANGUAGE = {
  ...TEST_RULES,
  id: 'test.language',
  language: {
    internal: { words: { marker: ['alleen voor het kernteam'] } },
    emotional: { except: { profanity: ['Kutjevo'] } },
  },
};
const MARKED_DRAFT = 'Alleen voor het kernteam: de keuken verhuist in maart naar campus Zuid.';
const PLACE_DRAFT = 'Kutjevo is een wijnstreek in Kroatië: echt een aanrader.';
const RULES_FAIL_CLOSED = { ...TEST_RULES, id: 'test.fail-closed', prompt: { ...TEST_RULES.prompt, failClosed: true } };

// ---- reading the page -------------------------------------------------------------------

const PROMPT = `document.querySelector('volle-zaal-prompt')?.shadowRoot?.querySelector('[role="dialog"]')`;

export const published = (p: ScenarioPage) => p.evaluate<Published[]>('window.__published');
export const activations = (p: ScenarioPage) => p.evaluate<number>('window.__publishActivations');
/** The prompt's text, or null when no prompt is open. */
export const promptText = (p: ScenarioPage) => p.evaluate<string | null>(`${PROMPT}?.innerText ?? null`);
/** Each badge's accessible name (status, count, reason). */
export const badges = (p: ScenarioPage) =>
  p.evaluate<string[]>(`[...document.querySelectorAll('volle-zaal-badge')].map((b) => b.shadowRoot?.querySelector('.badge')?.getAttribute('aria-label') ?? '')`);
/** Ranges the extension highlights (CSS Custom Highlight API). */
export const highlights = (p: ScenarioPage) =>
  p.evaluate<number>(`(() => { let n = 0; for (const [, h] of (CSS.highlights ?? new Map())) n += h.size; return n; })()`);

/** The element `selector` names (` >>> ` steps into an open shadow root), as a page expression. */
const deep = (selector: string) => `${JSON.stringify(selector.split(' >>> '))}.reduce((n, s, i) => (i ? n?.shadowRoot : n)?.querySelector(s), document)`;
/** The editor's text as the person sees it. */
export const editorText = (p: ScenarioPage, selector: string) => p.evaluate<string>(`${deep(selector)}.innerText.replace(/\\n$/, '')`);
/** The label of the prompt's button for `action`. */
const buttonLabel = (p: ScenarioPage, action: string) => p.evaluate<string | null>(`${PROMPT}?.querySelector('[data-action="${action}"]')?.textContent?.trim() ?? null`);
/** The prompt covers the page: its stylesheet applied in its shadow root (a page CSP must not drop it). */
const promptPosition = (p: ScenarioPage) => p.evaluate<string>(`getComputedStyle(document.querySelector('volle-zaal-prompt')).position`);

/** Poll until `fn` returns a truthy value (driver-free: the harnesses use it too). */
export async function until<T>(fn: () => Promise<T> | T, { timeout = 5_000, interval = 25, what = 'condition' } = {}): Promise<T> {
  const end = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, interval));
  }
}

/** Long enough for the debounce, a check and a discovery scan. */
const settle = () => new Promise((r) => setTimeout(r, 600));

const promptShown = (p: ScenarioPage): Promise<string> => until(async () => (await promptText(p)) ?? '', { what: 'the prompt' });
const promptGone = (p: ScenarioPage) => until(async () => (await promptText(p)) === null, { what: 'the prompt to close' });
const postCount = (p: ScenarioPage, n: number) => until(async () => (await published(p)).length === n, { what: `${n} published` });
const answer = (p: ScenarioPage, action: 'post' | 'edit' | 'dismiss') => p.click(`volle-zaal-prompt >>> [data-action="${action}"]`);

async function write(p: ScenarioPage, editor: string, text: string) {
  await p.click(editor);
  await p.type(text);
}

/** A badge says "not protected here" with this reason. */
async function unprotectedBadge(p: ScenarioPage, reason: RegExp) {
  await until(async () => (await badges(p)).some((b) => /niet beschermd|not protected/.test(b) && reason.test(b)), { what: `a "niet beschermd" badge (${reason})` });
}
const NO_BUTTON = /knop om te plaatsen is niet gevonden|post button was not found/;
const NO_ACCOUNT = /persoon of als organisatie|yourself or as the organisation/;

// ---- the sites' main composers ----------------------------------------------------------

interface Composer {
  site: Site;
  name: string;
  query?: string;
  path?: string;
  /** Opens the composer when it appears on demand. */
  opener?: string;
  editor: string;
  /** Its publish button; a string starting with `key:` is the key that publishes (a composer without a button). */
  publish: string;
  /** Ctrl+Enter publishes from it. */
  shortcut: boolean;
  where: string;
}

const COMPOSERS: Composer[] = [
  { site: 'x', name: 'X home box', editor: '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]', publish: '[data-testid="tweetButtonInline"]', shortcut: true, where: 'home' },
  { site: 'facebook', name: 'Facebook post dialog', opener: '[aria-label="Maak een bericht"]', editor: '[role="dialog"] [data-lexical-editor="true"]', publish: '[role="dialog"] [role="button"][aria-label="Posten"]', shortcut: false, where: 'post' },
  // No button: Enter is how a feed comment is published, so every scenario here presses it.
  { site: 'facebook', name: 'Facebook feed comment (Enter)', editor: '[role="article"] [data-lexical-editor="true"]', publish: 'key:Enter', shortcut: false, where: 'comment' },
  {
    site: 'linkedin',
    name: 'LinkedIn share box (shadow root)',
    opener: '[aria-label="Bijdrage starten"]',
    editor: '#interop-outlet >>> .ql-editor',
    publish: '#interop-outlet >>> .share-actions__primary-action',
    shortcut: true,
    where: 'post',
  },
];

async function openComposer(env: ScenarioEnv, c: Composer, query = c.query): Promise<ScenarioPage> {
  const p = await env.open(c.site, { query, path: c.path });
  if (c.opener) await p.click(c.opener);
  return p;
}

/** Publish the way a person would from this composer: its button, or its key where it has none. */
const publish = (p: ScenarioPage, c: Composer) => (c.publish.startsWith('key:') ? p.press(c.publish.slice(4)) : p.click(c.publish));

function composerScenarios(c: Composer): Scenario[] {
  return [
    {
      name: `${c.name}: a clean draft posts with no prompt${c.shortcut ? ', by click and by Ctrl+Enter' : ''}`,
      core: true,
      async run(env) {
        const p = await openComposer(env, c);
        await write(p, c.editor, CLEAN);
        await publish(p, c);
        await postCount(p, 1);
        assert.equal((await published(p))[0]!.text, CLEAN);
        if (c.shortcut) {
          if (c.opener) await p.click(c.opener);
          await write(p, c.editor, 'Tweede bericht over de zon.');
          await p.press('Control+Enter');
          await postCount(p, 2);
          assert.equal((await published(p))[1]!.text, 'Tweede bericht over de zon.');
        }
        assert.equal(await promptText(p), null);
      },
    },
    {
      name: `${c.name}: a risky draft is underlined and held; Aanpassen keeps it; once fixed it posts`,
      core: true,
      async run(env) {
        const p = await openComposer(env, c);
        await write(p, c.editor, FLAGGED);
        await until(async () => (await highlights(p)) >= 2, { what: 'underlines' });
        await publish(p, c);
        const shown = await promptShown(p);
        for (const m of MESSAGES) assert.match(shown, m);
        assert.equal(await promptPosition(p), 'fixed', 'the prompt is styled');
        assert.match((await buttonLabel(p, 'edit')) ?? '', /^(Aanpassen|Edit)$/);
        assert.equal(await activations(p), 0, 'the site never saw the click');
        await answer(p, 'edit');
        await promptGone(p);
        assert.deepEqual(await published(p), []);
        assert.equal(await editorText(p, c.editor), FLAGGED, 'Aanpassen keeps the draft as typed');
        await p.press('Control+A');
        await p.type(FIXED);
        await publish(p, c);
        await postCount(p, 1);
        assert.equal((await published(p))[0]!.text, FIXED);
      },
    },
    {
      name: `${c.name}: "Toch plaatsen" publishes exactly the typed text, once`,
      core: true,
      async run(env) {
        const p = await openComposer(env, c);
        await write(p, c.editor, FLAGGED);
        await publish(p, c);
        await promptShown(p);
        assert.match((await buttonLabel(p, 'post')) ?? '', /^(Toch plaatsen|Post anyway)$/);
        await answer(p, 'post');
        await postCount(p, 1);
        await promptGone(p);
        // Time for a duplicate replay to show up before counting.
        await settle();
        assert.deepEqual(await published(p), [{ site: c.site, where: c.where, text: FLAGGED }]);
        assert.equal(await activations(p), 1);
      },
    },
    ...(c.shortcut
      ? [
          {
            name: `${c.name}: Ctrl+Enter on a risky draft is held`,
            core: true,
            async run(env: ScenarioEnv) {
              const p = await openComposer(env, c);
              await write(p, c.editor, FLAGGED);
              await p.press('Control+Enter');
              await promptShown(p);
              assert.equal(await activations(p), 0);
              await answer(p, 'post');
              await postCount(p, 1);
              assert.equal((await published(p))[0]!.text, FLAGGED);
            },
          },
        ]
      : []),
    ...(c.publish.startsWith('key:')
      ? []
      : [
          {
            name: `${c.name}: selector drift (the publish control renamed) shows the "niet beschermd" badge`,
            core: true,
            async run(env: ScenarioEnv) {
              const p = await openComposer(env, c, 'drift=button');
              await write(p, c.editor, CLEAN);
              await unprotectedBadge(p, NO_BUTTON);
            },
          },
        ]),
  ];
}

// ---- flows ---------------------------------------------------------------------------------

/** Open Facebook's post dialog, write `text` and click Post. */
async function facebookPost(env: ScenarioEnv, text: string, query = ''): Promise<ScenarioPage> {
  const p = await env.open('facebook', { query });
  await p.click('[aria-label="Maak een bericht"]');
  await write(p, '[role="dialog"] [data-lexical-editor="true"]', text);
  await p.click('[role="dialog"] [role="button"][aria-label="Posten"]');
  return p;
}

/**
 * Run `fn` under another rule file, then restore the test policy. Its pages are closed first: a
 * page still open would rebuild its rules while the next test closes it, and Firefox reports a
 * content script stopped by a closing page as "Script terminated by timeout".
 */
async function withRules(env: ScenarioEnv, rules: object, fn: () => Promise<void>): Promise<void> {
  await env.setRules(rules);
  try {
    await fn();
  } finally {
    await env.closePages();
    await env.setRules(TEST_RULES);
  }
}

const X_DIALOG = '#layers [role="dialog"]';

const FLOWS: Scenario[] = [
  {
    name: 'X thread: "Post all" is held, every post is checked, the prompt says which post; posting sends both',
    core: true,
    async run(env) {
      const p = await env.open('x', { path: '/compose/post' });
      await write(p, `${X_DIALOG} [data-testid="tweetTextarea_0"]`, CLEAN);
      await p.click(`${X_DIALOG} [data-testid="addButton"]`);
      await write(p, `${X_DIALOG} [data-testid="tweetTextarea_1"]`, FLAGGED);
      await p.click(`${X_DIALOG} [data-testid="tweetButton"]`);
      const shown = await promptShown(p);
      assert.match(shown, /Bericht 2 van 2|Post 2 of 2/);
      assert.doesNotMatch(shown, /Bericht 1 van 2|Post 1 of 2/);
      assert.equal(await activations(p), 0);
      await answer(p, 'post');
      await postCount(p, 2);
      assert.deepEqual((await published(p)).map((x) => x.text), [CLEAN, FLAGGED]);
    },
  },
  {
    name: 'X thread: a risky first post is found when "Post all" is pressed with Ctrl+Enter in the second',
    async run(env) {
      const p = await env.open('x', { path: '/compose/post' });
      await write(p, `${X_DIALOG} [data-testid="tweetTextarea_0"]`, FLAGGED);
      await p.click(`${X_DIALOG} [data-testid="addButton"]`);
      await write(p, `${X_DIALOG} [data-testid="tweetTextarea_1"]`, CLEAN);
      await p.press('Control+Enter');
      assert.match(await promptShown(p), /Bericht 1 van 2|Post 1 of 2/);
      assert.equal(await activations(p), 0);
    },
  },
  {
    name: 'X reply and quote modals are held',
    async run(env) {
      for (const kind of ['reply', 'quote']) {
        const p = await env.open('x');
        await p.click(`[data-testid="${kind}"]`);
        await write(p, `${X_DIALOG} [data-testid="tweetTextarea_0"]`, FLAGGED);
        await p.click(`${X_DIALOG} [data-testid="tweetButton"]`);
        await promptShown(p);
        assert.equal(await activations(p), 0, kind);
        await answer(p, 'post');
        await postCount(p, 1);
        assert.deepEqual(await published(p), [{ site: 'x', where: kind, text: FLAGGED }]);
      }
    },
  },
  {
    name: 'X status page: the inline reply editor mounts on click and is held',
    async run(env) {
      const p = await env.open('x', { path: '/jan_peeters/status/1' });
      await p.click('[data-testid="tweetTextarea_0_label"]');
      await write(p, '[data-testid="primaryColumn"] .public-DraftEditor-content', FLAGGED);
      await p.click('[data-testid="tweetButtonInline"]');
      await promptShown(p);
      assert.equal(await activations(p), 0);
    },
  },
  {
    name: 'X typeahead: Enter and Ctrl+Enter that pick a mention are not a publish',
    async run(env) {
      const p = await env.open('x');
      await write(p, COMPOSERS[0]!.editor, 'Odilia (79) met @zo');
      await p.press('Control+Enter');
      await until(async () => (await p.evaluate<string>(`document.querySelector('[data-testid="tweetTextarea_0"]').innerText`)).includes('@zorgoost'), { what: 'the mention picked' });
      await settle();
      assert.equal(await promptText(p), null);
      assert.deepEqual(await published(p), []);
      // With the list closed, the same shortcut publishes, and is held.
      await p.press('Control+Enter');
      await promptShown(p);
    },
  },
  {
    name: 'X narrow layout (textarea, no account switcher): held, and the badge says the account cannot be told',
    async run(env) {
      const p = await env.open('x', { query: 'narrow=1' });
      await write(p, '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"] textarea', FLAGGED);
      await unprotectedBadge(p, NO_ACCOUNT);
      await p.click('[data-testid="tweetButtonInline"]');
      await promptShown(p);
      assert.equal(await activations(p), 0);
    },
  },
  {
    name: 'X selector drift of the editor (no data-testid) keeps protection through the Draft.js landmark',
    async run(env) {
      const p = await env.open('x', { query: 'drift=editor' });
      await write(p, '[data-testid="primaryColumn"] .public-DraftEditor-content', FLAGGED);
      await p.click('[data-testid="tweetButtonInline"]');
      await promptShown(p);
      assert.equal(await activations(p), 0);
    },
  },
  {
    name: 'X fail-closed: with the publish control renamed, its click is held',
    async run(env) {
      await withRules(env, RULES_FAIL_CLOSED, async () => {
        const p = await env.open('x', { query: 'drift=button' });
        await write(p, COMPOSERS[0]!.editor, CLEAN);
        await unprotectedBadge(p, NO_BUTTON);
        await p.click('[data-testid="postButtonV2Inline"]');
        await settle();
        assert.equal(await activations(p), 0);
        assert.deepEqual(await published(p), []);
      });
    },
  },
  ...(['keep', 'remove'] as const).map(
    (mode): Scenario => ({
      name: `Facebook two-step (Next → Post settings → Post, editor ${mode === 'keep' ? 'kept' : 'removed'}): checked at Next; the checked text is posted`,
      core: true,
      async run(env) {
        const p = await env.open('facebook', { query: `twostep=${mode}` });
        await p.click('[aria-label="Maak een bericht"]');
        await write(p, '[role="dialog"] [data-lexical-editor="true"]', FLAGGED);
        await p.click('[role="dialog"] [role="button"][aria-label="Volgende"]');
        await promptShown(p);
        await answer(p, 'post');
        await p.click('[role="dialog"] .step-2 [role="button"][aria-label="Posten"]');
        await postCount(p, 1);
        assert.deepEqual(await published(p), [{ site: 'facebook', where: 'post', text: FLAGGED }]);
        assert.equal(await promptText(p), null, 'one question for one draft');
      },
    }),
  ),
  {
    name: 'Facebook two-step: a drifted Next label shows the badge',
    async run(env) {
      const p = await env.open('facebook', { query: 'twostep=keep&drift=next' });
      await p.click('[aria-label="Maak een bericht"]');
      await write(p, '[role="dialog"] [data-lexical-editor="true"]', CLEAN);
      await unprotectedBadge(p, NO_BUTTON);
    },
  },
  {
    name: 'Facebook with a photo: the extra textbox does not lose the Post button; held, and the prompt asks about consent',
    async run(env) {
      const p = await facebookPost(env, FLAGGED, 'media=1');
      await promptShown(p);
      assert.equal(await activations(p), 0);
      // "Toch plaatsen" waits for the consent box the policy asks for when a photo is attached.
      await p.click('volle-zaal-prompt >>> input[type="checkbox"]');
      await answer(p, 'post');
      await postCount(p, 1);
      assert.equal((await published(p))[0]!.text, FLAGGED);
    },
  },
  {
    name: 'Facebook comment in a post dialog: Enter is held, Shift+Enter stays a line; the submit that appears after typing is held; the "Comment" opener is not',
    core: true,
    async run(env) {
      const p = await env.open('facebook');
      await p.click('[role="article"] [role="button"][aria-label="Opmerking"]');
      const box = '[role="dialog"][data-kind="post"] [data-lexical-editor="true"]';
      await write(p, box, 'Hoi Odilia (79),');
      await p.press('Shift+Enter');
      await p.type('tot morgen!');
      await p.press('Enter');
      await promptShown(p);
      assert.equal(await activations(p), 0);
      await answer(p, 'post');
      await postCount(p, 1);
      assert.deepEqual(await published(p), [{ site: 'facebook', where: 'dialog-comment', text: 'Hoi Odilia (79),\ntot morgen!' }]);
      // The opener with the same label opens nothing to check.
      await p.click('[role="dialog"][data-kind="post"] .action-bar [role="button"]');
      await write(p, box, FLAGGED);
      await p.click('[role="dialog"][data-kind="post"] #focused-state-composer-submit [role="button"]');
      await promptShown(p);
      assert.equal((await published(p)).length, 1);
      await answer(p, 'edit');
      await promptGone(p);
      // A clean comment goes straight through on Enter.
      await p.press('Control+A');
      await p.type('Mooi zo!');
      await p.press('Enter');
      await postCount(p, 2);
      assert.equal(await promptText(p), null);
    },
  },
  {
    name: 'Facebook Page session (identity only in the profile control): posting as the organisation asks every time',
    async run(env) {
      await withRules(env, RULES_ORG_PROMPT, async () => {
        await postCount(await facebookPost(env, CLEAN), 1);
        const page = await facebookPost(env, CLEAN, 'page=1');
        await promptShown(page);
        assert.equal(await activations(page), 0);
      });
    },
  },
  {
    name: 'Facebook without a readable identity: the badge says the account cannot be told',
    async run(env) {
      const p = await env.open('facebook', { query: 'noprofile=1' });
      await p.click('[aria-label="Maak een bericht"]');
      await write(p, '[role="dialog"] [data-lexical-editor="true"]', CLEAN);
      await unprotectedBadge(p, NO_ACCOUNT);
    },
  },
  {
    name: 'Business Suite: Publish and Schedule (names with zero-width spaces) are held; Save draft is not',
    async run(env) {
      const p = await env.open('facebook', { path: 'https://business.facebook.com/latest/composer/?asset_id=1' });
      await write(p, '[role="main"] [contenteditable="true"]', FLAGGED);
      await p.click('[role="button"][aria-label^="Concept opslaan"]');
      await settle();
      assert.equal(await promptText(p), null);
      for (const label of ['Plannen', 'Publiceren']) {
        await p.click(`[role="button"][aria-label^="${label}"]`);
        await promptShown(p);
        assert.equal(await activations(p), 0, label);
        await answer(p, 'edit');
        await promptGone(p);
      }
      assert.deepEqual(await published(p), []);
    },
  },
  {
    name: 'LinkedIn new-feed comment (TipTap, no form, button disabled until typing) is held',
    core: true,
    async run(env) {
      const p = await env.open('linkedin');
      const editor = '[data-view-name="comment-box"] .ProseMirror';
      await write(p, editor, FLAGGED);
      await until(async () => (await highlights(p)) >= 2, { what: 'underlines' });
      await p.click('button[data-view-name="comment-post"]');
      await promptShown(p);
      assert.equal(await activations(p), 0);
      await answer(p, 'post');
      await postCount(p, 1);
      assert.deepEqual(await published(p), [{ site: 'linkedin', where: 'comment', text: FLAGGED }]);
    },
  },
  {
    name: 'LinkedIn legacy comment form: the submit button that appears after typing is held',
    async run(env) {
      const p = await env.open('linkedin');
      await write(p, '.comments-comment-box__form .ql-editor', FLAGGED);
      await p.click('.comments-comment-box__submit-button--cr');
      await promptShown(p);
      assert.equal(await activations(p), 0);
    },
  },
  {
    name: 'LinkedIn messaging is not a publishing composer: no badge, no hold',
    async run(env) {
      const p = await env.open('linkedin');
      await write(p, '.msg-form__contenteditable', FLAGGED);
      await settle();
      const before = (await badges(p)).length;
      assert.equal(before, 2, 'badges only on the two comment boxes');
      await p.click('.msg-form__send-button');
      await postCount(p, 1);
      assert.equal(await promptText(p), null);
    },
  },
  {
    name: 'LinkedIn new-feed comment with its button renamed shows the badge',
    async run(env) {
      const p = await env.open('linkedin', { query: 'drift=comment' });
      await write(p, '[data-view-name="comment-box"] .ProseMirror', CLEAN);
      await unprotectedBadge(p, NO_BUTTON);
    },
  },
  {
    name: 'LinkedIn company admin page: the share box posts as the organisation (asks every time)',
    async run(env) {
      await withRules(env, RULES_ORG_PROMPT, async () => {
        const p = await env.open('linkedin', { path: '/company/123/admin/page-posts/published/' });
        await p.click('[aria-label="Bijdrage starten"]');
        await write(p, '#interop-outlet >>> .ql-editor', CLEAN);
        await p.click('#interop-outlet >>> .share-actions__primary-action');
        await promptShown(p);
        assert.equal(await activations(p), 0);
      });
    },
  },
  {
    name: "A rule file's own words and exceptions: its marker is held with the check's reason, its excepted place name posts",
    async run(env) {
      const editor = '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]';
      const post = async (text: string) => {
        const p = await env.open('x');
        await write(p, editor, text);
        await p.click('[data-testid="tweetButtonInline"]');
        return p;
      };
      // Without the rule file's exception the place name reads as profanity; if the built-in data ever
      // learns this place, pick another word that it flags.
      assert.match(await promptShown(await post(PLACE_DRAFT)), /Kutjevo/);
      await withRules(env, RULES_LANGUAGE, async () => {
        const place = await post(PLACE_DRAFT);
        await postCount(place, 1);
        assert.equal((await published(place))[0]!.text, PLACE_DRAFT);
        const marked = await post(MARKED_DRAFT);
        assert.match(await promptShown(marked), /als vertrouwelijk of nog niet officieel aangeduid|marked confidential or not yet official/);
        assert.equal(await activations(marked), 0, 'the site never saw the click');
      });
    },
  },
  {
    name: 'A regex rule (engine loaded on demand) stops its draft; Aanpassen keeps it; once fixed it posts',
    core: true,
    async run(env) {
      await withRules(env, RULES_REGEX, async () => {
        const p = await env.open('x');
        const editor = '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]';
        await write(p, editor, ROOM_DRAFT);
        await p.click('[data-testid="tweetButtonInline"]');
        assert.match(await promptShown(p), /Kamernummers zijn intern\.|Room numbers are internal\./);
        assert.equal(await buttonLabel(p, 'post'), null, 'a block finding offers no way to post');
        assert.equal(await activations(p), 0, 'the site never saw the click');
        await answer(p, 'edit');
        await promptGone(p);
        assert.equal(await editorText(p, editor), ROOM_DRAFT);
        await p.press('Control+A');
        await p.type(CLEAN);
        await p.click('[data-testid="tweetButtonInline"]');
        await postCount(p, 1);
        assert.equal((await published(p))[0]!.text, CLEAN);
      });
    },
  },
  {
    name: 'English labels: Facebook post dialog and LinkedIn share box are held',
    async run(env) {
      const fb = await env.open('facebook', { query: 'lang=en' });
      await fb.click('[aria-label="Create a post"]');
      await write(fb, '[role="dialog"] [data-lexical-editor="true"]', FLAGGED);
      await fb.click('[role="dialog"] [role="button"][aria-label="Post"]');
      await promptShown(fb);
      const li = await env.open('linkedin', { query: 'lang=en' });
      await li.click('[aria-label="Start a post"]');
      await write(li, '#interop-outlet >>> .ql-editor', FLAGGED);
      await li.click('#interop-outlet >>> .share-actions__primary-action');
      await promptShown(li);
    },
  },
];

export const SCENARIOS: Scenario[] = [...COMPOSERS.flatMap(composerScenarios), ...FLOWS];
