/**
 * Name lists for the person recogniser, decoded piecemeal on first use.
 *
 * The lists come from names.generated.ts (see names.build.ts for the MIT-licensed sources) plus
 * the hand-made OLDER_FIRST_NAMES (given names of today's care-home residents, which lists of
 * recent births miss). Only the 5,000 most frequent Belgian surnames are shipped: on CoNLL-2002
 * Dutch the full 9,866 raise person-name F1 by 0.001–0.01 and cost 25 KB gzipped. English
 * surnames are found through a preceding first name or title, not a list.
 */
import { COMMON_WORDS, FIRST_NAMES, LAST_NAMES, MULTI_LAST_NAMES } from './names.generated';
import { AMBIGUOUS_NAMES, OLDER_FIRST_NAMES } from './words';

/** A set of folded words; only membership is asked. */
interface WordSet {
  has(word: string): boolean;
}

export interface NameLexicon {
  /** Folded first names (Dutch/Belgian and English). */
  first: WordSet;
  /** Folded one-word surnames. */
  last: WordSet;
  /** Folded multi-word surnames, words joined by one space ("de smet"). */
  lastMulti: WordSet;
  /** Names that are also ordinary words ("ben", "door", "storm"): need more evidence. */
  ambiguous: WordSet;
}

/**
 * Words of one bucket share their first two characters (see frontCode in names.build.ts); this is those two UTF-16
 * units as one number, distinct for every prefix of up to two units.
 */
function prefixCode(word: string): number {
  return word.length >= 2 ? 0x10000 + word.charCodeAt(0) * 0x10000 + word.charCodeAt(1) : word.length === 1 ? word.charCodeAt(0) : -1;
}

/** One front-coded bucket's words: a whole word, then (digit: shared prefix length, rest of the word)*. */
function decodeBucket(bucket: string): Set<string> {
  const parts = bucket.split(/(\d)/);
  let word = parts[0]!;
  const words = new Set([word]);
  for (let i = 1; i < parts.length; i += 2) {
    word = word.slice(0, parts[i]!.charCodeAt(0) - 48) + parts[i + 1]!;
    words.add(word);
  }
  return words;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * A front-coded list (names.build.ts) looked up without decoding it whole: a word's bucket is found by binary search
 * in the encoded text (buckets are sorted by their first two characters) and becomes a Set when a word of its prefix
 * is first asked. A check asks for a few dozen words, so it decodes a few hundred names, not 12,000, and a first check
 * does not split the whole list to find them.
 */
export class FrontCodedWords implements WordSet {
  /** Buckets looked up so far, by the code of their first two characters ({@link prefixCode}); null: the list has none. */
  private readonly buckets = new Map<number, Set<string> | null>();

  constructor(private readonly encoded: string) {}

  has(word: string): boolean {
    const key = prefixCode(word);
    let words = this.buckets.get(key);
    if (words === undefined) {
      const bucket = word ? this.bucketOf(word.slice(0, 2)) : undefined;
      this.buckets.set(key, (words = bucket ? decodeBucket(bucket) : null));
    }
    return words?.has(word) ?? false;
  }

  /** Where the first bucket at or after `position` starts (every bucket but the first follows a "0"). */
  private bucketStart(position: number): number {
    if (position === 0) return 0;
    const zero = this.encoded.indexOf('0', position - 1);
    return zero < 0 ? this.encoded.length : zero + 1;
  }

  /** A bucket's first two characters, or its one-character first word. */
  private keyAt(start: number): string {
    return this.encoded.slice(start, isDigit(this.encoded.charCodeAt(start + 1)) ? start + 1 : start + 2);
  }

  /** The encoded bucket of words starting with `prefix` (one or two characters), if the list has one. */
  private bucketOf(prefix: string): string | undefined {
    const encoded = this.encoded;
    // The first position whose next bucket has a key of at least `prefix` (keys grow with the position).
    let lo = 0;
    let hi = encoded.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = this.bucketStart(mid);
      if (start >= encoded.length || this.keyAt(start) >= prefix) hi = mid;
      else lo = mid + 1;
    }
    const start = this.bucketStart(lo);
    if (start >= encoded.length || this.keyAt(start) !== prefix) return undefined;
    const end = encoded.indexOf('0', start);
    return encoded.slice(start, end < 0 ? encoded.length : end);
  }

  /** Every word, decoded (for tests and tools; the recogniser only asks has()). */
  *[Symbol.iterator](): IterableIterator<string> {
    for (const bucket of this.encoded.split('0')) if (bucket) yield* decodeBucket(bucket);
  }
}

let lexicon: NameLexicon | undefined;

/** The name lexicon; made once (no decoding until a word is looked up), then shared. */
export function nameLexicon(): NameLexicon {
  if (lexicon) return lexicon;
  const generatedFirst = new FrontCodedWords(FIRST_NAMES);
  lexicon = {
    first: { has: (word) => generatedFirst.has(word) || OLDER_FIRST_NAMES.has(word) },
    last: new FrontCodedWords(LAST_NAMES),
    lastMulti: new FrontCodedWords(MULTI_LAST_NAMES),
    ambiguous: AMBIGUOUS_NAMES,
  };
  return lexicon;
}

const common = new FrontCodedWords(COMMON_WORDS);

/** A frequent Dutch or English word that is on no name list ("iedereen", "gisteren", "because"). */
export function commonWord(folded: string): boolean {
  return common.has(folded);
}
