/**
 * Care words ("cliënt", "leefgroep", "diagnose", "our client") and child words ("kind",
 * "zoon", "leerling"): language data (`src/engine/language/{nl,en}/{client-name,minor}.json`),
 * extended by the rule file's `language.client-name` and `language.minor`. Also "kamer 21": a
 * numbered room is a residence.
 */
import { CompiledLanguage, LANGUAGE_DATA, type LanguageExtension } from '../language';
import { tokenRanges, type TokenRange } from '../language/tokens';
import { noObjects } from '../array-kinds';
import { perPolicy } from '../per-policy';
import type { PreparedText } from '../text';
import type { EnginePolicy, Entity } from '../types';
import { cue } from './cues';
import { CARE_FAMILIES, wordPrecheck } from './word-precheck';

/**
 * How a care word relates a name to care: the sub-rule of the language data's rule. `staff`: care given by
 * the person named just before ("Lotte begeleidt de groep"), which makes them staff rather than a client.
 */
type CareKind = 'person' | 'setting' | 'health' | 'staff' | 'role' | 'staffing';
/** Care-word kinds about staff, not about the people in care: no care context for a name. */
export const STAFF_KINDS: ReadonlySet<unknown> = new Set(['staff', 'role', 'staffing']);

const merge = (a: LanguageExtension = {}, b: LanguageExtension = {}): LanguageExtension => ({
  words: { ...a.words, ...b.words },
  except: { ...a.except, ...b.except },
  rules: [...(a.rules ?? []), ...(b.rules ?? [])],
});

const FILES = CARE_FAMILIES.flatMap((family) => LANGUAGE_DATA[family] ?? []);
/** Care and child words in one matcher (their classes are distinct), with the rule file's additions. */
const language = perPolicy((policy: EnginePolicy) => CompiledLanguage.of(FILES, merge(policy.language?.['client-name'], policy.language?.minor)));

/** No ranges, of the kind `tokenRanges` gives (see `noObjects`): the pre-check ruled every word out. */
const NO_RANGES: readonly TokenRange[] = noObjects();

/** Care and child matches of one draft as token ranges, computed once for both finders. */
const last = { text: undefined as PreparedText | undefined, policy: undefined as EnginePolicy | undefined, ranges: NO_RANGES as readonly TokenRange[] };

/** Whether a draft could hold a care or child word (undefined: the rule file's additions cannot be pre-checked). */
const mayHold = perPolicy((policy: EnginePolicy) => ({ check: wordPrecheck(merge(policy.language?.['client-name'], policy.language?.minor)) }));

function matches(text: PreparedText, policy: EnginePolicy): readonly TokenRange[] {
  if (last.text !== text || last.policy !== policy) {
    const check = mayHold(policy).check;
    Object.assign(last, { text, policy, ranges: !check || check(text) ? tokenRanges(text, language(policy).match(text)) : NO_RANGES });
  }
  return last.ranges;
}

/** Words for people in care that are just as often anyone's ("de jongeren van vandaag", "de deelnemers van de rally"). */
const WEAK_PERSONS = new Set(['deelnemer', 'deelnemers', 'deelneemster', 'jongere', 'jongeren', 'begeleide', 'begeleiden', 'young', 'mentee', 'gast', 'gasten', 'nieuwkomer', 'nieuwkomers']);
const POSSESSIVES = new Set(['ons', 'onze', 'our', 'mijn', 'my', 'onzen']);

/** A possessive of the writer's organisation around token `i`: "onze jongeren", "de jongeren van ons project". */
function ours(text: PreparedText, i: number): boolean {
  const tokens = text.tokens;
  for (let k = i - 1; k >= Math.max(0, i - 2); k--) if (POSSESSIVES.has(tokens[k]!.norm)) return true;
  // "de jongeren van ons project", "the young people in our care".
  const via = tokens[i + 1];
  if (via && via.sentence === tokens[i]!.sentence && /^(?:van|uit|in|bij|of|from|at)$/.test(via.norm))
    for (let k = i + 2; k < Math.min(tokens.length, i + 4); k++) if (POSSESSIVES.has(tokens[k]!.norm)) return true;
  return false;
}

/** Singular weak person words that name one person when a capitalised word follows: "Deelnemer Yusuf". */
const LABELS = new Set(['deelnemer', 'deelneemster', 'jongere', 'begeleide', 'mentee']);
function labels(text: PreparedText, i: number): boolean {
  const t = text.tokens[i]!;
  const next = text.tokens[i + 1];
  return LABELS.has(t.norm) && !!next && next.sentence === t.sentence && next.capitalized && !next.allCaps && next.start - t.end === 1;
}

/** Rooms and houses of a residential setting, known by their number. */
const NUMBERED_PLACES = new Set(['kamer', 'kamernummer', 'room', 'woning', 'huisje', 'paviljoen', 'ward', 'unit', 'flat', 'studio']);
const HAS_NUMBERED_PLACE = cue(() => ({ words: NUMBERED_PLACES }));

/**
 * `careEnd` of a draft without care-person words: read past its end, every token reads as none. Most drafts have
 * none, and a typed array per draft is costly to allocate.
 */
export const NO_CARE_WORDS: Uint8Array = new Uint8Array(0);

/**
 * Care-word entities (`value`: person | setting | health) and, per token, whether it ends a care-person word
 * ({@link NO_CARE_WORDS} when none does).
 */
export function findCareWords(text: PreparedText, policy: EnginePolicy): { entities: Entity[]; careEnd: Uint8Array } {
  let careEnd = NO_CARE_WORDS;
  const entities: Entity[] = [];
  const tokens = text.tokens;
  for (const { from, to, match } of matches(text, policy)) {
    if (match.subrule === 'child') continue;
    const m = { from, to, value: match.subrule as CareKind };
    const start = tokens[m.from]!.start;
    const end = tokens[m.to - 1]!.end;
    // "deelnemers", "jongeren" are anyone's participants and young people: in care only when they are "ours".
    // A singular one used as a label before a name ("deelnemer Yusuf", "jongere Dylan") is in care too.
    if (m.value === 'person' && WEAK_PERSONS.has(tokens[m.from]!.norm) && !ours(text, m.from) && !labels(text, m.to - 1)) continue;
    entities.push({ type: 'care-word', start, end, text: text.original.slice(start, end), value: m.value });
    if (m.value === 'person') {
      if (careEnd === NO_CARE_WORDS) careEnd = new Uint8Array(tokens.length);
      careEnd[m.to - 1] = 1;
    }
  }
  // "kamer 21", "woning 3", "Ward 2": residents are known by their room or house.
  for (let i = 0, places = HAS_NUMBERED_PLACE(text); places && i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (NUMBERED_PLACES.has(t.norm) && tokens[i + 1]!.numeric && tokens[i + 1]!.norm.length <= 3 && tokens[i + 1]!.sentence === t.sentence) {
      const end = tokens[i + 1]!.end;
      entities.push({ type: 'care-word', start: t.start, end, text: text.original.slice(t.start, end), value: 'setting' });
    }
  }
  return { entities, careEnd };
}

/** Child and youth words. */
export function findChildWords(text: PreparedText, policy: EnginePolicy): Entity[] {
  const tokens = text.tokens;
  const found: Entity[] = [];
  // A loop, not filter and map (see `array-kinds.ts`).
  for (const m of matches(text, policy)) {
    if (m.match.subrule !== 'child') continue;
    const start = tokens[m.from]!.start;
    const end = tokens[m.to - 1]!.end;
    found.push({ type: 'child-word', start, end, text: text.original.slice(start, end) });
  }
  return found;
}
