/**
 * A word trie for the matcher's slow path on words no class knows: which leading parts of a
 * word are words (run-together words), and which words are one typo away. Walking the trie
 * along the word touches a few nodes and builds no strings, where trying every cut, deletion
 * or swap would build dozens.
 */
interface Node {
  next?: Map<number, Node>;
  /** Value of the word ending here, 0 when none. */
  value: number;
}

export class WordTrie {
  private readonly root: Node = { value: 0 };

  /** Add a word; a word added twice keeps both values (OR). */
  add(word: string, value: number): void {
    let node = this.root;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      node.next ??= new Map();
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { value: 0 }));
      node = child;
    }
    node.value |= value;
  }

  /** Value of `key` from offset `i` on, read from `node` (0 when no word). */
  private follow(node: Node | undefined, key: string, i: number): number {
    for (; node && i < key.length; i++) node = node.next?.get(key.charCodeAt(i));
    return node ? node.value : 0;
  }

  /** Calls `visit(length, value)` for every word that `key` starts with, shortest first; stops when it returns true. */
  leading(key: string, visit: (length: number, value: number) => boolean): void {
    let node: Node | undefined = this.root;
    for (let i = 0; i < key.length; i++) {
      node = node.next?.get(key.charCodeAt(i));
      if (!node) return;
      if (node.value && visit(i + 1, node.value)) return;
    }
  }

  /** OR of the values of `key` itself and of every word one insertion, deletion or swap of neighbours away. */
  withinOneEdit(key: string): number {
    let out = 0;
    let node: Node | undefined = this.root;
    for (let i = 0; node; i++) {
      // key[i] is the typo: the word lacks it.
      if (i < key.length) out |= this.follow(node, key, i + 1);
      // The word has a letter here that the key lacks.
      if (node.next) for (const child of node.next.values()) out |= this.follow(child, key, i);
      // key[i] and key[i+1] swapped.
      if (i + 1 < key.length && key.charCodeAt(i) !== key.charCodeAt(i + 1)) {
        out |= this.follow(node.next?.get(key.charCodeAt(i + 1))?.next?.get(key.charCodeAt(i)), key, i + 2);
      }
      if (i === key.length) return out | node.value;
      node = node.next?.get(key.charCodeAt(i));
    }
    return out;
  }

  /** Value of the word made by the leftmost swap of two different neighbours in `key` that makes one, or 0. */
  firstSwap(key: string): number {
    let node: Node | undefined = this.root;
    for (let i = 0; node && i + 1 < key.length; i++) {
      if (key.charCodeAt(i) !== key.charCodeAt(i + 1)) {
        const value = this.follow(node.next?.get(key.charCodeAt(i + 1))?.next?.get(key.charCodeAt(i)), key, i + 2);
        if (value) return value;
      }
      node = node.next?.get(key.charCodeAt(i));
    }
    return 0;
  }
}
