/**
 * Values built on first use. A module's top level runs when the content script loads, in every
 * page, before any draft; tables that only a check needs are built when it first runs.
 */

/** `build()` once, on the first call. */
export function lazy<T>(build: () => T): () => T {
  let value: { readonly v: T } | undefined;
  return () => (value ??= { v: build() }).v;
}

/** A set of words built on its first look-up (callers only ask `has`). */
export function lazySet(words: () => Iterable<string>): { has(word: string): boolean } {
  const set = lazy(() => new Set(words()));
  return { has: (word) => set().has(word) };
}
