import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../../assets/public/_locales/en/messages.json';
import nl from '../../../assets/public/_locales/nl/messages.json';
import { ACCOUNT_KINDS, PLATFORMS } from '../../engine/types';

const dirs = [__dirname, join(__dirname, '../popup')];
const sources = dirs.flatMap((d) => readdirSync(d).filter((f) => /\.tsx?$/.test(f) && !f.includes('.test.')).map((f) => readFileSync(join(d, f), 'utf8')));

/** Keys named literally, plus the ones built from a template (`options_origin_${origin}`). */
const keys = new Set<string>([
  ...sources.flatMap((s) => [...s.matchAll(/t\(\s*'((?:options|popup)_[a-z_]+)'/g)].map((m) => m[1]!)),
  ...['default', 'user', 'url', 'managed'].map((o) => `options_origin_${o}`),
  ...['updated', 'not_modified', 'invalid', 'bad_signature', 'url_not_https', 'url_invalid', 'url_credentials', 'timeout', 'offline', 'unreachable', 'cors', 'not_json', 'signature_missing', 'old_key', 'http_304']
    .map((o) => `options_outcome_${o}`),
  ...['locked', 'pinned', 'url_invalid', 'url_not_https', 'url_credentials'].map((o) => `options_url_error_${o}`),
  ...['not_required', 'unsigned', 'managed_channel', 'none'].map((o) => `options_signature_${o}`),
  ...['locked', 'not_a_code', 'damaged', 'not_https', 'no_key', 'bad_key'].map((o) => `options_setup_error_${o}`),
  ...PLATFORMS.map((p) => `options_platform_${p}`),
  ...ACCOUNT_KINDS.map((a) => `options_account_${a}`),
  ...['info', 'warn', 'block'].map((s) => `options_severity_${s}`),
]);

describe('options and popup messages', () => {
  it.each([['nl', nl], ['en', en]] as const)('every key used exists in %s, in browser.i18n format', (_locale, file) => {
    const messages = file as Record<string, unknown>;
    expect(keys.size).toBeGreaterThan(50);
    for (const key of keys) expect(messages[key], key).toMatchObject({ message: expect.any(String) });
    for (const [key, value] of Object.entries(messages))
      if (/^(options|popup|bg)_/.test(key)) expect(value, key).toMatchObject({ message: expect.any(String) });
  });
});

describe('sync outcomes', () => {
  it.each([['nl', nl], ['en', en]] as const)('every outcome the background records has its own sentence in %s', async (_locale, file) => {
    const { describeOutcome } = await import('./describe');
    const { createTranslator } = await import('../i18n');
    const t = createTranslator(file as Record<string, unknown>);
    const outcomes = ['updated', 'not-modified', 'timeout', 'offline', 'unreachable', 'cors', 'http-404', 'http-304', 'not-json', 'invalid',
      'signature-missing', 'signature-http-503', 'bad-signature', 'old-key', 'url-not-https', 'url-invalid', 'url-credentials'];
    const sentences = outcomes.map((message) => describeOutcome({ ok: false, at: 0, source: 'url', message, detail: '30' }, t));
    // No raw id and no key left untranslated, and no two outcomes share a sentence.
    for (const [i, sentence] of sentences.entries()) expect(sentence, outcomes[i]).not.toMatch(/^options_|^[a-z-]+\d*$/);
    expect(new Set(sentences).size).toBe(outcomes.length);
  });
});
