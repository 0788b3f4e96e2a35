/**
 * What the builds ship (README, "Rule files": the engines loaded on demand): the content script without the
 * checking engine, the regular-expression engine and the prompt, each an ES module of its own that the content script
 * imports from its extension URL (the checking engine and the prompt once a composer is found, the
 * regex engine when a rule file has a `regex` rule). Every scenario in scenarios.ts that checks a
 * draft proves the engine's import in Chromium and Firefox, "A regex rule (engine loaded on
 * demand) …" the regex engine's, and every scenario that opens the prompt the prompt's.
 * Needs `npm run build` first, like every e2e test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { checks } from '../../src/engine';
import type { RegexEngine } from '../../src/engine/patterns';
import { ENGINE_MODULE_FILE, REGEX_ENGINE_FILE } from '../../src/policy/constants';
import type { EngineModule } from '../../src/policy/engine-module';
import { bundledDefaultRules } from '../../src/policy/stored';
import { PROMPT_MODULE_FILE } from '../../src/ui/page-keys';

const root = join(import.meta.dirname, '..', '..');
/** An error message of re2js's parser: present wherever its code is. */
const RE2JS_TEXT = 'invalid nested repetition operator';
/** zod's error class name: the validator runs where rule files come in, never in the page. */
const ZOD_TEXT = 'ZodError';
/** The prompt's question (its message, bundled for when the browser speaks another language). */
const PROMPT_TEXT = 'Zou je dit ook zeggen in een volle zaal?';
/** A prop only Preact's DOM diffing names: present wherever Preact is. */
const PREACT_TEXT = 'dangerouslySetInnerHTML';
/** webextension-polyfill's argument check: the extension's pages carry it, the page's code needs none (src/extension-api.ts). */
const POLYFILL_TEXT = 'Expected at least';
/** A word of the built-in language data (a near miss of an abusive word): present wherever the engine's data is. */
const LANGUAGE_DATA_TEXT = 'klootjesvolk';
/** The checks' example sentences (for tests and `volle-zaal test`; the page never reads them). */
const EXAMPLES = checks.flatMap((c) => [...c.meta.examples.fires, ...c.meta.examples.clean]).map((e) => (typeof e === 'string' ? e : e.text));

describe.each(['chrome-mv3', 'firefox-mv2'])('the %s build', (target) => {
  const dir = join(root, '.output', target);
  test('the content script has no regular-expression engine; regex-engine.js has it, as an ES module that runs', async () => {
    expect(readFileSync(join(dir, 'content-scripts', 'content.js'), 'utf8')).not.toContain(RE2JS_TEXT);
    const file = join(dir, REGEX_ENGINE_FILE);
    expect(readFileSync(file, 'utf8')).toContain(RE2JS_TEXT);
    const { re2 } = (await import(pathToFileURL(file).href)) as { re2: RegexEngine };
    expect([...re2('kamer [a-z]-\\d{3}', false)('in Kamer B-214 en kamer c-105')]).toEqual([[3, 14], [18, 29]]);
    expect([...re2('kamer [a-z]-\\d{3}', true)('in Kamer B-214 en kamer c-105')]).toEqual([[18, 29]]);
    expect(() => re2('(a', false)).toThrow(/missing closing \)/);
  });

  test('the content script has no checking engine; engine.js has it, as an ES module that compiles a rule file and checks a draft', async () => {
    expect(readFileSync(join(dir, 'content-scripts', 'content.js'), 'utf8')).not.toContain(LANGUAGE_DATA_TEXT);
    const file = join(dir, ENGINE_MODULE_FILE);
    expect(readFileSync(file, 'utf8')).toContain(LANGUAGE_DATA_TEXT);
    const { compileEngine, checkDraft } = (await import(pathToFileURL(file).href)) as EngineModule;
    const policy = compileEngine({ ...bundledDefaultRules, people: { clients: ['Odilia Verbraeken'] } });
    const { findings } = checkDraft('Met Odilia Verbraeken naar zee. Bel me op 0471 23 45 67.', { platform: 'x', account: 'personal' }, policy);
    expect(findings.map((f) => f.category).sort()).toEqual(['client-name', 'personal-data']);
  });

  test('the content script has no schema validator (rule files were validated when they were stored)', () => {
    expect(readFileSync(join(dir, 'content-scripts', 'content.js'), 'utf8')).not.toContain(ZOD_TEXT);
    expect(readFileSync(join(dir, 'background.js'), 'utf8')).toContain(ZOD_TEXT);
  });

  test('the content script has neither the prompt nor Preact; prompt-ui.js has both, as an ES module exporting showPrompt', async () => {
    const content = readFileSync(join(dir, 'content-scripts', 'content.js'), 'utf8');
    expect(content).not.toContain(PROMPT_TEXT);
    expect(content).not.toContain(PREACT_TEXT);
    const file = join(dir, PROMPT_MODULE_FILE);
    const module = readFileSync(file, 'utf8');
    expect(module).toContain(PROMPT_TEXT);
    expect(module).toContain(PREACT_TEXT);
    // Evaluating it touches no page or extension API; the prompt itself is exercised in the browsers (sites.test.ts).
    const { showPrompt } = (await import(pathToFileURL(file).href)) as { showPrompt: unknown };
    expect(typeof showPrompt).toBe('function');
  });

  test("the content script has no webextension-polyfill, neither it nor the engine module the checks' example sentences; the background and the options page keep them", () => {
    const content = readFileSync(join(dir, 'content-scripts', 'content.js'), 'utf8');
    expect(content).not.toContain(POLYFILL_TEXT);
    const engine = readFileSync(join(dir, ENGINE_MODULE_FILE), 'utf8');
    expect(readFileSync(join(dir, 'background.js'), 'utf8')).toContain(POLYFILL_TEXT);
    // Sentences the minifier writes as they are (no escapes): enough to tell the examples are there or not.
    const verbatim = EXAMPLES.filter((e) => /^[\x20-\x7e]+$/.test(e) && !(e.includes("'") && e.includes('"')));
    expect(verbatim.length).toBeGreaterThan(30);
    expect(verbatim.filter((e) => content.includes(e) || engine.includes(e))).toEqual([]);
    const chunks = join(dir, 'chunks');
    const pages = readdirSync(chunks).map((f) => readFileSync(join(chunks, f), 'utf8')).join('\n');
    expect(verbatim.filter((e) => !pages.includes(e))).toEqual([]);
  });

  test('engine.js, regex-engine.js and prompt-ui.js are web accessible (the content script imports them by URL), and nothing else is', () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { manifest_version: number; web_accessible_resources?: unknown };
    const modules = [ENGINE_MODULE_FILE, REGEX_ENGINE_FILE, PROMPT_MODULE_FILE];
    expect(manifest.web_accessible_resources).toEqual(manifest.manifest_version === 3 ? [{ resources: modules, matches: ['https://*/*'], use_dynamic_url: true }] : modules);
  });
});
