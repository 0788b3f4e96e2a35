/**
 * Dates of birth: a birth cue ("geboren op", "geb.", "geboortedatum", "°", "DOB", "born on")
 * followed closely by a day and month. A year alone ("geboren in 2011") is an age, not a date
 * of birth, and is left to the minor check.
 */
import { twin } from '../ascii-twin';

import { matchesAt, occurrences } from './numbers';
import { numberWordDigits } from './phone';

export interface BirthDateMatch {
  /** Span in the folded text, cue included. */
  nStart: number;
  nEnd: number;
}

const MONTH =
  '(?:jan(?:uari|uary)?|feb(?:ruari|ruary)?|maart|mrt|march|mar|apr(?:il)?|mei|may|jun[ei]?|jul[iy]?|aug(?:ustus|ust)?|sep(?:t|tember)?|o[ck]t(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
/** A year after the month: "2011", "'11", ", 2011", or in words ("tweeduizend elf", "nineteen fifty-eight"). */
const YEAR =
  `(?:,? (?:19|20)?\\d\\d|,? '\\d\\d|,? (?:negentien|tweeduizend|twintig|nineteen|twenty|two thousand)\\p{L}*(?:(?: and| en)? [\\p{L}\\-]{3,20})?)`;
const DATE =
  `(?:\\d{1,2}[/.\\-]\\d{1,2}[/.\\-](?:\\d{4}|\\d{2})(?!\\d)` +
  `|(?:19|20)\\d\\d[/.\\-]\\d\\d[/.\\-]\\d\\d` +
  // "3 mei 2011", "3de van mei", "3rd of May, 2011", "3-mei-2011", "3 okt. '11".
  `|\\d{1,2}(?:e|ste|de|st|nd|rd|th)?(?: of| van)?[ \\-]${MONTH}(?:${YEAR}|-(?:19|20)\\d\\d)?(?![\\p{L}\\p{N}])` +
  `|${MONTH} \\d{1,2}(?:st|nd|rd|th)?,? (?:19|20)\\d\\d)`;
/** A day in words before the month: "drie mei", "de derde van mei", "the third of May" (checked by {@link dayWord}). */
const WORD_DATE = `(\\p{L}[\\p{L}\\-]{2,21}) (?:of |van )?${MONTH}(?:${YEAR})?(?![\\p{L}\\p{N}])`;
/** Cue, then at most a few short words ("op", "on the", ":"), then the date. */
const CUE =
  '(?<![\\p{L}])(?:geboren|geb\\.?|geboortedatum|geboorte|dob|d\\.o\\.b\\.?|date of birth|birth ?date|born)';
/** "geboren te Gent op …", "born in Leeds on …": a place between the cue and the date. */
const PLACE = '(?:te|in|at) \\p{L}[\\p{L}\\-\']{1,20}';
/** Whose birth: "geboortedatum van onze zoon: …", "date of birth of my daughter: …". */
const WHOSE = '(?:van|of|mijn|my|onze|ons|our|haar|her|zijn|his|zoon|dochter|son|daughter|kind|child|baby|mama|papa|mum|mom|dad)';
/** Made on first use (also BIRTHDAY), as an ASCII twin on plain-lettered text: making these Unicode expressions costs milliseconds. */
const BIRTH = twin(
  `${CUE}(?:[ :,\\-]*(?:op|on|the|de|den|is|was|werd|ben|bent|:|${WHOSE}|${PLACE})){0,4}[ :,\\-]*(?:${DATE}|${WORD_DATE})|°[ ]?${DATE}`,
  'gu',
);

/**
 * A birthday with a full past date is a date of birth: "verjaardag van mijn zoon: 3 mei 2012". Without a year, or
 * with this or last year's, it is the day of a party.
 */
export const BIRTHDAY = twin(`(?<![\\p{L}])(?:verjaardag|birthday|jarig)(?:[ :,\\-]*(?:van|of|on|op|is|was|:|mijn|my|haar|zijn|his|her|\\p{L}{2,12})){0,3}[ :,\\-]*(${DATE})`, 'uy');

/**
 * Every cue of BIRTH holds one of these, and every cue of BIRTHDAY one of those; BIRTHDAY's dates have
 * a digit. Most drafts lack them and skip the expressions, whose compilation costs milliseconds.
 */
export const BIRTH_PARTS = ['geb', 'dob', 'd.o.b', 'birth', 'born', '°'];
const BIRTHDAY_PARTS = ['jarig', 'verjaardag', 'birthday'];
const DIGIT = /[0-9]/;
/** Every DATE and WORD_DATE holds a month's name or two digits around a `/`, `.` or `-`: "(88) is jarig" compiles neither. */
const DATE_PART = /\d[/.-]\d|jan|feb|ma[ary]|mrt|apr|mei|ju[nl]|aug|sep|o[ck]t|nov|dec/;

/** Each of BIRTH_PARTS with a "b" (all but "°"), with where its first "b" stands in it. */
const AROUND_B = BIRTH_PARTS.filter((part) => part.includes('b')).map((part) => ({ part, before: part.indexOf('b') }));
const WITHOUT_B = BIRTH_PARTS.filter((part) => !part.includes('b'));

/**
 * Whether the text has a cue of a date of birth; without one, even a date in words is not one. Asked of every draft
 * without digits: rather than search the whole draft for each part, the parts with a "b" are looked for around each "b".
 */
export function hasBirthCue(folded: string): boolean {
  for (let i = 0; i < WITHOUT_B.length; i++) if (folded.includes(WITHOUT_B[i]!)) return true;
  for (let b = folded.indexOf('b'); b >= 0; b = folded.indexOf('b', b + 1)) {
    for (let i = 0; i < AROUND_B.length; i++) if (folded.startsWith(AROUND_B[i]!.part, b - AROUND_B[i]!.before)) return true;
  }
  return false;
}

/** Find dates of birth in folded text. Linear: every alternative is bounded. */
export function findBirthDates(folded: string): BirthDateMatch[] {
  const out: BirthDateMatch[] = [];
  const cue = hasBirthCue(folded);
  const birthdays = DIGIT.test(folded) ? birthdayStarts(folded) : [];
  const birthday = birthdays.length > 0;
  // The cues first: most drafts have neither, and a month's name (DATE_PART) is common ("maar", "jan.").
  if ((!cue && !birthday) || !DATE_PART.test(folded)) return out;
  if (cue)
    for (const m of folded.matchAll(BIRTH(folded))) {
      // A day in words must be one; "born, one may say" has the verb "may", not the month, when no year follows.
      if (m[1] !== undefined && (!dayWord(m[1]) || m[0].endsWith('may'))) continue;
      out.push({ nStart: m.index!, nEnd: m.index! + m[0].length });
    }
  if (!birthday) return out;
  const lastYear = new Date().getFullYear() - 1;
  for (const m of matchesAt(folded, BIRTHDAY(folded), birthdays)) {
    const years = m[1]!.match(/(?:19|20)\d\d|\d\d$/g);
    const y = years ? Number(years[years.length - 1]) : NaN;
    const year = y < 100 ? (y > lastYear % 100 ? 1900 + y : 2000 + y) : y;
    if (year < lastYear && !out.some((b) => b.nStart <= m.index && b.nEnd > m.index)) out.push({ nStart: m.index, nEnd: m.index + m[0].length });
  }
  return out;
}

/** Where a BIRTHDAY match may start, ascending: at each of BIRTHDAY_PARTS (its words). */
export const birthdayStarts = (folded: string): number[] => occurrences(folded, BIRTHDAY_PARTS);

/** Ordinals whose cardinal is not the ordinal minus its suffix (a Map: a draft's word is no object key). */
const ORDINALS: ReadonlyMap<string, string> = new Map([
  ['eerste', 'een'], ['derde', 'drie'], ['first', 'one'], ['second', 'two'], ['third', 'three'],
  ['fifth', 'five'], ['eighth', 'eight'], ['ninth', 'nine'], ['twelfth', 'twelve'],
]);

/** A day of the month in words, Dutch or English, cardinal or ordinal ("drie", "derde", "eenendertigste", "twenty-first"). */
export function dayWord(word: string): boolean {
  let day = 0;
  for (const part of word.split('-')) {
    const w = ORDINALS.get(part) ?? part;
    // "achtste" → "acht", "zesde" → "zes", "fourth" → "four", "twentieth" → "twenty".
    const d = numberWordDigits(w) ?? numberWordDigits(w.replace(/(?:ste|de|th)$/, '').replace(/ie$/, 'y'));
    if (d === undefined) return false;
    day += Number(d);
  }
  return day >= 1 && day <= 31;
}
