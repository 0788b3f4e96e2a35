/**
 * Compound knowledge from the Dutch dictionary (derived at build time, ./compounds.build.ts):
 * `kutvergadering`, `klotewerk`, `rotwijf` are compounds of a profane prefix; `rotatie`,
 * `klootjesvolk`, `kleren` only share its letters.
 */
import { ORDINARY } from './compounds.generated';

/** Shortest second part we accept: "kutna" (Kutná) is not "kut" + a word. */
const MIN_HEAD = 3;

/** Whether folded `key` is `prefix` + a further word (not a dictionary word that merely starts with it). */
export function isCompoundOf(key: string, prefix: string): boolean {
  if (key.length - prefix.length < MIN_HEAD || !key.startsWith(prefix)) return false;
  const ordinary = ORDINARY[prefix];
  if (ordinary) for (const o of ordinary) if (key.startsWith(o)) return false;
  return true;
}
