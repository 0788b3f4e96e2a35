/**
 * Dates of birth: a birth cue ("geboren op", "geb.", "geboortedatum", "°", "DOB", "born on")
 * followed closely by a day and month. A year alone ("geboren in 2011") is an age, not a date
 * of birth, and is left to the minor check.
 */
import { lazy } from '../lazy';

export interface BirthDateMatch {
  /** Span in the folded text, cue included. */
  nStart: number;
  nEnd: number;
}

const MONTH =
  '(?:jan(?:uari|uary)?|feb(?:ruari|ruary)?|maart|mrt|march|mar|apr(?:il)?|mei|may|jun[ei]?|jul[iy]?|aug(?:ustus|ust)?|sep(?:t|tember)?|o[ck]t(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DATE =
  `(?:\\d{1,2}[/.\\-]\\d{1,2}[/.\\-](?:\\d{4}|\\d{2})(?!\\d)` +
  `|(?:19|20)\\d\\d[/.\\-]\\d\\d[/.\\-]\\d\\d` +
  `|\\d{1,2}(?:e|ste|de|st|nd|rd|th)?(?: of)? ${MONTH}(?: (?:19|20)?\\d\\d)?(?![\\p{L}\\p{N}])` +
  `|${MONTH} \\d{1,2}(?:st|nd|rd|th)?,? (?:19|20)\\d\\d)`;
/** Cue, then at most a few short words ("op", "on the", ":"), then the date. */
const CUE =
  '(?<![\\p{L}])(?:geboren|geb\\.?|geboortedatum|geboorte|dob|d\\.o\\.b\\.?|date of birth|birth ?date|born)';
/** "geboren te Gent op …", "born in Leeds on …": a place between the cue and the date. */
const PLACE = '(?:te|in|at) \\p{L}[\\p{L}\\-\']{1,20}';
/** Made on first use (also BIRTHDAY): making these Unicode expressions costs milliseconds, in every page the content script loads in. */
const BIRTH = lazy(() => new RegExp(`${CUE}(?:[ :,\\-]*(?:op|on|the|de|den|is|was|:|${PLACE})){0,3}[ :,\\-]*${DATE}|°[ ]?${DATE}`, 'gu'));

/**
 * A birthday with a full past date is a date of birth: "verjaardag van mijn zoon: 3 mei 2012". Without a year, or
 * with this or last year's, it is the day of a party.
 */
const BIRTHDAY = lazy(() => new RegExp(`(?<![\\p{L}])(?:verjaardag|birthday|jarig)(?:[ :,\\-]*(?:van|of|on|op|is|was|:|mijn|my|haar|zijn|his|her|\\p{L}{2,12})){0,3}[ :,\\-]*(${DATE})`, 'gu'));

/**
 * Every cue of BIRTH holds one of these, and every cue of BIRTHDAY one of those; every date has a
 * digit. Most drafts lack them and skip the expressions, whose compilation costs milliseconds.
 */
const BIRTH_PARTS = ['geb', 'dob', 'd.o.b', 'birth', 'born', '°'];
const BIRTHDAY_PARTS = ['jarig', 'verjaardag', 'birthday'];
const DIGIT = /[0-9]/;

/** Find dates of birth in folded text. Linear: every alternative is bounded. */
export function findBirthDates(folded: string): BirthDateMatch[] {
  const out: BirthDateMatch[] = [];
  if (!DIGIT.test(folded)) return out;
  if (BIRTH_PARTS.some((part) => folded.includes(part))) for (const m of folded.matchAll(BIRTH())) out.push({ nStart: m.index!, nEnd: m.index! + m[0].length });
  if (!BIRTHDAY_PARTS.some((part) => folded.includes(part))) return out;
  const lastYear = new Date().getFullYear() - 1;
  for (const m of folded.matchAll(BIRTHDAY())) {
    const years = m[1]!.match(/(?:19|20)\d\d|\d\d$/g);
    const y = years ? Number(years[years.length - 1]) : NaN;
    const year = y < 100 ? (y > lastYear % 100 ? 1900 + y : 2000 + y) : y;
    if (year < lastYear && !out.some((b) => b.nStart <= m.index! && b.nEnd > m.index!)) out.push({ nStart: m.index!, nEnd: m.index! + m[0].length });
  }
  return out;
}
