/**
 * Care words ("cliënt", "leefgroep", "diagnose", "our client") and child words ("kind",
 * "zoon", "leerling"), matched as phrases. Also "kamer 21": a numbered room is a residence.
 */
import { careWordEntries, childWordEntries, type CareKind } from '../lexicon/context';
import type { PreparedText } from '../text';
import type { Entity } from '../types';

/**
 * A minimal phrase matcher for the project's own word lists, which are already folded ASCII:
 * skips PhraseMatcher's per-phrase prepare() so the first check stays fast.
 */
interface WordList<T> {
  byFirst: Map<string, Array<{ words: string[]; prefix: boolean; value: T }>>;
  /** One-word prefixes by their first UTF-16 unit: a token is tried only against those it could start with. */
  prefixes: Map<number, Array<{ words: string[]; value: T }>>;
}

function compile<T>(entries: Array<[string, T]>): WordList<T> {
  const byFirst: WordList<T>['byFirst'] = new Map();
  const prefixes: WordList<T>['prefixes'] = new Map();
  for (const [phrase, value] of entries) {
    const words = phrase.split(' ');
    const prefix = words[words.length - 1]!.endsWith('*');
    if (prefix) words[words.length - 1] = words[words.length - 1]!.slice(0, -1);
    if (prefix && words.length === 1) {
      const first = words[0]!.charCodeAt(0);
      const list = prefixes.get(first);
      if (list) list.push({ words, value });
      else prefixes.set(first, [{ words, value }]);
    }
    else {
      const list = byFirst.get(words[0]!);
      if (list) list.push({ words, prefix, value });
      else byFirst.set(words[0]!, [{ words, prefix, value }]);
    }
  }
  return { byFirst, prefixes };
}

interface Match<T> {
  from: number;
  to: number;
  value: T;
}

function findAll<T>(list: WordList<T>, text: PreparedText): Match<T>[] {
  const out: Match<T>[] = [];
  const tokens = text.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const key = tokens[i]!.key;
    for (const p of list.prefixes.get(key.charCodeAt(0)) ?? []) if (key.startsWith(p.words[0]!)) out.push({ from: i, to: i + 1, value: p.value });
    const candidates = list.byFirst.get(key);
    if (!candidates) continue;
    for (const c of candidates) {
      const to = i + c.words.length;
      if (to > tokens.length) continue;
      let ok = true;
      for (let k = 1; k < c.words.length && ok; k++) {
        const t = tokens[i + k]!.key;
        ok = c.prefix && k === c.words.length - 1 ? t.startsWith(c.words[k]!) : t === c.words[k];
      }
      if (ok) out.push({ from: i, to, value: c.value });
    }
  }
  return out;
}

/** Words for people in care that are just as often anyone's ("de jongeren van vandaag", "de deelnemers van de rally"). */
const WEAK_PERSONS = new Set(['deelnemer', 'deelnemers', 'deelneemster', 'jongere', 'jongeren', 'begeleide', 'begeleiden', 'young', 'mentee']);
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

let careList: WordList<CareKind> | undefined;
let childList: WordList<'child'> | undefined;

/** Care-word entities (`value`: person | setting | health) and, per token, whether it ends a care-person word. */
export function findCareWords(text: PreparedText): { entities: Entity[]; careEnd: Uint8Array } {
  careList ??= compile(careWordEntries());
  const careEnd = new Uint8Array(text.tokens.length);
  const entities: Entity[] = [];
  const tokens = text.tokens;
  for (const m of findAll(careList, text)) {
    const start = tokens[m.from]!.start;
    const end = tokens[m.to - 1]!.end;
    // "deelnemers", "jongeren" are anyone's participants and young people: in care only when they are "ours".
    // A singular one used as a label before a name ("deelnemer Yusuf", "jongere Dylan") is in care too.
    if (m.value === 'person' && WEAK_PERSONS.has(tokens[m.from]!.norm) && !ours(text, m.from) && !labels(text, m.to - 1)) continue;
    entities.push({ type: 'care-word', start, end, text: text.original.slice(start, end), value: m.value });
    if (m.value === 'person') careEnd[m.to - 1] = 1;
  }
  // "kamer 21", "woning 3", "Ward 2": residents are known by their room or house.
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (NUMBERED_PLACES.has(t.norm) && tokens[i + 1]!.numeric && tokens[i + 1]!.norm.length <= 3 && tokens[i + 1]!.sentence === t.sentence) {
      const end = tokens[i + 1]!.end;
      entities.push({ type: 'care-word', start: t.start, end, text: text.original.slice(t.start, end), value: 'setting' });
    }
  }
  return { entities, careEnd };
}

/** Child and youth words. */
export function findChildWords(text: PreparedText): Entity[] {
  childList ??= compile(childWordEntries());
  const tokens = text.tokens;
  return findAll(childList, text).map((m) => {
    const start = tokens[m.from]!.start;
    const end = tokens[m.to - 1]!.end;
    return { type: 'child-word' as const, start, end, text: text.original.slice(start, end) };
  });
}
