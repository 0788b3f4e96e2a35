/**
 * Builds whose on-demand modules misbehave, for the Chromium and the Firefox tests
 * (prompt-module.test.ts, engine-module.test.ts and their twins in firefox/):
 * - without the prompt's module (prompt-ui.js) or the checking engine's (engine.js): a flagged
 *   post must stay held (the test rules are not fail-closed, so this is not fail-closed's doing),
 *   a notice must say so, the badge must say why, and a second attempt is held the same way;
 * - with an engine that arrives late: what is typed meanwhile is never called checked, and a post
 *   made meanwhile is held, then asked about (or let through) exactly as with the engine ready.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { afterAll } from 'vitest';
import { ENGINE_MODULE_FILE } from '../../src/policy/constants';
import { PROMPT_MODULE_FILE } from '../../src/ui/page-keys';
import { fromPuppeteer } from './driver';
import { TEST_RULES } from './rules';
import { activations, badges, CLEAN, editorText, FLAGGED, highlights, promptText, published, until, type ScenarioEnv } from './scenarios';
import { ROOT } from './server';

/** A copy of the build in `dir`, changed by `change`; returns its path (remove it when done). */
function buildCopy(dir: string, change: (copy: string) => void): string {
  const copy = mkdtempSync(join(tmpdir(), 'vz-modules-'));
  cpSync(dir, copy, { recursive: true });
  change(copy);
  return copy;
}

/** A copy of the build without prompt-ui.js. */
export const buildWithoutPrompt = (dir: string) => buildCopy(dir, (copy) => rmSync(join(copy, PROMPT_MODULE_FILE)));
/** A copy of the build without engine.js. */
export const buildWithoutEngine = (dir: string) => buildCopy(dir, (copy) => rmSync(join(copy, ENGINE_MODULE_FILE)));

/** How long the late engine takes to arrive: longer than opening the page, typing and clicking. */
export const ENGINE_DELAY_MS = 8_000;
/** A copy of the build whose engine.js finishes evaluating only after ENGINE_DELAY_MS (a top-level await), like a slow machine's. */
export const buildWithLateEngine = (dir: string) =>
  buildCopy(dir, (copy) => {
    const file = join(copy, ENGINE_MODULE_FILE);
    writeFileSync(file, `await new Promise((r) => setTimeout(r, ${ENGINE_DELAY_MS}));\n${readFileSync(file, 'utf8')}`);
  });

/**
 * Firefox ESR with a changed copy of its build and the test rules, for the tests of one file (the
 * Firefox harness reads the build's path, VZ_FIREFOX_EXTENSION, when it is first imported); `open`
 * opens a fixture page as the shared scenarios take one.
 */
export async function useFirefoxBuildCopy(make: (dir: string) => string) {
  const build = make(process.env.VZ_FIREFOX_EXTENSION ?? join(ROOT, '.output/firefox-mv2'));
  process.env.VZ_FIREFOX_EXTENSION = build;
  const { useFirefox } = await import('./firefox/harness');
  afterAll(() => rmSync(build, { recursive: true, force: true }));
  const env = useFirefox(TEST_RULES);
  const open: ScenarioEnv['open'] = async (site) => fromPuppeteer(await env.run.openSite(env.run.server.url(site, '')));
  return { run: () => env.run, open };
}

const NOTICE = `document.querySelector('volle-zaal-notice')?.shadowRoot?.querySelector('[role="alert"]')`;
const X_EDITOR = '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]';
const X_POST = '[data-testid="tweetButtonInline"]';

/** What a missing module shows: the notice's words and the badge's reason. */
const MISSING = {
  prompt: { notice: 'Volle Zaal kon zijn vraag niet laden', reason: 'de vraag kon niet geladen worden' },
  engine: { notice: 'Volle Zaal kon de controle niet laden', reason: 'de controle kon niet geladen worden' },
};

/** In a build without `module`'s file: a flagged post on X is held twice, with the notice and the badge's reason; the draft stays. */
export async function heldWithoutModule(env: Pick<ScenarioEnv, 'open'>, module: keyof typeof MISSING): Promise<void> {
  const { notice: said, reason } = MISSING[module];
  const p = await env.open('x');
  await p.click(X_EDITOR);
  await p.type(FLAGGED);
  // The check after typing has run (as when a person reaches for the button): it would replace the badge's reason.
  await new Promise((r) => setTimeout(r, 600));
  for (let attempt = 1; attempt <= 2; attempt++) {
    await p.click(X_POST);
    const notice = (await until(() => p.evaluate<string | null>(`${NOTICE}?.textContent ?? null`), { what: 'the notice' }))!;
    if (!notice.includes(said) || !notice.includes('je bericht is niet geplaatst')) throw new Error(`notice: ${notice}`);
    await until(async () => (await badges(p)).some((b) => b.includes('niet beschermd hier') && b.includes(reason)), { what: "the badge's reason" });
    if ((await activations(p)) !== 0 || (await published(p)).length !== 0) throw new Error('the site saw the post');
    if (await p.evaluate<boolean>(`!!document.querySelector('volle-zaal-prompt')`)) throw new Error('a prompt opened');
    await p.click('volle-zaal-notice >>> button');
    await until(() => p.evaluate<boolean>(`!document.querySelector('volle-zaal-notice')`), { what: 'the notice to close' });
  }
  if ((await editorText(p, X_EDITOR)) !== FLAGGED) throw new Error('the draft changed');
}

/** Wait for the late engine (it arrives ENGINE_DELAY_MS after the page found its composer). */
const engineWait = { timeout: ENGINE_DELAY_MS + 10_000 };

/**
 * With the late engine: a flagged post on X made before it arrives is held (the site sees nothing),
 * then the prompt asks, and the underlines and the badge's count appear; "Toch plaatsen" publishes exactly the typed text, once. A clean post made
 * before it arrives is held, then published once with no prompt. Until then the badge says the
 * check is loading, never that the draft has no findings.
 */
export async function heldUntilEngine(env: Pick<ScenarioEnv, 'open'>): Promise<void> {
  const p = await env.open('x');
  await p.click(X_EDITOR);
  await p.type(FLAGGED);
  const before = await badges(p);
  assert.ok(before.length > 0 && before.every((b) => b.includes('de controle wordt geladen')), `badges before the engine: ${JSON.stringify(before)}`);
  assert.equal(await highlights(p), 0, 'no underline before the engine has checked');
  await p.click(X_POST);
  assert.equal(await activations(p), 0, 'held: the site never saw the click');
  assert.equal(await promptText(p), null, 'no prompt before the engine has checked the draft');
  const shown = await until(async () => (await promptText(p)) ?? '', { ...engineWait, what: 'the prompt once the engine is here' });
  assert.match(shown, /Dit lijkt de naam van een cliënt\./);
  // Typing went on working meanwhile; the underlines and the badge's count came with the check.
  await until(async () => (await highlights(p)) >= 2, { what: 'underlines' });
  assert.ok((await badges(p)).some((b) => /Volle Zaal: \d+ aandachtspunt/.test(b)), `badge after the check: ${JSON.stringify(await badges(p))}`);
  assert.equal(await activations(p), 0);
  await p.click('volle-zaal-prompt >>> [data-action="post"]');
  await until(async () => (await published(p)).length === 1, { what: 'the post' });
  await new Promise((r) => setTimeout(r, 600)); // time for a duplicate replay to show up
  assert.deepEqual(await published(p), [{ site: 'x', where: 'home', text: FLAGGED }]);
  assert.equal(await activations(p), 1);

  const clean = await env.open('x');
  await clean.click(X_EDITOR);
  await clean.type(CLEAN);
  await clean.click(X_POST);
  assert.equal(await activations(clean), 0, 'held until the engine has checked it');
  await until(async () => (await published(clean)).length === 1, { ...engineWait, what: 'the clean post once the engine is here' });
  await new Promise((r) => setTimeout(r, 600));
  assert.deepEqual(await published(clean), [{ site: 'x', where: 'home', text: CLEAN }]);
  assert.equal(await activations(clean), 1);
  assert.equal(await promptText(clean), null);
  assert.ok((await badges(clean)).some((b) => b.includes('geen aandachtspunten')), 'the badge once checked');
}
