/**
 * Recognisers shared by several check families: people's names, ages, birth dates, schools
 * and classes, care and child words. Computed once per check run.
 *
 * The policy's own lists take precedence over the recognisers: client names (plain or salted
 * hashes) are always persons (`value: 'client'`), staff names are marked `staff`, and names
 * of the organisation are never persons.
 */
import { findAges, findClasses, findDates, findSchools } from './recognizers/ages';
import { findCareWords, findChildWords, NO_CARE_WORDS, STAFF_KINDS } from './recognizers/context';
import { cue } from './recognizers/cues';
import { findPersons } from './recognizers/persons';
import { Endings, endsInOneOf } from './recognizers/endings';
import { hashFolded } from './hash-name';
import { twin } from './ascii-twin';
import { caselessSource } from './caseless';
import { lazy } from './lazy';
import { perPolicy } from './per-policy';
import { PhraseMatcher } from './phrases';
import { codeAt, isLatin1Letter, lettersOnly, type PreparedText } from './text';
import { OPENERS } from './lexicon/words';
import type { EnginePolicy, Entity, HashedNames } from './types';

interface PolicyMatchers {
  clients: PhraseMatcher<true>;
  staff: PhraseMatcher<true>;
  organisation: PhraseMatcher<true>;
}

const policyMatchers = perPolicy((policy): PolicyMatchers => {
  const list = (names: readonly string[] | undefined) => new PhraseMatcher((names ?? []).map((n) => [n, true] as const));
  return {
    clients: list(policy.people?.clients),
    staff: list(policy.people?.staff),
    organisation: list(policy.organisation?.names),
  };
});

/**
 * All entities in a prepared draft, sorted by start. Never throws: a failing recogniser
 * yields no entities rather than breaking every check that uses them.
 */
export function recognizeEntities(text: PreparedText, policy: EnginePolicy): Entity[] {
  const out: Entity[] = [];
  const guard = (f: () => void) => {
    try {
      f();
    } catch {
      // A recogniser bug must not stop the other recognisers or the checks.
    }
  };
  let careEnd = NO_CARE_WORDS;
  const careSentences = new Set<number>();
  guard(() => {
    const care = findCareWords(text, policy);
    careEnd = care.careEnd;
    out.push(...care.entities);
    for (const e of care.entities) if (!STAFF_KINDS.has(e.value)) careSentences.add(sentenceAt(text, e.start));
  });
  guard(() => out.push(...findChildWords(text, policy)));
  guard(() => out.push(...findAges(text)));
  guard(() => out.push(...findDates(text)));
  guard(() => out.push(...findClasses(text)));
  guard(() => out.push(...findSchools(text)));
  let persons: Entity[] = [];
  guard(() => {
    persons = findPersons(text, careEnd, careSentences);
  });
  guard(() => {
    const doing = animalSentences(text);
    persons = persons.filter((p) => !isAnimal(text, p, doing));
  });
  guard(() => {
    persons = applyPolicy(text, policy, persons, out);
  });
  out.push(...persons);
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Animal nouns, also as the end of a compound ("therapiehond", "boerderijkat"). Folded. */
const ANIMAL = new Endings(['hond', 'honden', 'hondje', 'kat', 'katten', 'katje', 'poes', 'poezen', 'poesje', 'kater', 'paard', 'paardje', 'pony', 'ezel', 'ezeltje', 'konijn', 'konijntje', 'cavia', 'kip', 'kippen', 'haan', 'geit', 'geitje', 'schaap', 'schaapje', 'varken', 'varkentje', 'papegaai', 'parkiet', 'hamster', 'dog', 'dogs', 'cat', 'cats', 'puppy', 'kitten', 'kitty', 'rabbit', 'bunny', 'horse', 'donkey', 'hen', 'hens', 'goat', 'sheep', 'parrot', 'budgie']);
/** "Bruno, onze hond", "Max (de kat)": what the words right after a name call it. */
export const APPOSITION_SOURCE = caselessSource(String.raw`^\s?[,(]\s?(?:(?:de|het|onze|ons|the|our|a|an|een)\s+)?(?:(?:nieuwe|new|vaste|lieve|trouwe)\s+)?([\p{L}-]+(?:\s[\p{L}-]+)?)`);
const APPOSITION = twin(APPOSITION_SOURCE, 'u');
/** What animals do: "hij kwispelde", "tail wagging", "spinde op schoot". Folded; a final `*` takes any further letters. */
const ANIMAL_DOING_WORDS = ['kwispel*', 'blaft', 'blafte', 'blaffen', 'miauw*', 'spinde', 'spint', 'hinnik*', 'balkte', 'wagging', 'wagged', 'wags', 'purr*', 'barked', 'barking', 'woof', 'pootje', 'pootjes', 'paw', 'paws'];
const ANIMAL_DOING = lazy(() => new RegExp(`(?<!\\p{L})(?:${ANIMAL_DOING_WORDS.map((w) => w.replace(/\*$/, '\\p{L}*')).join('|')})(?!\\p{L})`, 'u'));
/**
 * Whether a draft holds one of {@link ANIMAL_DOING_WORDS} (a word, or the beginning of a word for those with `*`), read
 * with the recognisers' other cues from the tokens: most drafts hold none, and the expression is not run for them.
 */
const HAS_ANIMAL_DOING = cue(() => ({
  words: ANIMAL_DOING_WORDS.filter((w) => !w.endsWith('*')),
  beginnings: ANIMAL_DOING_WORDS.filter((w) => w.endsWith('*')).map((w) => w.slice(0, -1)),
}));

/**
 * A name that is a pet's ("onze kat Felix", "Therapiehond Max", "Luna, the new therapy dog", "Onze Bruno … kwispelde"):
 * an animal word just before or in apposition after the name, or what animals do in the name's sentence or the next two.
 */
/** Per sentence, whether it says what animals do; undefined when the draft never does (the common case). */
function animalSentences(text: PreparedText): Uint8Array | undefined {
  if (!HAS_ANIMAL_DOING(text) || !ANIMAL_DOING().test(text.folded)) return undefined;
  const tokens = text.tokens;
  const out = new Uint8Array((tokens[tokens.length - 1]?.sentence ?? 0) + 3);
  for (const t of tokens) if (ANIMAL_DOING().test(t.norm)) out[t.sentence] = 1;
  return out;
}

const isAppositionMark = (c: number) => c === 44 || c === 40;
/** May be `\s`: any character beyond Latin-1 is let through (read by the expression). */
const mayBeSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c > 0xff;
/** May begin a word of {@link APPOSITION} (`[\p{L}\u0345-]`, an article being letters too). */
const mayBeWordStart = (c: number) => c === 45 || isLatin1Letter(c) || c > 0xff;
/**
 * Whether {@link APPOSITION} may match at `at`: its `^\s?[,(]\s?` and then a letter or hyphen, read by character code.
 * "Clementine (88)" and "Jan, 12," have none: the expression is not compiled for them.
 */
export function mayHaveApposition(original: string, at: number): boolean {
  let k = at;
  if (!isAppositionMark(codeAt(original, k))) {
    if (!mayBeSpace(codeAt(original, k)) || !isAppositionMark(codeAt(original, k + 1))) return false;
    k++;
  }
  const c = codeAt(original, k + 1);
  return mayBeWordStart(c) || (mayBeSpace(c) && mayBeWordStart(codeAt(original, k + 2)));
}

function isAnimal(text: PreparedText, p: Entity, doing: Uint8Array | undefined): boolean {
  if (p.value === 'client' || p.value === 'staff' || /\s/.test(p.text)) return false;
  const tokens = text.tokens;
  // First token ending after the name's start (binary search: a long draft has thousands of names).
  let i = 0;
  for (let hi = tokens.length; i < hi; ) {
    const mid = (i + hi) >> 1;
    if (tokens[mid]!.end <= p.start) i = mid + 1;
    else hi = mid;
  }
  for (let k = i - 1; k >= Math.max(0, i - 2); k--) if (endsInOneOf(tokens[k]!.norm, ANIMAL) && tokens[k]!.sentence === tokens[i]?.sentence) return true;
  // Most names have no comma or bracket and word right after them: read by character code before slicing and running the expression.
  if (mayHaveApposition(text.original, p.end)) {
    const after = text.original.slice(p.end, p.end + 48);
    const apposition = APPOSITION(after).exec(after);
    if (apposition && apposition[1]!.split(/\s/).some((w) => endsInOneOf(w.toLowerCase(), ANIMAL))) return true;
  }
  // After a care word or a title ("our resident Frank", "Mevrouw Peeters") the name is a person's, whatever else is in the post.
  if (!doing || p.value === 'care' || p.value === 'title' || i >= tokens.length) return false;
  // The name's sentence and the next two: "Onze Bruno is jarig! … hij kwispelde van plezier."
  const s = tokens[i]!.sentence;
  return !!(doing[s] || doing[s + 1] || doing[s + 2]);
}

/** Sentence of the first token that ends after an original offset (binary search: drafts can be long). */
function sentenceAt(text: PreparedText, offset: number): number {
  const tokens = text.tokens;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo < tokens.length ? tokens[lo]!.sentence : -1;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

function applyPolicy(text: PreparedText, policy: EnginePolicy, persons: Entity[], others: readonly Entity[]): Entity[] {
  const m = policyMatchers(policy);
  const schools = others.filter((e) => e.type === 'school');
  const org = m.organisation.size ? m.organisation.findAll(text) : [];
  let kept = persons.filter((p) => !org.some((o) => overlaps(o, p)) && !schools.some((s) => overlaps(s, p)));

  if (m.staff.size) {
    for (const s of m.staff.findAll(text)) {
      let covered = false;
      for (const p of kept) {
        if (overlaps(p, s)) {
          p.value = 'staff';
          covered = true;
        }
      }
      if (!covered) kept.push(person(text, s.start, s.end, 'staff'));
    }
  }

  const clients: Entity[] = [];
  if (m.clients.size) for (const c of m.clients.findAll(text)) clients.push(person(text, c.start, c.end, 'client'));
  const hashed = policy.people?.hashedClients ?? [];
  if (hashed.length) clients.push(...findHashedClients(text, hashed));
  if (clients.length) {
    // A listed client wins over whatever the recogniser made of the same words.
    kept = kept.filter((p) => p.value === 'staff' || !clients.some((c) => overlaps(c, p)));
    const staffSpans = kept.filter((p) => p.value === 'staff');
    for (const c of clients) if (!staffSpans.some((s) => s.start <= c.start && s.end >= c.end)) kept.push(c);
  }
  return dedupe(kept);
}

/**
 * Hash results per list, by window of words. Drafts are re-checked on every keystroke, so the same windows come
 * back again and again; SHA-256 is the expensive part. The windows of one start ("Anna", "Anna Maria", "Anna Maria
 * Peeters") are a path of nodes keyed by each word's key, so a look-up builds no joined string: the folded window
 * (keys joined by a space; keys hold no space) is made only to hash it, once per window.
 */
interface WindowNode {
  /** Whether this window's hash is on the list; undefined until first asked. */
  listed?: boolean;
  next?: Map<string, WindowNode>;
}
interface HashCache {
  root: Map<string, WindowNode>;
  size: number;
}
const hashCache = new WeakMap<HashedNames, HashCache>();
const HASH_CACHE_MAX = 20_000;

function cacheOf(list: HashedNames): HashCache {
  let cache = hashCache.get(list);
  if (!cache) hashCache.set(list, (cache = { root: new Map(), size: 0 }));
  return cache;
}

/** The node of a window one word longer than `parent`'s (or of one word, without a parent). */
function windowNode(cache: HashCache, parent: WindowNode | undefined, key: string): WindowNode {
  if (cache.size >= HASH_CACHE_MAX) {
    // Bounded: start over (nodes still held by the caller keep answering correctly, they are only no longer kept).
    cache.root = new Map();
    cache.size = 0;
  }
  const level = parent ? (parent.next ??= new Map()) : cache.root;
  let node = level.get(key);
  if (!node) {
    level.set(key, (node = {}));
    cache.size++;
  }
  return node;
}

function isListed(list: HashedNames, node: WindowNode, tokens: PreparedText['tokens'], from: number, to: number): boolean {
  if (node.listed === undefined) {
    let folded = tokens[from]!.key;
    for (let k = from + 1; k < to; k++) folded += ' ' + tokens[k]!.key;
    node.listed = list.hashes.has(hashFolded(list.salt, folded));
  }
  return node.listed;
}

/** Windows of 1–3 tokens that start and end with a capitalised word, hashed with each salt. */
function findHashedClients(text: PreparedText, lists: readonly HashedNames[]): Entity[] {
  const out: Entity[] = [];
  const tokens = text.tokens;
  // Pushed, not mapped (see `array-kinds.ts`).
  const caches: HashCache[] = [];
  for (const list of lists) caches.push(cacheOf(list));
  const at: WindowNode[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.capitalized || t.allCaps || !lettersOnly(t.norm)) continue;
    // "Vandaag", "Maar": a sentence opener is no name's first word.
    if (t.sentenceStart && OPENERS.has(t.norm)) continue;
    // The longest window that ends on a capitalised word: the windows past it are never hashed, nor their nodes needed.
    let longest = 1;
    for (let len = 2; len <= 3 && i + len - 1 < tokens.length; len++) {
      const last = tokens[i + len - 1]!;
      if (last.sentence !== t.sentence || last.start - tokens[i + len - 2]!.end > 2 || !lettersOnly(last.norm)) break;
      if (last.capitalized) longest = len;
    }
    for (let len = 1; len <= longest; len++) {
      const last = tokens[i + len - 1]!;
      for (let l = 0; l < lists.length; l++) at[l] = windowNode(caches[l]!, len > 1 ? at[l] : undefined, last.key);
      if (!last.capitalized) continue;
      // A listed first name alone is a name to watch, not a listed client: it needs care context.
      for (let l = 0; l < lists.length; l++)
        if (isListed(lists[l]!, at[l]!, tokens, i, i + len)) out.push(person(text, t.start, last.end, lists[l]!.contextOnly ? 'listed-first-name' : 'client'));
    }
  }
  return out;
}

function person(text: PreparedText, start: number, end: number, value: string): Entity {
  return { type: 'person', start, end, text: text.original.slice(start, end), value };
}

/** Keep the longest of overlapping persons. */
function dedupe(persons: Entity[]): Entity[] {
  persons.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Entity[] = [];
  for (const p of persons) {
    const prev = out[out.length - 1];
    if (prev && overlaps(prev, p)) {
      if (p.value === 'client' && prev.value !== 'client') out[out.length - 1] = p;
      continue;
    }
    out.push(p);
  }
  return out;
}
