/**
 * Values built on first use. A module's top level runs when the content script loads, in every
 * page, before any draft; tables that only a check needs are built when it first runs.
 */

/** `build()` once, on the first call. */
export function lazy<T>(build: () => T): () => T {
  let value: { readonly v: T } | undefined;
  return () => (value ??= { v: build() }).v;
}

/**
 * `compute(text)`, remembered for the last text only: the finders of one check each ask about the same draft in turn,
 * and one computation serves them all (a draft changes with every keystroke, so more would never be asked again).
 */
export function forLastText<T>(compute: (text: string) => T): (text: string) => T {
  let last: { text: string; value: T } | undefined;
  return (text) => (last?.text === text ? last : (last = { text, value: compute(text) })).value;
}

/** A set of words built on its first look-up (callers only ask `has`, often once per word of a draft). */
class LazySet {
  private set?: ReadonlySet<string>;
  constructor(private readonly words: () => Iterable<string>) {}

  has(word: string): boolean {
    return (this.set ??= new Set(this.words())).has(word);
  }
}

export function lazySet(words: () => Iterable<string>): { has(word: string): boolean } {
  return new LazySet(words);
}

/** A set of a {@link WordGroup}. */
export interface GroupSet {
  has(word: string): boolean;
  /** This set's bit in {@link WordGroup.maskOf}'s answers. */
  readonly bit: number;
}

/**
 * Word sets that a hot loop asks about the same word one after another (each token against each list of a
 * family): one map from a word to the sets holding it, with the last word's answer kept, so the next set's question
 * about that word is a comparison rather than another hash look-up. A set's words enter the map on its own first
 * look-up: a check asks only some sets of a group, on most drafts (the others' lists are never read).
 */
export class WordGroup {
  private readonly lists: Array<() => readonly string[]> = [];
  /** Bits of the sets that are in the group. */
  private all = 0;
  private readonly kinds = new Map<string, number>();
  /** The sets whose words are in `kinds`. */
  private built = 0;
  private lastWord: string | undefined;
  private lastKinds = 0;

  /** A set in this group (at most 31 per group). */
  add(words: () => readonly string[]): GroupSet {
    if (this.lists.length === 31) throw new Error('a word group holds at most 31 sets');
    const bit = 1 << this.lists.length;
    this.lists.push(words);
    this.all |= bit;
    return { bit, has: (word) => (this.kindsOf(word, bit) & bit) !== 0 };
  }

  /**
   * The bits ({@link GroupSet.bit}) of every set of the group that holds `word`, in one look-up: for a caller that asks
   * about several words in turn, each in several sets, where `has`'s last-word memo keeps missing. Builds every set.
   */
  maskOf(word: string): number {
    for (let rest = this.all & ~this.built; rest; rest &= rest - 1) this.build(rest & -rest);
    return this.kinds.get(word) ?? 0;
  }

  private kindsOf(word: string, bit: number): number {
    if (!(this.built & bit)) this.build(bit);
    if (word === this.lastWord) return this.lastKinds;
    this.lastWord = word;
    return (this.lastKinds = this.kinds.get(word) ?? 0);
  }

  private build(bit: number): void {
    // An index loop, not for-of: this runs on a first check, where each step of an iterator allocates its result.
    const words = this.lists[31 - Math.clz32(bit)]!();
    for (let k = 0; k < words.length; k++) this.kinds.set(words[k]!, (this.kinds.get(words[k]!) ?? 0) | bit);
    this.built |= bit;
    // The last answer was read without this set.
    this.lastWord = undefined;
  }
}
