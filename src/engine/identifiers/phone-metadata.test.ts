import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { PHONE_METADATA } from './phone-metadata';
import { findPhones, phoneKey } from './phone';

const require = createRequire(import.meta.url);

describe('trimmed phone metadata', () => {
  it("matches the installed libphonenumber-js for Belgium and the Netherlands (regenerate when it doesn't)", () => {
    const full = require('libphonenumber-js/metadata.max.json') as { version: number; countries: Record<string, unknown> };
    const trimmed = PHONE_METADATA as unknown as { version: number; countries: Record<string, unknown> };
    expect(trimmed.version).toBe(full.version);
    expect(trimmed.countries.BE).toEqual(full.countries.BE);
    expect(trimmed.countries.NL).toEqual(full.countries.NL);
  });
});

describe('findPhones', () => {
  it.each([
    ['09 123 45 67', 'fixed'],
    ['0478 12 34 56', 'mobile'],
    ['06 12345678', 'mobile'],
    ['+31 20 123 4567', 'fixed'],
    ['0800 12 345', 'service'],
    ['0900 1234567', 'service'],
    ['070 22 33 44', 'service'],
  ])('%s is %s', (text, kind) => {
    expect(findPhones(text).map((p) => p.kind)).toEqual([kind]);
  });

  it('needs a trunk 0 or an international prefix', () => {
    expect(findPhones('12345678 91234567')).toEqual([]);
  });

  it('finds the number at the start of a longer digit run', () => {
    const [p] = findPhones('0478 12 34 56 12');
    expect(p && '0478 12 34 56 12'.slice(p.nStart, p.nEnd)).toBe('0478 12 34 56');
  });
});

describe('phoneKey', () => {
  it.each(['03 218 40 70', '032184070', '+32 3 218 40 70', '0032 3 218 40 70', '3232184070'])('%s', (raw) => {
    expect(phoneKey(raw)).toBe('32184070');
  });
});
