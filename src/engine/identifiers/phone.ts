/**
 * Phone numbers in Belgian and Dutch notation (and international ones with `+`/`00`).
 *
 * Candidates are runs of digit groups found by one linear regex; libphonenumber-js decides
 * whether a run (or its longest leading groups) is a phone number in BE or NL. Numbers must
 * start with `0`, `00` or `+`: a bare "12345678" is a possible Belgian number to the library
 * but far more often an amount or a reference in a post.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/core';
import { NUMBER_WORDS } from '../recognizers/ages';
import { PHONE_METADATA } from './phone-metadata';
import { twin } from '../ascii-twin';
import { digitRunStarts, hasDigits, matchesAtDigits, occurrences } from './numbers';
import { forLastText, lazy } from '../lazy';

type PhoneKind = 'mobile' | 'fixed' | 'service' | 'foreign';

export interface PhoneMatch {
  /** Span in the folded text. */
  nStart: number;
  nEnd: number;
  /** National significant number or, for foreign numbers, all digits. */
  digits: string;
  /** E.164 form when known (`+32478123456`). */
  e164: string;
  kind: PhoneKind;
}

/**
 * Digit groups separated by one separator ("-", "–" and "/" may have spaces around them: "09 / 223 23 10",
 * "06 – 123 456 78"). The look-behind keeps a run from starting inside a
 * word or number, so every character is scanned a bounded number of times (linear).
 */
export const CANDIDATE = twin(String.raw`(?<![\p{L}\p{N}+]|[\p{N}][\-–/.,])(?:\+|00)?\d+(?:(?: ?[\-–/] ?|[ .]|\) ?| ?\()\d+)*`, 'uy');

const isDigit = (c: number) => c >= 48 && c <= 57;
const DATE_LIKE = /^\d{1,2} ?([/.\-–]) ?\d{1,2} ?\1 ?\d{2,4}(?!\d)/;

/** Toll-free, premium, shared-cost and similar lines are services, never a person's number. */
const SERVICE_TYPES = new Set(['TOLL_FREE', 'PREMIUM_RATE', 'SHARED_COST', 'UAN', 'VOICEMAIL', 'PAGER']);
const REGIONS: readonly CountryCode[] = ['BE', 'NL'];
/** Mobile ranges of neighbouring countries (UK 7, France 6/7, Germany 15–17): someone's own, not a listed line. */
const FOREIGN_MOBILE = /^\+(?:447\d{9}|33[67]\d{8}|491[5-7]\d{8,9})$/;
/** Runs longer than this are not phone numbers (and are not worth parsing); ten for "0 4 7 6 5 1 2 0 8 8". */
const MAX_GROUPS = 10;

/** Find phone numbers in folded text. Never throws. */
export function findPhones(folded: string): PhoneMatch[] {
  const out: PhoneMatch[] = [];
  // A run needs eight digits (below): without them in the draft, the expression is not compiled.
  if (!hasDigits(folded, 8)) return out;
  // A run starts at its digits or at the "+" before them.
  for (const m of matchesAtDigits(folded, CANDIDATE(folded), [-1, 0])) {
    const run = m[0];
    const start = m.index;
    const international = run.startsWith('+') || run.startsWith('00');
    // "01/02/2024", "12.05.09": dates, whatever the metadata thinks is possible.
    if (DATE_LIKE.test(run)) continue;
    if (!international && run[0] !== '0' && !(run[0] === '(' && run[1] === '0')) continue;
    // The digit groups (at most MAX_GROUPS): where each ends in the run, its length, and all their digits.
    const ends: number[] = [];
    const lengths: number[] = [];
    let digits = '';
    for (let i = 0; i < run.length && ends.length < MAX_GROUPS; i++) {
      if (!isDigit(run.charCodeAt(i))) continue;
      const from = i;
      while (i + 1 < run.length && isDigit(run.charCodeAt(i + 1))) i++;
      ends.push(i + 1);
      lengths.push(i + 1 - from);
      digits += run.slice(from, i + 1);
    }
    // Longest leading groups first: "0478 12 34 56 2" should still find the number. A valid
    // reading of fewer groups beats a merely possible reading of more.
    let best: PhoneMatch | undefined;
    for (let k = ends.length; k >= 1; k--) {
      if (k < ends.length) digits = digits.slice(0, digits.length - lengths[k]!);
      if (digits.length < 8 || digits.length > 15) continue;
      const found = classify(international && run[0] === '+' ? `+${digits}` : digits);
      if (!found) continue;
      if (!best || found.valid) best = { nStart: start, nEnd: start + ends[k - 1]!, digits: found.digits, e164: found.e164, kind: found.kind };
      if (found.valid) break;
    }
    if (best) {
      // "(0476) 51 20 88": the opening bracket belongs to the number.
      if (folded[best.nStart - 1] === '(') best.nStart--;
      out.push(best);
    }
  }
  return out;
}

/**
 * North American numbers, for English drafts: "(503) 555-0147", "503-555-0147", "503.555.0147". The
 * area code and exchange do not start with 0 or 1; separators are required, so a bare ten-digit
 * reference is not read as one.
 */
export const NANP = twin(String.raw`(?<![\p{L}\p{N}+\-.])(?:\([2-9]\d\d\) ?[2-9]\d\d[\-.]|[2-9]\d\d([\-.])[2-9]\d\d\1)\d{4}(?![\p{N}]|[\-.]\d)`, 'uy');

/** North American numbers in folded text (see {@link NANP}). Kind `foreign`. */
export function findNorthAmericanPhones(folded: string): PhoneMatch[] {
  const out: PhoneMatch[] = [];
  if (!hasDigits(folded, 10)) return out;
  // A number starts at its digits or at the "(" before them.
  for (const m of matchesAtDigits(folded, NANP(folded), [-1, 0])) {
    const digits = m[0].replace(/\D/g, '');
    out.push({ nStart: m.index, nEnd: m.index + m[0].length, digits, e164: `+1${digits}`, kind: 'foreign' });
  }
  return out;
}

/**
 * What the age words leave out: zero, and "een"/"one" (mostly "a" next to an age). A Map, as every table a draft's
 * words are looked up in: as an object key, "constructor" would find Object's constructor.
 */
const ZERO_ONE: ReadonlyMap<string, string> = new Map([['nul', '0'], ['zero', '0'], ['oh', '0'], ['een', '1'], ['one', '1']]);

/**
 * Digits of one folded number word ("zes" → "6", "vierendertig" → "34", "twaalf" → "12", "oh" → "0"),
 * or undefined. Dutch tens come with their unit in one word ("eenentwintig", "drieentwintig" for "drieëntwintig").
 */
export function numberWordDigits(word: string): string | undefined {
  return ZERO_ONE.get(word) ?? NUMBER_WORDS().get(word)?.toString();
}

/** A word or a run of digits. One expression for every search: each sets its position before it reads. */
const WORD_OR_DIGITS = lazy(() => /[\p{L}]+|\d+/gu);
/** Words that repeat the digit after them ("double oh", "triple zes"), by how many times. */
const REPEATS: ReadonlyMap<string, number> = new Map([['double', 2], ['dubbel', 2], ['triple', 3]]);
/** The words a run can begin with besides a zero in digits: a zero or a repeat word. */
const RUN_WORDS = ['nul', 'zero', 'oh', ...REPEATS.keys()];
/** One of {@link RUN_WORDS} as a whole word, as WORD_OR_DIGITS reads it. */
const RUN_WORD = twin(String.raw`(?<!\p{L})(?:${RUN_WORDS.join('|')})(?!\p{L})`, 'uy');
/** Separators allowed between the parts of a number read aloud: spaces, commas, dots, dashes, slashes. */
const SPOKEN_GAP = /^[\s,.\-/]{1,3}$/;

/** Every run of a number read out holds a zero, in words or digits (see {@link findSpelledPhones}); asked twice a check. */
export const mayHoldSpelledPhone = forLastText((folded: string): boolean => /\b(?:nul|zero|oh|0\d*)\b/.test(folded));

/**
 * Where a run may begin, ascending: a zero starting a run of digits, or one of {@link RUN_WORDS} as a whole word
 * (found with `occurrences`).
 */
export function runStarts(folded: string): number[] {
  const starts: number[] = [];
  const digitStarts = digitRunStarts(folded);
  for (let r = 0; r < digitStarts.length; r++) if (folded.charCodeAt(digitStarts[r]!) === 48) starts.push(digitStarts[r]!);
  const word = RUN_WORD(folded);
  const found = occurrences(folded, RUN_WORDS);
  for (let i = 0; i < found.length; i++) {
    word.lastIndex = found[i]!;
    if (word.test(folded)) starts.push(found[i]!);
  }
  return starts.sort((a, b) => a - b);
}

/**
 * Phone numbers written (partly) in words: "nul vier zes zeven, twaalf, vierendertig …", "oh seven seven double
 * oh nine …", "0476 vijftig twaalf achtentachtig". A run must hold a number word, start with a zero and read as
 * a Belgian or Dutch number. English tens take a following unit ("fifty-one"); "double"/"triple" repeat a digit.
 */
export function findSpelledPhones(folded: string, skipDigitsOnly = true): PhoneMatch[] {
  const out: PhoneMatch[] = [];
  if (!mayHoldSpelledPhone(folded)) return out;
  let run: { start: number; end: number; digits: string; words: number; lastTen: boolean } | undefined;
  let repeat = 1;
  let lastEnd = -1;
  const flush = () => {
    if (run && run.words >= 2 && run.digits[0] === '0' && run.digits.length >= 9 && run.digits.length <= 11) {
      const found = classify(run.digits);
      if (found && found.kind !== 'service') {
        const { valid: _valid, ...match } = found;
        out.push({ nStart: run.start, nEnd: run.end, ...match });
      }
    }
    run = undefined;
    repeat = 1;
  };
  // Outside a run every word but a zero or a repeat word is a no-op: read words only from such a word until its run ends.
  const words = WORD_OR_DIGITS();
  let read = 0;
  const starts = runStarts(folded);
  for (let b = 0; b < starts.length; b++) {
    if (starts[b]! < read) continue;
    // "bel 0478 12 34 56 voor …": groups of digits with no number word after them end as a run without words, which
    // finds nothing; whatever follows them is read from its own start. (`skipDigitsOnly` off: for the test that
    // compares the two.)
    if (skipDigitsOnly && isDigit(folded.charCodeAt(starts[b]!))) {
      const end = digitGroupsEnd(folded, starts[b]!);
      if (!numberWordAt(folded, end, words)) {
        read = end;
        continue;
      }
    }
    words.lastIndex = starts[b]!;
    for (let m = words.exec(folded); m; m = run || repeat !== 1 ? words.exec(folded) : null) {
      const w = m[0];
      const start = m.index;
      read = start + w.length;
      if (run && !SPOKEN_GAP.test(folded.slice(lastEnd, start))) flush();
      const times = REPEATS.get(w);
      if (times) {
        repeat = times;
        if (!run) run = { start, end: start + w.length, digits: '', words: 0, lastTen: false };
        lastEnd = start + w.length;
        continue;
      }
      // A word of WORD_OR_DIGITS is all digits or all letters: its first character tells which.
      const digits = w.charCodeAt(0) <= 57;
      const d = digits ? w : numberWordDigits(w);
      // "fifty-one", "fifty one": an English ten takes the unit after it.
      if (d && run?.lastTen && d.length === 1 && d !== '0') {
        run.digits = run.digits.slice(0, -1) + d;
        run.end = start + w.length;
        run.lastTen = false;
        lastEnd = run.end;
        continue;
      }
      if (d === undefined || (!run && d[0] !== '0')) {
        flush();
        continue;
      }
      if (!run) run = { start, end: start, digits: '', words: 0, lastTen: false };
      run.digits += d.repeat(repeat);
      repeat = 1;
      if (!digits) run.words++;
      // English tens end in "y" ("fifty"), Dutch ones in "ig" and take their unit in the word.
      run.lastTen = /^\d0$/.test(d) && w.endsWith('y');
      run.end = start + w.length;
      lastEnd = run.end;
      if (run.digits.length > 11) flush();
    }
  }
  flush();
  return out;
}

/** Groups of digits with spoken gaps between them ("0478 12 34 56"), as a run reads them one by one. */
const DIGIT_GROUPS = /\d+(?:[\s,.\-/]{1,3}\d+)*/y;

/** Where the groups of digits that start at `from` end. */
function digitGroupsEnd(folded: string, from: number): number {
  DIGIT_GROUPS.lastIndex = from;
  DIGIT_GROUPS.test(folded);
  return DIGIT_GROUPS.lastIndex;
}

/** Whether the next word after `end`, after a spoken gap, can go on a run: a number word or a repeat word. */
function numberWordAt(folded: string, end: number, words: RegExp): boolean {
  words.lastIndex = end;
  const m = words.exec(folded);
  if (!m || !SPOKEN_GAP.test(folded.slice(end, m.index))) return false;
  const w = m[0];
  return REPEATS.has(w) || numberWordDigits(w) !== undefined;
}

type Classified = Omit<PhoneMatch, 'nStart' | 'nEnd'> & { valid: boolean };

/**
 * Parsing costs ~15 µs a number and the engine re-checks the draft on every keystroke, so the
 * same numbers come back again and again. Bounded: cleared when full.
 */
const cache = new Map<string, Classified | null>();
const CACHE_SIZE = 512;

function classify(digits: string): Classified | undefined {
  const hit = cache.get(digits);
  if (hit !== undefined) return hit ?? undefined;
  const result = classifyUncached(digits);
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(digits, result ?? null);
  return result;
}

function classifyUncached(digits: string): Classified | undefined {
  const intl = digits.startsWith('+') || digits.startsWith('00');
  const e164 = digits.startsWith('00') ? `+${digits.slice(2)}` : digits;
  if (intl && !/^\+3[12]/.test(e164)) {
    // Other countries: our trimmed metadata does not know them; a `+` and 9–15 digits will do.
    const n = e164.slice(1);
    return n.length >= 9 && n.length <= 15 ? { digits: n, e164, kind: FOREIGN_MOBILE.test(e164) ? 'mobile' : 'foreign', valid: true } : undefined;
  }
  let possible: Classified | undefined;
  // National notation: drop the trunk "0" ourselves. Left to the library, "01022024" (a date)
  // stays an 8-digit "possible" Belgian number with its zero kept.
  if (!intl && (digits[0] !== '0' || digits[1] === '0')) return undefined;
  // UK mobiles ("07700 900461"): eleven digits from 07 are no Belgian or Dutch number.
  if (/^07[1-9]\d{8}$/.test(digits)) return { digits: digits.slice(1), e164: `+44${digits.slice(1)}`, kind: 'mobile', valid: true };
  for (const region of REGIONS) {
    let parsed;
    try {
      parsed = parsePhoneNumberFromString(intl ? e164 : `+${region === 'BE' ? '32' : '31'}${digits.slice(1)}`, PHONE_METADATA);
    } catch {
      parsed = undefined;
    }
    if (!parsed) continue;
    const national = String(parsed.nationalNumber);
    if (parsed.isValid()) {
      const type = parsed.getType();
      const kind: PhoneKind =
        type && SERVICE_TYPES.has(type) ? 'service' : type === 'MOBILE' || type === 'PERSONAL_NUMBER' ? 'mobile' : 'fixed';
      return { digits: national, e164: String(parsed.number), kind, valid: true };
    }
    // Made-up or unassigned ranges ("09 123 45 67") are still meant as phone numbers.
    // Shorter "possible" numbers (NL allows 7 digits) are too often something else.
    if (!possible && national.length >= (region === 'BE' ? 8 : 9) && parsed.isPossible()) {
      const mobile = (parsed.country === 'BE' && /^4\d{8}$/.test(national)) || (parsed.country === 'NL' && /^6\d{8}$/.test(national));
      possible = { digits: national, e164: String(parsed.number), kind: mobile ? 'mobile' : 'fixed', valid: false };
    }
  }
  return possible;
}

/**
 * National significant number of a phone number as a policy lists it ("03 218 40 70",
 * "032184070", "+32 3 218 40 70", "3232184070"), to compare with {@link PhoneMatch.digits}.
 */
export function phoneKey(raw: string): string {
  const trimmed = raw.trim();
  let d = trimmed.replace(/\D/g, '');
  const international = trimmed.startsWith('+') || d.startsWith('00');
  if (d.startsWith('00')) d = d.slice(2);
  else if (d.startsWith('0')) return d.slice(1);
  if ((international || d.length >= 10) && /^3[12]/.test(d)) d = d.slice(2);
  return d.replace(/^0/, '');
}
