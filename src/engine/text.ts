/**
 * Text preparation that is hard to fool cheaply, while every position still
 * points back into the original draft.
 *
 * The draft is folded into `folded` (NFKC, invisible characters dropped,
 * diacritics removed, lower case, letters spaced out as "K U T" or "L-o-t-t-e"
 * joined). `map[i]` is the original UTF-16 offset of folded character `i`, so a
 * match found in the folded text becomes an exact span in what the user typed.
 */

/** Zero-width characters, soft hyphen, BOM, word joiners, variation selectors, bidi controls. */
const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/;
const MARKS = /\p{M}/gu;
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
/** Separators people put between spaced-out letters. */
const SPACER = /^[\s.\-_*·•]$/u;

/** Digits and symbols standing in for letters inside words ("k4nker", "h0mo", "$hit"). */
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '€': 'e', '!': 'i' };

export interface Token {
  /** Folded form: lower case, no diacritics. */
  norm: string;
  /** Folded form with look-alike digits read as letters, for lexicon look-ups. */
  key: string;
  /** Span in the original text. */
  start: number;
  end: number;
  /** Span in the folded text. */
  nStart: number;
  nEnd: number;
  /** Starts with a capital letter as typed. */
  capitalized: boolean;
  /** Written in capitals (two or more letters, all upper case). */
  allCaps: boolean;
  /** Consists of digits only. */
  numeric: boolean;
  /** Index of the sentence the token is in. */
  sentence: number;
  /** First token of its sentence (capitalised for grammar, not because it is a name). */
  sentenceStart: boolean;
}

export interface PreparedText {
  original: string;
  /** Folded text, see module comment. */
  folded: string;
  /** Same characters as `folded` with case kept (for capitalisation cues). */
  cased: string;
  /** `map[i]` is the original offset of folded[i]; `map[folded.length] === original.length`. */
  map: Int32Array;
  tokens: Token[];
  /** Original span of folded span [nStart, nEnd). */
  span(nStart: number, nEnd: number): { start: number; end: number };
}

interface Unit {
  folded: string;
  cased: string;
  at: number;
}

function foldCodePoint(cp: string): { folded: string; cased: string } {
  // ASCII fast path: the common case by far.
  if (cp.length === 1 && cp.charCodeAt(0) < 0x80) return { folded: cp.toLowerCase(), cased: cp };
  const base = cp.normalize('NFKC').normalize('NFD').replace(MARKS, '');
  const lower = base.toLowerCase().normalize('NFD').replace(MARKS, '');
  // Keep both strings the same length so one map serves both.
  return { folded: lower, cased: lower.length === base.length ? base : lower };
}

/** Split into per-output-character units with original offsets, dropping invisible characters. */
function units(original: string): Unit[] {
  const out: Unit[] = [];
  let i = 0;
  for (const cp of original) {
    if (!INVISIBLE.test(cp)) {
      const { folded, cased } = foldCodePoint(cp);
      for (let k = 0; k < folded.length; k++) out.push({ folded: folded[k]!, cased: cased[k]!, at: i });
    }
    i += cp.length;
  }
  return out;
}

/**
 * Join letters spaced out to dodge a word list: "K U T", "L-o-t-t-e", "k.a.n.k.e.r".
 * A run needs at least three single letters, each separated by one or two spacer characters,
 * and must stand alone (no letter directly before or after).
 */
function joinSpacedLetters(u: Unit[]): Unit[] {
  const isLetter = (k: number) => k >= 0 && k < u.length && LETTER.test(u[k]!.folded);
  const drop = new Uint8Array(u.length);
  let k = 0;
  while (k < u.length) {
    if (!isLetter(k) || isLetter(k - 1) || isLetter(k + 1)) {
      k++;
      continue;
    }
    const letters = [k];
    const gaps: number[][] = [];
    let j = k + 1;
    for (;;) {
      const gap: number[] = [];
      while (j < u.length && gap.length < 2 && SPACER.test(u[j]!.folded)) gap.push(j++);
      if (gap.length === 0 || !isLetter(j) || isLetter(j + 1)) break;
      gaps.push(gap);
      letters.push(j);
      j++;
    }
    if (letters.length >= 3) {
      for (const gap of gaps) for (const g of gap) drop[g] = 1;
      k = letters[letters.length - 1]! + 1;
    } else k++;
  }
  return drop.some((d) => d) ? u.filter((_, idx) => !drop[idx]) : u;
}

const WORD = /[\p{L}\p{N}@$€]+(?:['’][\p{L}]+)*/gu;
const SENTENCE_END = /[.!?\n]/;

function leetKey(norm: string): string {
  if (!/\p{L}/u.test(norm) || !/[0-9@$€!]/.test(norm)) return norm;
  let out = '';
  for (const ch of norm) out += LEET[ch] ?? ch;
  return out;
}

/** Prepare a draft for checking. Never throws; linear in the length of the text. */
export function prepare(original: string): PreparedText {
  const u = joinSpacedLetters(units(original));
  let folded = '';
  let cased = '';
  const map = new Int32Array(u.length + 1);
  for (let k = 0; k < u.length; k++) {
    folded += u[k]!.folded;
    cased += u[k]!.cased;
    map[k] = u[k]!.at;
  }
  map[u.length] = original.length;

  // End of a unit in the original: the start of the next original code point.
  const endOf = (n: number): number => {
    if (n <= 0) return map[0] ?? 0;
    const last = map[n - 1]!;
    const cp = original.codePointAt(last)!;
    return last + (cp > 0xffff ? 2 : 1);
  };
  const span = (nStart: number, nEnd: number) => ({
    start: nStart < u.length ? map[nStart]! : original.length,
    end: nEnd > nStart ? endOf(nEnd) : nStart < u.length ? map[nStart]! : original.length,
  });

  const tokens: Token[] = [];
  let sentence = 0;
  let lastEnd = 0;
  let sentenceStart = true;
  for (const m of folded.matchAll(WORD)) {
    const nStart = m.index!;
    const nEnd = nStart + m[0].length;
    // Trailing "!" inside WORD would only come from leet; the regex has none, so spans are words.
    const between = folded.slice(lastEnd, nStart);
    if (SENTENCE_END.test(between) && tokens.length > 0) {
      sentence++;
      sentenceStart = true;
    }
    const casedWord = cased.slice(nStart, nEnd);
    const letters = casedWord.replace(/[^\p{L}]/gu, '');
    const { start, end } = span(nStart, nEnd);
    tokens.push({
      norm: m[0],
      key: leetKey(m[0]),
      start,
      end,
      nStart,
      nEnd,
      capitalized: UPPER.test(casedWord[0] ?? ''),
      allCaps: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
      numeric: /^\p{N}+$/u.test(m[0]),
      sentence,
      sentenceStart,
    });
    sentenceStart = false;
    lastEnd = nEnd;
  }
  return { original, folded, cased, map, tokens, span };
}

/** Fold a phrase from a lexicon or rule file the same way drafts are folded. */
export function foldPhrase(phrase: string): string {
  return prepare(phrase)
    .tokens.map((t) => t.key)
    .join(' ');
}
