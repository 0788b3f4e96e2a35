/**
 * Person-name recogniser for Dutch (nl-BE, nl-NL) and English drafts.
 *
 * Runs of capitalised words (with lower-case tussenvoegsels and hyphens inside) are weighed
 * against the name lists and their surroundings: a title ("Mevrouw Verhaegen"), a role
 * ("Minister Vanhoutte": a public figure), a care word ("onze cliënt Thomas"), a family word
 * ("mijn zoon Tom"), "ons/onze" ("ons Sjon") or an age right after ("Wannes (14)").
 * One pass over the tokens; every look-up is a Set probe.
 */
import { nameLexicon, type NameLexicon } from '../lexicon/names';
import { AMBIGUOUS_NAMES, CALENDAR, FAMILY, INSTITUTIONS, ONS, OPENERS, PLACES, PUBLIC_ROLES, TITLES, TUSSENVOEGSELS } from '../lexicon/words';
import type { PreparedText, Token } from '../text';
import type { Entity } from '../types';

/**
 * How a person name was recognised, in `Entity.value`:
 * - `full`, `first`, `surname`: from the name lists;
 * - `title`, `ons`, `care`, `age`: an unknown or ambiguous word made a name by its context;
 * - `role`: a public figure or professional ("Minister Vanhoutte", "collega Annelies");
 * - `family`: the writer's family ("mijn zoon Tom");
 * - `client`, `staff`: on the policy's lists (set by recognizeEntities).
 */
export type PersonKind = 'full' | 'first' | 'surname' | 'title' | 'ons' | 'care' | 'age' | 'role' | 'family' | 'client' | 'staff';

const SAINT = new Set(['sint', 'st', 'heilige', 'onze-lieve-vrouw', 'saint', 'san', 'santa']);
/** Words inside a role's office: "minister van Welzijn", "the Mayor of Ghent". */
const OFFICE_WORDS = new Set(['van', 'of', 'the', 'de', 'het', 'voor', 'for', 'en', 'and']);
/** Longest run of words one name can span ("Jan-Willem van den Bossche"). */
const MAX_RUN = 6;
const SPACE = /^[ \t\u00a0]{1,3}$/;
const HYPHEN = /^[-\u2010\u2011]$/;
/** Letters only (an apostrophe inside is fine: "D'hondt"). */
const WORDLIKE = /^\p{L}[\p{L}'’]*$/u;
/** Endings of school and organisation names: "Sint-Ursulalyceum" is no person. */
const ORG_SUFFIX = /(?:school|college|lyceum|atheneum|athenaeum|instituut|gymnasium|academie|centrum|huis|hof|park|straat|laan|plein|kerk|kliniek|vzw)$/;
/** Age right after a name: "Wannes (14)", "Wannes (14 jaar)", "Wannes, 14,". */
const AGE_AFTER = /^\s?(?:\(\s*\d{1,3}\s*(?:j|jr|jaar|y|yo|yrs?|years?)?\.?\s*\)|,\s*\d{1,2}\s*(?:jaar|j)?\s*,)/;

interface Ctx {
  text: PreparedText;
  tokens: Token[];
  lex: NameLexicon;
  /** careEnd[i]: token i ends a word for a person in care ("cliënt", "our client"). */
  careEnd: Uint8Array;
}

function isCap(t: Token): boolean {
  return t.capitalized && !t.allCaps && !t.numeric && WORDLIKE.test(t.norm);
}

function gap(ctx: Ctx, i: number): string {
  const a = ctx.tokens[i]!;
  const b = ctx.tokens[i + 1]!;
  // Long gaps are never inside a name; don't slice them.
  return b.start - a.end > 4 ? '    ' : ctx.text.original.slice(a.end, b.start);
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
export function findPersons(text: PreparedText, careEnd: Uint8Array): Entity[] {
  const ctx: Ctx = { text, tokens: text.tokens, lex: nameLexicon(), careEnd };
  const out: Entity[] = [];
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
      const g = gap(ctx, j);
      const next = tokens[j + 1]!;
      if (tokens[j + 1]!.sentence !== tokens[j]!.sentence && !isInitial(ctx, j)) break;
      if (HYPHEN.test(g) && isCap(next)) {
        j++;
        continue;
      }
      const spaced = SPACE.test(g) || (isInitial(ctx, j) && /^\.\s{0,2}$/.test(g));
      if (!spaced) break;
      if (isCap(next)) {
        j++;
        continue;
      }
      // "Jan van Dijk": a tussenvoegsel only after a lone first word; after a full name
      // "van" says where someone is from ("Tine Hendrickx van Het Nieuwsblad").
      let k = j + 1;
      while (k < n && k - j <= 3 && TUSSENVOEGSELS.has(tokens[k]!.norm) && SPACE.test(gap(ctx, k - 1))) k++;
      if (coreWords(tokens, i, j) === 1 && k > j + 1 && k < n && isCap(tokens[k]!) && SPACE.test(gap(ctx, k - 1))) {
        j = k;
        continue;
      }
      break;
    }
    const entity = evaluateRun(ctx, i, j);
    if (entity) {
      // "onze vrijwilligers Rita en Georges", "my sons Tom and Max": the cue covers the list.
      const prev = out[out.length - 1];
      if (prev && (prev.value === 'role' || prev.value === 'family') && entity.value !== 'role' && /^\s*(?:,|en|and|&)\s*$/.test(text.original.slice(prev.end, entity.start)))
        entity.value = prev.value;
      out.push(entity);
    }
    i = j + 1;
  }
  return out;
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
}

/** Look at the word before token `h` (same sentence, separated by a space or a comma). */
function before(ctx: Ctx, h: number, acc: Before): void {
  if (h === 0) return;
  const prev = ctx.tokens[h - 1]!;
  const g = gap(ctx, h - 1);
  const w = prev.norm;
  // "Mr. Smith", "Mevr. Peeters", "Dr. Claes": the full stop of an abbreviated title.
  const abbreviated = /^\.[ \t\u00a0]{1,2}$/.test(g) && (TITLES.has(w) || PUBLIC_ROLES.has(w));
  if (!abbreviated && !/^[ \t\u00a0]*[:,]?[ \t\u00a0]{0,2}$/.test(g)) return;
  if (TITLES.has(w)) acc.title = true;
  if (PUBLIC_ROLES.has(w)) acc.role = true;
  if (ONS.has(w)) acc.ons = true;
  if (FAMILY.has(w)) acc.family = true;
  if (INSTITUTIONS.has(w)) acc.org = true;
  if (ctx.careEnd[h - 1]) acc.care = true;
  // "'s Merel Bos", "'s-Hertogenbosch"
  if (w === 's' && /['’]$/.test(ctx.text.original.slice(Math.max(0, prev.start - 1), prev.start))) acc.org = true;
  // A role with its office in between: "burgemeester van Leuven, Pieter Van den Broeck", "the Mayor of Leuven, …".
  if (!acc.role) {
    const sentence = ctx.tokens[h]!.sentence;
    for (let k = h - 2; k >= 0 && k >= h - 5; k--) {
      const t = ctx.tokens[k]!;
      if (t.sentence !== sentence) break;
      if (PUBLIC_ROLES.has(t.norm)) {
        acc.roleNear = true;
        break;
      }
      if (!t.capitalized && !OFFICE_WORDS.has(t.norm)) break;
    }
  }
}

function evaluateRun(ctx: Ctx, from: number, to: number): Entity | undefined {
  const { tokens, lex } = ctx;
  const acc: Before = { title: false, role: false, roleNear: false, ons: false, care: false, family: false, org: false };
  // Strip leading cue words that are capitalised ("Mevrouw Verhaegen", "Minister Vanhoutte", "Onze Mila").
  let h = from;
  while (h <= to) {
    const w = tokens[h]!.norm;
    if (TITLES.has(w)) acc.title = true;
    else if (PUBLIC_ROLES.has(w)) acc.role = true;
    else if (ONS.has(w)) acc.ons = true;
    else if (FAMILY.has(w)) acc.family = true;
    else if (ctx.careEnd[h]) acc.care = true; // "Bewoner Frans", "Client Jessica"
    else if (PLACES.has(w) || CALENDAR.has(w) || INSTITUTIONS.has(w)) acc.org ||= INSTITUTIONS.has(w);
    else if (OPENERS.has(w) && (tokens[h]!.sentenceStart || /^(?:hallo|hoi|hey|dag|dank|bedankt|merci|proficiat|welkom|thanks|congrats|welcome|dear|hi|hello)$/.test(w))) {
      // "Maar Herman zei", "Dag Yvonne", "Thanks Emily".
    } else if (h < to && (!isNameWord(lex, w) || tokens[h]!.sentenceStart) && startsName(lex, tokens, h + 1, to)) {
      // A word in front of a full name: "Gisteren Jan Peeters", "Canadees Ryan Olsen",
      // "Welzijn Ann Verhulst", "De Zweed Lars Nilsson".
    } else if (h + 1 < to && tokens[h]!.sentenceStart && TUSSENVOEGSELS.has(w) && startsName(lex, tokens, h + 2, to)) {
      h++;
    } else break;
    h++;
  }
  if (h > to) return undefined;
  // Saints name places, schools and churches: "Sint-Niklaas", "Sint-Ursulalyceum".
  if (SAINT.has(tokens[from]!.norm)) return undefined;
  let e = to;
  while (e > h && (TUSSENVOEGSELS.has(tokens[e]!.norm) || PLACES.has(tokens[e]!.norm) || CALENDAR.has(tokens[e]!.norm))) e--;
  if (h === from) before(ctx, h, acc);
  // Lower-case tussenvoegsels before the run after a title: "meneer van der Berg".
  let spanFrom = h;
  if (h === from) {
    let k = h - 1;
    while (k >= 0 && h - k <= 3 && TUSSENVOEGSELS.has(tokens[k]!.norm) && !tokens[k]!.capitalized && SPACE.test(gap(ctx, k))) k--;
    if (k < h - 1 && k >= 0 && SPACE.test(gap(ctx, k))) {
      // Only courtesy titles: after a role, "van" names the office ("minister van Justitie").
      if (TITLES.has(tokens[k]!.norm) && h === to) {
        acc.title = true;
        spanFrom = k + 1;
      }
    }
  }
  if (acc.org) return undefined;

  // The name's words, without tussenvoegsels.
  const core: number[] = [];
  for (let k = h; k <= e; k++) if (!TUSSENVOEGSELS.has(tokens[k]!.norm) || k === e) core.push(k);
  for (const k of core) {
    const w = tokens[k]!.norm;
    if (ORG_SUFFIX.test(w) && w.length > 6) return undefined;
  }
  if (core.every((k) => PLACES.has(tokens[k]!.norm) || CALENDAR.has(tokens[k]!.norm))) return undefined;

  const last = tokens[e]!;
  const after = ctx.text.original.slice(last.end, last.end + 16);
  const ageAfter = AGE_AFTER.test(after);
  if (core.length === 1 && TUSSENVOEGSELS.has(tokens[core[0]!]!.norm)) return undefined;
  const head = tokens[core[0]!]!;
  const headWord = head.norm;
  const sentenceStart = tokens[h]!.sentenceStart && h === from;
  const firstKnown = lex.first.has(headWord) && !CALENDAR.has(headWord);
  const firstSure = firstKnown && !AMBIGUOUS_NAMES.has(headWord);

  let kind: PersonKind | undefined;
  if (core.length >= 2) {
    const tail = tokens[core[core.length - 1]!]!.norm;
    const lastKnown = (lex.last.has(tail) && !AMBIGUOUS_NAMES.has(tail)) || multiSurname(ctx, h, e);
    const second = tokens[core[1]!]!.norm;
    const secondKnown = (lex.first.has(second) || lex.last.has(second)) && !AMBIGUOUS_NAMES.has(second);
    if (isInitial(ctx, h) || firstSure) kind = 'full';
    else if (firstKnown && (lastKnown || secondKnown || !sentenceStart)) kind = 'full';
    else if (lastKnown && !sentenceStart) kind = 'full';
    else if (lastKnown && secondKnown) kind = 'full';
  } else {
    const capTus = TUSSENVOEGSELS.has(headWord) && h < e;
    if (isInitial(ctx, h) && !capTus) return undefined;
    if (capTus) {
      // "De Smet" is on the list; "De Morgen" (a newspaper) has an ordinary word: stay silent.
      if (multiSurname(ctx, h, e)) kind = 'surname';
      else if (!sentenceStart && lex.last.has(last.norm) && !AMBIGUOUS_NAMES.has(last.norm)) kind = 'surname';
    } else if (firstSure) kind = 'first';
    else if (lex.last.has(headWord) && !AMBIGUOUS_NAMES.has(headWord) && !sentenceStart) kind = 'surname';
    else if (firstKnown && !sentenceStart) kind = 'first';
  }
  // Context decides what kind of person, and makes unknown words names.
  const unknownOk = !AMBIGUOUS_NAMES.has(headWord) || core.length > 1;
  // Right after "bewoner" or "Mevrouw" even "Frans" or "Storm" is a name.
  const cuedOk = unknownOk || firstKnown || lex.last.has(headWord);
  if (acc.role || (acc.roleNear && kind)) kind = 'role';
  else if (acc.family && (kind || unknownOk)) kind = 'family';
  else if (acc.title && (kind || cuedOk)) kind = kind === 'full' ? 'full' : 'title';
  else if (!kind && acc.care && cuedOk) kind = 'care';
  else if (!kind && acc.ons && unknownOk && headWord.length > 2) kind = 'ons';
  else if (!kind && ageAfter && unknownOk) kind = 'age';
  if (!kind) return undefined;
  if (acc.title && kind === 'full') kind = 'title';
  const start = tokens[spanFrom]!.start;
  const end = last.end;
  return { type: 'person', start, end, text: ctx.text.original.slice(start, end), value: kind };
}

/** Name words in tokens i..j: not titles, roles or tussenvoegsels. */
function coreWords(tokens: Token[], i: number, j: number): number {
  let c = 0;
  for (let k = i; k <= j; k++) {
    const w = tokens[k]!.norm;
    if (!TITLES.has(w) && !PUBLIC_ROLES.has(w) && !TUSSENVOEGSELS.has(w) && !ONS.has(w)) c++;
  }
  return c;
}

/** Token k is a sure first name with more of the run after it. */
function startsName(lex: NameLexicon, tokens: Token[], k: number, to: number): boolean {
  const w = tokens[k]!.norm;
  return k < to && lex.first.has(w) && !AMBIGUOUS_NAMES.has(w);
}

function isNameWord(lex: NameLexicon, w: string): boolean {
  return lex.first.has(w) || lex.last.has(w);
}

/** Tokens h..e spell a multi-word surname from the list ("De Smet", "Van den Bossche"). */
function multiSurname(ctx: Ctx, h: number, e: number): boolean {
  const { tokens, lex } = ctx;
  for (let s = h; s < e; s++) {
    if (!TUSSENVOEGSELS.has(tokens[s]!.norm)) continue;
    let words = tokens[s]!.norm;
    for (let k = s + 1; k <= Math.min(e, s + 3); k++) {
      words += ' ' + tokens[k]!.norm;
      if (lex.lastMulti.has(words)) return true;
    }
  }
  return false;
}
