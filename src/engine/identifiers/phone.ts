/**
 * Phone numbers in Belgian and Dutch notation (and international ones with `+`/`00`).
 *
 * Candidates are runs of digit groups found by one linear regex; libphonenumber-js decides
 * whether a run (or its longest leading groups) is a phone number in BE or NL. Numbers must
 * start with `0`, `00` or `+`: a bare "12345678" is a possible Belgian number to the library
 * but far more often an amount or a reference in a post.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/core';
import { PHONE_METADATA } from './phone-metadata';
import { lazy } from '../lazy';

export type PhoneKind = 'mobile' | 'fixed' | 'service' | 'foreign';

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
 * Digit groups separated by one separator ("-" and "/" may have spaces around them: "09 / 223 23 10",
 * "06 - 123 456 78"). The look-behind keeps a run from starting inside a
 * word or number, so every character is scanned a bounded number of times (linear).
 */
const CANDIDATE = lazy(() => /(?<![\p{L}\p{N}+]|[\p{N}][\-/.,])(?:\+|00)?\d+(?:(?: ?[\-/] ?|[ .]|\) ?| ?\()\d+)*/gu);
const GROUP = /\d+/g;
const DATE_LIKE = /^\d{1,2}([/.\-])\d{1,2}\1\d{2,4}(?!\d)/;

/** Toll-free, premium, shared-cost and similar lines are services, never a person's number. */
const SERVICE_TYPES = new Set(['TOLL_FREE', 'PREMIUM_RATE', 'SHARED_COST', 'UAN', 'VOICEMAIL', 'PAGER']);
const REGIONS: readonly CountryCode[] = ['BE', 'NL'];
/** Runs longer than this are not phone numbers (and are not worth parsing). */
const MAX_GROUPS = 8;

/** Find phone numbers in folded text. Never throws. */
export function findPhones(folded: string): PhoneMatch[] {
  const out: PhoneMatch[] = [];
  for (const m of folded.matchAll(CANDIDATE())) {
    const run = m[0];
    const start = m.index!;
    const international = run.startsWith('+') || run.startsWith('00');
    // "01/02/2024", "12.05.09": dates, whatever the metadata thinks is possible.
    if (DATE_LIKE.test(run)) continue;
    if (!international && run[0] !== '0' && !(run[0] === '(' && run[1] === '0')) continue;
    const groups: Array<{ end: number; digits: string }> = [];
    for (const g of run.matchAll(GROUP)) {
      groups.push({ end: g.index! + g[0].length, digits: g[0] });
      if (groups.length >= MAX_GROUPS) break;
    }
    // Longest leading groups first: "0478 12 34 56 2" should still find the number. A valid
    // reading of fewer groups beats a merely possible reading of more.
    let digits = groups.map((g) => g.digits).join('');
    let best: PhoneMatch | undefined;
    for (let k = groups.length; k >= 1; k--) {
      if (k < groups.length) digits = digits.slice(0, digits.length - groups[k]!.digits.length);
      if (digits.length < 8 || digits.length > 15) continue;
      const found = classify(international && run[0] === '+' ? `+${digits}` : digits);
      if (!found) continue;
      const { valid, ...match } = found;
      if (!best) best = { nStart: start, nEnd: start + groups[k - 1]!.end, ...match };
      if (valid) {
        best = { nStart: start, nEnd: start + groups[k - 1]!.end, ...match };
        break;
      }
    }
    if (best) out.push(best);
  }
  return out;
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
    return n.length >= 9 && n.length <= 15 ? { digits: n, e164, kind: 'foreign', valid: true } : undefined;
  }
  let possible: Classified | undefined;
  // National notation: drop the trunk "0" ourselves. Left to the library, "01022024" (a date)
  // stays an 8-digit "possible" Belgian number with its zero kept.
  if (!intl && (digits[0] !== '0' || digits[1] === '0')) return undefined;
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
