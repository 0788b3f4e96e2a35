// @vitest-environment happy-dom
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
    const ours = (m: object) => Object.keys(m).filter((k) => /^(prompt|badge|mark)_/.test(k)).sort();
    expect(ours(en)).toEqual(ours(nl));
    expect(ours(nl).length).toBeGreaterThan(30);
  });

  it('speaks the findings language even when the browser serves another', async () => {
    const { defaultTranslator } = await withBrowser(en, 'nl-BE'); // emulated locale, English messages
    expect(defaultTranslator('nl')('prompt_edit')).toBe('Aanpassen');
    expect(defaultTranslator('en')('prompt_edit')).toBe('Edit');
  });

  it('uses browser.i18n when it serves that language', async () => {
    const served = { ...nl, prompt_edit: { message: 'Aanpassen (browser)' } };
    const { defaultTranslator } = await withBrowser(served, 'nl');
    expect(defaultTranslator('nl')('prompt_edit')).toBe('Aanpassen (browser)');
    expect(defaultTranslator()('prompt_edit')).toBe('Aanpassen (browser)');
  });

  it('works without an extension', async () => {
    vi.resetModules();
    const { defaultTranslator } = await import('./i18n');
    expect(defaultTranslator('nl')('prompt_title')).toBe('Zou je dit ook zeggen in een volle zaal?');
  });
});
