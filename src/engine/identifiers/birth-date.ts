/**
 * Dates of birth: a birth cue ("geboren op", "geb.", "geboortedatum", "°", "DOB", "born on")
 * followed closely by a day and month. A year alone ("geboren in 2011") is an age, not a date
 * of birth, and is left to the minor check.
 */

export interface BirthDateMatch {
  /** Span in the folded text, cue included. */
  nStart: number;
  nEnd: number;
}

const MONTH =
  '(?:jan(?:uari|uary)?|feb(?:ruari|ruary)?|maart|mrt|march|mar|apr(?:il)?|mei|may|jun[ei]?|jul[iy]?|aug(?:ustus|ust)?|sep(?:t|tember)?|o[ck]t(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
/** A year after the month: "2011", "'11", ", 2011", or in words ("tweeduizend elf", "nineteen fifty-eight"). */
const YEAR =
  `(?:,? (?:19|20)?\\d\\d|,? '\\d\\d` +
  `|,? (?:negentien|tweeduizend|twintig|nineteen|twenty|two thousand)\\p{L}*(?:(?: and| en)? \\p{L}*(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|tig|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|ty)(?:-\\p{L}+)?)?)`;
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
const BIRTH = new RegExp(
  `${CUE}(?:[ :,\\-]*(?:op|on|the|de|den|is|was|werd|ben|bent|:|${WHOSE}|${PLACE})){0,4}[ :,\\-]*(?:${DATE}|${WORD_DATE})|°[ ]?${DATE}`,
  'gu',
);

/**
 * A birthday with a full past date is a date of birth: "verjaardag van mijn zoon: 3 mei 2012". Without a year, or
 * with this or last year's, it is the day of a party.
 */
const BIRTHDAY = new RegExp(`(?<![\\p{L}])(?:verjaardag|birthday|jarig)(?:[ :,\\-]*(?:van|of|on|op|is|was|:|mijn|my|haar|zijn|his|her|\\p{L}{2,12})){0,3}[ :,\\-]*(${DATE})`, 'gu');

/** Every cue holds one of these: most drafts have none, and skip the expression (and its compilation). */
const CUE_PARTS = ['geb', 'dob', 'd.o.b', 'birth', 'born', '°', 'jarig', 'verjaardag'];

/** Find dates of birth in folded text. Linear: every alternative is bounded. */
export function findBirthDates(folded: string): BirthDateMatch[] {
  const out: BirthDateMatch[] = [];
  if (!CUE_PARTS.some((part) => folded.includes(part))) return out;
  for (const m of folded.matchAll(BIRTH)) {
    // A day in words must be one; "born, one may say" has the verb "may", not the month, when no year follows.
    if (m[1] !== undefined && (!dayWord(m[1]) || m[0].endsWith('may'))) continue;
    out.push({ nStart: m.index!, nEnd: m.index! + m[0].length });
  }
  const lastYear = new Date().getFullYear() - 1;
  for (const m of folded.matchAll(BIRTHDAY)) {
    const years = m[1]!.match(/(?:19|20)\d\d|\d\d$/g);
    const y = years ? Number(years[years.length - 1]) : NaN;
    const year = y < 100 ? (y > lastYear % 100 ? 1900 + y : 2000 + y) : y;
    if (year < lastYear && !out.some((b) => b.nStart <= m.index! && b.nEnd > m.index!)) out.push({ nStart: m.index!, nEnd: m.index! + m[0].length });
  }
  return out;
}

const DAY_UNITS = ['een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'];
const DAY_WORDS_EN = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'first', 'second', 'third', 'fifth', 'eighth', 'ninth', 'twelfth', 'twentieth', 'thirtieth'];
let dayWords: Set<string> | undefined;

/** A day of the month in words, Dutch or English, cardinal or ordinal ("drie", "derde", "eenendertigste", "twenty-first"). */
export function dayWord(word: string): boolean {
  if (!dayWords) {
    const nl = [...DAY_UNITS, 'tien', 'elf', 'twaalf', 'dertien', 'veertien', 'vijftien', 'zestien', 'zeventien', 'achttien', 'negentien', 'twintig', 'dertig', 'eenendertig'];
    for (const u of DAY_UNITS) nl.push(`${u}entwintig`);
    const ordinal = (w: string) => (w === 'een' ? 'eerste' : w === 'drie' ? 'derde' : w === 'acht' || /(?:ig|ien)$/.test(w) ? `${w}ste` : `${w}de`);
    dayWords = new Set([...nl, ...nl.map(ordinal), ...DAY_WORDS_EN]);
    for (const u of ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth']) dayWords.add(`twenty-${u}`);
    for (const w of ['fourth', 'sixth', 'seventh', 'tenth', 'eleventh', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'thirty-first', 'thirty', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty-one']) dayWords.add(w);
  }
  return dayWords.has(word);
}
