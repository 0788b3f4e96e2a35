/**
 * Helpers the client-name and minor families share: where an entity sits in the draft's
 * sentences, and initials to suggest instead of a name.
 */
import { isLetter, type PreparedText } from '../text';
import type { Entity } from '../types';

/** Sentence index of an original offset (the sentence of the token at or before it). */
function sentenceAt(text: PreparedText, offset: number): number {
  const tokens = text.tokens;
  let lo = 0;
  let hi = tokens.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start <= offset) {
      found = tokens[mid]!.sentence;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Entity with the sentence it starts in. */
export interface Placed {
  entity: Entity;
  sentence: number;
}

export function place(text: PreparedText, entities: readonly Entity[]): Placed[] {
  // Pushed, not mapped (see `array-kinds.ts`).
  const out: Placed[] = [];
  for (const entity of entities) out.push({ entity, sentence: sentenceAt(text, entity.start) });
  return out;
}

/** Characters between two spans (0 when they touch or overlap). */
export function distance(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0;
}

/** The first letter of a word, or '' when it has none. */
function firstLetter(word: string): string {
  for (const ch of word) if (isLetter(ch.codePointAt(0)!)) return ch;
  return '';
}

/** Initials for a name: "Yvonne" → "Y.", "Jan van Dijk" → "J.v.D.", "Verhaegen" → "V."; words without a letter give none. */
export function initials(name: string): string {
  // A loop, not a chain of map and filter (see `array-kinds.ts`).
  let out = '';
  for (const word of name.split(/[\s\-]+/u)) {
    const letter = firstLetter(word);
    if (letter !== '') out += `${letter}.`;
  }
  return out;
}

/**
 * Items of `sorted` (by start) whose entity starts in [from, to]: a binary search, so a check
 * stays near-linear on a 100,000-character draft with thousands of entities.
 */
export function startingIn(sorted: readonly Placed[], from: number, to: number): Placed[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.entity.start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: Placed[] = [];
  for (let k = lo; k < sorted.length && sorted[k]!.entity.start <= to; k++) out.push(sorted[k]!);
  return out;
}
