/**
 * What the builds ship for `regex` rules (README, "Size"): the content script without the regular-
 * expression engine, and the engine as an ES module of its own that the content script may import
 * from its extension URL. The scenario "A regex rule (engine loaded on demand) …" in scenarios.ts
 * proves the import works in Chromium and Firefox. Needs `npm run build` first, like every e2e test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { RegexEngine } from '../../src/engine/patterns';
import { REGEX_ENGINE_FILE } from '../../src/policy/constants';

const root = join(import.meta.dirname, '..', '..');
/** An error message of re2js's parser: present wherever its code is. */
const RE2JS_TEXT = 'invalid nested repetition operator';

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

  test('regex-engine.js is web accessible (the content script imports it by URL), and nothing else is', () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { manifest_version: number; web_accessible_resources?: unknown };
    expect(manifest.web_accessible_resources).toEqual(
      manifest.manifest_version === 3 ? [{ resources: [REGEX_ENGINE_FILE], matches: ['https://*/*'], use_dynamic_url: true }] : [REGEX_ENGINE_FILE],
    );
  });
});
