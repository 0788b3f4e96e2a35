/**
 * Values built on first use. A module's top level runs when the content script loads, in every
 * page, before any draft; tables that only a check needs are built when it first runs.
 */

/** `build()` once, on the first call. */
export function lazy<T>(build: () => T): () => T {
  let value: { readonly v: T } | undefined;
  return () => (value ??= { v: build() }).v;
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
