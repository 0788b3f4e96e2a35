/**
 * Street addresses in Dutch and Flemish notation: a street name with a street suffix followed
 * by a house number ("Kapelstraat 27", "Frankrijklei 5 bus 3", "Grote Markt 1"),
 * optionally with a postcode and town ("9000 Gent", "1234 AB Utrecht"), before or after the street
 * ("1000 Brussel, Grote Markt 5"); abbreviated ("Kerkstr. 12") and in Brussels' French notation
 * ("Rue de la Loi 16", "Avenue Louise 54").
 */
import { lettersOnly, type PreparedText, type Token } from '../text';

export interface AddressMatch {
  start: number;
  end: number;
  /** Token index of the street name. */
  street: number;
  /** A postcode follows the house number. */
  postcode: boolean;
  /** Suffix that rarely ends other words (straat, laan…). */
  strong: boolean;
}

/** Suffixes that hardly ever end a word that is not a street name, even typed in lower case. */
const SAFE_SUFFIXES = ['straat', 'laan', 'steenweg', 'dreef', 'gracht', 'singel', 'straatje', 'laantje', 'boulevard'];
/** Street suffixes that also end ordinary words ("onderweg", "speelplein"): need a capital. */
const CAPITAL_SUFFIXES = ['str', 'stwg', 'weg', 'plein', 'kaai', 'kade', 'lei', 'dijk', 'steeg', 'vest', 'wegel', 'gaarde', 'plantsoen', 'burgwal'];
/** Suffixes common in ordinary words ("loopbaan", "pretpark"): need a capital and a postcode or home cue. */
const WEAK_SUFFIXES = ['markt', 'hof', 'park', 'baan', 'pad', 'ring', 'veld', 'berg', 'hoek', 'dries', 'kouter', 'meers', 'heide', 'akker', 'erf', 'hoeve', 'wal'];
/** Words ending in a street suffix that are not streets. */
const NOT_STREETS = new Set(['onderweg', 'halfweg', 'snelweg', 'autosnelweg', 'zijweg', 'alleweg', 'rijweg', 'fietsweg', 'waterweg', 'luchtweg', 'luchtwegen', 'kruispunt', 'loopbaan', 'rijstraat']);
const NUMBER_WORDS = new Set(['nr', 'nummer', 'no', 'num', 'huisnummer', 'huisnr', 'number']);
/** {@link NUMBER_WORDS}, looked up only for words starting with their letters (n, h): the address finders ask of every word. */
const isNumberWord = (word: string) => {
  const c = word.charCodeAt(0);
  return (c === 110 || c === 104) && NUMBER_WORDS.has(word);
};
/** "12", "2a", "112bis", "7ter". */
const HOUSE_NUMBER = /^\d{1,4}(?:[a-z]|bis|ter)?$/;
/** {@link HOUSE_NUMBER}, with the regular expression run only on words that start with a digit (few do). */
const isHouseNumber = (word: string) => {
  const c = word.charCodeAt(0);
  return c >= 48 && c <= 57 && HOUSE_NUMBER.test(word);
};
/** French street words that come before the name ("Rue de la Loi", "Chaussée de Gand", "Av. Louise"). */
const FR_STREET = new Set(['rue', 'avenue', 'av', 'chaussee', 'chee', 'boulevard', 'bd', 'place', 'chemin', 'quai', 'allee', 'impasse', 'drève', 'dreve', 'clos', 'square']);
const FR_PARTICLE = new Set(['de', 'du', 'des', 'la', 'le', 'l', 'd', 'les', 'aux', 'au']);
const SUFFIXES: Array<[suffix: string, kind: 'safe' | 'capital' | 'weak']> = [
  ...SAFE_SUFFIXES.map((s) => [s, 'safe'] as [string, 'safe']),
  ...CAPITAL_SUFFIXES.map((s) => [s, 'capital'] as [string, 'capital']),
  ...WEAK_SUFFIXES.map((s) => [s, 'weak'] as [string, 'weak']),
  // Longest first, so "steenweg" wins over "weg".
].sort((a, b) => b[0].length - a[0].length);
/** {@link SUFFIXES} by their last letter, each list in the same order: a word is tried only against those it can end in. */
const SUFFIXES_BY_LAST = new Map<number, typeof SUFFIXES>();
for (const entry of SUFFIXES) {
  const last = entry[0].charCodeAt(entry[0].length - 1);
  SUFFIXES_BY_LAST.set(last, [...(SUFFIXES_BY_LAST.get(last) ?? []), entry]);
}

/**
 * Find addresses. `homeCue(tokenIndex)` tells whether the sentence speaks of where someone
 * lives; weak street suffixes need it (or a postcode). Linear in the number of tokens.
 */
export function findAddresses(text: PreparedText, homeCue: (index: number) => boolean): AddressMatch[] {
  const tokens = text.tokens;
  const out: AddressMatch[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    // Cheapest test first: a street is followed by a house number (or "nr").
    const following = tokens[i + 1]!.norm;
    if (!isHouseNumber(following) && !isNumberWord(following)) continue;
    const t = tokens[i]!;
    const french = frenchStreet(tokens, i);
    // French street words are common words too ("Place", "Square"): like weak suffixes, they need a postcode or a home cue.
    const kind = french >= 0 ? 'weak' : streetKind(t, tokens[i - 1], gap(text, tokens[i - 1], t));
    if (!kind) continue;
    // House number, possibly after "nr." ("Kerkstraat nr. 12").
    let n = i + 1;
    if (isNumberWord(tokens[n]!.norm) && n + 1 < tokens.length) n++;
    const num = tokens[n]!;
    if (!HOUSE_NUMBER.test(num.norm) || !/^[\s,.:]{1,3}$/.test(text.folded.slice(tokens[n - 1]!.nEnd, num.nStart))) continue;
    if (Number.parseInt(num.norm, 10) === 0) continue;
    // "Aardbeienstraat, 8800 Roeselare": that number is the postcode, the house number is missing.
    if (/^\d{4}$/.test(num.norm) && tokens[n + 1]?.capitalized) continue;
    let end = n;
    // "12 bus 3", "12/3", "12-14", "12 A".
    const next = tokens[end + 1];
    if (next && (next.norm === 'bus' || next.norm === 'box') && tokens[end + 2]?.numeric) end += 2;
    else if (next?.numeric && /^[/\-]$/.test(text.folded.slice(num.nEnd, next.nStart))) end += 1;
    const postcodeEnd = findPostcode(text, end + 1);
    let from = french >= 0 ? french : i;
    // Extend to the left over "Sint-", "Koning ", "Van Eyck" parts of the name.
    while (from > 0 && i - from < 3) {
      const prev = tokens[from - 1]!;
      const g = gap(text, prev, tokens[from]!);
      if (g === '-' || (g === ' ' && prev.capitalized && tokens[from]!.capitalized && !tokens[from]!.sentenceStart)) from--;
      // Amsterdam's numbered streets: "2e Jan Steenstraat", "1ste Hulstraat".
      else if (g === ' ' && /^\d{1,2}(?:e|de|ste)$/.test(prev.norm) && tokens[from]!.capitalized) {
        from--;
        break;
      } else break;
    }
    const postcodeStart = postcodeEnd < 0 ? findPostcodeBefore(text, from) : -1;
    if (kind === 'weak' && postcodeEnd < 0 && postcodeStart < 0 && !homeCue(i)) continue;
    if (postcodeEnd >= 0) end = postcodeEnd;
    if (postcodeStart >= 0) from = postcodeStart;
    out.push({ start: tokens[from]!.start, end: tokens[end]!.end, street: i, postcode: postcodeEnd >= 0 || postcodeStart >= 0, strong: kind !== 'weak' });
    i = end;
  }
  return out;
}

/** English street words after the name: "14 Rose Lane", "221 Baker Street". */
const EN_STREET = new Set(['street', 'st', 'road', 'rd', 'lane', 'ln', 'avenue', 'ave', 'drive', 'dr', 'close', 'way', 'court', 'ct', 'crescent', 'terrace', 'grove', 'gardens', 'square', 'row', 'mews', 'place', 'pl', 'hill', 'walk', 'rise', 'boulevard', 'blvd']);

/**
 * English notation, house number first: "14 Rose Lane", "8 Oak Street, Bruges". Needs the street word capitalised
 * and, like weak Dutch suffixes, a postcode or a home cue.
 */
export function findEnglishAddresses(text: PreparedText, homeCue: (index: number) => boolean): AddressMatch[] {
  const tokens = text.tokens;
  const out: AddressMatch[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const num = tokens[i]!;
    if (!isHouseNumber(num.norm) || !num.numeric && !/^\d/.test(num.norm)) continue;
    let k = i + 1;
    while (k < tokens.length && k <= i + 3 && tokens[k]!.capitalized && !EN_STREET.has(tokens[k]!.norm) && tokens[k]!.sentence === num.sentence) k++;
    const street = tokens[k];
    if (k === i + 1 || !street || !street.capitalized || !EN_STREET.has(street.norm) || street.sentence !== num.sentence) continue;
    const postcodeEnd = findPostcode(text, k + 1);
    if (postcodeEnd < 0 && !homeCue(i)) continue;
    const end = postcodeEnd >= 0 ? postcodeEnd : k;
    out.push({ start: num.start, end: tokens[end]!.end, street: i + 1, postcode: postcodeEnd >= 0, strong: true });
    i = end;
  }
  return out;
}

/**
 * The number first, as people say it: "op nummer 14 in de Lindenlaan", "huisnummer 8 aan de Kerkstraat",
 * "at number 9 on Mill Lane". Needs the number word, and like weak suffixes a home cue unless the street is plain.
 */
export function findNumberFirst(text: PreparedText, homeCue: (index: number) => boolean): AddressMatch[] {
  const tokens = text.tokens;
  const out: AddressMatch[] = [];
  for (let i = 0; i + 3 < tokens.length; i++) {
    const word = tokens[i]!;
    if (!isNumberWord(word.norm) || !HOUSE_NUMBER.test(tokens[i + 1]!.norm)) continue;
    let k = i + 2;
    if (!['in', 'op', 'aan', 'on', 'at'].includes(tokens[k]!.norm)) continue;
    k++;
    if (['de', 'het', 'the'].includes(tokens[k]?.norm ?? '')) k++;
    const street = tokens[k];
    if (!street || street.sentence !== word.sentence) continue;
    let kind = streetKind(street, tokens[k - 1], gap(text, tokens[k - 1], street));
    let end = k;
    // "Mill Lane": a capitalised name and an English street word.
    if (!kind && street.capitalized && tokens[k + 1]?.capitalized && EN_STREET.has(tokens[k + 1]!.norm)) (kind = 'capital'), (end = k + 1);
    if (!kind || (kind === 'weak' && !homeCue(k))) continue;
    out.push({ start: word.start, end: tokens[end]!.end, street: k, postcode: false, strong: kind !== 'weak' });
    i = end;
  }
  return out;
}

/** A street word is letters only: {@link lettersOnly} and no apostrophe (`^\p{L}+$`, read by code on ASCII rather than compiling the Unicode class). */
const APOSTROPHE = /['\u2019]/;

function streetKind(t: Token, prev: Token | undefined, gapBefore: string): 'safe' | 'capital' | 'weak' | undefined {
  const n = t.norm;
  const suffixes = SUFFIXES_BY_LAST.get(n.charCodeAt(n.length - 1));
  if (!suffixes || n.length < 3 || !lettersOnly(n) || APOSTROPHE.test(n) || NOT_STREETS.has(n)) return undefined;
  for (const [suffix, kind] of suffixes) {
    if (!n.endsWith(suffix)) continue;
    if (n.length === suffix.length) {
      // A bare "Markt", "Plein", "Laan" is a street only as part of a name: "Grote Markt".
      const named = prev && t.capitalized && prev.capitalized && (gapBefore === ' ' || gapBefore === '-');
      return named ? (kind === 'weak' ? 'capital' : kind) : undefined;
    }
    if (n.length - suffix.length < 2) return undefined;
    if (kind === 'safe') return kind;
    return t.capitalized ? kind : undefined;
  }
  return undefined;
}

/** Token index of the French street word whose name ends at `i` ("Rue de la Loi"), or -1. */
function frenchStreet(tokens: readonly Token[], i: number): number {
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    const t = tokens[k]!;
    if (t.sentence !== tokens[i]!.sentence) return -1;
    if (FR_STREET.has(t.norm) && t.capitalized && tokens[i]!.capitalized) return k;
    if (!t.capitalized && !FR_PARTICLE.has(t.norm)) return -1;
  }
  return -1;
}

/** Start of a postcode and town just before the street, "9000 Gent, Veldstraat 5", or -1. */
function findPostcodeBefore(text: PreparedText, from: number): number {
  const town = text.tokens[from - 1];
  const code = text.tokens[from - 2];
  if (!town?.capitalized || !code || !/^[\s,\-]{1,3}$/.test(gap(text, town, text.tokens[from]!)) || !/\s*,|\s-\s/.test(gap(text, town, text.tokens[from]!))) return -1;
  if (/^[1-9]\d{3}$/.test(code.norm) && /^\s$/.test(gap(text, code, town))) return from - 2;
  // "3512 AB Utrecht, …"
  const nl = text.tokens[from - 3];
  if (nl && /^[1-9]\d{3}$/.test(nl.norm) && /^[A-Z]{2}$/.test(text.cased.slice(code.nStart, code.nEnd))) return from - 3;
  return -1;
}

function gap(text: PreparedText, a: Token | undefined, b: Token): string {
  return a ? text.folded.slice(a.nEnd, b.nStart) : '';
}

/** Token index of the end of a postcode (+ town) starting at or just after `i`, or -1. */
function findPostcode(text: PreparedText, i: number): number {
  const tokens = text.tokens;
  for (let k = i; k < Math.min(i + 2, tokens.length); k++) {
    const t = tokens[k]!;
    // A town before a UK postcode: "Derby DE22 3LP".
    if (k === i && t.capitalized && !t.allCaps && ukPostcodeAt(text, k + 1)) return k + 2;
    // NL: "1234AB" or "1234 AB"; BE: "9000 Gent".
    if (/^\d{4}[a-z]{2}$/.test(t.norm) && /^\d{4}\s?[A-Z]{2}$/.test(text.cased.slice(t.nStart, t.nEnd))) return withTown(text, k);
    // UK: "DE22 3LP", "LS6 2AB", after the town ("14 Rose Lane, Derby DE22 3LP").
    if (ukPostcodeAt(text, k)) return k + 1;
    if (!/^[1-9]\d{3}$/.test(t.norm)) continue;
    const next = tokens[k + 1];
    if (!next) return -1;
    const casedNext = text.cased.slice(next.nStart, next.nEnd);
    if (/^[A-Z]{2}$/.test(casedNext) && /^\s$/.test(text.folded.slice(t.nEnd, next.nStart))) return withTown(text, k + 1);
    if (next.capitalized && /^\s$/.test(text.folded.slice(t.nEnd, next.nStart))) return townEnd(text, k + 1);
    return -1;
  }
  return -1;
}

function ukPostcodeAt(text: PreparedText, k: number): boolean {
  const a = text.tokens[k];
  const b = text.tokens[k + 1];
  return (
    !!a &&
    !!b &&
    /^[A-Z]{1,2}\d[A-Z\d]?$/.test(text.cased.slice(a.nStart, a.nEnd)) &&
    /^\d[A-Z]{2}$/.test(text.cased.slice(b.nStart, b.nEnd)) &&
    /^\s$/.test(text.folded.slice(a.nEnd, b.nStart))
  );
}

function withTown(text: PreparedText, k: number): number {
  const next = text.tokens[k + 1];
  return next && next.capitalized && /^[\s,]{1,2}$/.test(text.folded.slice(text.tokens[k]!.nEnd, next.nStart)) ? townEnd(text, k + 1) : k;
}

/** Last token of a town name that may be hyphenated: "Sint-Amandsberg", "Heist-op-den-Berg". */
function townEnd(text: PreparedText, k: number): number {
  const tokens = text.tokens;
  while (k + 1 < tokens.length && text.folded.slice(tokens[k]!.nEnd, tokens[k + 1]!.nStart) === '-') k++;
  return k;
}
