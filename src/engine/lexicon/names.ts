/**
 * Name lists for the person recogniser, built into Sets on first use (a few milliseconds).
 *
 * The lists come from names.generated.ts (see names.build.ts for the MIT-licensed sources) plus
 * the hand-made OLDER_FIRST_NAMES (given names of today's care-home residents, which lists of
 * recent births miss). Only the 5,000 most frequent Belgian surnames are shipped: on CoNLL-2002
 * Dutch the full 9,866 raise person-name F1 by 0.001–0.01 and cost 25 KB gzipped. English
 * surnames are found through a preceding first name or title, not a list.
 */
import { COMMON_WORDS, FIRST_NAMES, LAST_NAMES, MULTI_LAST_NAMES } from './names.generated';
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

let lexicon: NameLexicon | undefined;

/** The name lexicon; built once (a few milliseconds), then shared. */
export function nameLexicon(): NameLexicon {
  if (lexicon) return lexicon;
  const first = new Set(FIRST_NAMES.split(/\s+/));
  for (const name of OLDER_FIRST_NAMES) first.add(name);
  const last = new Set(LAST_NAMES.split(/\s+/));
  // Trimmed first: the template's leading newline and indent would stick to the first name ("de backer").
  const lastMulti = new Set(MULTI_LAST_NAMES.trim().split(/\s*,\s*/));
  // The splits leave an empty string from the template's leading and trailing newlines.
  first.delete('');
  last.delete('');
  lexicon = { first, last, lastMulti, ambiguous: AMBIGUOUS_NAMES };
  return lexicon;
}

let common: ReadonlySet<string> | undefined;

/** A frequent Dutch or English word that is on no name list ("iedereen", "gisteren", "because"). */
export function commonWord(folded: string): boolean {
  common ??= new Set(COMMON_WORDS.split(/\s+/).filter(Boolean));
  return common.has(folded);
}
