/**
 * Whether a draft could hold what one of the recognisers' whole-draft expressions or word scans looks for, read once
 * per draft from its tokens for all of them: a word every match holds. An expression whose cue the draft lacks
 * cannot match and is not run; most drafts name no class, age group or age.
 *
 * A word here is a maximal run of the letters a-z in a token ("u12" holds "u", "rakwi's" holds "rakwi" and "s"): the
 * expressions' words stand between characters that are no letters. A token with a letter or digit beyond ASCII
 * gives every cue (the expressions' `\p{L}` reads it as a letter, this does not).
 */
import { ASCII_WORD } from '../language/typos';
import { codeAt, type PreparedText } from '../text';

/** The words that show an expression may match. */
export interface CueWords {
  /** Whole words: a word of the draft equal to one of them. */
  words?: Iterable<string>;
  /** Word beginnings: a word of the draft starting with one of them ("kwispelde" starts with "kwispel"). */
  beginnings?: Iterable<string>;
  /** Word endings: a word of the draft ending in one of them ("zesjarige" ends in "jarige"). */
  endings?: Iterable<string>;
  /** Word endings right before a character: "y" then "/" ("16y/o"). */
  endingsBefore?: Iterable<readonly [ending: string, next: string]>;
}

const sources: Array<() => CueWords> = [];

interface Ending {
  text: string;
  /** The character code that must follow (-1: any). */
  next: number;
  bit: number;
}

/**
 * The tables, built on the first draft. Most words are none of the cue words: two typed-array reads rule them out
 * (by first letter and length, by the last two letters) before any string is hashed or compared.
 */
interface Tables {
  words: Map<string, number>;
  /** Per first letter (low 7 bits) × length (31: longer): the cues of words of that start and length. */
  heads: Uint32Array;
  /** Per last two letters (low 7 bits each; a one-letter word has 0 before its letter): 1 + the index in `endings` of those that can match, or 0. */
  tails: Uint16Array;
  endings: Ending[][];
  /** Per first letter (low 7 bits): the beginnings of words of that start, with their cue. */
  beginnings: Array<Array<readonly [beginning: string, bit: number]> | undefined>;
}
let tables: Tables | undefined;
let lastText: PreparedText | undefined;
let lastBits = 0;

/**
 * A cue (at most 30): whether a draft holds one of the words `source` gives. Declared at a module's top level;
 * `source` is asked, and the tables of all cues built, on the first draft.
 */
export function cue(source: () => CueWords): (text: PreparedText) => boolean {
  if (sources.length === 30) throw new Error('cues: at most 30');
  const bit = 1 << sources.length;
  sources.push(source);
  tables = undefined;
  lastText = undefined;
  return (text) => (cuesOf(text) & bit) !== 0;
}

const headOf = (w: string) => (w.charCodeAt(0) & 127) * 32 + Math.min(w.length, 31);
const tailOf = (w: string) => (w.length > 1 ? (w.charCodeAt(w.length - 2) & 127) * 128 : 0) + (w.charCodeAt(w.length - 1) & 127);

function build(): Tables {
  const t: Tables = { words: new Map(), heads: new Uint32Array(128 * 32), tails: new Uint16Array(128 * 128), endings: [], beginnings: [] };
  const ending = (e: Ending) => {
    // A one-letter ending ends a one-letter word, or one with any letter before it (the words looked up are runs of a-z).
    const keys = e.text.length > 1 ? [tailOf(e.text)] : ['', ...'abcdefghijklmnopqrstuvwxyz'].map((before) => tailOf(before + e.text));
    for (const k of keys) {
      if (!t.tails[k]) t.tails[k] = t.endings.push([]);
      t.endings[t.tails[k]! - 1]!.push(e);
    }
  };
  sources.forEach((source, k) => {
    const s = source();
    const bit = 1 << k;
    for (const w of s.words ?? []) {
      t.words.set(w, (t.words.get(w) ?? 0) | bit);
      t.heads[headOf(w)]! |= bit;
    }
    for (const b of s.beginnings ?? []) (t.beginnings[b.charCodeAt(0) & 127] ??= []).push([b, bit]);
    for (const e of s.endings ?? []) ending({ text: e, next: -1, bit });
    for (const [e, next] of s.endingsBefore ?? []) ending({ text: e, next: next.charCodeAt(0), bit });
  });
  return t;
}

/** Cues of one word, which `folded` holds up to `to`. */
function ofWord(t: Tables, word: string, folded: string, to: number): number {
  let bits = t.heads[headOf(word)] ? (t.words.get(word) ?? 0) : 0;
  const beginnings = t.beginnings[word.charCodeAt(0) & 127];
  if (beginnings) for (const [b, bit] of beginnings) if (word.startsWith(b)) bits |= bit;
  const tail = t.tails[tailOf(word)]!;
  if (tail) {
    const endings = t.endings[tail - 1]!;
    for (let k = 0; k < endings.length; k++) {
      const e = endings[k]!;
      if ((e.next < 0 || codeAt(folded, to) === e.next) && word.endsWith(e.text)) bits |= e.bit;
    }
  }
  return bits;
}

/** A token with other characters than a-z: each run of a-z in it, or every cue when it has a letter or digit beyond ASCII. */
function ofMixed(t: Tables, w: string, folded: string, nStart: number, all: number): number {
  let bits = 0;
  let from = -1;
  for (let k = 0; k <= w.length; k++) {
    const c = codeAt(w, k);
    if (c >= 97 && c <= 122) {
      if (from < 0) from = k;
      continue;
    }
    if (from >= 0) bits |= ofWord(t, w.slice(from, k), folded, nStart + k);
    from = -1;
    // Beyond ASCII a token holds letters and digits, and the apostrophe ’ and the € sign, which are neither.
    if (c >= 0x80 && c !== 0x2019 && c !== 0x20ac) return all;
  }
  return bits;
}

function cuesOf(text: PreparedText): number {
  if (text === lastText) return lastBits;
  const t = (tables ??= build());
  const all = (1 << sources.length) - 1;
  const folded = text.folded;
  let bits = 0;
  for (const token of text.tokens) {
    if (token.numeric) continue;
    // Most tokens are one word of a-z, looked up as it is. (Asked of each word, not found in the draft up front: a
    // draft of numbers has a character besides a-z at most places.)
    const w = token.norm;
    bits |= ASCII_WORD.test(w) ? ofWord(t, w, folded, token.nEnd) : ofMixed(t, w, folded, token.nStart, all);
    if (bits === all) break;
  }
  lastText = text;
  return (lastBits = bits);
}

/**
 * The words an alternative of an expression begins with, from its source: a plain word ("klas"), several words
 * ("reception class": "reception"), a word and an optional part ("middelbare(?: school)?": "middelbare",
 * "leeftijd(?:\s+van)?:?": "leeftijd"), a word with an optional apostrophe ("rakwi'?s": "rakwis", and "rakwi" before the
 * apostrophe) or an optional last letter ("aged?": "aged", "age"). Any other form is an error, so a new alternative
 * cannot go without its cue.
 */
export function leadingWords(alternative: string): string[] {
  let m: RegExpExecArray | null;
  if ((m = /^([a-z]+)(?:(?: |\\s\+)[a-z ]+|\(\?:(?: |\\s\+)[a-z ]+\)\?)?(?::\?)?$/.exec(alternative))) return [m[1]!];
  if ((m = /^([a-z]+)'\?([a-z]+)$/.exec(alternative))) return [m[1]! + m[2]!, m[1]!];
  if ((m = /^([a-z]+)([a-z])\?$/.exec(alternative))) return [m[1]! + m[2]!, m[1]!];
  throw new Error(`cues: no leading word of ${alternative}`);
}
