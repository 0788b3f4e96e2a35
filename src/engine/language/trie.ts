/**
 * A word trie for the matcher's slow path on words no class knows: which leading parts of a
 * word are words (run-together words), and which words are one typo away. Walking the trie
 * along the word touches a few nodes and builds no strings, where trying every cut, deletion
 * or swap would build dozens.
 *
 * Nodes live in typed arrays (first child, next sibling, edge letter, value), sized once
 * from the sorted words: building leaves nothing for the GC.
 */
const NONE = 0;
const ROOT = 1;

export class WordTrie {
  private letter = new Uint16Array(64);
  private child = new Int32Array(64);
  private sibling = new Int32Array(64);
  private value = new Int32Array(64);
  private size = ROOT + 1;

  /**
   * The trie of `words` in ascending order of UTF-16 units (as the default sort gives), with
   * their values. Each word shares its leading letters with the one before, so building walks
   * no sibling lists; it runs on a draft's first check, before the JIT helps, so it is one loop
   * with the arrays sized once (a word of n letters adds at most n nodes). The values are typed, as the trie keeps them:
   * an array of masks is of small integers or of doubles (a mask with a high bit), and the second kind deoptimises this loop.
   */
  static sorted(words: readonly string[], values: Int32Array): WordTrie {
    const trie = new WordTrie();
    let size = ROOT + 1;
    let longest = 0;
    for (const w of words) {
      size += w.length;
      longest = Math.max(longest, w.length);
    }
    const letter = (trie.letter = new Uint16Array(size));
    const child = (trie.child = new Int32Array(size));
    const sibling = (trie.sibling = new Int32Array(size));
    const value = (trie.value = new Int32Array(size));
    const path = new Int32Array(longest + 1);
    path[0] = ROOT;
    let next = ROOT + 1;
    let prev = '';
    for (let k = 0; k < words.length; k++) {
      const word = words[k]!;
      let shared = 0;
      const limit = Math.min(word.length, prev.length);
      while (shared < limit && word.charCodeAt(shared) === prev.charCodeAt(shared)) shared++;
      let node = path[shared]!;
      for (let i = shared; i < word.length; i++) {
        letter[next] = word.charCodeAt(i);
        sibling[next] = child[node]!;
        child[node] = next;
        node = next++;
        path[i + 1] = node;
      }
      value[node]! |= values[k]!;
      prev = word;
    }
    trie.size = next;
    return trie;
  }

  /** A new child of `node` along letter `c` (the caller knows there is none yet). */
  private append(node: number, c: number): number {
    if (this.size === this.letter.length) this.grow();
    const next = this.size++;
    this.letter[next] = c;
    this.sibling[next] = this.child[node]!;
    this.child[node] = next;
    return next;
  }

  /** Add a word; a word added twice keeps both values (OR). */
  add(word: string, value: number): void {
    let node = ROOT;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      const next = this.next(node, c);
      node = next === NONE ? this.append(node, c) : next;
    }
    this.value[node]! |= value;
  }

  private grow() {
    const size = this.letter.length * 2;
    const resize = <A extends Uint16Array | Int32Array>(a: A, b: A): A => (b.set(a), b);
    this.letter = resize(this.letter, new Uint16Array(size));
    this.child = resize(this.child, new Int32Array(size));
    this.sibling = resize(this.sibling, new Int32Array(size));
    this.value = resize(this.value, new Int32Array(size));
  }

  /** The child of `node` along letter `c`, or NONE. */
  private next(node: number, c: number): number {
    if (node === NONE) return NONE;
    for (let k = this.child[node]!; k !== NONE; k = this.sibling[k]!) if (this.letter[k] === c) return k;
    return NONE;
  }

  /** Value of `key` from offset `i` on, read from `node` (0 when no word). */
  private follow(node: number, key: string, i: number): number {
    for (; node !== NONE && i < key.length; i++) node = this.next(node, key.charCodeAt(i));
    return node === NONE ? 0 : this.value[node]!;
  }

  /** Value of the word `a + b`, without building it (0 when no word). */
  joined(a: string, b: string): number {
    let node = ROOT;
    for (let i = 0; node !== NONE && i < a.length; i++) node = this.next(node, a.charCodeAt(i));
    return this.follow(node, b, 0);
  }

  /** Calls `visit(length, value)` for every word that `key` starts with, shortest first; stops when it returns true. */
  leading(key: string, visit: (length: number, value: number) => boolean): void {
    let node = ROOT;
    for (let i = 0; i < key.length; i++) {
      node = this.next(node, key.charCodeAt(i));
      if (node === NONE) return;
      if (this.value[node] && visit(i + 1, this.value[node]!)) return;
    }
  }

  /** OR of the values of `key` itself and of every word one insertion, deletion or swap of neighbours away. */
  withinOneEdit(key: string): number {
    let out = 0;
    let node = ROOT;
    for (let i = 0; node !== NONE; i++) {
      // key[i] is the typo: the word lacks it.
      if (i < key.length) out |= this.follow(node, key, i + 1);
      // The word has a letter here that the key lacks.
      for (let k = this.child[node]!; k !== NONE; k = this.sibling[k]!) out |= this.follow(k, key, i);
      // key[i] and key[i+1] swapped.
      if (i + 1 < key.length && key.charCodeAt(i) !== key.charCodeAt(i + 1)) {
        out |= this.follow(this.next(this.next(node, key.charCodeAt(i + 1)), key.charCodeAt(i)), key, i + 2);
      }
      if (i === key.length) return out | this.value[node]!;
      node = this.next(node, key.charCodeAt(i));
    }
    return out;
  }

  /** Value of the word made by the leftmost swap of two different neighbours in `key` that makes one, or 0. */
  firstSwap(key: string): number {
    let node = ROOT;
    for (let i = 0; node !== NONE && i + 1 < key.length; i++) {
      if (key.charCodeAt(i) !== key.charCodeAt(i + 1)) {
        const value = this.follow(this.next(this.next(node, key.charCodeAt(i + 1)), key.charCodeAt(i)), key, i + 2);
        if (value) return value;
      }
      node = this.next(node, key.charCodeAt(i));
    }
    return 0;
  }
}

/**
 * `joined` and `leading` of a WordTrie of a map's keys, with one trie per first letter, each built once that letter
 * has been asked `LOOKUPS_BEFORE_TRIE` times: both only walk below a word's first letter, and a draft's first check
 * (before the JIT helps) asks a few letters of thousands of words, a few times each. Until then the map answers:
 * a look-up per cut is slower than a walk, but far quicker than building the letter's trie for a word or two.
 */
export class TriesByFirstLetter {
  /** The keys by their first UTF-16 unit (made on first use; each bucket is sorted when its trie is built). */
  private buckets?: Map<number, string[]>;
  private readonly tries = new Map<number, WordTrie>();
  /** Look-ups per first letter whose trie is not built yet. */
  private readonly asked = new Map<number, number>();

  constructor(private readonly words: ReadonlyMap<string, number>) {}

  /** The letter's trie, or undefined while the map answers for it. */
  private trie(c: number): WordTrie | undefined {
    let trie = this.tries.get(c);
    if (trie) return trie;
    const asked = (this.asked.get(c) ?? 0) + 1;
    this.asked.set(c, asked);
    if (asked <= LOOKUPS_BEFORE_TRIE) return undefined;
    // One pass to bucket the keys, then only the asked letter's keys sorted: not all of them.
    if (!this.buckets) {
      this.buckets = new Map();
      for (const k of this.words.keys()) push(this.buckets, k.charCodeAt(0), k);
    }
    const part = this.buckets.get(c)?.sort() ?? [];
    this.tries.set(c, (trie = WordTrie.sorted(part, Int32Array.from(part, (k) => this.words.get(k)!))));
    return trie;
  }

  /** Value of the word `a + b` (see WordTrie.joined). */
  joined(a: string, b: string): number {
    const first = a || b;
    if (!first) return 0;
    const trie = this.trie(first.charCodeAt(0));
    return trie ? trie.joined(a, b) : (this.words.get(a + b) ?? 0);
  }

  /** See WordTrie.leading. */
  leading(key: string, visit: (length: number, value: number) => boolean): void {
    if (!key) return;
    const trie = this.trie(key.charCodeAt(0));
    if (trie) return trie.leading(key, visit);
    for (let i = 1; i <= key.length; i++) {
      const value = this.words.get(key.slice(0, i));
      if (value && visit(i, value)) return;
    }
  }
}

/** How often a first letter is looked up in the map before its trie is built (see TriesByFirstLetter). */
export const LOOKUPS_BEFORE_TRIE = 8;

/** Append to an index list. Callers add one value's keys together, so a repeat can only be the last entry (no quadratic scan). */
export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}
