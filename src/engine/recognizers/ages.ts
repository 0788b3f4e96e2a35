/**
 * Ages, birth dates, school classes and school names. Each recogniser is one regular-expression
 * pass over the folded text (no nested quantifiers, so linear), mapped back to original offsets.
 *
 * A twin expression (ascii-twin.ts) that reads a slice of the folded draft is picked by the whole draft
 * (`TWIN(f).test(slice)`): a slice of a plain draft is plain, and `plainLetters` remembers one text, so asking of
 * each slice would scan the draft again.
 */
import { twin } from '../ascii-twin';
import { lazy } from '../lazy';
import { commonWord } from '../lexicon/names';
import type { PreparedText } from '../text';
import type { Entity } from '../types';
import { AGE_CUE_WORDS } from './age-cues.generated';
import { cue, leadingWords, type CueWords } from './cues';
import { Endings, endsInOneOf } from './endings';

/** Words that tell a birth date from any other date ("geboren op", "°", "born on"). */
const BIRTH_CUES = /(?:geboren|geb\.|geboortedatum|°|born|date of birth|dob|birthday|verjaardag|jarig)\W*(?:op|on|in)?\W*$/;

const UNITS_NL = ['een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'];
const TEENS_NL = ['tien', 'elf', 'twaalf', 'dertien', 'veertien', 'vijftien', 'zestien', 'zeventien', 'achttien', 'negentien'];
const TENS_NL = ['twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig', 'tachtig', 'negentig'];
const UNITS_EN = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS_EN = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS_EN = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** Number words 1–99 (Dutch "drieënnegentig" folds to "drieennegentig"; English "ninety-three"). Also read by phone numbers in words. */
export const NUMBER_WORDS = lazy((): ReadonlyMap<string, number> => {
  const m = new Map<string, number>();
  UNITS_NL.forEach((w, k) => m.set(w, k + 1));
  TEENS_NL.forEach((w, k) => m.set(w, k + 10));
  TENS_NL.forEach((t, k) => {
    m.set(t, (k + 2) * 10);
    UNITS_NL.forEach((u, v) => m.set(`${u}en${t}`, (k + 2) * 10 + v + 1));
  });
  UNITS_EN.forEach((w, k) => m.set(w, k + 1));
  TEENS_EN.forEach((w, k) => m.set(w, k + 10));
  TENS_EN.forEach((t, k) => {
    m.set(t, (k + 2) * 10);
    UNITS_EN.forEach((u, v) => m.set(`${t}-${u}`, (k + 2) * 10 + v + 1));
  });
  // "een jaar" is mostly "a year": only the digit or "één jaar oud" counts.
  m.delete('een');
  m.delete('one');
  return m;
});

/** Units of age: "13 jaar", "6-jarige", "zesjarige", "16 years old", "16-year-old", "16yo", "16 y/o". */
const AGE_UNITS = [String.raw`jaar\s+oud`, 'jarigen', 'jarige', 'jarig', 'jaar', 'jr', String.raw`years?[\s-]+old`, 'years?', String.raw`yrs?\s+old`, 'yrs', 'yo', String.raw`y\/o`, String.raw`y\.o\.?`];
const AGE_UNIT = twin(String.raw`(${AGE_UNITS.join('|')})(?![\p{L}\p{N}])`, 'gu');
/**
 * A unit may end a longer word ("zesjarige"): the unit's first word (with the "s" it may have) ends a word of the
 * draft, or, for "y/o" and "y.o.", a word ends in its "y" right before the "/" or ".".
 */
const HAS_AGE_UNIT = cue(() => AGE_CUE_WORDS.unit);
function unitCueWords(): CueWords {
  const endings: string[] = [];
  const endingsBefore: Array<readonly [string, string]> = [];
  for (const u of AGE_UNITS) {
    const word = /^([a-z]+)(s\?)?(?:\\s\+[a-z]+|\[\\s-\]\+[a-z]+)?$/.exec(u);
    const initial = /^([a-z]+)\\([/.])/.exec(u);
    if (word) endings.push(word[1]!, ...(word[2] ? [word[1]! + 's'] : []));
    else if (initial) endingsBefore.push([initial[1]!, initial[2]!]);
    else throw new Error(`ages: no cue for the unit ${u}`);
  }
  return { endings, endingsBefore };
}
/** The number right before a unit, in digits or words ("16 ", "zes", "twenty-one "). */
const NUM_BEFORE = /(\d{1,3}|[a-z]+(?:-[a-z]+)?)(?:\s*-\s*|\s+)?$/;
/** "Wannes (14)", "(14 jaar)", "(8yo)". */
const AGE_PAREN = /\(\s*(\d{1,3})\s*(?:j|jr|jaar|y|yo|yrs?|years?)?\.?\s*\)/g;
/** "aged 16", "age 16", "leeftijd van 16", "leeftijd: 16". */
const AGE_WORDS = ['aged?', String.raw`leeftijd(?:\s+van)?:?`];
const AGE_WORD = lazy(() => new RegExp(String.raw`(?<![\p{L}])(?:${AGE_WORDS.join('|')})\s+(\d{1,3}|[a-z]+(?:-[a-z]+)?)(?![\p{L}\p{N}])`, 'gu'));
/** Its words stand between a non-letter and a space or colon: a word of the draft. */
const HAS_AGE_WORD = cue(() => AGE_CUE_WORDS.word);
/** A bare "jaar/years" after a duration word is a duration: "na 9 jaar", "for 3 years". */
const DURATION_BEFORE = twin(String.raw`(?:^|[^\p{L}])(?:na|sinds|voor|over|binnen|ruim|bijna|ongeveer|meer dan|minder dan|elke|per|om de|after|for|since|in|within|nearly|almost|about|last|past|first|eerste|laatste|de|het|die|deze|the|these|those|every)\s*$`, 'u');
const DURATION_AFTER = twin(String.raw`^\s*(?:geleden|lang|later|terug|eerder|ervaring|dienst|werk|bij|getrouwd|samen|gratis|garantie|ago|of|experience|in|at|with|on|for|later|married|together|service)(?![\p{L}])`, 'u');
const RELATIVE_BEFORE = twin(String.raw`(?:^|[^\p{L}])(?:die|dat|who|that)\s*$`, 'u');
const BECOMING_AFTER = twin(String.raw`^\s*(?:oud|old|werd|wordt|geworden|is geworden|turned|turns)(?![\p{L}])`, 'u');

/** "Jonas van 12 uit de leefgroep": where a child is from may follow a name's age. */
/** A past-tense or present verb right after "Timo van 9": the age is the subject's ("Timo van 9 speelde …"). */
const VERB_AFTER_AGE = /^(?:speelde|speelt|zong|zingt|won|wint|mocht|mag|kreeg|krijgt|deed|doet|was|is|werd|wordt|maakte|maakt|ging|gaat|kwam|komt|heeft|had|zat|zit|leerde|leert|liep|loopt|las|leest|tekende|tekent)$/;
const WHERE_FROM = new Set(['uit', 'from', 'van', 'op', 'bij', 'in', 'die', 'who']);

/** Verbs of a birthday, with the new age right after: "wordt 12", "turns 12". */
const BIRTHDAY_VERBS = new Set(['wordt', 'werd', 'turns', 'turned', 'turning']);
/** Verbs of being before a bare age: "is pas dertien", "wordt 16", "turns 14". Not "was": an age in the past. */
const BEING_VERBS = new Set(['is', 'wordt', 'turns', 'ben', 'bent']);
const PRONOUNS = new Set(['hij', 'zij', 'ze', 'he', 'she', 'ik', 'i']);
/** Words between the verb and the number: hedges and times ("pas", "nog maar", "volgende week", "on Friday"). */
const HEDGES = new Set(['pas', 'amper', 'nog', 'maar', 'net', 'bijna', 'al', 'nu', 'only', 'just', 'almost', 'nearly', 'already', 'now', 'volgende', 'volgend', 'week', 'morgen', 'vandaag', 'overmorgen', 'zaterdag', 'zondag', 'next', 'tomorrow', 'today']);
/** "(bijna 10)", ", amper twaalf,": a hedge in front makes a bare number an age. */
const AGE_HEDGES = ['bijna', 'amper', 'pas', 'nog geen', 'nog maar', 'almost', 'nearly', 'only', 'just'];
const HEDGED_AGE = new RegExp(String.raw`([(,]\s*)(?:${AGE_HEDGES.join('|')})\s+(\d{1,2}|[a-z]+(?:-[a-z]+)?)(?=\s*[),])`, 'gu');
const HAS_AGE_HEDGE = cue(() => AGE_CUE_WORDS.hedge);
/** Nouns for a child or young person that "van 15" can follow: "een meisje van 15". */
const CHILD_NOUNS = new Set(['meisje', 'jongen', 'jongetje', 'kind', 'kindje', 'dochter', 'zoon', 'tiener', 'jongere', 'pleegkind', 'leerling', 'kleuter', 'peuter', 'baby', 'broer', 'zus', 'broertje', 'zusje']);
/** Units that make "van 15" something else: "van 15 tot 17 uur", "van 15 euro". */
const NOT_AGE_UNITS = new Set(['tot', 'uur', 'u', 'euro', 'eur', 'procent', 'minuten', 'min', 'km', 'kilo', 'kg', 'cm', 'meter', 'm', 'dagen', 'weken', 'maanden', 'jaar']);
/** Words that may follow a bare age: "wordt 12 vandaag", "turns 12 today". */
const AGE_FOLLOWERS = new Set(['vandaag', 'morgen', 'zaterdag', 'zondag', 'today', 'tomorrow', 'this', 'deze', 'en', 'and', 'binnenkort', 'soon', 'op', 'on', 'next', 'volgende', 'volgend']);

/** "drie geworden", "turned five": a verb of becoming with the age (a word or one or two digits), after it or before it. */
const BECAME_AFTER_AGE = 'geworden';
const BECAME_BEFORE_AGE = 'turned';
const AGE_BECAME = lazy(() => new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(\d{1,2}|[a-z]+(?:-[a-z]+)?)\s+(?:jaar\s+)?${BECAME_AFTER_AGE}|${BECAME_BEFORE_AGE}\s+(\d{1,2}|[a-z]+(?:-[a-z]+)?))(?![\p{L}\p{N}])`,
  'gu',
));
/** Its verbs stand after a space and before no letter or digit, or after none and before a space: words of the draft. */
const HAS_AGE_BECAME = cue(() => ({ words: [BECAME_AFTER_AGE, BECAME_BEFORE_AGE] }));
/** A bracketed score, mark or date: "(5,5)", "(6 op 10)", "(12/7)", "(2-1)". */
const SCORE_PAREN = /\(\s*\d{1,3}\s*(?:[,./-]\s*\d{1,3}|op\s+\d{1,3}|out of\s+\d{1,3})\s*\)/;
/** "toen …", "when …" before an age and "was"/"werd"/"old" after it: a past age. */
const PAST_BEFORE = twin(String.raw`(?:^|[^\p{L}])(?:toen|when)(?:[^\p{L}][^.;!?]{0,40})?[^\p{L}]$`, 'u');
const PAST_AFTER = twin(String.raw`^\s*(?:oud\s+)?(?:was|werd|old)(?![\p{L}])`, 'u');

/** A letter, maybe a space, at the end: a bracketed or hedged age right after a word. */
const AFTER_WORD = twin(String.raw`\p{L}\s?$`, 'u');
const LETTER_OR_NUMBER = twin(String.raw`[\p{L}\p{N}]`, 'u');

/** Ages with their value in years. */
export function findAges(text: PreparedText): Entity[] {
  const out: Entity[] = [];
  const f = text.folded;
  const push = (nStart: number, nEnd: number, years: number) => {
    if (!(years >= 0 && years <= 120)) return;
    const { start, end } = text.span(nStart, nEnd);
    out.push({ type: 'age', start, end, text: text.original.slice(start, end), value: years });
  };
  // Numbers in brackets that are scores, marks or dates ("(5,5)", "(6 op 10)", "(12/7)") make the bare ones beside
  // them scores or dates too: a line-up or a rating, not children's ages.
  // Both need a bracket: most drafts have none, and looking for one character is much cheaper than either expression.
  const bracket = f.includes('(');
  const scored = bracket && SCORE_PAREN.test(f);
  for (const m of scored || !bracket ? [] : f.matchAll(AGE_PAREN)) {
    // Only right after a word: "Wannes (14)", not "stap (2)" at a line start — the checks weigh it.
    const before = f.slice(Math.max(0, m.index! - 2), m.index!);
    if (AFTER_WORD(f).test(before)) push(m.index!, m.index! + m[0].length, Number(m[1]));
  }
  // Find the (few) units first, then read the number before each: cheaper than trying a
  // number at every word.
  for (const m of HAS_AGE_UNIT(text) ? f.matchAll(AGE_UNIT(f)) : []) {
    const unitAt = m.index!;
    const n = NUM_BEFORE.exec(f.slice(Math.max(0, unitAt - 24), unitAt));
    if (!n) continue;
    const at = unitAt - n[0].length;
    if (at > 0 && LETTER_OR_NUMBER(f).test(f[at - 1]!)) continue; // the number word is part of a longer word
    const raw = n[1]!;
    const unit = m[1]!;
    const years = /^\d+$/.test(raw) ? Number(raw) : NUMBER_WORDS().get(raw);
    if (years === undefined) continue;
    const end = unitAt + m[0].length;
    if (/^(?:jaar|jr|years?|yrs)$/.test(unit)) {
      const pre = f.slice(Math.max(0, at - 14), at);
      const post = f.slice(end, end + 14);
      // "Fien, die 8 jaar werd": a relative pronoun and a verb of becoming make it an age, not "die 8 jaar" of a span.
      const becoming = RELATIVE_BEFORE(f).test(pre) && BECOMING_AFTER(f).test(post);
      if (!becoming && (DURATION_BEFORE(f).test(pre) || DURATION_AFTER(f).test(post))) continue;
      // "toen hij zeventien jaar was", "when she was 16 years old": an age in the past, of an adult now.
      const past = f.slice(Math.max(0, at - 50), at);
      if (PAST_BEFORE(f).test(past) && PAST_AFTER(f).test(post)) continue;
    }
    push(at, end, years);
  }
  // "is net drie geworden", "who turned five today": the new age after a verb of becoming, in words or digits.
  // The regex tries every word as a number word: skip it when its verbs are not in the draft at all.
  for (const m of HAS_AGE_BECAME(text) ? f.matchAll(AGE_BECAME()) : []) {
    const raw = m[1] ?? m[2]!;
    const years = /^\d+$/.test(raw) ? Number(raw) : NUMBER_WORDS().get(raw);
    if (years !== undefined) push(m.index!, m.index! + m[0].length, years);
  }
  for (const m of HAS_AGE_WORD(text) ? f.matchAll(AGE_WORD()) : []) push(m.index!, m.index! + m[0].length, /^\d+$/.test(m[1]!) ? Number(m[1]) : (NUMBER_WORDS().get(m[1]!) ?? NaN));
  // "Tyler, 16, finished the course": a bare number between commas right after a name.
  const tokens = text.tokens;
  const src = text.original;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.numeric || t.norm.length > 2 || !tokens[i - 1]!.capitalized || tokens[i - 1]!.numeric) continue;
    if (!/^,\s?$/.test(src.slice(tokens[i - 1]!.end, t.start)) || !/^\s?,/.test(src.slice(t.end, t.end + 2))) continue;
    out.push({ type: 'age', start: t.start, end: t.end, text: src.slice(t.start, t.end), value: Number(t.norm) });
  }
  // "een meisje van 15", "Mees van 7", "turns 12", "wordt 12 vandaag": an age without a unit, after a name, a child
  // word or a birthday verb. Not "van 7 tot 9", "van 9 uur", "turns 2 pages".
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.numeric || t.norm.length > 2 || t.sentence !== tokens[i - 1]!.sentence) continue;
    const prev = tokens[i - 1]!;
    const next = tokens[i + 1];
    const free =
      !next || next.sentence !== t.sentence || /^[,.!?)]/.test(src.slice(t.end, t.end + 1)) ||
      (AGE_FOLLOWERS.has(next.norm) && !((next.norm === 'op' || next.norm === 'on') && tokens[i + 2]?.numeric));
    const before = tokens[i - 2];
    // After a child noun anything but a unit may follow ("een meisje van 15 binnen"); after a name only a pause.
    const byVan =
      prev.norm === 'van' && !!before && before.sentence === t.sentence &&
      ((before.capitalized && (free || (!!next && (WHERE_FROM.has(next.norm) || VERB_AFTER_AGE.test(next.norm))))) || (CHILD_NOUNS.has(before.norm) && !(next && NOT_AGE_UNITS.has(next.norm))));
    if (!byVan && !free) continue;
    if (byVan || BIRTHDAY_VERBS.has(prev.norm)) {
      const start = byVan ? prev.start : t.start;
      out.push({ type: 'age', start, end: t.end, text: src.slice(start, t.end), value: Number(t.norm) });
    }
  }
  // "Ruben is pas dertien en …", "Sander wordt volgende week 16", "Kato is nog maar 11", "Jacob is only nine": a
  // name or a pronoun, a verb of being, a few hedges or time words, a bare number and then a pause.
  for (let i = 1; i + 2 < tokens.length; i++) {
    const verb = tokens[i]!;
    if (!BEING_VERBS.has(verb.norm)) continue;
    const subject = tokens[i - 1]!;
    if (subject.sentence !== verb.sentence || !(PRONOUNS.has(subject.norm) || (subject.capitalized && !subject.allCaps && !commonWord(subject.norm)))) continue;
    let k = i + 1;
    while (k < tokens.length && k - i <= 3 && HEDGES.has(tokens[k]!.norm)) k++;
    const num = tokens[k];
    if (!num || num.sentence !== verb.sentence) continue;
    const years = num.numeric && num.norm.length <= 2 ? Number(num.norm) : NUMBER_WORDS().get(num.norm);
    if (years === undefined) continue;
    const next = tokens[k + 1];
    const pause = !next || next.sentence !== num.sentence || /^\s*[,.!?;:)]/.test(src.slice(num.end, num.end + 2)) || AGE_FOLLOWERS.has(next.norm) || next.norm === 'maar' || next.norm === 'but';
    // "3 op 10", "2 on 5": a score.
    if (next && (next.norm === 'op' || next.norm === 'on') && tokens[k + 2]?.numeric) continue;
    if (!pause || (k === i + 1 && verb.norm === 'is' && !PRONOUNS.has(subject.norm) && years > 17)) continue;
    out.push({ type: 'age', start: num.start, end: num.end, text: src.slice(num.start, num.end), value: years });
  }
  // "Milan (bijna 10)", "Lina, amper twaalf,": a hedged age in brackets or between commas after a name.
  for (const m of HAS_AGE_HEDGE(text) ? f.matchAll(HEDGED_AGE) : []) {
    const years = /^\d+$/.test(m[2]!) ? Number(m[2]) : NUMBER_WORDS().get(m[2]!);
    const before = f.slice(Math.max(0, m.index! - 2), m.index!);
    if (years !== undefined && AFTER_WORD(f).test(before)) push(m.index! + m[1]!.length, m.index! + m[0].length, years);
  }
  // "(10 jaar)" also matches "10 jaar": keep the outer one.
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out.filter((a, k) => k === 0 || a.end > out[k - 1]!.end || a.start >= out[k - 1]!.end);
}

const MONTHS =
  'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec|january|february|march|may|june|july|august|october';
const DATE_NUMERIC = lazy(() => /(?<![\p{N}])(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d{2})(?![\p{N}])/gu);
const DATE_WORDS = lazy(() => new RegExp(
  `(?<![\\p{N}])(\\d{1,2})(?:e|ste|de|st|nd|rd|th)?\\s+(?:${MONTHS})\\.?\\s+((?:19|20)\\d{2})(?![\\p{N}])|(?<![\\p{L}])(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})(?![\\p{N}])`,
  'gu',
));
const BIRTH_YEAR = lazy(() => /(?:geboren|born)\s+(?:in\s+)?((?:19|20)\d{2})(?![\p{N}])/gu);

/** Full dates; `value` is `birth` when a birth cue precedes ("geboren op", "°", "born on"). */
export function findDates(text: PreparedText): Entity[] {
  const out: Entity[] = [];
  const f = text.folded;
  // Every pattern needs a year: most drafts have none.
  if (!/(?:19|20)\d\d/.test(f)) return out;
  const add = (nStart: number, nEnd: number, birth: boolean) => {
    const { start, end } = text.span(nStart, nEnd);
    out.push({ type: 'date', start, end, text: text.original.slice(start, end), value: birth ? 'birth' : 'date' });
  };
  for (const re of [DATE_NUMERIC(), DATE_WORDS()]) {
    for (const m of f.matchAll(re)) {
      const pre = f.slice(Math.max(0, m.index! - 30), m.index!);
      add(m.index!, m.index! + m[0].length, BIRTH_CUES.test(pre));
    }
  }
  for (const m of f.matchAll(BIRTH_YEAR())) add(m.index!, m.index! + m[0].length, true);
  return out;
}

const ORDINALS = 'eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|\\d(?:e|de|ste)|first|second|third|fourth|fifth|sixth|\\d(?:st|nd|rd|th)';
/** Class keywords; the ordinal before or the number after is read around each. */
const CLASS_KEYS = ['leerjaar', 'kleuterklas', 'klas', 'middelbaar', 'secundair', 'graad', 'grade', 'class', 'form', 'groep', 'year', 'brugklasser', 'brugklas', 'instapklas', 'peuterklas', 'reception class', 'nursery class', 'kindergarten'];
const CLASS_KEY = twin(String.raw`(${CLASS_KEYS.join('|')})(?![\p{L}])`, 'gu');
/** A keyword is read only with no letter on either side: its first word is a word of the draft. */
const HAS_CLASS_KEY = cue(() => AGE_CUE_WORDS.classKey);
/** Classes that name a young child's class on their own: "de instapklas", "reception class". */
const NAMED_CLASSES = /^(?:brugklas|instapklas|peuterklas|reception class|nursery class|kindergarten)/;
/** "het derde leerjaar", "2de kleuterklas", "3de jaar middelbaar", "5th grade". */
const ORDINAL_BEFORE = twin(`(?:^|[^\\p{L}\\p{N}])((?:${ORDINALS})\\s+(?:jaar\\s+(?:van\\s+het\\s+)?)?)$`, 'u');
/** "groep 7", "klas 4", "year 9", "grade 5". */
const NUMBER_AFTER = twin(String.raw`^\s+(?:[1-9]|1[0-3])(?![\p{N}])`, 'u');
const LETTER = twin(String.raw`\p{L}`, 'u');
const ORDINAL_KEYS = new Set(['leerjaar', 'kleuterklas', 'klas', 'middelbaar', 'secundair', 'graad', 'grade', 'class', 'form']);
const NUMBER_KEYS = new Set(['groep', 'klas', 'year', 'grade']);

/** Words before a class code that make "3B" a class: "uit 3B", "in 3B", "klas 3B". */
const CLASS_CUE = new Set(['uit', 'in', 'van', 'klas', 'klasje', 'class', 'from', 'zit', 'naar']);

/**
 * Groups that place a child by age outside a numbered class: going to secondary school ("naar het secundair"),
 * youth-movement groups after "van/uit/bij de" (Chiro, scouts, KSA: "Kobe van de Kapoenen"), sports age
 * groups ("de U12", "the under-12s", "JO11", "de miniemen"), and the English "in Reception".
 */
const SCHOOL_STAGES = ['secundair', 'middelbaar', 'middelbare(?: school)?', 'lagere school', 'kleuterschool', 'basisschool'];
const YOUTH_GROUPS = ['sloebers', 'speelclub', "rakwi'?s", 'rakkers', 'kwiks', "tito'?s", 'toppers', 'tiptiens', "keti'?s", "aspi'?s", 'kapoenen', 'welpen', 'kabouters', 'jonggivers', 'jongverkenners', 'givers', 'jins', 'bevers', 'leeuwkes', 'jongknapen', 'knapen', 'miniemen', 'preminiemen', 'pupillen', 'benjamins', 'kadetten', 'scholieren'];
/** Sports age groups, each with the word it begins with (a letter or two, then a hyphen, a space or the number). */
const SPORTS_GROUPS: ReadonlyArray<readonly [source: string, words: readonly string[]]> = [
  ['u-?(?:[6-9]|1[0-8])(?:s)?', ['u']],
  ['under[- ](?:[6-9]|1[0-8])s?', ['under']],
  ['[jm]o-?(?:[7-9]|1[0-9])', ['jo', 'mo']],
];
const AGE_GROUP = lazy(() => new RegExp(
  [
    `(?:naar|in|op) (?:het|de|t) (?:${SCHOOL_STAGES.join('|')})`,
    `(?:van|uit|bij|in) de (?:${YOUTH_GROUPS.join('|')})`,
    ...SPORTS_GROUPS.map(([source]) => source),
  ].join('|'),
  'gu',
));
/**
 * A group is read only with no letter or digit on either side: a stage or youth group (after a space) or the word a
 * sports group begins with is a word of the draft.
 */
const HAS_AGE_GROUP = cue(() => AGE_CUE_WORDS.group);
/** "in Reception", "in Year R": "reception" and "year" after a space, before no letter. */
const HAS_RECEPTION = cue(() => ({ words: ['reception', 'year'] }));
const IN_RECEPTION = lazy(() => /(?<![\p{L}])in (?:reception|year r)(?![\p{L}])/gu);
/** Characters that may not touch an age group on either side. */
const WORD_CHAR = lazy(() => /[\p{L}\p{N}]/u);

/** School classes. */
export function findClasses(text: PreparedText): Entity[] {
  const out: Entity[] = [];
  const f = text.folded;
  const add = (nStart: number, nEnd: number) => {
    const { start, end } = text.span(nStart, nEnd);
    out.push({ type: 'class', start, end, text: text.original.slice(start, end) });
  };
  for (const m of HAS_CLASS_KEY(text) ? f.matchAll(CLASS_KEY(f)) : []) {
    const key = m[1]!;
    const at = m.index!;
    const end = at + key.length;
    // A lookbehind in the pattern would stop V8 from scanning for the keywords quickly.
    if (at > 0 && LETTER(f).test(f[at - 1]!)) continue;
    if (NAMED_CLASSES.test(key)) {
      add(at, end);
      continue;
    }
    const head = f.slice(Math.max(0, at - 32), at);
    const ord = ORDINAL_KEYS.has(key) ? ORDINAL_BEFORE(f).exec(head) : null;
    if (ord) {
      add(at - ord[1]!.length, end);
      continue;
    }
    const tail = f.slice(end, end + 4);
    const num = NUMBER_KEYS.has(key) ? NUMBER_AFTER(f).exec(tail) : null;
    if (num) add(at, end + num[0].length);
  }
  for (const m of HAS_AGE_GROUP(text) ? f.matchAll(AGE_GROUP()) : []) {
    const at = m.index!;
    const end = at + m[0].length;
    if ((at > 0 && WORD_CHAR().test(f[at - 1]!)) || WORD_CHAR().test(f[end] ?? '')) continue;
    add(at, end);
  }
  // "in Reception", "in Year R": the first school year in England, capitalised.
  for (const m of HAS_RECEPTION(text) ? f.matchAll(IN_RECEPTION()) : []) {
    const { start } = text.span(m.index! + 3, m.index! + 4);
    if (/[A-Z]/.test(text.original[start] ?? '')) add(m.index! + 3, m.index! + m[0].length);
  }
  // Class codes "3B", "6A": a digit and a capital, after a cue word.
  const tokens = text.tokens;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    // /^[1-8][a-h]$/, read by character code (the length first: a read past the end deoptimises): this runs for every word.
    if (t.norm.length !== 2) continue;
    const c0 = t.norm.charCodeAt(0);
    const c1 = t.norm.charCodeAt(1);
    if (c0 < 49 || c0 > 56 || c1 < 97 || c1 > 104 || t.norm === '3d') continue;
    const letter = text.original[t.end - 1]!;
    if (letter === letter.toLowerCase()) continue;
    if (!CLASS_CUE.has(tokens[i - 1]!.norm)) continue;
    out.push({ type: 'class', start: t.start, end: t.end, text: text.original.slice(t.start, t.end) });
  }
  return out;
}

/** Schools for adults: a name with one is no pupil ("Hogeschool Gent", "Business School"). */
const ADULT_SCHOOL = /^(?:hoge|hogere|business|graduate|law|avond|rij)/;
const SCHOOL_ENDINGS = ['school', 'college', 'lyceum', 'atheneum', 'athenaeum', 'instituut', 'gymnasium', 'scholengroep', 'kleuterklas'];
const SCHOOL_SUFFIX = new Endings(SCHOOL_ENDINGS);
const SCHOOL_WORD = new Set(['school', 'basisschool', 'kleuterschool', 'college', 'lyceum', 'atheneum', 'athenaeum', 'instituut', 'gymnasium', 'academy', 'primary', 'highschool', 'secondary']);

/**
 * Whether a draft holds a school word or a word with a school's ending, where every school name starts: most drafts name
 * no school, and their tokens are not read.
 */
const HAS_SCHOOL = cue(() => ({ words: SCHOOL_WORD, endings: SCHOOL_ENDINGS }));

/**
 * Named schools: "Sint-Ursulalyceum", "basisschool De Vlinder", "Atheneum Lier",
 * "St Mary's Primary School". A generic "op school" is not a school name.
 */
export function findSchools(text: PreparedText): Entity[] {
  return HAS_SCHOOL(text) ? schoolsIn(text) : [];
}

/** {@link findSchools} without its cue: every token read (exported for the test that the cue misses no school). */
export function schoolsIn(text: PreparedText): Entity[] {
  const out: Entity[] = [];
  const tokens = text.tokens;
  const src = text.original;
  const joined = (a: number) => {
    const g = src.slice(tokens[a]!.end, tokens[a + 1]!.start);
    return g.length > 0 && g.length <= 2 && /^[\s\-']+$/.test(g);
  };
  let lastEnd = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.start < lastEnd) continue;
    let from = i;
    let to = i;
    if (t.capitalized && endsInOneOf(t.norm, SCHOOL_SUFFIX) && !SCHOOL_WORD.has(t.norm) && !ADULT_SCHOOL.test(t.norm)) {
      // "Ursulalyceum" with its "Sint-" in front.
      while (from > 0 && joined(from - 1) && tokens[from - 1]!.capitalized && from > i - 3) from--;
    } else if (SCHOOL_WORD.has(t.norm)) {
      // "basisschool De Vlinder", "Atheneum Lier": a capitalised name after the word.
      let k = i + 1;
      while (k < tokens.length && k <= i + 4 && joined(k - 1) && (tokens[k]!.capitalized || /^(?:de|het|t|van|der)$/.test(tokens[k]!.norm)))
        k++;
      while (k - 1 > i && !tokens[k - 1]!.capitalized) k--;
      to = k - 1;
      // "St Mary's Primary School": capitalised words before a capitalised school word.
      if (t.capitalized && !t.sentenceStart) while (from > 0 && from > i - 4 && joined(from - 1) && tokens[from - 1]!.capitalized) from--;
      if (to === i && from === i) continue;
    } else continue;
    out.push({ type: 'school', start: tokens[from]!.start, end: tokens[to]!.end, text: src.slice(tokens[from]!.start, tokens[to]!.end) });
    lastEnd = tokens[to]!.end;
  }
  return out;
}

/**
 * The cue words of the expressions above, read from their sources. Read at build time (age-cues.build.ts writes them to
 * age-cues.generated.ts, which the cues read): reading them compiles a few expressions, on every engine's first check.
 */
export function ageCueWords(): Record<keyof typeof AGE_CUE_WORDS, CueWords> {
  return {
    unit: unitCueWords(),
    word: { words: AGE_WORDS.flatMap(leadingWords) },
    hedge: { words: AGE_HEDGES.flatMap(leadingWords) },
    classKey: { words: CLASS_KEYS.flatMap(leadingWords) },
    group: { words: [...SCHOOL_STAGES, ...YOUTH_GROUPS].flatMap(leadingWords).concat(SPORTS_GROUPS.flatMap(([, words]) => words)) },
  };
}
