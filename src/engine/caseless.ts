/**
 * A case-insensitive Unicode expression (`iu`) without its `i` flag, matching exactly the same strings: each
 * letter a-z becomes the class of its case forms (k with the Kelvin sign, s with the long s: both fold to them)
 * and `\p{L}` takes in U+0345, the one non-letter that folds to a letter. V8 closes every class of an `i`
 * expression over case when it compiles it, and for `\p{L}` that costs about a millisecond a time, paid on a
 * draft's first check and again when the expression is compiled to machine code.
 * For expressions whose letters are ASCII and written as such (an escape is kept as it is), with no letter ranges,
 * `\w` or `\b` (caseless.test.ts compares every kind of atom with `iu` over all code points).
 */
export function caseless(re: RegExp): RegExp {
  return new RegExp(caselessSource(re.source), re.flags.replace('i', ''));
}

/** `caseless` on an `iu` expression's source, without compiling either (for `twin`). */
export function caselessSource(source: string): string {
  let inClass = false;
  return source.replace(/\\[pP]\{\w+\}|\\u(?:\{\w+\}|\w{4})|\\x\w\w|\\.|[[\]a-zA-Z]/g, (m) => {
    if (m === '[' || m === ']') inClass = m === '[';
    else if (m === '\\p{L}') return inClass ? '\\p{L}\\u0345' : '[\\p{L}\\u0345]';
    else if (m[0] !== '\\') {
      const l = m.toLowerCase();
      const forms = l + l.toUpperCase() + (l === 'k' ? '\\u212a' : l === 's' ? '\\u017f' : '');
      return inClass ? forms : `[${forms}]`;
    }
    return m;
  });
}
