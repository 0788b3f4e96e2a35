import { describe, expect, it } from 'vitest';
import { asciiSource, plainLetters, twin } from './ascii-twin';
import { caselessSource } from './caseless';

describe('plainLetters', () => {
  it('is true when every letter and number is ASCII, whatever other characters there are', () => {
    expect(plainLetters('Onze bewoonster Clementine (88) is jarig!')).toBe(true);
    expect(plainLetters('’t is “feest” — €5 • ✓ ° ¿')).toBe(true);
    expect(plainLetters('')).toBe(true);
  });

  it.each([
    ['a letter with a mark', 'café'],
    ['a Cyrillic letter', 'жарко'],
    ['a superscript digit (No)', 'm²'],
    ['a Roman numeral (Nl)', 'Ⅻ'],
    ['an Arabic-Indic digit', '٣'],
    ['the Kelvin sign', '\u212a'],
    ['an emoji beyond the BMP', 'feest 🎉'],
  ])('is false with %s', (_, text) => {
    expect(plainLetters(text)).toBe(false);
  });
});

describe('asciiSource', () => {
  it('reads \\p{L} and \\p{N} as ASCII ranges, in a class or alone', () => {
    expect(asciiSource(String.raw`(?<![\p{L}])a\p{L}(?![\p{L}\p{N}])[^\p{N}]\\p{L}`)).toBe(String.raw`(?<![A-Za-z])a[A-Za-z](?![A-Za-z0-9])[^0-9]\\p{L}`);
  });

  it('refuses any other Unicode-only escape', () => {
    expect(() => asciiSource(String.raw`\p{Lu}`)).toThrow(/\\p\{Lu\}/);
    expect(() => asciiSource(String.raw`\P{L}`)).toThrow();
    expect(() => asciiSource(String.raw`\u{1F600}`)).toThrow();
    expect(() => twin('a', 'gi')).toThrow();
  });
});

describe('twin', () => {
  // Every construct the recognisers use the twins with: look-arounds, negated classes, anchors, alternations.
  const sources: Array<[string, string]> = [
    [String.raw`(jaar\s+oud|jarigen|jarige|jarig|jaar|yo|y\/o)(?![\p{L}\p{N}])`, 'gu'],
    [String.raw`(?:^|[^\p{L}])(?:na|die|de)\s*$`, 'u'],
    [String.raw`(?:^|[^\p{L}])(?:toen|when)(?:[^\p{L}][^.;!?]{0,40})?[^\p{L}]$`, 'u'],
    [String.raw`^\s*(?:oud|old|werd)(?![\p{L}])`, 'u'],
    [String.raw`(?<![\p{L}\p{N}])(\d{1,2}|[a-z]+)\s+(?:jaar\s+)?geworden(?![\p{L}\p{N}])`, 'gu'],
    [String.raw`\p{L}\s?$`, 'u'],
    [String.raw`[\p{L}\p{N}]`, 'gu'],
    [String.raw`^\s+(?:[1-9]|1[0-3])(?![\p{N}])`, 'u'],
    [String.raw`(klas|groep|year)(?![\p{L}])`, 'gu'],
  ];
  // ASCII and BMP characters that are no letter or number: where the twin is used.
  const alphabet = [...'aejlnorstwyAJ019 -./()!?,;’“”—€•✓°\n', 'jaar', 'jarig', 'oud', 'die', 'toen', 'klas', 'geworden', ' 12 ', ' 3 geworden', 'x2 jaar geworden'];
  let seed = 7;
  // Park–Miller: seed × 48271 stays below 2^53, so every step is exact (an LCG with a 30-bit multiplier is not).
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const texts = Array.from({ length: 1500 }, () => Array.from({ length: 1 + Math.floor(random() * 24) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''));

  it.each(sources)('finds what its Unicode expression finds on plain-lettered text: %s', (source, flags) => {
    const pick = twin(source, flags);
    const unicode = new RegExp(source, flags);
    const all = (re: RegExp, t: string) => (re.global ? [...t.matchAll(re)].map((m) => [m.index, ...m]) : [re.exec(t)?.index, ...(re.exec(t) ?? [])]);
    let found = 0;
    for (const t of texts) {
      expect(plainLetters(t)).toBe(true);
      const re = pick(t);
      expect(re.flags).not.toContain('u');
      const want = all(unicode, t);
      expect(all(re, t), t).toEqual(want);
      if (want.length > 1) found++;
    }
    // The texts exercise the expression: some match.
    expect(found).toBeGreaterThan(10);
  });

  it('of a caseless source, finds what the case-insensitive Unicode expression finds', () => {
    const source = String.raw`^\s?[,(]\s?(?:(?:de|the|onze)\s+)?([\p{L}-]+(?:\s[\p{L}-]+)?)`;
    const pick = twin(caselessSource(source), 'u');
    const iu = new RegExp(source, 'iu');
    const cased = texts.map((t) => (random() < 0.5 ? ` (${t}` : `, ${t.toUpperCase()}`));
    for (const t of cased) expect([...(pick(t).exec(t) ?? [])], t).toEqual([...(iu.exec(t) ?? [])]);
    expect(cased.filter((t) => iu.test(t)).length).toBeGreaterThan(100);
  });

  it('is the Unicode expression itself on a text with a letter beyond ASCII', () => {
    const pick = twin(String.raw`jarig(?![\p{L}])`, 'u');
    expect(pick('jarigé').flags).toBe('u');
    expect(pick('jarigé').test('jarigé')).toBe(false);
    expect(pick('jarig!').test('jarig!')).toBe(true);
  });
});
