/**
 * Text preparation that is hard to fool cheaply, while every position still
 * points back into the original draft.
 *
 * The draft is folded into `folded` (NFKC, invisible characters dropped,
 * diacritics removed, lower case, letters spaced out as "K U T" or "L-o-t-t-e"
 * joined). `map[i]` is the original UTF-16 offset of folded character `i`, so a
 * match found in the folded text becomes an exact span in what the user typed.
 */
import { lazy } from './lazy';

/** Zero-width characters, soft hyphen, BOM, word joiners, variation selectors, bidi controls. */
function isInvisible(cp: number): boolean {
  return (
    cp === 0x00ad || cp === 0x034f || cp === 0x061c || cp === 0x115f || cp === 0x1160 || cp === 0x17b4 || cp === 0x17b5 ||
    (cp >= 0x180b && cp <= 0x180f) || (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x206f) || cp === 0x3164 || (cp >= 0xfe00 && cp <= 0xfe0f) || cp === 0xfeff || cp === 0xffa0 ||
    (cp >= 0xe0100 && cp <= 0xe01ef)
  );
}
const MARKS = lazy(() => /\p{M}/gu);
const LETTER = lazy(() => /\p{L}/u);
const UPPER = lazy(() => /\p{Lu}/u);

/**
 * `\p{Lu}`, `\p{L}` and `\p{N}` of a UTF-16 unit up to U+00FF, read by its code: a draft or phrase in ASCII and
 * Latin-1 (the accents of Dutch, French, German) compiles none of the Unicode classes, each about half a millisecond
 * on the first check (cold start, issue 9). Latin-1's letters are ª µ º and U+00C0–U+00FF but × and ÷.
 */
export const isLatin1Upper = (c: number) => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
export const isLatin1Letter = (c: number) =>
  isLatin1Upper(c) || (c >= 97 && c <= 122) || c === 0xaa || c === 0xb5 || c === 0xba || (c >= 0xdf && c <= 0xff && c !== 0xf7);
/**
 * The UTF-16 unit at `i`, or -1 outside the string. Read within bounds: charCodeAt past either end gives NaN, but the
 * first time an optimised call site does so V8 throws its optimised code away and re-optimises later.
 */
export const codeAt = (s: string, i: number) => (i >= 0 && i < s.length ? s.charCodeAt(i) : -1);
/** Digits, and ² ³ ¹ ¼ ½ ¾. */
export const isLatin1Number = (c: number) => (c >= 48 && c <= 57) || c === 0xb2 || c === 0xb3 || c === 0xb9 || (c >= 0xbc && c <= 0xbe);

/**
 * `text` without its combining marks (`\p{M}`). Up to U+036F the only marks are the combining diacritics
 * U+0300–U+036F: text with no character beyond them (Latin and its accents, decomposed) is read by code,
 * without compiling the Unicode class.
 */
export function withoutMarks(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x36f) return text.replace(MARKS(), '');
    if (c < 0x300) out += text[i];
  }
  return out;
}

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

/** Folded and case-kept forms of non-ASCII code points, memoised: drafts repeat the same few. */
const foldCache = new Map<string, readonly [folded: string, cased: string]>();

function foldCodePoint(cp: string): readonly [string, string] {
  let hit = foldCache.get(cp);
  if (!hit) {
    const base = withoutMarks(cp.normalize('NFKC').normalize('NFD'));
    const lower = withoutMarks(base.toLowerCase().normalize('NFD'));
    // Keep both strings the same length so one map serves both.
    hit = [lower, lower.length === base.length ? base : lower] as const;
    if (foldCache.size > 5000) foldCache.clear();
    foldCache.set(cp, hit);
  }
  return hit;
}

/** Growable parallel buffers: folded and case-kept UTF-16 units, and their original offsets. */
class Units {
  folded: Uint16Array;
  cased: Uint16Array;
  at: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.folded = new Uint16Array(capacity);
    this.cased = new Uint16Array(capacity);
    this.at = new Int32Array(capacity + 1);
  }
  push(folded: number, cased: number, at: number) {
    if (this.length === this.folded.length) this.grow();
    this.folded[this.length] = folded;
    this.cased[this.length] = cased;
    this.at[this.length++] = at;
  }
  private grow() {
    const size = this.folded.length * 2 + 16;
    const f = new Uint16Array(size);
    const c = new Uint16Array(size);
    const a = new Int32Array(size + 1);
    f.set(this.folded);
    c.set(this.cased);
    a.set(this.at);
    this.folded = f;
    this.cased = c;
    this.at = a;
  }
}

/** Fold the draft into units, dropping invisible characters. ASCII takes the fast path. */
function units(original: string): Units {
  const u = new Units(original.length + 16);
  const n = original.length;
  let i = 0;
  // Plain ASCII fills the buffers directly: one unit per character, and the capacity holds them all.
  for (let c; i < n && (c = original.charCodeAt(i)) < 0x80; i++) {
    u.folded[i] = c >= 65 && c <= 90 ? c + 32 : c;
    u.cased[i] = c;
    u.at[i] = i;
  }
  u.length = i;
  while (i < n) {
    const c = original.charCodeAt(i);
    if (c < 0x80) {
      u.push(c >= 65 && c <= 90 ? c + 32 : c, c, i);
      i++;
      continue;
    }
    const cp = original.codePointAt(i)!;
    const size = cp > 0xffff ? 2 : 1;
    if (!isInvisible(cp)) {
      const [folded, cased] = foldCodePoint(original.slice(i, i + size));
      for (let k = 0; k < folded.length; k++) u.push(folded.charCodeAt(k), cased.charCodeAt(k), i);
    }
    i += size;
  }
  return u;
}

function isLetterUnit(code: number): boolean {
  if (code < 0x80) return code >= 97 && code <= 122;
  if (code <= 0xff) return isLatin1Letter(code);
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return LETTER().test(String.fromCharCode(code));
}

/** Separators people put between spaced-out letters: white space . - _ * · • */
function isSpacer(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 46 || code === 45 || code === 95 || code === 42 ||
    code === 0xb7 || code === 0x2022 || code === 0xa0;
}

/**
 * Join letters spaced out to dodge a word list: "K U T", "L-o-t-t-e", "k.a.n.k.e.r".
 * A run needs at least three single letters, each separated by one or two spacer characters,
 * and must stand alone (no letter directly before or after).
 */
function joinSpacedLetters(u: Units): Units {
  const n = u.length;
  const isLetter = (k: number) => k >= 0 && k < n && isLetterUnit(u.folded[k]!);
  let drop: Uint8Array | undefined;
  // Whether units k - 1, k and k + 1 are letters, rolled along so each unit is classified once on the common path.
  let before = false;
  let here = isLetter(0);
  let k = 0;
  while (k < n) {
    const after = isLetter(k + 1);
    if (!here || before || after) {
      before = here;
      here = after;
      k++;
      continue;
    }
    let letters = 1;
    let last = k;
    let j = k + 1;
    const gaps: number[] = [];
    for (;;) {
      let gap = 0;
      while (j < n && gap < 2 && isSpacer(u.folded[j]!)) (gap++, j++);
      if (gap === 0 || !isLetter(j) || isLetter(j + 1)) break;
      for (let g = j - gap; g < j; g++) gaps.push(g);
      letters++;
      last = j;
      j++;
    }
    if (letters >= 3) {
      drop ??= new Uint8Array(n);
      for (const g of gaps) drop[g] = 1;
      k = last + 1;
    } else k++;
    before = isLetter(k - 1);
    here = isLetter(k);
  }
  if (!drop) return u;
  const out = new Units(n);
  for (let i = 0; i < n; i++) if (!drop[i]) out.push(u.folded[i]!, u.cased[i]!, u.at[i]!);
  return out;
}

const decoder = lazy(() => new TextDecoder('utf-16le'));
const asString = (units: Uint16Array, length: number) => decoder().decode(units.subarray(0, length));

/** A word with both letters and look-alike characters, read with letters for them. */
function leetKey(norm: string): string {
  let out = '';
  for (const ch of norm) out += LEET[ch] ?? ch;
  return out;
}

const LETTER_CLASS = 1;
const NUMBER_CLASS = 2;
/** Word characters that are neither: "@", "$", "€" ("h@ter", "$hit"). */
const SYMBOL_CLASS = 4;
const NUMBER = lazy(() => /\p{N}/u);
/** Classes of the ASCII and Latin-1 characters, looked up: letters, numbers, "@" and "$" symbols. */
const LATIN1_CLASSES = new Uint8Array(0x100).map((_, c) =>
  isLatin1Letter(c) ? LETTER_CLASS : isLatin1Number(c) ? NUMBER_CLASS : c === 64 || c === 36 ? SYMBOL_CLASS : 0,
);
/** Classes of non-ASCII code points, memoised: drafts repeat the same few. */
const classCache = new Map<number, number>();

/** Whether a code point is a letter (`\p{L}`): by table up to U+00FF, memoised beyond. */
export const isLetter = (cp: number) => classOf(cp) === LETTER_CLASS;

/** Word-character class of a code point: the tokenizer's [\p{L}\p{N}@$€]; 0 for any other. */
function classOf(cp: number): number {
  if (cp <= 0xff) return LATIN1_CLASSES[cp]!;
  let c = classCache.get(cp);
  if (c === undefined) {
    const ch = String.fromCodePoint(cp);
    c = LETTER().test(ch) ? LETTER_CLASS : NUMBER().test(ch) ? NUMBER_CLASS : cp === 0x20ac ? SYMBOL_CLASS : 0;
    if (classCache.size > 5000) classCache.clear();
    classCache.set(cp, c);
  }
  return c;
}

/** Characters that stand in for letters inside a word ("k4nker", "h@ter"): ASCII digits, @, $, €. */
const isLeetCode = (cp: number) => (cp >= 48 && cp <= 57) || cp === 64 || cp === 36 || cp === 0x20ac;

const ASCII = /^[\x00-\x7f]*$/;

const isAsciiLower = (c: number) => c >= 97 && c <= 122;
/** Folded units [from, to) are one or two spacers. */
function isSpacerGap(folded: string, from: number, to: number): boolean {
  return (to - from === 1 || to - from === 2) && isSpacer(folded.charCodeAt(from)) && isSpacer(folded.charCodeAt(to - 1));
}

/**
 * Whether folded ASCII text (where only a-z are letters and no spacer is non-ASCII) holds what
 * {@link joinSpacedLetters} joins: three letters with no letter right before or after them, each one or two spacers
 * after the one before (/(?<![a-z])[a-z](?:[\t\n\r *\-._]{1,2}[a-z](?![a-z])){2}/). Read from its tokens, which
 * spacers separate: the middle letter is a token of its own, the first ends the token before it, the last starts the
 * one after. Most drafts have few one-letter tokens ("u", "a"), and running the expression was about 1% of a check.
 * Exported for the test that compares it with the expression.
 */
export function hasSpacedLetters(folded: string, tokens: readonly Token[]): boolean {
  for (let k = 1; k + 1 < tokens.length; k++) {
    const middle = tokens[k]!;
    if (middle.nEnd - middle.nStart !== 1 || !isAsciiLower(folded.charCodeAt(middle.nStart))) continue;
    const before = tokens[k - 1]!.nEnd;
    const after = tokens[k + 1]!.nStart;
    if (
      isSpacerGap(folded, before, middle.nStart) &&
      isSpacerGap(folded, middle.nEnd, after) &&
      isAsciiLower(folded.charCodeAt(before - 1)) &&
      !isAsciiLower(codeAt(folded, before - 2)) &&
      isAsciiLower(folded.charCodeAt(after)) &&
      !isAsciiLower(codeAt(folded, after + 1))
    )
      return true;
  }
  return false;
}

/**
 * The offsets 0…length (every character of a plain-ASCII draft maps to itself): a view of one kept table, grown
 * to the longest draft yet (at least doubled, so a run of longer drafts fills it a few times only), so a check
 * allocates no array for them. Never written but for the same values.
 */
let identity = new Int32Array(0);
function identityMap(length: number): Int32Array {
  if (identity.length <= length) {
    identity = new Int32Array(Math.max(length + 1, identity.length * 2));
    for (let i = 0; i < identity.length; i++) identity[i] = i;
  }
  return identity.subarray(0, length + 1);
}

/** Prepare a draft for checking. Never throws; linear in the length of the text. */
export function prepare(original: string): PreparedText {
  let folded: string;
  let cased: string;
  let map: Int32Array;
  let tokens: Token[];
  const lower = ASCII.test(original) ? original.toLowerCase() : undefined;
  const plainTokens = lower !== undefined ? asciiTokens(lower, original) : undefined;
  if (lower !== undefined && plainTokens !== undefined && !hasSpacedLetters(lower, plainTokens)) {
    // Plain ASCII without spaced-out letters: nothing to fold or drop, every character maps to itself.
    folded = lower;
    cased = original;
    map = identityMap(original.length);
    tokens = plainTokens;
  } else {
    const u = joinSpacedLetters(units(original));
    folded = asString(u.folded, u.length);
    cased = asString(u.cased, u.length);
    map = u.at.slice(0, u.length + 1);
    map[u.length] = original.length;
    tokens = tokensOf(original, folded, cased, map);
  }
  const length = folded.length;
  const span = (nStart: number, nEnd: number) => {
    const start = nStart < length ? map[nStart]! : original.length;
    return { start, end: nEnd > nStart && nEnd <= length ? endOf(original, map, nEnd) : nEnd > length ? original.length : start };
  };
  return { original, folded, cased, map, tokens, span };
}

/** End in the original of folded unit `n - 1`: the end of the code point it came from. */
function endOf(original: string, map: Int32Array, n: number): number {
  const last = map[n - 1]!;
  const c = original.charCodeAt(last);
  return last + (c >= 0xd800 && c <= 0xdbff && last + 1 < original.length ? 2 : 1);
}

/**
 * The words of folded text as the expression `[\p{L}\p{N}@$€]+(?:['’]\p{L}+)*` (flag u) would find them, read in one
 * pass over the code points; `map` gives their original offsets (with `map[folded.length] === original.length`).
 * Exported for the test that compares {@link asciiTokens} with it.
 */
export function tokensOf(original: string, folded: string, cased: string, map: Int32Array): Token[] {
  const length = folded.length;
  const list = new TokenList(folded, cased);
  let i = 0;
  while (i < length) {
    let cp = folded.codePointAt(i)!;
    let cls = classOf(cp);
    if (!cls) {
      if (isStopCode(cp)) list.stop = true;
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const nStart = i;
    let letter = false;
    let leet = false;
    let numeric = true;
    for (;;) {
      if (cls === LETTER_CLASS) letter = true;
      else if (isLeetCode(cp)) leet = true;
      if (cls !== NUMBER_CLASS) numeric = false;
      i += cp > 0xffff ? 2 : 1;
      if (i >= length) break;
      cp = folded.codePointAt(i)!;
      cls = classOf(cp);
      if (!cls) break;
    }
    // An apostrophe joins the letters after it: "m'n", "rock'n'roll", "d’r".
    while (i + 1 < length) {
      const a = folded.charCodeAt(i);
      if (a !== 39 && a !== 0x2019) break;
      cp = folded.codePointAt(i + 1)!;
      if (classOf(cp) !== LETTER_CLASS) break;
      letter = true;
      numeric = false;
      i++;
      do {
        i += cp > 0xffff ? 2 : 1;
        if (i >= length) break;
        cp = folded.codePointAt(i)!;
      } while (classOf(cp) === LETTER_CLASS);
    }
    const first = cased.charCodeAt(nStart);
    const capitalized = first <= 0xff ? isLatin1Upper(first) : UPPER().test(cased[nStart]!);
    list.add(nStart, i, map[nStart]!, endOf(original, map, i), capitalized, leet && letter, numeric);
  }
  return list.tokens;
}

/**
 * {@link tokensOf} for folded ASCII text whose offsets are its own (a plain-ASCII draft: about a seventh of its
 * preparation saved): one unit per character, read by code from the class table, "'" the only apostrophe, "@", "$"
 * and the digits the only look-alikes.
 */
function asciiTokens(folded: string, cased: string): Token[] {
  const length = folded.length;
  const list = new TokenList(folded, cased);
  let i = 0;
  while (i < length) {
    const c = folded.charCodeAt(i);
    let cls = LATIN1_CLASSES[c]!;
    if (!cls) {
      if (isStopCode(c)) list.stop = true;
      i++;
      continue;
    }
    const nStart = i;
    // The classes of the word's characters, or-ed: every one that is no letter is a look-alike in ASCII.
    let classes = 0;
    do {
      classes |= cls;
      cls = ++i < length ? LATIN1_CLASSES[folded.charCodeAt(i)]! : 0;
    } while (cls);
    while (i + 1 < length && folded.charCodeAt(i) === 39 && LATIN1_CLASSES[folded.charCodeAt(i + 1)] === LETTER_CLASS) {
      classes |= LETTER_CLASS;
      i += 2;
      while (i < length && LATIN1_CLASSES[folded.charCodeAt(i)] === LETTER_CLASS) i++;
    }
    const first = cased.charCodeAt(nStart);
    list.add(nStart, i, nStart, i, first >= 65 && first <= 90, classes > LETTER_CLASS && (classes & LETTER_CLASS) !== 0, classes === NUMBER_CLASS);
  }
  return list.tokens;
}

/** . ! ? and a line break end a sentence. */
const isStopCode = (c: number) => c === 46 || c === 33 || c === 63 || c === 10;

/** The words of a draft as a tokenizer reads them, each with the sentence it is in. */
class TokenList {
  readonly tokens: Token[] = [];
  /** Whether the characters since the last word hold a sentence end (. ! ? or a line break): set as they are skipped. */
  stop = false;
  private sentence = 0;
  private lastEnd = 0;

  constructor(
    private readonly folded: string,
    private readonly cased: string,
  ) {}

  /** The word at folded [nStart, nEnd), typed at [start, end); `lookAlikes` when it has both letters and look-alikes. */
  add(nStart: number, nEnd: number, start: number, end: number, capitalized: boolean, lookAlikes: boolean, numeric: boolean) {
    const { folded, tokens } = this;
    let sentenceStart = tokens.length === 0;
    if (this.stop && !sentenceStart && this.endsSentence(nStart)) {
      this.sentence++;
      sentenceStart = true;
    }
    const norm = folded.slice(nStart, nEnd);
    const allCaps = isAllCaps(this.cased, nStart, nEnd);
    const key = lookAlikes ? leetKey(norm) : norm;
    tokens.push({ norm, key, start, end, nStart, nEnd, capitalized, allCaps, numeric, sentence: this.sentence, sentenceStart });
    this.stop = false;
    this.lastEnd = nEnd;
  }

  /**
   * Whether the sentence end since the last word starts a new sentence at `nStart`. A dot between digits is a thousands
   * separator or a date ("160.000", "14.09.2012"), not a sentence end; nor is the dot of a title before a name
   * ("mevr. Peeters", "Dr. Patel").
   */
  private endsSentence(nStart: number): boolean {
    const { folded, lastEnd } = this;
    const inNumber = nStart - lastEnd === 1 && isDigitCode(folded.charCodeAt(lastEnd - 1)) && isDigitCode(folded.charCodeAt(nStart));
    return !inNumber && !(isTitleGap(folded, lastEnd, nStart) && TITLE_ABBREVIATIONS.has(this.tokens[this.tokens.length - 1]!.norm));
  }
}

/** The gap is ". " or "." (after an abbreviated title). */
function isTitleGap(folded: string, from: number, to: number): boolean {
  return folded.charCodeAt(from) === 46 && (to - from === 1 || (to - from === 2 && folded.charCodeAt(from + 1) === 32));
}

/** Two or more letters, none of them lower case. */
function isAllCaps(cased: string, from: number, to: number): boolean {
  let letters = 0;
  for (let i = from; i < to; i++) {
    const c = cased.charCodeAt(i);
    if (c <= 0xff) {
      if (isLatin1Upper(c)) letters++;
      else if (isLatin1Letter(c)) return false;
    } else {
      const ch = String.fromCharCode(c);
      if (UPPER().test(ch)) letters++;
      else if (LETTER().test(ch)) return false;
    }
  }
  return letters >= 2;
}

const TITLE_ABBREVIATIONS = new Set(['mevr', 'mw', 'dhr', 'mr', 'mrs', 'ms', 'dr', 'zr', 'prof']);

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

const WORDLIKE = lazy(() => /^\p{L}[\p{L}'’]*$/u);

/** A word of letters only, apostrophes inside allowed ("D'hondt"): read by character code when plain ASCII. */
export function lettersOnly(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x80) return WORDLIKE().test(word);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (i > 0 && c === 39))) return false;
  }
  return word.length > 0;
}

const PLAIN_PHRASE = /^[a-z]+(?: [a-z]+)*$/;
const SIMPLE_ASCII = /^[A-Za-z' -]+$/;
/**
 * Words of two or more lower-case letters of a-z and Latin-1 (ß-ÿ but ÷), one space apart ("onze cliënten"): letters
 * only, and none standing alone to be joined, so their fold is their letters' folds. A first check folds a few such
 * phrases (the disclaimer check's work phrases): preparing one costs about a millisecond before the JIT helps.
 */
const LATIN1_PHRASE = /^[a-zß-öø-ÿ]{2,}(?: [a-zß-öø-ÿ]{2,})*$/;
/** How `prepare` folds the lower-case letters U+00E0–U+00FF: accents off; æ, ð, ø and þ stay (÷ is no letter). */
const LATIN1_LOWER_FOLDS = 'aaaaaaæceeeeiiiiðnooooo÷øuuuuyþy';

/** Fold a phrase from a lexicon or rule file the same way drafts are folded. */
export function foldPhrase(phrase: string): string {
  // Lexicons hold thousands of plain words: fold those without the full preparation.
  if (PLAIN_PHRASE.test(phrase)) return phrase;
  if (LATIN1_PHRASE.test(phrase)) {
    let folded = '';
    for (let i = 0; i < phrase.length; i++) {
      const c = phrase.charCodeAt(i);
      folded += c >= 0xe0 ? LATIN1_LOWER_FOLDS[c - 0xe0] : phrase[i];
    }
    return folded;
  }
  if (SIMPLE_ASCII.test(phrase) && !/\b[A-Za-z][ -][A-Za-z][ -][A-Za-z]\b/.test(phrase)) {
    const words = phrase.toLowerCase().split(/[^a-z']+/).filter(Boolean);
    // Same word boundaries as the tokenizer: an apostrophe joins only letters that follow it.
    if (words.every((w) => /^[a-z]+(?:'[a-z]+)*$/.test(w))) return words.join(' ');
  }
  return prepare(phrase)
    .tokens.map((t) => t.key)
    .join(' ');
}
