/**
 * Person-name recogniser for Dutch (nl-BE, nl-NL) and English drafts.
 *
 * Runs of capitalised words (with lower-case tussenvoegsels and hyphens inside) are weighed
 * against the name lists and their surroundings: a title ("Mevrouw Verhaegen"), a role
 * ("Minister Vanhoutte": a public figure), a care word ("onze cliënt Thomas"), a family word
 * ("mijn zoon Tom"), "ons/onze" ("ons Sjon") or an age right after ("Wannes (14)").
 * One pass over the tokens; every look-up is a Set probe.
 */
import { lazy } from '../lazy';
import { commonWord, nameLexicon, type NameLexicon } from '../lexicon/names';
import type { GroupSet } from '../lazy';
import { AMBIGUOUS_NAMES, CALENDAR, FAMILY, INSTITUTIONS, listsHolding, NOT_NAMES, ONS, OPENERS, PLACES, PUBLIC_ROLES, TITLES, TUSSENVOEGSELS } from '../lexicon/words';
import { codeAt, lettersOnly, type PreparedText, type Token } from '../text';
import type { Entity } from '../types';
import { Endings, endsInOneOf } from './endings';

/**
 * How a person name was recognised, in `Entity.value`:
 * - `full`, `first`, `surname`: from the name lists;
 * - `title`, `ons`, `care`, `age`: an unknown or ambiguous word made a name by its context;
 * - `cued`: an unknown word made a name by the words around it: the subject of a speech verb ("zegt
 *   Waseige", "Larmuseau antwoordde"), a party or country code after it ("Gosuin (PRL)", "Safin (Rus)"),
 *   or a name it is listed with ("Rops en Ensor");
 * - `role`: a public figure or professional ("Minister Vanhoutte", "collega Annelies");
 * - `family`: the writer's family ("mijn zoon Tom");
 * - `client`, `staff`: on the policy's lists (set by recognizeEntities).
 */
type PersonKind = 'full' | 'first' | 'surname' | 'title' | 'ons' | 'care' | 'age' | 'cued' | 'role' | 'family' | 'client' | 'staff';

const SAINT = new Set(['sint', 'st', 'heilige', 'onze-lieve-vrouw', 'saint', 'san', 'santa']);
/** Words inside a role's office: "minister van Welzijn", "the Mayor of Ghent". */
const OFFICE_WORDS = new Set(['van', 'of', 'the', 'de', 'het', 'voor', 'for', 'en', 'and']);
/**
 * Compound role nouns: "milieuminister Gosuin", "ex-winnares Majoli", "bondscoach Waseige". A name after one
 * is a public figure or professional, like after PUBLIC_ROLES.
 */
const ROLE_SUFFIX = new Endings(['minister', 'voorzitter', 'burgemeester', 'schepen', 'coach', 'trainer', 'speler', 'speelster', 'winnaar', 'winnares', 'kampioen', 'kampioene', 'woordvoerder', 'woordvoerster', 'zanger', 'zangeres', 'kunstenaar', 'schrijver', 'schrijfster', 'regisseur', 'acteur', 'actrice', 'dirigent', 'componist', 'renner', 'keeper', 'spits', 'verdediger', 'advocaat', 'rechter', 'procureur', 'directeur', 'journalist', 'fotograaf', 'president', 'senator', 'leider', 'chef', 'secretaris', 'manager', 'professor', 'dokter', 'arts', 'architect', 'ontwerper', 'ontwerpster', 'generaal', 'econoom', 'historicus', 'filosoof', 'wetenschapper', 'onderzoeker', 'ministers', 'burgemeesters', 'schepenen', 'voorzitters']);
/** Speech and stance verbs whose subject is a person: "zegt Waseige", "Larmuseau antwoordde". */
const SPEECH_VERBS = new Set(`
  zegt zei zeiden zeggen meent meende vindt vond denkt dacht verklaart verklaarde vertelt vertelde antwoordt
  antwoordde benadrukt benadrukte beklemtoont beklemtoonde stelt stelde reageert reageerde lacht lachte zucht
  zuchtte waarschuwt waarschuwde erkent erkende ontkent ontkende bevestigt bevestigde getuigt getuigde verduidelijkt
  verduidelijkte klaagt klaagde hoopt hoopte vreest vreesde wil weigert weigerde beweert beweerde vraagt vroeg
  legt schreef schrijft noemde noemt aldus volgens glimlacht knikt
  says said thinks thought believes told tells asked asks added adds explains explained warned warns replied
  admitted insists insisted claims claimed according
`.trim().split(/\s+/));
/** Speech verbs that come before their subject in Dutch word order ("zegt X", "aldus X", "volgens X"). */
const SPEECH_BEFORE = new Set(['zegt', 'zei', 'meent', 'vindt', 'denkt', 'verklaart', 'vertelt', 'antwoordt', 'benadrukt', 'beklemtoont', 'stelt', 'lacht', 'zucht', 'waarschuwt', 'erkent', 'reageert', 'aldus', 'volgens', 'vraagt', 'vroeg', 'hoopt', 'vreest', 'said', 'says', 'according']);

/** ", onze nieuwe begeleidster", ", our nurse", ", de directeur van", ", 34, opvoeder": the word of a role in apposition. */
const ROLE_APPOSITION = lazy(() => /^\s?,\s(?:\d{1,2}(?:\s?jaar)?,\s)?(?:(?:onze|ons|de|het|een|our|the|a|an|mijn|my)\s)?(?:(?:nieuwe|new|vaste|eigen|fantastische|lieve)\s)?(\p{L}+)/u);

/** ", one of the …", ", een van onze …": the name is one of a group of people. */
const ONE_OF = /^\s?,\s(?:one of|een van|één van|eentje van)\s/iu;
/** Where someone in care comes from, after a sentence-opening name: "Diallo van de crisisopvang", "Tunde from our service". */
const FROM_WORDS = new Set(['van', 'uit', 'from']);

/** Verbs of daily life after a sentence-opening name: "Oksana woont …", "Yusuf kwam …". */
const SUBJECT_VERBS = new Set(`
  woont woonde kwam komt heeft had kreeg krijgt mag mocht gaat ging zit zat won wint deed doet maakte maakt speelde speelt
  verhuist verhuisde vierde viert werd wordt lacht lachte kookte kookt schilderde tekende danste zong loopt liep
  lives lived came comes has had got gets won moved celebrated made went turned started finished cooked painted danced sang
`.trim().split(/\s+/));
/** Genitives and adjectives of names: "Honda's", "Vlaamse", "Antwerpsche". */
const GENITIVE_ENDINGS = new Endings(["'s", 'se', 'sche']);
/** Endings of Dutch nouns, adjectives and infinitives: "Wandelen", "Opvang", "Verhuizing" open sentences too. */
const NOUN_ENDING = new Endings(['en', 'ing', 'heid', 'tie', 'isme', 'lijk', 'baar', 'ig', 'je', 'ste', 'aal', 'eel', 'ief', 'ers']);

/** Articles that make a following capitalised word a noun ("het Frans"); not "de", which Flemish puts before names ("de Jef"). */
const NOUN_ARTICLES = new Set(['het', 'een', 'the', 'a', 'an']);

/** Longest run of words one name can span ("Jan-Willem van den Bossche"). */
const MAX_RUN = 6;
/** "-", "‐", "‑" (NaN, before the text's start, is none). */
const isHyphenCode = (c: number) => c === 45 || c === 0x2010 || c === 0x2011;
/** Endings of school and organisation names: "Sint-Ursulalyceum" is no person. */
const ORG_SUFFIX = new Endings(['school', 'college', 'lyceum', 'atheneum', 'athenaeum', 'instituut', 'gymnasium', 'academie', 'centrum', 'huis', 'hof', 'park', 'straat', 'laan', 'plein', 'kerk', 'kliniek', 'vzw']);
/** "(" or ",": what the expressions on the text right after a name start with, as its first or second character. */
const isMarkAfter = (c: number) => c === 40 || c === 44;
/** Age right after a name: "Wannes (14)", "Wannes (14 jaar)", "Wannes, 14,". */
const AGE_AFTER = /^\s?(?:\(\s*\d{1,3}\s*(?:j|jr|jaar|y|yo|yrs?|years?)?\.?\s*\)|,\s*\d{1,2}\s*(?:jaar|j)?\s*,)/;

interface Ctx {
  text: PreparedText;
  tokens: Token[];
  lex: NameLexicon;
  /** careEnd[i]: token i ends a word for a person in care ("cliënt", "our client"); past its end, none does. */
  careEnd: Uint8Array;
  /** Sentences with a care word in them (any kind but staff). */
  careSentences: ReadonlySet<number>;
  /** kinds[k]: the word lists of words.ts holding token k's word ({@link listsHolding}) and READ; 0 until first asked. */
  kinds: Int32Array;
}

/** Marks a token's entry in Ctx.kinds as read (no list has this bit: a word group holds at most 31). */
const READ = 1 << 31;
/** Ctx.kinds's memory, kept from draft to draft: a new typed array per draft cost more than the look-ups it saves. */
let kindsBuffer = new Int32Array(256);

/** Ctx.kinds for a draft of `n` tokens, every entry unread. */
function unreadKinds(n: number): Int32Array {
  if (kindsBuffer.length < n) kindsBuffer = new Int32Array(n * 2);
  return kindsBuffer.fill(0, 0, n);
}

/**
 * The word lists holding token k's word (bits of words.ts's lists): looked up once per token, as a run's words are
 * asked about many lists in turn, and again by the rules for the words before and after a run.
 */
function kindsAt(ctx: Ctx, k: number): number {
  let kinds = ctx.kinds[k]!;
  if (kinds === 0) ctx.kinds[k] = kinds = listsHolding(ctx.tokens[k]!.norm) | READ;
  return kinds;
}

/** Token k's word is on `list` (one of words.ts's lists). */
const inList = (ctx: Ctx, k: number, list: GroupSet) => (kindsAt(ctx, k) & list.bit) !== 0;

/** Titles, roles, tussenvoegsels and "ons": the words of a run that are no name's, for coreWords. */
const NOT_CORE = TITLES.bit | PUBLIC_ROLES.bit | TUSSENVOEGSELS.bit | ONS.bit;

function isCap(t: Token): boolean {
  return t.capitalized && !t.allCaps && !t.numeric && lettersOnly(t.norm);
}

function gap(ctx: Ctx, i: number): string {
  const a = ctx.tokens[i]!;
  const b = ctx.tokens[i + 1]!;
  // Long gaps are never inside a name; don't slice them.
  return b.start - a.end > 4 ? '    ' : ctx.text.original.slice(a.end, b.start);
}

/** A space, tab or no-break space: what may stand between the words of a name. */
const isSpaceCode = (c: number) => c === 32 || c === 9 || c === 0xa0;

/** The gap after token i is one to three spaces, tabs or no-break spaces (/^[ \t\u00a0]{1,3}$/), read without slicing it. */
function spaceGap(ctx: Ctx, i: number): boolean {
  const from = ctx.tokens[i]!.end;
  const to = ctx.tokens[i + 1]!.start;
  if (to - from < 1 || to - from > 3) return false;
  for (let k = from; k < to; k++) if (!isSpaceCode(ctx.text.original.charCodeAt(k))) return false;
  return true;
}

/**
 * The gap after token i lets the word before cue a name: spaces, at most one ":" or "," and then at most two spaces
 * (/^[ \t\u00a0]*[:,]?[ \t\u00a0]{0,2}$/ on {@link gap}, so a gap longer than four characters counts as spaces),
 * read without slicing it: this runs for every run of capitalised words.
 */
function cueGap(ctx: Ctx, i: number): boolean {
  const src = ctx.text.original;
  let k = ctx.tokens[i]!.end;
  const to = ctx.tokens[i + 1]!.start;
  if (to - k > 4) return true;
  while (k < to && isSpaceCode(src.charCodeAt(k))) k++;
  if (k === to) return true;
  const c = src.charCodeAt(k);
  if (c !== 58 && c !== 44) return false;
  if (to - k - 1 > 2) return false;
  for (k++; k < to; k++) if (!isSpaceCode(src.charCodeAt(k))) return false;
  return true;
}

/** The gap after token i is a full stop and one or two spaces (/^\.[ \t\u00a0]{1,2}$/ on {@link gap}). */
function abbreviationGap(ctx: Ctx, i: number): boolean {
  const src = ctx.text.original;
  const from = ctx.tokens[i]!.end;
  const to = ctx.tokens[i + 1]!.start;
  if (to - from < 2 || to - from > 3 || src.charCodeAt(from) !== 46) return false;
  for (let k = from + 1; k < to; k++) if (!isSpaceCode(src.charCodeAt(k))) return false;
  return true;
}

/** The gap after token i is one hyphen: "-", "‐" or "‑". */
function hyphenGap(ctx: Ctx, i: number): boolean {
  const from = ctx.tokens[i]!.end;
  return ctx.tokens[i + 1]!.start - from === 1 && isHyphenCode(ctx.text.original.charCodeAt(from));
}

/** "(" and maybe a space right before `at` (/\( ?$/ on the two characters before), read by character code. */
function bracketBefore(src: string, at: number): boolean {
  const c = codeAt(src, at - 1);
  return c === 40 || (c === 32 && codeAt(src, at - 2) === 40);
}

/** Maybe a space, then ")" or "/" from `at` (/^ ?[)/]/ on the two characters from it), read by character code. */
function closeAfter(src: string, at: number): boolean {
  const c = codeAt(src, at);
  const d = c === 32 ? codeAt(src, at + 1) : c;
  return d === 41 || d === 47;
}

/** A single capital followed by a full stop ("J."). */
function isInitial(ctx: Ctx, i: number): boolean {
  const t = ctx.tokens[i]!;
  return t.norm.length === 1 && t.capitalized && ctx.text.original[t.end] === '.';
}

/**
 * Find person names. `careEnd` marks tokens that end a care word for a person; see Ctx.
 * Returns entities of type `person` with a PersonKind in `value`.
 */
export function findPersons(text: PreparedText, careEnd: Uint8Array, careSentences: ReadonlySet<number> = new Set()): Entity[] {
  const ctx: Ctx = { text, tokens: text.tokens, lex: nameLexicon(), careEnd, careSentences, kinds: unreadKinds(text.tokens.length) };
  const out: Entity[] = [];
  /** Single capitalised words no rule made a name, for withListed. */
  const loose: number[] = [];
  const tokens = ctx.tokens;
  const n = tokens.length;
  let i = 0;
  while (i < n) {
    if (!isCap(tokens[i]!)) {
      i++;
      continue;
    }
    // Grow a run: capitalised words joined by spaces or hyphens, tussenvoegsels inside.
    let j = i;
    // Names are short: a long run of capitalised words is a title or shouting, cut it.
    while (j + 1 < n && j - i < MAX_RUN) {
      const next = tokens[j + 1]!;
      if (tokens[j + 1]!.sentence !== tokens[j]!.sentence && !isInitial(ctx, j)) break;
      if (hyphenGap(ctx, j) && isCap(next)) {
        j++;
        continue;
      }
      const spaced = spaceGap(ctx, j) || (isInitial(ctx, j) && /^\.\s{0,2}$/.test(gap(ctx, j)));
      if (!spaced) break;
      if (isCap(next)) {
        j++;
        continue;
      }
      // "Jan van Dijk": a tussenvoegsel only after a lone first word; after a full name
      // "van" says where someone is from ("Tine Hendrickx van Het Nieuwsblad").
      let k = j + 1;
      while (k < n && k - j <= 3 && inList(ctx, k, TUSSENVOEGSELS) && spaceGap(ctx, k - 1)) k++;
      if (coreWords(ctx, i, j) === 1 && k > j + 1 && k < n && isCap(tokens[k]!) && spaceGap(ctx, k - 1)) {
        j = k;
        continue;
      }
      break;
    }
    let entity = evaluateRun(ctx, i, j);
    if (!entity && j - i <= 2) {
      // Asked once: affiliated needs it of the run's ends, withListed of a lone word.
      const endsMayBeNames = maybeName(ctx, i) && (i === j || maybeName(ctx, j));
      if (endsMayBeNames) entity = affiliated(ctx, i, j);
      if (!entity && i === j && endsMayBeNames) loose.push(i);
    }
    if (entity) {
      // "onze vrijwilligers Rita en Georges", "my sons Tom and Max": the cue covers the list.
      const prev = out[out.length - 1];
      if (prev && (prev.value === 'role' || prev.value === 'family') && entity.value !== 'role' && /^\s*(?:,|en|and|&)\s*$/.test(text.original.slice(prev.end, entity.start)))
        entity.value = prev.value;
      out.push(entity);
    }
    i = j + 1;
  }
  return loose.length && out.length ? withListed(ctx, out, loose) : out;
}

/** The lists of words that their neighbours never make a name ({@link maybeName}). */
const NEVER_PROMOTED = PLACES.bit | CALENDAR.bit | OPENERS.bit | NOT_NAMES.bit | TITLES.bit | PUBLIC_ROLES.bit | INSTITUTIONS.bit | AMBIGUOUS_NAMES.bit;

/** Sentence-start words, places and grammar words are never promoted by their neighbours. */
function maybeName(ctx: Ctx, i: number): boolean {
  const t = ctx.tokens[i]!;
  const w = t.norm;
  return (
    isCap(t) && w.length > 2 && !(kindsAt(ctx, i) & NEVER_PROMOTED) && !endsInOneOf(w, ORG_SUFFIX) && !commonWord(w)
  );
}

/** A party, country or team code right after: "Gosuin (PRL)", "Safin (Rus)", "Garzelli (Ita/Mercatone)". */
const CODE_AFTER = /^ ?\( ?[A-Z][A-Za-z&-]{1,5} ?[)/]/;

/** A run of at most three words whose first and last words may be names ({@link maybeName}), with a code after it. */
function affiliated(ctx: Ctx, i: number, j: number): Entity | undefined {
  // "de Bouw (VCB)": a name with an article is an organisation's.
  if (i > 0 && /^(?:de|het|the|een|a)$/.test(ctx.tokens[i - 1]!.norm)) return undefined;
  const last = ctx.tokens[j]!;
  if (!CODE_AFTER.test(ctx.text.original.slice(last.end, last.end + 14))) return undefined;
  const start = ctx.tokens[i]!.start;
  // A party, country or team after the name: a politician or athlete, a public figure.
  return { type: 'person', start, end: last.end, text: ctx.text.original.slice(start, last.end), value: 'role' };
}

/** "Rops en Ensor", "Hingis, Davenport en Seles": unknown words listed with a name are names too. */
function withListed(ctx: Ctx, found: Entity[], loose: number[]): Entity[] {
  const { tokens, text } = ctx;
  const LIST_GAP = /^\s*(?:,|en|and|&|of|or|als)\s*$/;
  const all = [...found];
  let grew = true;
  const used = new Set<number>();
  // Two passes reach the third name of a list from the first.
  for (let pass = 0; pass < 2 && grew; pass++) {
    grew = false;
    for (const k of loose) {
      if (used.has(k)) continue;
      const t = tokens[k]!;
      const mate = all.find(
        (p) =>
          (p.end <= t.start && t.start - p.end <= 6 && LIST_GAP.test(text.original.slice(p.end, t.start))) ||
          (p.start >= t.end && p.start - t.end <= 6 && LIST_GAP.test(text.original.slice(t.end, p.start))),
      );
      if (!mate || (t.sentenceStart && mate.start < t.start)) continue;
      const kind = mate.value === 'role' || mate.value === 'family' || mate.value === 'staff' ? mate.value : 'cued';
      all.push({ type: 'person', start: t.start, end: t.end, text: text.original.slice(t.start, t.end), value: kind });
      used.add(k);
      grew = true;
    }
  }
  return all.sort((a, b) => a.start - b.start);
}

interface Before {
  title: boolean;
  role: boolean;
  ons: boolean;
  care: boolean;
  family: boolean;
  /** A role a few words back ("the Mayor of Ghent, …"): only for words that are names anyway. */
  roleNear: boolean;
  /** The name belongs to an organisation or place ("woongroep De Linde", "'s Merel Bos"). */
  org: boolean;
  /** The subject of a speech verb ("zegt Waseige", "Larmuseau antwoordde"). */
  said: boolean;
}

/** Look at the word before token `h` (same sentence, separated by a space or a comma). */
function before(ctx: Ctx, h: number, acc: Before): void {
  if (h === 0) return;
  const prev = ctx.tokens[h - 1]!;
  const w = prev.norm;
  const kinds = kindsAt(ctx, h - 1);
  // "Mr. Smith", "Mevr. Peeters", "Dr. Claes": the full stop of an abbreviated title.
  const abbreviated = abbreviationGap(ctx, h - 1) && (kinds & (TITLES.bit | PUBLIC_ROLES.bit)) !== 0;
  if (!abbreviated && !cueGap(ctx, h - 1)) return;
  if (kinds & TITLES.bit) acc.title = true;
  if ((kinds & PUBLIC_ROLES.bit) || (w.length > 6 && endsInOneOf(w, ROLE_SUFFIX) && !prev.capitalized)) acc.role = true;
  if (kinds & ONS.bit) acc.ons = true;
  if (SPEECH_BEFORE.has(w)) acc.said = true;
  if (kinds & FAMILY.bit) acc.family = true;
  if (kinds & INSTITUTIONS.bit) acc.org = true;
  if (ctx.careEnd[h - 1]) acc.care = true;
  // "'s Merel Bos", "'s-Hertogenbosch"
  if (w === 's' && /['’]$/.test(ctx.text.original.slice(Math.max(0, prev.start - 1), prev.start))) acc.org = true;
  // A role with its office in between: "burgemeester van Leuven, Pieter Van den Broeck", "the Mayor of Leuven, …".
  if (!acc.role) {
    const sentence = ctx.tokens[h]!.sentence;
    for (let k = h - 2; k >= 0 && k >= h - 5; k--) {
      const t = ctx.tokens[k]!;
      if (t.sentence !== sentence) break;
      if (inList(ctx, k, PUBLIC_ROLES)) {
        acc.roleNear = true;
        break;
      }
      if (!t.capitalized && !OFFICE_WORDS.has(t.norm)) break;
    }
  }
}

function evaluateRun(ctx: Ctx, from: number, to: number): Entity | undefined {
  const { tokens, lex } = ctx;
  // "Lux-dossier", "dossier-Vanherf", "Renault-dochter": part of a compound with a common noun.
  const src = ctx.text.original;
  // (Only when a hyphen touches the run: the expressions are not run for every run.)
  if ((isHyphenCode(codeAt(src, tokens[to]!.end)) && /^[-\u2010\u2011]\p{Ll}/u.test(src.slice(tokens[to]!.end, tokens[to]!.end + 2))) ||
    (isHyphenCode(codeAt(src, tokens[from]!.start - 1)) && /\p{Ll}[-\u2010\u2011]$/u.test(src.slice(Math.max(0, tokens[from]!.start - 2), tokens[from]!.start))))
    return undefined;
  // "(Ned)", "(Can/Festina)": a country or team code, not a name.
  if (from === to && tokens[from]!.norm.length <= 4 && bracketBefore(src, tokens[from]!.start) && closeAfter(src, tokens[from]!.end)) return undefined;
  const acc: Before = { title: false, role: false, roleNear: false, ons: false, care: false, family: false, org: false, said: false };
  // Strip leading cue words that are capitalised ("Mevrouw Verhaegen", "Minister Vanhoutte", "Onze Mila").
  let h = from;
  /** The sure first name that nameAhead found ahead of h, read in the condition below and then jumped to. */
  let ahead = -1;
  while (h <= to) {
    const w = tokens[h]!.norm;
    const kinds = kindsAt(ctx, h);
    if (kinds & TITLES.bit) acc.title = true;
    // After a courtesy title the last word is a surname, even one that is also a trade: "mevrouw Bakker".
    else if (((kinds & PUBLIC_ROLES.bit) || (w.length > 6 && endsInOneOf(w, ROLE_SUFFIX) && !isNameWord(lex, w))) && !(h === to && (acc.title || (h > 0 && inList(ctx, h - 1, TITLES))))) acc.role = true;
    else if (kinds & ONS.bit) acc.ons = true;
    else if ((kinds & FAMILY.bit) && h + 1 < to && /^(?:van|of)$/.test(tokens[h + 1]!.norm)) h++; // "Mama van Lucas": Lucas's parent, not the writer's family.
    else if (kinds & FAMILY.bit) acc.family = true;
    else if (ctx.careEnd[h]) acc.care = true; // "Bewoner Frans", "Client Jessica"
    else if (kinds & (PLACES.bit | CALENDAR.bit | INSTITUTIONS.bit)) acc.org ||= (kinds & INSTITUTIONS.bit) !== 0;
    else if (((kinds & OPENERS.bit) || (commonWord(w) && !lex.first.has(w))) && (tokens[h]!.sentenceStart || /^(?:hallo|hoi|hey|dag|dank|bedankt|merci|proficiat|welkom|thanks|congrats|welcome|dear|hi|hello)$/.test(w))) {
      // "Maar Herman zei", "Dag Yvonne", "Thanks Emily".
    } else if (h + 1 < to && (inList(ctx, h + 1, PUBLIC_ROLES) || inList(ctx, h + 1, TITLES)) && !isNameWord(lex, w)) {
      // "Health Minister Frank Vandenbroucke", "Vlaams Minister …": the role's qualifier.
    } else if (h < to && spaceGap(ctx, h) && (!isNameWord(lex, w) || (tokens[h]!.sentenceStart && !startsName(ctx, h, to))) && (ahead = nameAhead(ctx, h, to)) > h) {
      // Words in front of a full name: "Gisteren Jan Peeters", "Canadees Ryan Olsen", "Buitenlandse Handel Pierre Chevalier";
      // not a first name itself ("José Maria Jimenez", "Anna Sofie Claes").
      h = ahead - 1;
    } else if (h + 1 === to && tokens[h]!.sentenceStart && !isNameWord(lex, w) && lex.first.has(tokens[to]!.norm) && !lex.ambiguous.has(tokens[to]!.norm)) {
      // A capitalised sentence opener before a known first name: "Achtjarige Jente", "Deelnemer Yusuf", "Little Maya".
    } else if (h + 1 < to && tokens[h]!.sentenceStart && (kinds & TUSSENVOEGSELS.bit) && startsName(ctx, h + 2, to)) {
      h++;
    } else break;
    h++;
  }
  // "Ik ben Joke": after a stripped opener a lower-case "ben", "van", "de" is a verb or a preposition, not the name's.
  while (h > from && h < to && !acc.title && !tokens[h]!.capitalized && inList(ctx, h, TUSSENVOEGSELS)) h++;
  if (h > to) return undefined;
  // Saints name places, schools and churches: "Sint-Niklaas", "Sint-Ursulalyceum".
  if (SAINT.has(tokens[from]!.norm)) return undefined;
  let e = to;
  while (e > h && (inList(ctx, e, TUSSENVOEGSELS) || inList(ctx, e, PLACES) || inList(ctx, e, CALENDAR))) {
    // After a sure first name a place is a surname: "Eddie Jordan", "Paula Brussel"; not after a tussenvoegsel ("Jan van Gent").
    if (e === h + 1 && inList(ctx, e, PLACES) && startsName(ctx, h, e + 1) && spaceGap(ctx, h)) break;
    e--;
  }
  // After words stripped in front ("minister van Buitenlandse Zaken Hilde …"), the run's own start has the role.
  before(ctx, from, acc);
  // Lower-case tussenvoegsels before the run after a title: "meneer van der Berg".
  let spanFrom = h;
  if (h === from) {
    let k = h - 1;
    while (k >= 0 && h - k <= 3 && inList(ctx, k, TUSSENVOEGSELS) && !tokens[k]!.capitalized && spaceGap(ctx, k)) k--;
    if (k < h - 1 && k >= 0 && spaceGap(ctx, k)) {
      // Only courtesy titles: after a role, "van" names the office ("minister van Justitie").
      if (inList(ctx, k, TITLES) && h === to) {
        acc.title = true;
        spanFrom = k + 1;
      }
    }
  }
  if (acc.org) return undefined;

  // The name's words, without tussenvoegsels.
  const core: number[] = [];
  for (let k = h; k <= e; k++) if (!inList(ctx, k, TUSSENVOEGSELS) || k === e) core.push(k);
  for (const k of core) {
    const w = tokens[k]!.norm;
    if (w.length > 6 && endsInOneOf(w, ORG_SUFFIX)) return undefined;
  }
  if (core.every((k) => inList(ctx, k, PLACES) || inList(ctx, k, CALENDAR))) return undefined;

  const last = tokens[e]!;
  // AGE_AFTER, CODE_AFTER and ONE_OF all need a "(" or "," as the first or second character after the name: most names
  // have neither, and the text after them is not sliced nor the expressions run.
  const markAfter = isMarkAfter(codeAt(src, last.end)) || isMarkAfter(codeAt(src, last.end + 1));
  const after = markAfter ? src.slice(last.end, last.end + 16) : '';
  const ageAfter = markAfter && AGE_AFTER.test(after);
  // "Larmuseau antwoordde", "Köhler meent": the next word is a speech verb (same sentence, no punctuation between).
  const next = tokens[e + 1];
  if (next && next.sentence === last.sentence && !next.capitalized && SPEECH_VERBS.has(next.norm) && next.start - last.end <= 2 && spaceGap(ctx, e)) acc.said = true;
  const headAt = core[0]!;
  if (core.length === 1 && inList(ctx, headAt, TUSSENVOEGSELS)) return undefined;
  const head = tokens[headAt]!;
  const headWord = head.norm;
  const sentenceStart = tokens[h]!.sentenceStart && h === from;
  const firstKnown = lex.first.has(headWord) && !inList(ctx, headAt, CALENDAR);
  const firstSure = firstKnown && !inList(ctx, headAt, AMBIGUOUS_NAMES);

  let kind: PersonKind | undefined;
  if (core.length >= 2) {
    const tailAt = core[core.length - 1]!;
    const lastKnown = (lex.last.has(tokens[tailAt]!.norm) && !inList(ctx, tailAt, AMBIGUOUS_NAMES)) || multiSurname(ctx, h, e);
    const second = tokens[core[1]!]!.norm;
    const secondKnown = (lex.first.has(second) || lex.last.has(second)) && !inList(ctx, core[1]!, AMBIGUOUS_NAMES);
    if (isInitial(ctx, h) || firstSure) kind = 'full';
    else if (firstKnown && (lastKnown || secondKnown || !sentenceStart)) kind = 'full';
    else if (lastKnown && !sentenceStart) kind = 'full';
    else if (lastKnown && secondKnown) kind = 'full';
  } else {
    const capTus = inList(ctx, headAt, TUSSENVOEGSELS) && h < e;
    if (isInitial(ctx, h) && !capTus) return undefined;
    if (capTus) {
      // "De Smet" is on the list; "De Morgen" (a newspaper) has an ordinary word: stay silent.
      if (multiSurname(ctx, h, e)) kind = 'surname';
      else if (!sentenceStart && lex.last.has(last.norm) && !inList(ctx, e, AMBIGUOUS_NAMES)) kind = 'surname';
    } else if (firstSure) kind = 'first';
    else if (lex.last.has(headWord) && !inList(ctx, headAt, AMBIGUOUS_NAMES) && !sentenceStart) kind = 'surname';
    // "het Frans", "in het Engels", "a Ward": after "het"/"een"/"the"/"a" an ordinary word, not a name.
    else if (firstKnown && !sentenceStart && !(inList(ctx, headAt, AMBIGUOUS_NAMES) && h > 0 && NOUN_ARTICLES.has(tokens[h - 1]!.norm) && !acc.ons && !acc.care)) kind = 'first';
    else if (!sentenceStart && !commonWord(last.norm) && !inList(ctx, e, PLACES) && (capitalTussen(ctx, h, e) || SURNAME_SHAPE.test(headWord))) kind = 'surname';
    // Opening a sentence, a listed surname or a Flemish surname spelling is a name when a finite verb follows:
    // "Vandenbroucke won", "Peeters heeft gebeld"; not "Vermoedelijk is" (no "ver-" shapes here), "Bakker" (a trade word).
    else if (sentenceStart && !commonWord(headWord) && !inList(ctx, headAt, PLACES) && !inList(ctx, headAt, AMBIGUOUS_NAMES) && !inList(ctx, headAt, OPENERS) && !inList(ctx, headAt, NOT_NAMES) &&
      (lex.last.has(headWord) || SURNAME_SHAPE_START.test(headWord)) && finiteVerbAfter(ctx, e)) kind = 'surname';
  }
  // Context decides what kind of person, and makes unknown words names.
  const unknownOk = !inList(ctx, headAt, AMBIGUOUS_NAMES) || core.length > 1;
  // Right after "bewoner" or "Mevrouw" even "Frans" or "Storm" is a name.
  const cuedOk = unknownOk || firstKnown || lex.last.has(headWord);
  // A word the grammar capitalises ("Iedereen zegt", "Niemand weet") is no name.
  const plainWord = inList(ctx, headAt, OPENERS) || inList(ctx, headAt, NOT_NAMES) || commonWord(headWord);
  // "Evelien, onze nieuwe begeleidster", "Priya, our nurse": a role in apposition names a professional.
  // (The expression needs a comma as the first or second character after the name.)
  const apposition = codeAt(src, last.end) === 44 || codeAt(src, last.end + 1) === 44 ? ROLE_APPOSITION().exec(src.slice(last.end, last.end + 40)) : null;
  const appositionWord = apposition?.[1]!.toLowerCase();
  // "Joris, onze nieuwe teamcoach": compound roles too.
  if (kind && appositionWord && (PUBLIC_ROLES.has(appositionWord) || (appositionWord.length > 6 && endsInOneOf(appositionWord, ROLE_SUFFIX)))) acc.role = true;
  // "Steve Stevaert (SP)", "Safin (Rus)": a party or country code after a name makes a public figure.
  if (kind && markAfter && CODE_AFTER.test(after)) acc.role = true;
  // After a care label a name is short: "Begeleide Zomeravondfietstochten" is an activity, not a person.
  if (acc.care && !kind && headWord.length > 12) acc.care = false;
  if (acc.role || (acc.roleNear && kind)) kind = 'role';
  // "our foster daughter Lily": the care word wins over the family word.
  else if (acc.care && (kind || cuedOk) && !plainWord) kind = 'care';
  else if (acc.family && (kind || unknownOk)) kind = 'family';
  else if (acc.title && (kind || cuedOk)) kind = kind === 'full' ? 'full' : 'title';
  // "ons Lies", "onze Mohamed": the Flemish way of speaking about someone you care for. Even "Lies" is a name there.
  // An unknown word must be short like a name: "ons Sjon", not "ons Sportpaleis".
  // Not "onze Honda's", "ons Vlaamse wolkendek", "onze Euro 2000-acties".
  else if (acc.ons && (kind === 'first' || (!kind && cuedOk && !plainWord && headWord.length <= 8 && !endsInOneOf(headWord, GENITIVE_ENDINGS) && !/^\s?\d/.test(src.slice(last.end, last.end + 2)))) && headWord.length > 2 && core.length === 1) kind = 'ons';
  // A title line "Onderwijsblues (2)" is no child of two: unknown long words need more than an age.
  else if (!kind && ageAfter && unknownOk && (headWord.length <= 9 || !sentenceStart)) kind = 'age';
  else if (!kind && acc.said && unknownOk && !plainWord && core.length <= 3) kind = 'cued';
  // "Shanice, one of the girls in our home", "Bram, een van onze jongeren": one of a group of people.
  else if (!kind && core.length === 1 && markAfter && ONE_OF.test(after) && !plainWord && !inList(ctx, headAt, PLACES) && /^\p{L}{3,12}$/u.test(headWord)) kind = 'cued';
  // "Lottes eerste schilderij": a known first name with the genitive s; not a word of its own ("Frans" is no "Fran's").
  else if (!kind && core.length === 1 && headWord.length > 4 && headWord.endsWith('s') && lex.first.has(headWord.slice(0, -1)) && !AMBIGUOUS_NAMES.has(headWord.slice(0, -1)) && !inList(ctx, headAt, AMBIGUOUS_NAMES) && !commonWord(headWord)) kind = 'first';
  // "Oksana woont sinds maart in ons opvangcentrum": an unknown word opening a sentence about care, as the subject
  // of a verb of daily life, is a first name. Short and without the endings of Dutch nouns and verbs.
  else if (!kind && sentenceStart && core.length === 1 && ctx.careSentences.has(head.sentence) && !plainWord && !ctx.careEnd[core[0]!] &&
    !inList(ctx, headAt, PLACES) && !inList(ctx, headAt, INSTITUTIONS) && /^\p{L}{3,8}$/u.test(headWord) && !endsInOneOf(headWord, NOUN_ENDING) &&
    next && next.sentence === head.sentence && (SUBJECT_VERBS.has(next.norm) || FROM_WORDS.has(next.norm))) kind = 'care';
  if (!kind) return undefined;
  if (acc.title && kind === 'full') kind = 'title';
  const start = tokens[spanFrom]!.start;
  const end = last.end;
  return { type: 'person', start, end, text: ctx.text.original.slice(start, end), value: kind };
}

/**
 * Spellings only Flemish and Dutch surnames have: glued prefixes ("Vandenbroucke", "Verhofstadt",
 * "Vanthilt") and old endings ("Willockx", "Claeyssens", "Verbrugghe", "Hendrickx", "Maertens").
 */
const SURNAME_SHAPE = /^(?:vand[ae][nr]?|vanth|verh|verb|verm|verc|verl|vers|vanh|vanl|vanm|vanr)[a-z]{3,}$|(?:ckx|[^e]cx|aerts?|ynck|ycke|cke|gghe|ssens|aeys|uyck|ckaert|eyns|aey|oens|ijns|ynen|ieters)$/;

/**
 * {@link SURNAME_SHAPE} without the "ver-" openings, which at a sentence start are as often "Verbouwing", "Vermoedelijk",
 * nor "vanm-", "vanh-" ("Vanmiddag", "Vanmorgen", "Vanhier").
 */
const SURNAME_SHAPE_START = /^(?:vand[ae][nr]?|vanth|vanl|vanr)[a-z]{3,}$|(?:ckx|[^e]cx|aerts?|ynck|ycke|gghe|ssens|aeys|uyck|ckaert|eyns|aey|ijns|ynen)$/;
/** Finite verbs that often follow a subject named by surname alone. */
const FINITE_AFTER = new Set(`
  is was heeft had werd wordt zal zou kan kon moet moest blijft bleef staat stond eindigde reed rijdt werkt werkte
  speelt speelde scoorde scoort verloor wint won komt kwam gaat ging krijgt kreeg
`.trim().split(/\s+/));

/** The word after token e is a lower-case finite verb in the same sentence: "Merckx won", "Quaden zegt". */
function finiteVerbAfter(ctx: Ctx, e: number): boolean {
  const next = ctx.tokens[e + 1];
  return !!next && next.sentence === ctx.tokens[e]!.sentence && !next.capitalized && spaceGap(ctx, e) &&
    (FINITE_AFTER.has(next.norm) || SPEECH_VERBS.has(next.norm) || SUBJECT_VERBS.has(next.norm));
}

/** A capitalised "Van", "De", "Van den" in mid-sentence starting tokens h..e: "Van Roost", "De Swardt". */
function capitalTussen(ctx: Ctx, h: number, e: number): boolean {
  const t = ctx.tokens[h]!;
  // "De" also starts titles and names of things ("De Standaard", "De Boerenkrijg"): only "Van", "Vanden", "Di", "El".
  return h < e && t.capitalized && !t.sentenceStart && /^(?:van|vanden|vander|vande|von|di|el|da|dos)$/.test(t.norm);
}

/** Name words in tokens i..j: not titles, roles or tussenvoegsels. */
function coreWords(ctx: Ctx, i: number, j: number): number {
  let c = 0;
  for (let k = i; k <= j; k++) if (!(kindsAt(ctx, k) & NOT_CORE)) c++;
  return c;
}

/**
 * Index of a sure first name within the next three words of the run after `h` that starts a full name, with only
 * non-name words before it; or -1.
 */
function nameAhead(ctx: Ctx, h: number, to: number): number {
  const { tokens, lex } = ctx;
  for (let k = h + 1; k < to && k <= h + 3; k++) {
    if (startsName(ctx, k, to)) return k;
    if (isNameWord(lex, tokens[k]!.norm) || !spaceGap(ctx, k)) return -1;
  }
  return -1;
}

/** Token k is a sure first name with more of the run after it. */
function startsName(ctx: Ctx, k: number, to: number): boolean {
  return k < to && ctx.lex.first.has(ctx.tokens[k]!.norm) && !inList(ctx, k, AMBIGUOUS_NAMES);
}

function isNameWord(lex: NameLexicon, w: string): boolean {
  return lex.first.has(w) || lex.last.has(w);
}

/** Tokens h..e spell a multi-word surname from the list ("De Smet", "Van den Bossche"). */
function multiSurname(ctx: Ctx, h: number, e: number): boolean {
  const { tokens, lex } = ctx;
  for (let s = h; s < e; s++) {
    if (!inList(ctx, s, TUSSENVOEGSELS)) continue;
    let words = tokens[s]!.norm;
    for (let k = s + 1; k <= Math.min(e, s + 3); k++) {
      words += ' ' + tokens[k]!.norm;
      if (lex.lastMulti.has(words)) return true;
    }
  }
  return false;
}
