import { describe, expect, it } from 'vitest';
import { FUZZY_CLASSES, SWAP_CLASSES } from './compounds';
import { LANGUAGE_DATA } from './index';
import { WordTrie } from './trie';
import { TypoTables } from './typos';

const JOINABLE = ['curse', 'profanity', 'insult', 'slur'];
const ascii = (w: string) => /^[a-z]+$/.test(w);

/** A fresh lazily built table per key length: a table that earlier keys filled could hide a length that a key misses. */
function byLength(keys: Iterable<string>): Map<number, string[]> {
  const groups = new Map<number, string[]>();
  for (const key of keys) groups.set(key.length, [...(groups.get(key.length) ?? []), key]);
  return groups;
}

for (const file of LANGUAGE_DATA.emotional ?? []) {
  describe(`TypoTables of ${file.language}/${file.family}.json`, () => {
    // The file's one-word members with a bit per class, as the matcher's exact words.
    const names = Object.keys(file.classes);
    const maskOf = (classes: readonly string[]) => classes.reduce((m, c) => (names.includes(c) ? m | (1 << names.indexOf(c)) : m), 0);
    const exact = new Map<string, number>();
    for (const [name, cls] of Object.entries(file.classes)) for (const w of cls.words.filter(ascii)) exact.set(w, (exact.get(w) ?? 0) | maskOf([name]));
    const masks = { fuzzy: maskOf(FUZZY_CLASSES), swap: maskOf([...SWAP_CLASSES, ...FUZZY_CLASSES]), joinable: maskOf(JOINABLE) };
    const eager = new TypoTables(exact, masks, true);
    const words = [...exact.keys()];
    const typoWords = words.filter((w) => exact.get(w)! & masks.swap);

    it('reads every key one edit from a word as tables built for all lengths at once do, and as one trie of all the words does', () => {
      // The answer the bit sets must never change: a walk of every fuzzy word, else of every swappable one.
      const trieOf = (list: string[]) => WordTrie.sorted([...list].sort(), Int32Array.from([...list].sort(), (w) => exact.get(w)!));
      const fuzzy = trieOf(words.filter((w) => exact.get(w)! & masks.fuzzy && w.length >= 6));
      const swaps = trieOf(typoWords);
      const expected = (key: string) => (key.length >= 5 ? fuzzy.withinOneEdit(key) : 0) || swaps.firstSwap(key);
      const keys = new Set(words);
      for (const w of typoWords) {
        for (let i = 0; i <= w.length; i++) {
          keys.add(w.slice(0, i) + w.slice(i + 1));
          for (const c of 'aeiknrstz') keys.add(w.slice(0, i) + c + w.slice(i));
          if (i + 1 < w.length) keys.add(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2));
        }
      }
      const wrong: string[] = [];
      let found = 0;
      for (const [, group] of byLength([...keys].filter((k) => k.length >= 4 && k.length <= 24))) {
        const lazy = new TypoTables(exact, masks);
        for (const key of group) {
          const want = expected(key);
          if (want) found++;
          if (lazy.oneEdit(key) !== want || eager.oneEdit(key) !== want) wrong.push(key);
        }
      }
      expect(wrong).toEqual([]);
      expect(found).toBeGreaterThan(1000);
    });

    it('lets through every key that ends in a word shorter than itself', () => {
      const missed: string[] = [];
      const keys = words.filter((w) => w.length >= 2).flatMap((w) => [`a${w}`, `ik${w}`]);
      for (const [, group] of byLength(keys)) {
        const lazy = new TypoTables(exact, masks);
        for (const key of group) if (!lazy.mayEndInWord(key) || !eager.mayEndInWord(key)) missed.push(key);
      }
      expect(missed).toEqual([]);
    });

    it('lets through every joinable word cut where one part has three letters or fewer, and no pair of a length no such word has', () => {
      const missed: string[] = [];
      const pairs: Array<[string, string]> = [];
      for (const w of words.filter((w) => exact.get(w)! & masks.joinable)) {
        for (let k = 1; k < w.length; k++) if (Math.min(k, w.length - k) <= 3) pairs.push([w.slice(0, k), w.slice(k)]);
      }
      for (const [, group] of byLength(pairs.map(([a, b]) => `${a} ${b}`))) {
        const lazy = new TypoTables(exact, masks);
        for (const pair of group) {
          const [a, b] = pair.split(' ') as [string, string];
          if (!lazy.mayJoin(a, b) || !eager.mayJoin(a, b)) missed.push(pair);
        }
      }
      expect(missed).toEqual([]);
      expect(pairs.length).toBeGreaterThan(100);
      const longest = Math.max(...words.filter((w) => exact.get(w)! & masks.joinable).map((w) => w.length));
      expect(new TypoTables(exact, masks).mayJoin('a'.repeat(longest), 'b')).toBe(false);
    });
  });
}
