/**
 * Care words ("cliënt", "leefgroep", "diagnose", "our client") and child words ("kind",
 * "zoon", "leerling"), matched as phrases. Also "kamer 14": a numbered room is a residence.
 */
import { careWordEntries, childWordEntries, type CareKind } from '../lexicon/context';
import { PhraseMatcher } from '../phrases';
import type { PreparedText } from '../text';
import type { Entity } from '../types';

let careMatcher: PhraseMatcher<CareKind> | undefined;
let childMatcher: PhraseMatcher<'child'> | undefined;

/** Care-word entities (`value`: person | setting | health) and, per token, whether it ends a care-person word. */
export function findCareWords(text: PreparedText): { entities: Entity[]; careEnd: Uint8Array } {
  careMatcher ??= new PhraseMatcher(careWordEntries());
  const careEnd = new Uint8Array(text.tokens.length);
  const entities: Entity[] = [];
  for (const m of careMatcher.findAll(text)) {
    entities.push({ type: 'care-word', start: m.start, end: m.end, text: text.original.slice(m.start, m.end), value: m.value });
    if (m.value === 'person') careEnd[m.to - 1] = 1;
  }
  // "kamer 14", "room 12": residents are known by their room.
  const tokens = text.tokens;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if ((t.norm === 'kamer' || t.norm === 'room' || t.norm === 'kamernummer') && tokens[i + 1]!.numeric && tokens[i + 1]!.sentence === t.sentence) {
      const end = tokens[i + 1]!.end;
      entities.push({ type: 'care-word', start: t.start, end, text: text.original.slice(t.start, end), value: 'setting' });
    }
  }
  return { entities, careEnd };
}

/** Child and youth words. */
export function findChildWords(text: PreparedText): Entity[] {
  childMatcher ??= new PhraseMatcher(childWordEntries());
  return childMatcher.findAll(text).map((m) => ({
    type: 'child-word' as const,
    start: m.start,
    end: m.end,
    text: text.original.slice(m.start, m.end),
  }));
}
