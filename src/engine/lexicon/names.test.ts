import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildNames } from './names.build';
import { FrontCodedWords, nameLexicon } from './names';
import { frontCode } from './names.build';
import { COMMON_WORDS, FIRST_NAMES, LAST_NAMES, MULTI_LAST_NAMES } from './names.generated';

describe('names.generated.ts', () => {
  it('is what names.build.ts makes from the installed packages', () => {
    const committed = readFileSync(new URL('./names.generated.ts', import.meta.url), 'utf8');
    expect(committed).toBe(buildNames());
  });

  it('has Belgian, Dutch, English and older given names and multi-word surnames', () => {
    const { first, last } = nameLexicon();
    expect(first.has('roger')).toBe(true);
    expect(first.has('kees')).toBe(true);
    expect(last.has('jansen')).toBe(true);
    expect(first.has('godelieve')).toBe(true);
    expect(first.has('zoe')).toBe(true);
    expect(nameLexicon().lastMulti.has('van den bossche')).toBe(true);
    // The first multi-word surname of the list, which once kept the list's leading newline.
    expect(nameLexicon().lastMulti.has('de backer')).toBe(true);
    expect([...new FrontCodedWords(MULTI_LAST_NAMES)].filter((n) => n !== n.trim() || !n)).toEqual([]);
    expect(last.has('')).toBe(false);
  });

  it('answers has() for every word of every list, and for nothing else', () => {
    for (const encoded of [FIRST_NAMES, LAST_NAMES, MULTI_LAST_NAMES, COMMON_WORDS]) {
      const words = new FrontCodedWords(encoded);
      const all = [...words];
      // Decoding gives the sorted list back, each word once.
      expect(all).toEqual([...new Set(all)].sort());
      for (const word of all) expect(words.has(word)).toBe(true);
      for (const word of all.slice(0, 200)) {
        expect(words.has(`${word}q`)).toBe(false);
        expect(words.has(word.slice(0, -1)) && !all.includes(word.slice(0, -1))).toBe(false);
      }
    }
  });
  it('finds each word on the first look-up of a fresh list (the binary search for its bucket), and no other word', () => {
    for (const encoded of [FIRST_NAMES, LAST_NAMES, MULTI_LAST_NAMES, COMMON_WORDS]) {
      const all = [...new FrontCodedWords(encoded)];
      const known = new Set(all);
      for (const word of all) expect(new FrontCodedWords(encoded).has(word)).toBe(true);
      // Before the first bucket, after the last, between two, one character, a known word's longer and shorter twin.
      for (const word of ['', 'a', "'", 'aaa', 'zzzz', '{', 'q', 'x', 'mz', `${all[0]}q`, `${all.at(-1)}q`, all[1]!.slice(0, 1), all[all.length >> 1]!.slice(0, 2)])
        expect(new FrontCodedWords(encoded).has(word)).toBe(known.has(word));
    }
  });
});

describe('frontCode', () => {
  it('round-trips a sorted list, including long shared prefixes, spaces and one-letter keys', () => {
    const list = ['de backer', 'de smet', 'van den bossche', 'van den broeck', 'vandenbroucke', 'vandenbrouckelaan', 'x', 'xa', 'xavier'].sort();
    const coded = frontCode(list);
    expect(coded.length).toBeLessThan(list.join(' ').length);
    const words = new FrontCodedWords(coded);
    expect([...words]).toEqual(list);
    for (const word of list) expect(words.has(word)).toBe(true);
    expect(words.has('xav')).toBe(false);
    expect(words.has('van den')).toBe(false);
  });
});
