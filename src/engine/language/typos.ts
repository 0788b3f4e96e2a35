/**
 * The tables the matcher's typo, run-together and join readers consult for a language's exact words: a trie of every
 * word, tries of the words a typo is read as, and bit sets that tell when a walk cannot find anything.
 *
 * The bits and the typo tries are built per word length, when a key first needs that length: a key of n letters is one
 * edit from words of n - 1 to n + 1 letters only, a swap keeps its length, the word that ends a run-together key is
 * shorter than the key, and a joined pair is as long as its word. A draft's first check (before the JIT helps) asks a
 * few lengths, and most drafts never get past the bits to a trie: building all of it up front was ~5 ms of that check.
 */
import { TriesByFirstLetter, WordTrie } from './trie';

/** The classes the tables serve, as masks of the language's class bits. */
export interface TypoMasks {
  /** Words of six letters or more a typo (letter dropped, added or swapped) is read as. */
  fuzzy: number;
  /** Words a swap of two neighbouring letters is read as. */
  swap: number;
  /** Words a pair split by a space is joined into. */
  joinable: number;
}

/** A language's exact words of one length, with their masks (parallel arrays). */
interface Bucket {
  words: string[];
  masks: number[];
}

export class TypoTables {
  /** Every word, per first letter: the run-together and join readers' trie. */
  readonly words: TriesByFirstLetter;
  /** Exact words by length (one pass over them, on first use). */
  private buckets?: Array<Bucket | undefined>;
  /** NEAR, SWAP and tail bits (`typoBit`, `tailBit`) of the lengths and kinds `filled` says (FILL_* bits per length). */
  private readonly bits = new Int32Array(TYPO_BITS / 32);
  private readonly filled: number[] = [];
  /** Every length below this one has its tail bits (those a run-together key needs). */
  private tailsBelow = 0;
  /** `cutBit`s of the joinable words of the lengths `joinFilled` says, and whether that length has one. */
  private readonly joinBits = new Int32Array(JOIN_BITS / 32);
  private readonly joinFilled: Array<boolean | undefined> = [];
  /**
   * Per key length n, the trie of the fuzzy words of n - 1 to n + 1 letters (one walk finds them all), and of the
   * swappable words of n letters; built when a key's bit first hits them.
   */
  private readonly nearTries: Array<WordTrie | undefined> = [];
  private readonly swapTries: Array<WordTrie | undefined> = [];

  /** `eager`: build every length's bits and tries now (tests compare the lazily built tables with these). */
  constructor(
    private readonly exact: ReadonlyMap<string, number>,
    private readonly masks: TypoMasks,
    eager = false,
  ) {
    this.words = new TriesByFirstLetter(exact);
    if (!eager) return;
    const buckets = this.byLength();
    for (let n = 0; n <= buckets.length; n++) {
      this.fill(n, FILL_NEAR | FILL_SWAP | FILL_TAIL);
      this.fillJoins(n);
      this.nearTrie(n);
      this.swapTrie(n);
    }
  }

  /**
   * Classes of the fuzzy words one insertion, deletion or swap of neighbours from `key` (a-z only, five letters or
   * more), else of the leftmost swap of two neighbours that makes a swappable word (four or more); 0 when none.
   */
  oneEdit(key: string): number {
    const n = key.length;
    // Computed once for both bits (a word one edit away has the key's letters, or one more or one fewer).
    const letters = letterSet(key);
    if (n >= 5) {
      this.fill(n - 1, FILL_NEAR), this.fill(n, FILL_NEAR), this.fill(n + 1, FILL_NEAR);
      // The bits may say a word is near when none is, never the other way round: most keys walk no trie.
      const near = hasBit(this.bits, typoBit(NEAR, letters, n)) ? this.nearTrie(n).withinOneEdit(key) : 0;
      if (near) return near;
    }
    this.fill(n, FILL_SWAP);
    return hasBit(this.bits, typoBit(SWAP, letters, n)) ? this.swapTrie(n).firstSwap(key) : 0;
  }

  /** Whether `key` may end in a word of two letters or more that is shorter than the key (its right part when cut in two). */
  mayEndInWord(key: string): boolean {
    while (this.tailsBelow < key.length) this.fill(this.tailsBelow++, FILL_TAIL);
    return (key.length >= 3 && hasBit(this.bits, tailBit(key, 3))) || hasBit(this.bits, tailBit(key, 2));
  }

  /** Whether `a + b` may be a joinable word cut where one part has three letters or fewer (false: it is not). */
  mayJoin(a: string, b: string): boolean {
    const n = a.length + b.length;
    // No joinable word of that length: no hashing.
    if (!(this.joinFilled[n] ?? this.fillJoins(n))) return false;
    return hasBit(this.joinBits, joinBit(a, b));
  }

  private byLength(): Array<Bucket | undefined> {
    if (this.buckets) return this.buckets;
    const buckets: Array<Bucket | undefined> = [];
    // forEach, not for-of with [key, value]: destructuring each entry is slow before the JIT, and this runs on a first check.
    this.exact.forEach((mask, word) => {
      const bucket = (buckets[word.length] ??= { words: [], masks: [] });
      bucket.words.push(word);
      bucket.masks.push(mask);
    });
    return (this.buckets = buckets);
  }

  /**
   * Sets the `kinds` (FILL_*) of bits of the words of length `n` that are not set yet: NEAR, for a fuzzy word, the
   * letter sets and lengths a key one edit away has; SWAP, for a swappable word, its letter set and length; TAIL, for
   * every word, its last letters. Kinds apart: a run-together key needs the tails of every shorter length, a typo
   * only its own length's neighbours. This runs on a first check, before the JIT helps: index loops, and the bits
   * set without calls (`typoBit` and `tailBit` written out).
   */
  private fill(n: number, kinds: number): void {
    const missing = kinds & ~(this.filled[n] ?? 0);
    if (!missing) return;
    this.filled[n] = (this.filled[n] ?? 0) | missing;
    const bucket = this.byLength()[n];
    if (!bucket) return;
    const { words, masks } = bucket;
    const fuzzy = missing & FILL_NEAR && n >= 6 ? this.masks.fuzzy : 0;
    const swap = missing & FILL_SWAP ? this.masks.swap : 0;
    const tails = (missing & FILL_TAIL) !== 0 && n >= 2;
    const bits = this.bits;
    let h = 0;
    for (let k = 0; k < words.length; k++) {
      const w = words[k]!;
      const m = masks[k]!;
      // Once per word for both its NEAR and SWAP bits.
      const letters = m & (fuzzy | swap) ? letterSet(w) : 0;
      if (m & fuzzy && ASCII_WORD.test(w)) setNearBits(bits, letters, n);
      if (m & swap) (h = Math.imul(letters ^ (n << 26) ^ (SWAP << 31), GOLDEN) >>> TYPO_SHIFT), (bits[h >>> 5]! |= 1 << h);
      if (m && tails) {
        h = n >= 3 ? 3 : 2;
        for (let i = n - h; i < n; i++) h = Math.imul(h ^ w.charCodeAt(i), 16777619);
        (h = Math.imul(h, GOLDEN) >>> TYPO_SHIFT), (bits[h >>> 5]! |= 1 << h);
      }
    }
  }

  /** Sets the `cutBit`s of the joinable words of length `n`, at the cuts that leave a part of three letters or fewer; whether there is one. */
  private fillJoins(n: number): boolean {
    let any = false;
    const bucket = this.byLength()[n];
    if (bucket) {
      const { words, masks } = bucket;
      for (let j = 0; j < words.length; j++) {
        if (!(masks[j]! & this.masks.joinable)) continue;
        any = true;
        // Hashed from the word's own codes (no slices).
        const word = words[j]!;
        const first = word.charCodeAt(0);
        const last = word.charCodeAt(n - 1);
        for (let k = 1; k < n; k = k < 3 || k >= n - 3 ? k + 1 : n - 3) {
          const h = cutBit(first, word.charCodeAt(k - 1), word.charCodeAt(k), last, n);
          this.joinBits[h >>> 5]! |= 1 << h;
        }
      }
    }
    return (this.joinFilled[n] = any);
  }

  private nearTrie(n: number): WordTrie {
    return (this.nearTries[n] ??= this.trie(n - 1, n + 1, (w, m) => (m & this.masks.fuzzy) !== 0 && w.length >= 6 && ASCII_WORD.test(w)));
  }

  private swapTrie(n: number): WordTrie {
    return (this.swapTries[n] ??= this.trie(n, n, (_, m) => (m & this.masks.swap) !== 0));
  }

  /** The trie of the words of `shortest` to `longest` letters that `keep` takes, with their masks. */
  private trie(shortest: number, longest: number, keep: (word: string, mask: number) => boolean): WordTrie {
    const words: string[] = [];
    for (let n = shortest; n <= longest; n++) {
      const bucket = this.byLength()[n];
      if (bucket) for (let k = 0; k < bucket.words.length; k++) if (keep(bucket.words[k]!, bucket.masks[k]!)) words.push(bucket.words[k]!);
    }
    words.sort();
    return WordTrie.sorted(words, Int32Array.from(words, (w) => this.exact.get(w)!));
  }
}

/**
 * The NEAR bits of a fuzzy word of `n` letters: those of a key one edit away, a letter dropped (n - 1 letters, the same
 * set or one letter fewer), one added (n + 1, the same set or one more), two swapped or none (n, the same set).
 * A function of its own, called once per word: its loop is most of a first check's filling, and in `fill` it made V8
 * compile all of `fill` with TurboFan during that check (over 20 ms of a compiler thread, which a busy second core
 * turns into milliseconds of the check); this small function is compiled in a fraction of that.
 */
function setNearBits(bits: Int32Array, letters: number, n: number): void {
  let h = 0;
  for (let d = -1; d <= 1; d++) (h = Math.imul(letters ^ ((n + d) << 26), GOLDEN) >>> TYPO_SHIFT), (bits[h >>> 5]! |= 1 << h);
  for (let c = 0; c < 26; c++) {
    const b = 1 << c;
    h = Math.imul(letters & b ? (letters & ~b) ^ ((n - 1) << 26) : (letters | b) ^ ((n + 1) << 26), GOLDEN) >>> TYPO_SHIFT;
    bits[h >>> 5]! |= 1 << h;
  }
}

/** A word of letters a-z only: folding leaves it as it is (see foldPhrase). */
export const ASCII_WORD = /^[a-z]+$/;

/** The letters a-z of a word as a bit set. */
function letterSet(word: string): number {
  let set = 0;
  for (let i = 0; i < word.length; i++) set |= 1 << (word.charCodeAt(i) - 97);
  return set;
}

/** Bits of the typo readers' bit set: a bit is the top bits of a number times GOLDEN (Fibonacci hashing). */
const TYPO_BITS = 1 << 18;
const TYPO_SHIFT = 32 - 18;
const GOLDEN = 0x9e3779b1;
/** What a bit of that set is for (see `fill`). */
const NEAR = 0;
const SWAP = 1;
/** Which kinds of bits a length has (`TypoTables.fill`). */
const FILL_NEAR = 1;
const FILL_SWAP = 2;
const FILL_TAIL = 4;

/** A bit for a letter set and a length (lengths above 31 share bits with shorter ones: a bit may be set wrongly, never missed). */
function typoBit(kind: number, letters: number, length: number): number {
  return Math.imul(letters ^ (length << 26) ^ (kind << 31), GOLDEN) >>> TYPO_SHIFT;
}

/** A bit for a word's last `n` (2 or 3) characters. */
function tailBit(word: string, n: number): number {
  let h = n;
  for (let i = word.length - n; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 16777619);
  return Math.imul(h, GOLDEN) >>> TYPO_SHIFT;
}

/** Bits of the join bit set. */
const JOIN_BITS = 1 << 16;

/** A bit for the word `a + b` cut between `a` and `b`: its first and last letters, the two at the cut, and its length. */
function joinBit(a: string, b: string): number {
  return cutBit(a.charCodeAt(0), a.charCodeAt(a.length - 1), b.charCodeAt(0), b.charCodeAt(b.length - 1), a.length + b.length);
}

/** `joinBit` from the four character codes and the length. */
function cutBit(first: number, beforeCut: number, afterCut: number, last: number, length: number): number {
  let h = Math.imul(0x811c9dc5 ^ first, 16777619);
  h = Math.imul(h ^ beforeCut, 16777619);
  h = Math.imul(h ^ afterCut, 16777619);
  h = Math.imul(h ^ last, 16777619);
  return mix(h ^ length) & (JOIN_BITS - 1);
}

/** Spreads a 32-bit hash's bits over all of them (a murmur-style finaliser), so that its low bits can index a bit set. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

function hasBit(bits: Int32Array, h: number): boolean {
  return ((bits[h >>> 5]! >>> h) & 1) !== 0;
}
