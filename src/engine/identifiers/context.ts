/**
 * Small helpers to look at the words around a match in a prepared draft.
 * Everything works on token indices so a look-around costs O(window), not O(text).
 */
import type { PreparedText, Token } from '../text';

/** Index of the first token whose folded end is after `nOffset` (binary search). */
export function tokenAt(text: PreparedText, nOffset: number): number {
  const tokens = text.tokens;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.nEnd <= nOffset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * True when a token in [from - before, to + after) (clamped, same sentence unless
 * `crossSentences`) satisfies `test`.
 */
export function near(
  text: PreparedText,
  from: number,
  to: number,
  before: number,
  after: number,
  test: (token: Token) => boolean,
  crossSentences = false,
): boolean {
  const tokens = text.tokens;
  const sentence = tokens[Math.min(from, tokens.length - 1)]?.sentence;
  const lo = Math.max(0, from - before);
  const hi = Math.min(tokens.length, to + after);
  for (let i = lo; i < hi; i++) {
    const t = tokens[i]!;
    if (!crossSentences && t.sentence !== sentence && (i < from || i >= to)) continue;
    if (test(t)) return true;
  }
  return false;
}

/** Token range [from, to) of the sentence containing token `index`. */
export function sentenceRange(text: PreparedText, index: number): { from: number; to: number } {
  const tokens = text.tokens;
  if (tokens.length === 0) return { from: 0, to: 0 };
  const i = Math.min(Math.max(index, 0), tokens.length - 1);
  const s = tokens[i]!.sentence;
  let from = i;
  let to = i + 1;
  // Sentences are contiguous; bound the walk so a 100,000-character run-on sentence stays cheap.
  while (from > 0 && tokens[from - 1]!.sentence === s && i - from < 60) from--;
  while (to < tokens.length && tokens[to]!.sentence === s && to - i < 60) to++;
  return { from, to };
}

/** A word test from a set of folded words. */
export function wordTest(words: Iterable<string>): (t: Token) => boolean {
  const set = new Set(words);
  return (t) => set.has(t.norm);
}
