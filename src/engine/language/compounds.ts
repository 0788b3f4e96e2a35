/**
 * Compound knowledge from the Dutch dictionary (derived at build time, ./compounds.build.ts):
 * `kutvergadering`, `klotewerk`, `rotwijf` are compounds of a profane prefix; `rotatie`,
 * `klootjesvolk`, `kleren` only share its letters.
 */
import { FrontCodedWords } from '../lexicon/names';
import { NEAR_MISSES, ORDINARY } from './compounds.generated';

export { FUZZY_CLASSES, SWAP_CLASSES } from './compounds.generated';

const NEAR = new FrontCodedWords(NEAR_MISSES);

/** A real Dutch word one edit away from an abusive one ("baat" ~ "haat"): never read as a typo. */
export function isNearMiss(key: string): boolean {
  return NEAR.has(key);
}

/** Shortest second part we accept: "kutna" (Kutná) is not "kut" + a word. */
const MIN_HEAD = 3;

/** Whether folded `key` is `prefix` + a further word (not a dictionary word that merely starts with it). */
/** Inflections of the prefix word itself ("verdomde", "kutte"): the same word. */
const INFLECTION = new Set(['e', 'en', 'er', 'ere', 'st', 'ste', 't', 'd', 'de', 'te']);

export function isCompoundOf(key: string, prefix: string): boolean {
  if (!key.startsWith(prefix)) return false;
  const rest = key.length - prefix.length;
  if (rest < MIN_HEAD && !(rest > 0 && INFLECTION.has(key.slice(prefix.length)))) return false;
  const ordinary = ORDINARY[prefix];
  if (ordinary) for (const o of ordinary) if (key.startsWith(o)) return false;
  return true;
}
