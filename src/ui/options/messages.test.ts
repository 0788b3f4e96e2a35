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
  ...['updated', 'not_modified', 'invalid', 'bad_signature', 'url_not_https', 'url_invalid', 'url_credentials'].map((o) => `options_outcome_${o}`),
  ...['locked', 'url_invalid', 'url_not_https', 'url_credentials'].map((o) => `options_url_error_${o}`),
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
