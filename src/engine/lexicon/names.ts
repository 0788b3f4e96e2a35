/**
 * Name lists for the person recogniser, built into Sets on first use.
 *
 * Sources (MIT, shipped as npm packages):
 * - `@zxcvbn-ts/language-nl-be`: Statbel first names (boys, girls) and 9,866 Belgian surnames,
 *   including multi-word ones ("de smet", "van den bossche").
 * - `@zxcvbn-ts/language-en`: English first names. Its surname list (880 KB) is left out to keep
 *   the content script small; English surnames are found through a preceding first name or title.
 * - `@faker-js/faker` nl and en (MIT): the names the lists above lack, pre-extracted into
 *   faker-names.generated.ts (faker itself is only a devDependency).
 * - OLDER_FIRST_NAMES (words.ts): given names of today's care-home residents, which birth-year
 *   lists miss.
 */
import nlBoys from '@zxcvbn-ts/language-nl-be/src/boysFirstnames.json';
import nlGirls from '@zxcvbn-ts/language-nl-be/src/girlsFirstnames.json';
import nlLast from '@zxcvbn-ts/language-nl-be/src/lastnames.json';
import enFirst from '@zxcvbn-ts/language-en/src/firstnames.json';
import { FAKER_FIRST_NAMES, FAKER_LAST_NAMES } from './faker-names.generated';
import { AMBIGUOUS_NAMES, OLDER_FIRST_NAMES } from './words';

export interface NameLexicon {
  /** Folded first names (Dutch/Belgian and English). */
  first: ReadonlySet<string>;
  /** Folded one-word surnames. */
  last: ReadonlySet<string>;
  /** Folded multi-word surnames, words joined by one space ("de smet"). */
  lastMulti: ReadonlySet<string>;
  /** Names that are also ordinary words ("ben", "door", "storm"): need more evidence. */
  ambiguous: ReadonlySet<string>;
}

const MARKS = /\p{M}/gu;

/** Same folding as text.ts for list entries, without the cost of a full prepare(). */
export function foldWord(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    // Anything but a-z and space needs the full fold (diacritics, capitals, apostrophes).
    if ((c < 97 || c > 122) && c !== 32) return word.normalize('NFKD').replace(MARKS, '').toLowerCase();
  }
  return word;
}

let lexicon: NameLexicon | undefined;

/** The name lexicon; built once (a few milliseconds), then shared. */
export function nameLexicon(): NameLexicon {
  if (lexicon) return lexicon;
  const first = new Set<string>();
  for (const list of [nlBoys, nlGirls, enFirst] as string[][]) {
    for (const name of list) {
      const folded = foldWord(name);
      // Hyphenated first names are matched part by part.
      if (folded.indexOf('-') < 0 && folded.indexOf(' ') < 0) first.add(folded);
      else for (const part of folded.split(/[-\s]+/)) if (part.length > 1) first.add(part);
    }
  }
  for (const name of FAKER_FIRST_NAMES.split(/\s+/)) if (name) first.add(name);
  for (const name of OLDER_FIRST_NAMES) first.add(name);
  const last = new Set<string>();
  for (const name of FAKER_LAST_NAMES.split(/\s+/)) if (name) last.add(name);
  const lastMulti = new Set<string>();
  for (const name of nlLast as string[]) {
    let folded = foldWord(name);
    if (folded.indexOf('-') >= 0) folded = folded.replace(/-/g, ' ');
    if (folded.indexOf(' ') >= 0) lastMulti.add(folded);
    else if (folded.length > 1) last.add(folded);
  }
  lexicon = { first, last, lastMulti, ambiguous: AMBIGUOUS_NAMES };
  return lexicon;
}
