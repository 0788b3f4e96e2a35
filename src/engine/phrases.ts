/**
 * Word and phrase lists matched against a prepared draft's tokens.
 *
 * A phrase is one or more words, folded like drafts are (case, diacritics,
 * look-alike digits). A word ending in `*` matches any word starting with it,
 * which catches Dutch compounds ("kanker*" → "kankerzooi").
 */
import { codeAt, foldPhrase, type PreparedText } from './text';

interface Compiled<T> {
  words: string[];
  /** Per word: true when it is a prefix (`*`) word. */
  prefix: boolean[];
  value: T;
}

export interface PhraseMatch<T> {
  /** Token range [from, to). */
  from: number;
  to: number;
  start: number;
  end: number;
  value: T;
}

const PREFIX_INDEX = 3;

export class PhraseMatcher<T> {
  private readonly exact = new Map<string, Compiled<T>[]>();
  /** Prefix words by their first three letters, read as one number (no slice per token). */
  private readonly byPrefix = new Map<number, Compiled<T>[]>();
  readonly size: number;
  /** Bit (c & 31) for the first UTF-16 unit c of every phrase: most tokens of a draft skip both look-ups. */
  private readonly firstUnits: number = 0;
  /**
   * The first three units of the first words of {@link exact}'s phrases, as bit (c & 31) of entry (a & 31) × 32 + (b & 31)
   * (a missing unit reads as 31, like {@link codeAt}'s -1): of the tokens whose first unit passes, those whose first
   * three do not skip the look-up. Two units let through "de", "for" and "bewoners" for "describe", "found" and
   * "beschrijf", about a third of a draft's words.
   */
  private readonly exactHeads = new Uint32Array(32 * 32);
  /** {@link exactHeads} of {@link byPrefix}'s first words (at least three units each). */
  private readonly prefixHeads = new Uint32Array(32 * 32);

  constructor(entries: Iterable<readonly [phrase: string, value: T]>) {
    let size = 0;
    for (const [phrase, value] of entries) {
      const compiled = compile(phrase, value);
      if (!compiled) continue;
      size++;
      const first = compiled.words[0]!;
      this.firstUnits |= 1 << (first.charCodeAt(0) & 31);
      const heads = compiled.prefix[0] ? this.prefixHeads : this.exactHeads;
      heads[headOf(first)]! |= 1 << (codeAt(first, 2) & 31);
      if (compiled.prefix[0]) push(this.byPrefix, lead(first), compiled);
      else push(this.exact, first, compiled);
    }
    this.size = size;
  }

  /** All matches, longest first at each position, overlapping matches allowed. */
  findAll(text: PreparedText): PhraseMatch<T>[] {
    return this.scan(text, false);
  }

  /** The first match of {@link findAll}, found without reading the draft past it; undefined when there is none. */
  first(text: PreparedText): PhraseMatch<T> | undefined {
    return this.scan(text, true)[0];
  }

  /** Matches from the start of the draft; with `once`, only those at the first token where any starts. */
  private scan(text: PreparedText, once: boolean): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    if (this.size === 0) return out;
    const tokens = text.tokens;
    for (let i = 0; i < tokens.length && !(once && out.length > 0); i++) {
      const key = tokens[i]!.key;
      if (!((this.firstUnits >>> (key.charCodeAt(0) & 31)) & 1)) continue;
      const head = headOf(key);
      const third = codeAt(key, 2) & 31;
      if ((this.exactHeads[head]! >>> third) & 1) {
        const exact = this.exact.get(key);
        if (exact) this.collect(exact, tokens, i, out);
      }
      if ((this.prefixHeads[head]! >>> third) & 1 && key.length >= PREFIX_INDEX) {
        const prefixed = this.byPrefix.get(lead(key));
        if (prefixed) this.collect(prefixed, tokens, i, out);
      }
    }
    return out;
  }

  private collect(candidates: Compiled<T>[], tokens: PreparedText['tokens'], i: number, out: PhraseMatch<T>[]) {
    for (const c of candidates) {
      const to = i + c.words.length;
      if (to > tokens.length) continue;
      let ok = true;
      for (let k = 0; k < c.words.length && ok; k++) {
        const t = tokens[i + k]!.key;
        ok = c.prefix[k] ? t.startsWith(c.words[k]!) : t === c.words[k];
      }
      if (ok) out.push({ from: i, to, start: tokens[i]!.start, end: tokens[to - 1]!.end, value: c.value });
    }
  }
}

/** Entry of {@link PhraseMatcher}'s head tables for a word's first two units. */
const headOf = (word: string) => (word.charCodeAt(0) & 31) * 32 + (codeAt(word, 1) & 31);

/** The first PREFIX_INDEX (3) UTF-16 units of a word as one exact number. */
function lead(word: string): number {
  return word.charCodeAt(0) * 0x100000000 + word.charCodeAt(1) * 0x10000 + word.charCodeAt(2);
}

function push<K, T>(map: Map<K, T[]>, key: K, value: T) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function compile<T>(phrase: string, value: T): Compiled<T> | undefined {
  const raw = phrase.trim().split(/\s+/);
  const words: string[] = [];
  const prefix: boolean[] = [];
  for (const w of raw) {
    const isPrefix = w.endsWith('*');
    const folded = foldPhrase(isPrefix ? w.slice(0, -1) : w);
    if (!folded) continue;
    // A folded word may split ("sint-jan" → "sint jan"): each part must match in turn.
    const parts = folded.split(' ');
    parts.forEach((p, idx) => {
      words.push(p);
      prefix.push(isPrefix && idx === parts.length - 1);
    });
  }
  if (words.length === 0) return undefined;
  // A prefix word shorter than the index key cannot be indexed: treat it as exact.
  if (prefix[0] && words[0]!.length < PREFIX_INDEX) prefix[0] = false;
  return { words, prefix, value };
}
