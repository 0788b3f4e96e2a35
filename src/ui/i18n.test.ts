// @vitest-environment happy-dom
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import en from '../../assets/public/_locales/en/messages.json';
import nl from '../../assets/public/_locales/nl/messages.json';
import { createTranslator, formatMessage } from './i18n';

/** Load i18n.ts with a fake `browser.i18n` serving `served` messages. */
async function withBrowser(served: Record<string, unknown>, uiLanguage: string) {
  const t = createTranslator(served);
  const i18n = {
    getUILanguage: () => uiLanguage,
    getMessage(key: string, subs?: string | string[]) {
      if (this !== i18n) throw new Error('unbound getMessage'); // the polyfill needs its object
      const text = t(key, subs);
      return text === key ? '' : text;
    },
  };
  vi.resetModules();
  vi.doMock('wxt/browser', () => ({ browser: { i18n } }));
  return import('./i18n');
}

afterEach(() => {
  vi.doUnmock('wxt/browser');
});

describe('translators', () => {
  it('fills named placeholders like browser.i18n', () => {
    const t = createTranslator(nl);
    expect(t('badge_count_other', ['2', 'emotionele taal'])).toBe('Volle Zaal: 2 aandachtspunten: emotionele taal');
    expect(formatMessage({ message: 'kost $$5 bij $WHO$', placeholders: { who: { content: '$1' } } }, ['Jan'])).toBe('kost $5 bij Jan');
    expect(t('no_such_key')).toBe('no_such_key');
  });

  it('has every UI message in both languages', () => {
    const ours = (m: object) => Object.keys(m).filter((k) => /^(prompt|badge|mark|notice)_/.test(k)).sort();
    expect(ours(en)).toEqual(ours(nl));
    expect(ours(nl).length).toBeGreaterThan(30);
  });

  it('speaks the findings language even when the browser serves another', async () => {
    const { defaultTranslator } = await withBrowser(en, 'nl-BE'); // emulated locale, English messages
    expect(defaultTranslator('nl')('badge_reason_engine_error')).toBe('de controle liep fout');
    expect(defaultTranslator('en')('badge_reason_engine_error')).toBe('the check failed');
  });

  it('uses browser.i18n when it serves that language', async () => {
    const served = { ...nl, badge_reason_engine_error: { message: 'de controle liep fout (browser)' } };
    const { defaultTranslator } = await withBrowser(served, 'nl');
    expect(defaultTranslator('nl')('badge_reason_engine_error')).toBe('de controle liep fout (browser)');
    expect(defaultTranslator()('badge_reason_engine_error')).toBe('de controle liep fout (browser)');
  });

  it('works without an extension', async () => {
    vi.resetModules();
    const { defaultTranslator } = await import('./i18n');
    expect(defaultTranslator('nl')('badge_ok')).toBe('Volle Zaal: geen aandachtspunten');
  });
});

describe('the page bundles only its own messages (src/ui/page-keys.ts)', () => {
  /** Message keys named in `files` (a template names a family of keys by its fixed start, "prompt_severity_${…}"). */
  async function keysNamedIn(files: string[]): Promise<Set<string>> {
    const { readFileSync } = await import('node:fs');
    const keys = new Set([...Object.keys(nl), ...Object.keys(en)]);
    const named = new Set<string>();
    for (const file of files)
      for (const [, literal] of readFileSync(file, 'utf8').matchAll(/['"`]([a-z][a-zA-Z]*_[\w]*)(?:\$\{|['"`])/g))
        if (keys.has(literal!) || [...keys].some((k) => k.startsWith(literal!) && literal!.endsWith('_'))) named.add(literal!);
    return named;
  }
  const root = join(import.meta.dirname, '..');
  const outside = (named: Set<string>, prefixes: readonly string[]) => [...named].filter((key) => !prefixes.some((p) => key.startsWith(p)));

  it('every message key the content script (badge, underlines, notices, site adapters) names starts with a page prefix', async () => {
    const { PAGE_MESSAGE_PREFIXES } = await import('./page-keys');
    const files = [
      ...['ui/badge.ts', 'ui/highlights.ts', 'ui/host.ts', 'ui/notice.ts', 'ui/prompt-on-demand.ts'].map((f) => join(root, f)),
      ...['content', 'sites', 'sites/editors'].flatMap((dir) =>
        readdirSync(join(root, dir))
          .filter((f) => /\.tsx?$/.test(f) && !f.includes('.test.'))
          .map((f) => join(root, dir, f)),
      ),
    ];
    const named = await keysNamedIn(files);
    expect(named.size).toBeGreaterThan(10);
    expect(outside(named, PAGE_MESSAGE_PREFIXES)).toEqual([]);
  });

  it("every message key the prompt module names starts with the prompt's prefix", async () => {
    const { PROMPT_MESSAGE_PREFIXES } = await import('./page-keys');
    const named = await keysNamedIn([join(root, 'ui/prompt.tsx')]);
    expect(named.size).toBeGreaterThan(20);
    expect(outside(named, PROMPT_MESSAGE_PREFIXES)).toEqual([]);
  });
});
