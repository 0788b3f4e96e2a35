/**
 * Identity and bank numbers: Dutch BSN, Belgian national number (rijksregisternummer /
 * INSZ, incl. BIS numbers) and IBAN. Check digits come from `stdnum` and `ibantools`;
 * this module only finds candidates in text. All searches run on the folded text.
 */
import { countrySpecs, electronicFormatIBAN, isValidIBAN } from 'ibantools';
// Deep imports keep the other ~100 countries of stdnum out of the bundle. The CommonJS build,
// because its ESM build has extension-less imports that Node (vitest, the CLI) cannot load.
import { validate as validateBsn } from 'stdnum/lib/cjs/nl/bsn.js';
import { validate as validateInsz } from 'stdnum/lib/cjs/be/insz.js';
import { twin } from '../ascii-twin';
import { forLastText, lazy } from '../lazy';

export interface NumberCandidate {
  nStart: number;
  nEnd: number;
  /** The candidate with separators removed. */
  compact: string;
  /** The check digits are right. Computed on demand: validators cost more than a context look-up. */
  valid(): boolean;
}

/**
 * Whether `folded` holds at least `n` ASCII digits (all `\d` matches, with or without the u flag). Each finder
 * needs its least count before it compiles its expression: their `\p{L}`/`\p{N}` look-arounds take about a
 * millisecond each to compile, on the first check of a draft with any digit.
 */
export function hasDigits(folded: string, n: number): boolean {
  return n <= 0 || digitRuns(folded).count >= n;
}

/**
 * The matches a global scan of `sticky` (flag y) finds, left to right and none overlapping, for an expression whose
 * every match starts at one of `tries` (one offset, or two in a row) from the start of a run of ASCII digits: [0] at
 * the run, [-1, 0] also at a "+" or "(" before it, [-3, -2] at a country code before it ("be68", "be 68"). Tried only
 * there: a global scan tries its look-behind at every character of the draft.
 */
export function matchesAtDigits(folded: string, sticky: RegExp, tries: readonly [number] | readonly [number, number] = [0]): RegExpExecArray[] {
  const starts = digitRuns(folded).starts;
  // Runs are at least two characters apart, so the tries ascend.
  const at: number[] = [];
  for (let r = 0; r < starts.length; r++) for (let t = 0; t < tries.length; t++) at.push(starts[r]! + tries[t]!);
  return matchesAt(folded, sticky, at);
}

/**
 * The matches a global scan of `sticky` (flag y) finds, left to right and none overlapping, for an expression whose
 * every match starts at one of the ascending positions `at`.
 */
export function matchesAt(text: string, sticky: RegExp, at: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  // Where a global scan would go on: after the last match.
  let next = 0;
  for (let i = 0; i < at.length; i++) {
    if (at[i]! < next) continue;
    sticky.lastIndex = at[i]!;
    const m = sticky.exec(text);
    if (m) {
      out.push(m);
      next = at[i]! + m[0].length;
    }
  }
  return out;
}

/**
 * Where any of `words` occurs in `text`, ascending: the positions to try a sticky expression at (`matchesAt`) when its
 * every match starts with one of them. A plain search per word; a global scan would try the expression's look-behind
 * at every character of the draft.
 */
export function occurrences(text: string, words: readonly string[]): number[] {
  const at: number[] = [];
  for (let w = 0; w < words.length; w++) for (let i = text.indexOf(words[w]!); i >= 0; i = text.indexOf(words[w]!, i + 1)) at.push(i);
  return at.sort((a, b) => a - b);
}

/** Where each run of ASCII digits in `folded` starts, ascending (shared per text, not to be changed). */
export const digitRunStarts = (folded: string): readonly number[] => digitRuns(folded).starts;

/** Runs of ASCII digits. */
const DIGIT_RUN = /\d+/g;

/**
 * How many ASCII digits `folded` holds and where each run of them starts, found once per text: every finder of a
 * check asks of the same draft, and one native scan costs less than a character loop each.
 */
const digitRuns = forLastText((folded) => {
  const starts: number[] = [];
  let count = 0;
  DIGIT_RUN.lastIndex = 0;
  for (let m = DIGIT_RUN.exec(folded); m; m = DIGIT_RUN.exec(folded)) {
    starts.push(m.index);
    count += m[0].length;
  }
  return { count, starts };
});

/** A validator run once, when first asked; one that throws counts as invalid (see `safe`). */
const validOnce = (f: () => boolean): (() => boolean) => lazy(() => safe(f));

/** 8–9 digits, optionally grouped ("111 222 333", "1112.22.333"), not part of a longer number. */
export const BSN = twin(String.raw`(?<![\p{N}][ .\-]?|[\p{L}])\d(?:[ .\-]?\d){7,8}(?![ .\-]?[\p{N}]|[\p{L}])`, 'uy');
/** 11 digits, usually written YY.MM.DD-XXX.CC (also "85-07-30-033-28", "850730 033 28"). */
export const NATIONAL = twin(String.raw`(?<![\p{N}][ .\-]?|[\p{L}])\d\d[ .\-]?\d\d[ .\-]?\d\d[ .\-]?\d{3}[ .\-]?\d\d(?![ .\-]?[\p{N}]|[\p{L}])`, 'uy');
/**
 * The official layout with a birth date in front ("85.07.30-123.45", "85-07-30-123-45"): meant as a national number even when a
 * digit is wrong. Month 00 or 20–32 and day 00 occur in BIS numbers.
 */
const NATIONAL_LAYOUT = /^\d\d([.\-])(?:[02][0-9]|[13][0-2])\1[0-3]\d-\d{3}[.\-]\d\d$/;
/** US social security number (3-2-4 digits) and UK National Insurance number ("QQ 12 34 56 C"): need a word. */
const SSN = twin(String.raw`(?<![\p{L}\p{N}\-])\d{3}([\- ])\d{2}\1\d{4}(?![\p{N}\-])|(?<![\p{L}\p{N}])[a-z]{2} ?\d\d ?\d\d ?\d\d ?[a-d](?![\p{L}\p{N}])`, 'gu');
/**
 * Country code, check digits, then alphanumeric groups. Groups are cut back one by one below,
 * because the last "group" may be the next word ("BE68 5390 0754 7034 alvast").
 */
export const IBAN = twin(String.raw`(?<![\p{L}\p{N}])[a-z]{2} ?\d{2}[a-z0-9]*(?:[ .\-][a-z0-9]+){0,9}`, 'uy');
/** IBAN's start without its look-behind: every IBAN match holds one (a BBAN may be letters only, so no digit count). */
const IBAN_START = /[a-z]{2} ?\d{2}/;

/** Dutch BSN candidates (8 or 9 digits) with their 11-proef. */
export function findBsnCandidates(folded: string): NumberCandidate[] {
  const out: NumberCandidate[] = [];
  if (!hasDigits(folded, 8)) return out;
  for (const m of matchesAtDigits(folded, BSN(folded))) {
    const compact = m[0].replace(/\D/g, '');
    out.push({ nStart: m.index, nEnd: m.index + m[0].length, compact, valid: validOnce(() => validateBsn(compact).isValid) });
  }
  return out;
}

/**
 * Belgian national number / BIS candidates (11 digits) with their mod-97 result (2000+ rule included).
 * `valid` is also true for the official layout with a plausible date, typo or not.
 */
export function findNationalNumberCandidates(folded: string): NumberCandidate[] {
  const out: NumberCandidate[] = [];
  if (!hasDigits(folded, 11)) return out;
  for (const m of matchesAtDigits(folded, NATIONAL(folded))) {
    const compact = m[0].replace(/\D/g, '');
    const laidOut = NATIONAL_LAYOUT.test(m[0]);
    out.push({ nStart: m.index, nEnd: m.index + m[0].length, compact, valid: validOnce(() => laidOut || validateInsz(compact).isValid) });
  }
  return out;
}

/** Foreign national numbers (US SSN, UK NI number) by shape; the caller asks for a word such as "SSN". */
export function findForeignIdCandidates(folded: string): NumberCandidate[] {
  const out: NumberCandidate[] = [];
  // Nine digits in an SSN, six in an NI number.
  if (!hasDigits(folded, 6)) return out;
  for (const m of folded.matchAll(SSN(folded))) {
    out.push({ nStart: m.index!, nEnd: m.index! + m[0].length, compact: m[0].replace(/[\s-]/g, ''), valid: () => true });
  }
  return out;
}

/**
 * IBAN candidates. A candidate is returned when some leading groups form a valid IBAN, or
 * (with `valid: false`) when the shape is right for a Belgian or Dutch IBAN but the check
 * digits are not: a typo or a made-up number is still meant as an account number.
 */
export function findIbanCandidates(folded: string): NumberCandidate[] {
  const out: NumberCandidate[] = [];
  if (!IBAN_START.test(folded)) return out;
  // Its digits start a run: the country code stands two characters before it, or three with a space.
  for (const m of matchesAtDigits(folded, IBAN(folded), [-3, -2])) {
    const run = m[0];
    // Only a run as long as its country's IBANs can be valid, and only a Belgian or Dutch one shaped (below): the
    // other lengths are not handed to the validator, and a run of no such country ("op 0478 …") is not read at all.
    const country = run.slice(0, 2).toUpperCase();
    const valid = ibanLength(country);
    const shapedLength = run[2] === ' ' ? 0 : country === 'BE' ? 16 : country === 'NL' ? 18 : 0;
    if (!valid && !shapedLength) continue;
    const groups = [...run.matchAll(/[a-z0-9]+/g)].map((g) => ({ end: g.index! + g[0].length, text: g[0] }));
    let compact = groups.map((g) => g.text).join('');
    let shaped: NumberCandidate | undefined;
    let found: NumberCandidate | undefined;
    for (let k = groups.length; k >= 1 && !found; k--) {
      if (k < groups.length) compact = compact.slice(0, compact.length - groups[k]!.text.length);
      if (compact.length < 12 || compact.length > 34 || (compact.length !== valid && (shaped || compact.length !== shapedLength))) continue;
      const upper = compact.toUpperCase();
      const span = { nStart: m.index, nEnd: m.index + groups[k - 1]!.end, compact: upper };
      if (compact.length === valid && safe(() => isValidIBAN(electronicFormatIBAN(upper) ?? ''))) found = { ...span, valid: () => true };
      // "BE 68 …" with a space after the country code: only with right check digits ("nl 12 …" is often a list).
      else if (!shaped && run[2] !== ' ' && /^(?:BE\d{14}|NL\d{2}[A-Z]{4}\d{10})$/.test(upper)) shaped = { ...span, valid: () => false };
    }
    const best = found ?? shaped;
    if (best) out.push(best);
  }
  return out;
}

/** The length of an IBAN of a country (upper case), as `isValidIBAN` reads it from the same table; 0 for none it knows. */
function ibanLength(country: string): number {
  const spec = countrySpecs[country];
  return spec && spec.bban_regexp !== undefined && spec.bban_regexp !== null && spec.chars !== undefined ? spec.chars : 0;
}

function safe(f: () => boolean): boolean {
  try {
    return f();
  } catch {
    return false;
  }
}
