import { describe, expect, it } from 'vitest';
import { LOOKUPS_BEFORE_TRIE, TriesByFirstLetter, WordTrie } from './trie';

/** Plain definitions the trie must agree with. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

const WORDS = ['idioot', 'klootzak', 'sukkel', 'haat', 'kanker', 'kankers', 'ik', 'ikke', 'vrouwen', 'zijn', 'hoer', 'hoeren'];
const trie = new WordTrie();
WORDS.forEach((w, i) => trie.add(w, 1 << i));

describe('WordTrie', () => {
  it('finds the words one insertion, deletion or swap of neighbours away, and the word itself', () => {
    expect(trie.withinOneEdit('idoit')).toBe(0); // two swaps away
    expect(trie.withinOneEdit('idoiot')).toBe(1 << 0);
    expect(trie.withinOneEdit('idiot')).toBe(1 << 0);
    expect(trie.withinOneEdit('iddioot')).toBe(1 << 0);
    expect(trie.withinOneEdit('klootzka')).toBe(1 << 1);
    expect(trie.withinOneEdit('kanker')).toBe((1 << 4) | (1 << 5));
    expect(trie.withinOneEdit('sukel')).toBe(1 << 2);
    expect(trie.withinOneEdit('zukkel')).toBe(0); // a substitution is not one of the edits
  });

  it('agrees with the plain definition on every word near the list', () => {
    const letters = 'aeikloorstuz';
    const keys = new Set<string>();
    for (const w of WORDS) {
      for (let i = 0; i <= w.length; i++) {
        keys.add(w.slice(0, i) + w.slice(i + 1));
        for (const c of letters) keys.add(w.slice(0, i) + c + w.slice(i));
        if (i + 1 < w.length) keys.add(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2));
      }
    }
    for (const key of keys) {
      const expected = WORDS.reduce((m, w, i) => (oneEditApart(key, w) ? m | (1 << i) : m), 0);
      expect(trie.withinOneEdit(key), key).toBe(expected);
    }
  });

  it('reads the leftmost swap of different neighbours that makes a word', () => {
    expect(trie.firstSwap('ahat')).toBe(1 << 3);
    expect(trie.firstSwap('hoere')).toBe(0);
    expect(trie.firstSwap('oherne')).toBe(0); // two swaps
    expect(trie.firstSwap('ohren')).toBe(0);
    expect(trie.firstSwap('hoeern')).toBe(1 << 11);
  });

  it('lists the words a key starts with, shortest first, until told to stop', () => {
    const seen: Array<[number, number]> = [];
    trie.leading('ikkezijn', (length, value) => (seen.push([length, value]), false));
    expect(seen).toEqual([[2, 1 << 6], [4, 1 << 7]]);
    const first: number[] = [];
    trie.leading('ikkezijn', (length) => (first.push(length), true));
    expect(first).toEqual([2]);
  });
});

describe('WordTrie.joined', () => {
  it('reads two parts as one word without building it', () => {
    expect(trie.joined('kloot', 'zak')).toBe(1 << 1);
    expect(trie.joined('', 'haat')).toBe(1 << 3);
    expect(trie.joined('kloot', 'za')).toBe(0);
    expect(trie.joined('xkloot', 'zak')).toBe(0);
  });

  it('keeps growing past its first arrays', () => {
    const big = new WordTrie();
    for (let i = 0; i < 2000; i++) big.add(`woord${i}`, (i % 30) + 1);
    expect(big.joined('woord', '1999')).toBe((1999 % 30) + 1);
    expect(big.withinOneEdit('wood1234')).toBe((1234 % 30) + 1);
  });
});

describe('WordTrie.sorted', () => {
  it('holds the same words as one built word by word, a word given twice with both values', () => {
    const entries: Array<[string, number]> = [...WORDS.map((w, i): [string, number] => [w, 1 << i]), ['kanker', 1 << 20]];
    const byWord = new WordTrie();
    for (const [w, v] of entries) byWord.add(w, v);
    const inOrder = [...entries].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const sorted = WordTrie.sorted(
      inOrder.map(([w]) => w),
      Int32Array.from(inOrder, ([, v]) => v),
    );
    for (const p of [...WORDS, 'kank', 'kankerss', 'kankre', 'idiooot', 'hoern', 'ikkezijn', 'zzz', 'ahat']) {
      expect(sorted.withinOneEdit(p), p).toBe(byWord.withinOneEdit(p));
      expect(sorted.firstSwap(p), p).toBe(byWord.firstSwap(p));
    }
    expect(sorted.joined('kan', 'ker')).toBe((1 << 4) | (1 << 20));
    // A word longer than every other and sharing all of it with the one before.
    const long = WordTrie.sorted(['a'.repeat(70), 'a'.repeat(71)], Int32Array.of(1, 2));
    expect(long.joined('a'.repeat(35), 'a'.repeat(36))).toBe(2);
    expect(long.withinOneEdit('a'.repeat(72))).toBe(2);
  });
});

describe('TriesByFirstLetter', () => {
  const words = new Map<string, number>([...WORDS.map((w, i): [string, number] => [w, 1 << i]), ['é', 1 << 21], ['ééé', 1 << 22], ['z', 1 << 23]]);
  const whole = new WordTrie();
  for (const [w, v] of words) whole.add(w, v);
  const leading = (t: { leading: WordTrie['leading'] }, key: string, stopAt = Infinity) => {
    const seen: Array<[number, number]> = [];
    t.leading(key, (length, value) => (seen.push([length, value]), seen.length >= stopAt));
    return seen;
  };
  const keys = [...words.keys(), 'ikkezijn', 'kankerszijn', 'hoerenzijn', 'ééén', 'zz', 'a', '', 'xyz', 'zijnik'];

  // The map answers a letter's first look-ups, its trie the later ones: both as one trie of all the words.
  for (const built of [false, true]) {
    it(`joins and lists leading words as one trie of all the words does (${built ? 'tries built' : 'map look-ups'})`, () => {
      const warmed = new TriesByFirstLetter(words);
      if (built) for (const key of keys) for (let k = 0; k <= LOOKUPS_BEFORE_TRIE; k++) warmed.leading(key, () => false);
      // Unbuilt: a fresh instance per question, so every answer comes from the map.
      const byLetter = () => (built ? warmed : new TriesByFirstLetter(words));
      for (const a of keys) {
        expect(leading(byLetter(), a), a).toEqual(leading(whole, a));
        expect(leading(byLetter(), a, 1), a).toEqual(leading(whole, a, 1));
        for (const b of keys) expect(byLetter().joined(a, b), `${a}+${b}`).toBe(whole.joined(a, b));
      }
      expect(byLetter().joined('kloot', 'zak')).toBe(1 << 1);
      expect(leading(byLetter(), 'ikkezijn')).toEqual([[2, 1 << 6], [4, 1 << 7]]);
    });
  }
});
