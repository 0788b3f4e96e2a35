/**
 * A word trie for the matcher's slow path on words no class knows: which leading parts of a
 * word are words (run-together words), and which words are one typo away. Walking the trie
 * along the word touches a few nodes and builds no strings, where trying every cut, deletion
 * or swap would build dozens.
 *
 * Nodes live in typed arrays (first child, next sibling, edge letter, value): building one
 * for a few thousand words takes well under a millisecond and leaves nothing for the GC.
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
   * A builder for words given in ascending order of UTF-16 units (as the default sort gives):
   * each word shares its leading letters with the one before, so building walks no sibling
   * lists. It runs on a draft's first check, before the JIT helps.
   */
  static inOrder(): { add(word: string, value: number): void; readonly trie: WordTrie } {
    const trie = new WordTrie();
    const path = [ROOT];
    let prev = '';
    return {
      trie,
      add(word, value) {
        let shared = 0;
        while (shared < word.length && shared < prev.length && word.charCodeAt(shared) === prev.charCodeAt(shared)) shared++;
        let node = path[shared]!;
        for (let i = shared; i < word.length; i++) {
          node = trie.append(node, word.charCodeAt(i));
          path[i + 1] = node;
        }
        trie.value[node]! |= value;
        prev = word;
      },
    };
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
