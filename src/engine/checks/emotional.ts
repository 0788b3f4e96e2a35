/**
 * `emotional`: anger, profanity, insults, threats, hate and shouting.
 *
 * Policy: "Zoek geen ruzie. Plaats geen lasterlijk, grof, obsceen of bedreigend materiaal"
 * and "Tel tot 10, echt, dat helpt."
 *
 * How it works, in order:
 * 1. Words: the draft's tokens, with cheap evasions undone — fragments joined when the join
 *    is a lexicon word ("kank er"), run-together words split at a function word
 *    ("jullieidioten"), one typo away from a strong word corrected ("kankre", "idoit").
 * 2. Each word gets classes from the lexicon (curse, insult, person, identity, violence…).
 * 3. Clauses (split at punctuation and conjunctions) decide what needs context: contempt and
 *    violence count only when aimed at a person or group in the clause, and not when negated
 *    ("ik heb niets tegen X", "ik veracht hen niet"). Curses, insult nouns and slurs count anywhere.
 *
 * Sub-rules and default severities:
 * - `threat` block, `hate` block: violence or contempt aimed at people / protected groups.
 *   Both, and `curse` (disease curses, "krijg de kanker"), are strong: see STRONG_EMOTION_RULES.
 * - `curse` warn, `profanity` warn, `insult` warn, `shouting` warn, `venting` warn (the venting
 *   list is fixed phrases, precise enough to warn).
 */
import type { Check, CheckContext } from '../rule';
import { PhraseMatcher } from '../phrases';
import { foldPhrase, type PreparedText, type Token } from '../text';
import * as L from '../lexicon/emotional';
import { FUZZY_EXCEPTION_WORDS } from '../lexicon/emotional-fuzzy-exceptions';

/** Sub-rules whose findings are strong language: the UI applies the policy's "tel tot 10" cooldown. */
export const STRONG_EMOTION_RULES: readonly string[] = ['emotional/threat', 'emotional/hate', 'emotional/curse'];

/** Whether a finding's rule id is strong language (threat, hate, heavy curse). */
export function isStrongEmotion(rule: string): boolean {
  return STRONG_EMOTION_RULES.includes(rule);
}

type Sub = 'threat' | 'hate' | 'curse' | 'profanity' | 'insult' | 'shouting' | 'venting';

// ---------------------------------------------------------------------------
// Lexicon compilation (once, at module load)

const C = {
  curse: 1,
  profanity: 1 << 1,
  insult: 1 << 2,
  framed: 1 << 3,
  slur: 1 << 4,
  guarded: 1 << 5,
  adj: 1 << 6,
  posq: 1 << 7,
  hate: 1 << 8,
  violence: 1 << 9,
  violenceStrong: 1 << 10,
  identity: 1 << 11,
  identityAdj: 1 << 12,
  personHead: 1 << 13,
  person: 1 << 14,
  pronoun: 1 << 15,
  negator: 1 << 16,
  intent: 1 << 17,
  func: 1 << 18,
} as const;

const fold = (w: string) => foldPhrase(w);

const WORDS = new Map<string, number>();
const PREFIXES: Array<[string, number]> = [];
/** Multi-word entries of class lists ("af te slachten"): a match gives its last word the class. */
const CLASS_PHRASES: Array<readonly [string, number]> = [];
const addWords = (list: readonly string[], cls: number, phrases?: string[]) => {
  for (const raw of list) {
    const isPrefix = raw.endsWith('*');
    const f = fold(isPrefix ? raw.slice(0, -1) : raw);
    if (!f) continue;
    if (f.includes(' ')) {
      if (phrases) phrases.push(raw);
      else CLASS_PHRASES.push([raw, cls]);
      continue;
    }
    if (isPrefix) PREFIXES.push([f, cls]);
    else WORDS.set(f, (WORDS.get(f) ?? 0) | cls);
  }
};
const profanityPhrases: string[] = [];
addWords(L.CURSE_WORDS, C.curse);
addWords(L.PROFANITY_WORDS, C.profanity, profanityPhrases);
addWords(L.INSULT_NOUNS, C.insult);
addWords(L.FRAMED_NOUNS, C.framed);
addWords(L.SLURS, C.slur);
addWords(L.GUARDED_SLURS, C.guarded);
addWords(L.CONTEMPT_ADJECTIVES, C.adj);
addWords(L.POSITIVE_QUALITIES, C.posq);
addWords(L.HATE_VERBS, C.hate);
addWords(L.VIOLENCE_WORDS, C.violence);
addWords(L.VIOLENCE_STRONG, C.violenceStrong | C.violence);
addWords(L.IDENTITY_NOUNS, C.identity | C.person);
addWords(L.IDENTITY_ADJECTIVES, C.identityAdj);
addWords(L.PERSON_HEADS, C.personHead);
addWords(L.PERSON_NOUNS, C.person);
addWords(L.PERSON_PRONOUNS, C.pronoun);
addWords(L.NEGATORS, C.negator);
addWords(L.INTENT_WORDS, C.intent);
addWords(L.FUNCTION_WORDS, C.func);
// Guarded slurs are not slurs by themselves, whatever other list they are in.
for (const [w, cls] of WORDS) if (cls & C.guarded) WORDS.set(w, cls & ~C.slur & ~C.insult);

const set = (list: readonly string[]) => new Set(list.map(fold));
const PROFANITY_EXCEPTIONS = set(L.PROFANITY_EXCEPTIONS);
const DISEASES = set(L.CURSE_DISEASES);
const DISEASE_PARTS = [...set(L.DISEASE_COMPOUND_PARTS)];
const ACRONYMS = set(L.ACRONYMS);
const PERSON_SUFFIX_EXCEPTIONS = set(L.PERSON_SUFFIX_EXCEPTIONS);

/** Classes that make a word "strong" enough to rebuild it from fragments or typos. */
const STRONG_CLS = C.curse | C.insult | C.slur | C.hate | C.violenceStrong | C.identity | C.adj | C.framed | C.guarded;

/** Words eligible for typo correction: strong, at least 4 letters, not a short common word. */
const FUZZY_TARGETS: string[] = [];
for (const [w, cls] of WORDS) {
  if (!(cls & (C.curse | C.insult | C.slur | C.hate | C.violence | C.identity | C.adj | C.framed))) continue;
  if (w.length < 4 || !/^[a-z]+$/.test(w)) continue;
  FUZZY_TARGETS.push(w);
}
for (const [p] of PREFIXES) if (p.length >= 5 && /^[a-z]+$/.test(p)) FUZZY_TARGETS.push(p);
/** Deletion index: each target and its one-deletion variants → targets. */
const FUZZY_INDEX = new Map<string, string[]>();
for (const w of FUZZY_TARGETS) {
  const variants = new Set([w]);
  for (let k = 0; k < w.length; k++) variants.add(w.slice(0, k) + w.slice(k + 1));
  for (const v of variants) {
    const list = FUZZY_INDEX.get(v);
    if (list) list.push(w);
    else FUZZY_INDEX.set(v, [w]);
  }
}
/** Ordinary words within one edit of a strong word ("baat" ~ "haat"): never corrected. */
const FUZZY_EXCEPTIONS = new Set(FUZZY_EXCEPTION_WORDS);

const CLASS_PHRASE_MATCHER = new PhraseMatcher(CLASS_PHRASES);
const phraseMatcher = (list: readonly string[]) => new PhraseMatcher(list.map((p) => [p, p] as const));
const THREATS = phraseMatcher(L.THREAT_PHRASES);
const DEGRADE = phraseMatcher(L.DEGRADE_PHRASES);
const VENTING = phraseMatcher(L.VENTING_PHRASES);
const INSULTS = phraseMatcher(L.INSULT_PHRASES);
const PROFANE = phraseMatcher(profanityPhrases);

// Small closed sets used by the frames below.
const INSULT_FRAME = set([
  'vuile', 'vuil', 'smerige', 'stomme', 'vieze', 'achterlijke', 'domme', 'gore', 'vette', 'lelijke', 'arrogante', 'kut',
  'rot', 'stuk', 'stelletje', 'stel', 'bende', 'zoals', 'jij', 'jullie', 'you', 'stupid', 'dirty', 'fucking', 'filthy',
  'ugly', 'bunch', 'vuilste', 'grootste', 'totale', 'enorme', 'echte', 'vuile', 'zielige', 'gestoorde', 'walgelijke',
  'onnozele', 'verwaande', 'luie', 'waardeloze', 'hypocriete', 'laffe', 'valse',
]);
const COPULA = set(['zijn', 'is', 'ben', 'bent', 'zijt', 'was', 'waren', 'blijven', 'blijft', 'lijken', 'lijkt', 'vind', 'vindt', 'vond', 'noem', 'noemen', 'worden', 'wordt', 'are', 'am', 'were', 'be', 'zijnde']);
const SELF = set(['ik', 'mezelf', 'mijzelf', 'me', 'wij', 'we', 'onszelf', 'ons', 'zelf', 'trotse', 'trots', 'mede', 'i', 'myself', 'we', 'ourselves', 'proud']);
const FIRST_PERSON = set(['ik', 'we', 'wij', 'i', 'we']);
const CLAUSE_CONJ = set(['maar', 'want', 'omdat', 'terwijl', 'toen', 'wanneer', 'hoewel', 'zodat', 'but', 'because', 'while', 'although', 'though', 'whereas']);
const SUBJECT_PRONOUNS = set(['ik', 'je', 'jij', 'ge', 'gij', 'we', 'wij', 'ze', 'zij', 'hij', 'iemand', 'u', 'i', 'you', 'he', 'she', 'they', 'someone']);
const SAY_VERBS = set(['gezegd', 'zeggen', 'zei', 'zegt', 'zeg', 'beweerd', 'beweren', 'noemen', 'genoemd', 'noemt', 'said', 'say', 'says', 'called']);
const PREPOSITIONS = set(['van', 'voor', 'met', 'bij', 'over', 'of', 'for', 'with', 'about']);
const DETERMINERS = set(['de', 'het', 'een', 'die', 'deze', 'dat', 'al', 'alle', 'the', 'a', 'an', 'those', 'these', 'all']);
const EMOTE_FRAME = set(['maakt', 'maken', 'maak', 'laten', 'laat', 'makes', 'make', 'word', 'wordt']);
const SINGULAR_VERBS = set(['is', 'was', 'zou', 'heeft', 'had', 'kan', 'moet', 'wil', 'zal', 'gaat', 'komt', 'vindt', 'zegt', 'werd', 'wordt']);
const PERSON_SUFFIX = /^[a-z'-]{2,}(?:ers|aars|eurs|euren|isten|iers|anten|ici|ianen)$/;
/** Weak violence words: only a threat right after their victim (not "foto's van de bewoners ophangen"). */
const NOUN_MARKERS = set(['de', 'van', 'tientallen', 'honderden', 'duizenden', 'vele', 'veel', 'talloze', 'aantal', 'twee', 'drie', 'vier', 'vijf', 'zes', 'tien', 'meer', 'minder', 'geen', 'alle', 'onder', 'bij', 'met', 'en']);
const POSSESSIVES = set(['zijn', 'haar', 'hun', 'jouw', 'je', 'uw', 'his', 'her', 'their', 'your']);
const BODY_PARTS = set(['keel', 'kelen', 'nek', 'nekken', 'kop', 'hoofd', 'schedel', 'benen', 'botten', 'gezicht', 'smoel', 'bek', 'throat', 'neck', 'head', 'face']);
const WEAK_VIOLENCE = set([
  'ophangen', 'opgehangen', 'verdrinken', 'verbranden', 'afschieten', 'elimineren', 'deporteren', 'gedeporteerd',
  'vernietigen', 'opblazen', 'aanvallen', 'afrekenen', 'slachten', 'wegvagen', 'hangen', 'burn', 'hang', 'beat', 'hurt', 'shoot', 'gas',
]);
/** Violence words that need a companion word in the clause ("nek" + "breken"). */
const COMPANION: ReadonlyMap<string, readonly string[]> = new Map(
  [
    ['nek', ['breken', 'breek', 'omdraaien', 'gebroken']],
    ['nekken', ['breken', 'breek', 'omdraaien', 'gebroken']],
    ['breken', ['nek', 'nekken', 'botten', 'benen', 'schedel']],
    ['keel', ['doorsnijden', 'door', 'dichtknijpen', 'doorgesneden']],
    ['kelen', ['doorsnijden', 'door', 'doorgesneden']],
    ['lijden', ['laten', 'zien', 'doen', 'moeten', 'moet', 'zal', 'zullen']],
    ['weg', ['moeten', 'moet', 'allemaal', 'met']],
    ['dood', ['aan', 'allemaal', 'zouden', 'moeten', 'moet', 'wil', 'wens', 'schiet', 'sla', 'maak', 'zijn']],
    ['gas', ['erop', 'op', 'in', 'de']],
    ['sterven', ['verdienen', 'verdient', 'moeten', 'moet', 'laten', 'zullen', 'mogen']],
    ['kogel', ['door', 'in', 'verdienen', 'verdient']],
    ['kogels', ['door', 'in', 'verdienen', 'verdient']],
    ['steken', ['neer', 'dood']],
    ['die', ['should', 'deserve', 'deserves', 'must', 'hope', 'wish', 'go']],
    ['dead', ['should', 'wish', 'want', 'be', 'all']],
  ].map(([k, v]) => [k as string, v as string[]]),
);

// ---------------------------------------------------------------------------
// Words

interface Word {
  key: string;
  start: number;
  end: number;
  nStart: number;
  nEnd: number;
  sentence: number;
  clause: number;
  cls: number;
  /** Capitalised mid-sentence (a name or an ethnonym rather than a slur). */
  properNoun: boolean;
  sentenceStart: boolean;
  /** Typed with look-alike digits ("h0mo"): an evasion, itself a signal. */
  leet: boolean;
}

/** Classes per key, cached: drafts repeat words, and the split search classifies many substrings. */
const CLASS_CACHE = new Map<string, number>();
function classify(key: string): number {
  let cls = CLASS_CACHE.get(key);
  if (cls === undefined) {
    if (CLASS_CACHE.size > 20_000) CLASS_CACHE.clear();
    cls = classifyUncached(key);
    CLASS_CACHE.set(key, cls);
  }
  return cls;
}

function classifyUncached(key: string): number {
  let cls = WORDS.get(key) ?? 0;
  if (PROFANITY_EXCEPTIONS.has(key)) return cls;
  for (const [p, c] of PREFIXES) if (key.startsWith(p)) cls |= c;
  for (const d of DISEASES) {
    if (key.length > d.length && key.startsWith(d) && cls & C.curse) {
      // "kankeronderzoek", "kankerpatiënten": the disease, not a curse.
      const rest = key.slice(d.length);
      if (DISEASE_PARTS.some((part) => rest.startsWith(part) && (rest.length === part.length || part.length >= 4))) cls &= ~C.curse;
      if (d === 'pest') cls &= ~C.curse; // "pesten" is bullying; pest-curses are listed whole.
    }
  }
  return cls;
}

/** One edit (insertion, deletion, adjacent swap) apart. */
function oneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    // Substitutions are left out: "verhoorden" ~ "vermoorden", "baat" ~ "haat" are real words.
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

const FUZZY_CACHE = new Map<string, string | undefined>();
/** A strong word one edit away from `key` (cached). */
function fuzzy(key: string): string | undefined {
  if (FUZZY_CACHE.has(key)) return FUZZY_CACHE.get(key);
  if (FUZZY_CACHE.size > 20_000) FUZZY_CACHE.clear();
  const found = fuzzyUncached(key);
  FUZZY_CACHE.set(key, found);
  return found;
}

function fuzzyUncached(key: string): string | undefined {
  if (key.length < 4 || key.length > 24 || !/^[a-z]+$/.test(key) || FUZZY_EXCEPTIONS.has(key)) return undefined;
  const found = new Set<string>();
  const probe = (v: string) => {
    for (const w of FUZZY_INDEX.get(v) ?? []) if (oneEdit(key, w)) found.add(w);
  };
  probe(key);
  for (let k = 0; k < key.length; k++) probe(key.slice(0, k) + key.slice(k + 1));
  if (found.size === 0) return undefined;
  // Short words: only a swap ("hata", "odod"); a deletion or substitution hits too many real words.
  const anagram = (w: string) => w.length === key.length && [...w].sort().join('') === [...key].sort().join('');
  const swaps = [...found].filter(anagram);
  if (key.length < 5) return swaps[0];
  return swaps[0] ?? [...found].sort((x, y) => y.length - x.length)[0];
}

const isLetters = (s: string) => /^[a-z]+$/.test(s);

const SPLIT_CACHE = new Map<string, [string, string, number] | undefined>();
/** "jullieidioten" → ["jullie", "idioten", 6]; cached per word. */
function splitRunTogether(key: string): [string, string, number] | undefined {
  if (SPLIT_CACHE.has(key)) return SPLIT_CACHE.get(key);
  if (SPLIT_CACHE.size > 20_000) SPLIT_CACHE.clear();
  let split: [string, string, number] | undefined;
  for (let k = 2; k <= key.length - 2 && !split; k++) {
    const a = key.slice(0, k);
    const b = key.slice(k);
    const ca = classify(a);
    const cb = classify(b);
    const strongA = ((ca & STRONG_CLS && a.length >= 4) || (ca & C.violence && a.length >= 6)) && !(ca & C.func);
    const strongB = ((cb & STRONG_CLS && b.length >= 4) || (cb & C.violence && b.length >= 6)) && !(cb & C.func);
    // The other half is a function word, or itself a strong word ("vrouwendoorsnijden"), not a short
    // noun: "vrouwengek" is one word.
    const otherOk = (c: number, len: number) => (c & (C.func | C.pronoun)) !== 0 || ((c & STRONG_CLS) !== 0 && len >= 5);
    if ((strongA && otherOk(cb, b.length)) || (strongB && otherOk(ca, a.length))) split = [a, b, k];
  }
  SPLIT_CACHE.set(key, split);
  return split;
}

function buildWords(text: PreparedText): Word[] {
  const tokens = text.tokens;
  const out: Word[] = [];
  const toWord = (t: Token, key = t.key, cls = classify(key), end = t.end, nEnd = t.nEnd): Word => ({
    key,
    start: t.start,
    end,
    nStart: t.nStart,
    nEnd,
    sentence: t.sentence,
    clause: 0,
    cls,
    properNoun: t.capitalized && !t.sentenceStart && !t.allCaps,
    sentenceStart: t.sentenceStart,
    leet: t.key !== t.norm,
  });
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const cls = classify(t.key);
    // Fragments split by a space to dodge the list: "kank er", "idi oten".
    if (!(cls & STRONG_CLS) && i + 1 < tokens.length && t.key.length <= 8) {
      let joined = t.key;
      let j = i;
      let done: Word | undefined;
      while (j + 1 < tokens.length && j - i < 3) {
        const n = tokens[j + 1]!;
        if (n.sentence !== t.sentence || text.folded.slice(tokens[j]!.nEnd, n.nStart) !== ' ' || n.key.length > 8) break;
        joined += n.key;
        j++;
        const jc = classify(joined);
        // Only whole lexicon words: a prefix match would join "kleren zijn" into a curse.
        if (joined.length >= 5 && jc & STRONG_CLS && !(jc & C.func) && (WORDS.has(joined) || DISEASES.has(joined))) {
          const parts = tokens.slice(i, j + 1);
          // Two ordinary words that happen to spell a slur stay apart unless one is a stub.
          if (parts.every((p) => classify(p.key) & (C.func | C.person | C.intent)) && parts.every((p) => p.key.length > 2)) break;
          done = toWord(t, joined, jc, n.end, n.nEnd);
          break;
        }
      }
      if (done) {
        out.push(done);
        i = j;
        continue;
      }
    }
    // Run-together words: "jullieidioten", "ikhaat", "zijnongedierte".
    if (!cls && t.key.length >= 6 && t.key.length <= 30 && isLetters(t.key)) {
      const split = splitRunTogether(t.key);
      if (split) {
        const [a, b, k] = split;
        const left = toWord(t, a);
        const right = toWord(t, b);
        // Both halves keep the token's span: offsets must point into the original.
        left.nEnd = t.nStart + k;
        right.nStart = t.nStart + k;
        out.push(left, right);
        continue;
      }
    }
    let w = toWord(t, t.key, cls);
    if (!cls && !w.properNoun) {
      const fixed = fuzzy(t.key);
      if (fixed) w = toWord(t, fixed);
    }
    out.push(w);
  }
  assignClauses(text, out);
  return out;
}

function assignClauses(text: PreparedText, words: Word[]) {
  let clause = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const prev = words[i - 1];
    if (prev) {
      const between = prev.nEnd <= w.nStart ? text.folded.slice(prev.nEnd, w.nStart) : '';
      const next = words[i + 1];
      const startsSub = (w.key === 'als' || w.key === 'en' || w.key === 'and' || w.key === 'if') && next && SUBJECT_PRONOUNS.has(next.key);
      if (w.sentence !== prev.sentence || /[,;:()\u2013\u2014]/.test(between) || CLAUSE_CONJ.has(w.key) || startsSub) clause++;
    }
    w.clause = clause;
  }
}

// ---------------------------------------------------------------------------
// The check

interface Ctx {
  words: Word[];
  /** Per word memo bits: identity (1 known, 2 value), person (4, 8), noun nearby (16, 32). */
  memo: Uint8Array;
  text: PreparedText;
  /** Earliest word index that is a person noun (for resolving "ze"/"they"). */
  firstPersonNoun: number;
  report: (from: number, to: number, sub: Sub, messageId: string, word?: string) => void;
}

const has = (w: Word | undefined, c: number) => !!w && (w.cls & c) !== 0;

/**
 * Memoise a per-word predicate in two bits of `ctx.memo[i]` (bit `known`: computed, the next
 * bit: its value): the predicates call each other across the sentence, and long drafts would
 * otherwise recompute them for every word that asks.
 */
function memoized(known: number, compute: (ctx: Ctx, i: number) => boolean): (ctx: Ctx, i: number) => boolean {
  const value = known << 1;
  return (ctx, i) => {
    const memo = ctx.memo[i]!;
    if (memo & known) return (memo & value) !== 0;
    const result = compute(ctx, i);
    ctx.memo[i] = ctx.memo[i]! | known | (result ? value : 0);
    return result;
  };
}

const isIdentity = memoized(1, isIdentityRaw);

function isIdentityRaw(ctx: Ctx, i: number): boolean {
  const w = ctx.words[i]!;
  if (w.cls & (C.identity | C.slur)) return true;
  return has(w, C.identityAdj) && has(ctx.words[i + 1], C.personHead | C.person);
}

const isPerson = memoized(4, isPersonRaw);

function isPersonRaw(ctx: Ctx, i: number): boolean {
  const w = ctx.words[i]!;
  if (w.cls & (C.person | C.identity | C.pronoun | C.insult | C.slur)) return true;
  if (isIdentity(ctx, i)) return true;
  if (PERSON_SUFFIX.test(w.key) && !PERSON_SUFFIX_EXCEPTIONS.has(w.key)) return true;
  if (w.key === 'ze' || w.key === 'they' || w.key === 'them') {
    // "ze" is a person when people were mentioned before, or when it is a singular subject ("ze is").
    return nounNearby(ctx, i) || (w.key === 'ze' && SINGULAR_VERBS.has(ctx.words[i + 1]?.key ?? ''));
  }
  return false;
}

/** A person noun (not a pronoun) in the sentence of `i` or the one before or after: what "ze" refers to. */
const nounNearby = memoized(16, nounNearbyRaw);

function nounNearbyRaw(ctx: Ctx, i: number): boolean {
  const s = ctx.words[i]!.sentence;
  for (let k = Math.max(0, i - 40); k < Math.min(ctx.words.length, i + 40); k++) {
    const w = ctx.words[k]!;
    if (k === i || Math.abs(w.sentence - s) > 1 || w.cls & C.pronoun) continue;
    if (w.cls & (C.person | C.identity | C.slur | C.insult) || (PERSON_SUFFIX.test(w.key) && !PERSON_SUFFIX_EXCEPTIONS.has(w.key))) return true;
  }
  return false;
}

const RANGES = new WeakMap<Word[], Array<[number, number]>>();
/** First and last word index of the clause of word `i` (computed once per draft). */
function clauseRange(words: Word[], i: number): [number, number] {
  let ranges = RANGES.get(words);
  if (!ranges) {
    ranges = [];
    let a = 0;
    for (let k = 0; k <= words.length; k++) {
      if (k === words.length || (k > a && words[k]!.clause !== words[a]!.clause)) {
        for (let m = a; m < k; m++) ranges.push([a, k - 1]);
        a = k;
      }
    }
    RANGES.set(words, ranges);
  }
  return ranges[i] ?? [i, i];
}

/** A negator near [from, to] in the same clause, outside the matched words. */
function negated(ctx: Ctx, from: number, to: number): boolean {
  const [a, b] = clauseRange(ctx.words, from);
  for (let k = Math.max(a, from - 6); k <= Math.min(b, to + 3); k++) {
    if (k >= from && k <= to) continue;
    if (has(ctx.words[k], C.negator) && !rhetorical(ctx, k)) return true;
  }
  return false;
}

const OBVIOUS = set(['duidelijk', 'overduidelijk', 'typisch', 'logisch', 'waar', 'normaal', 'evident', 'vanzelfsprekend', 'zo', 'obvious', 'clear', 'true']);
/** "…, is het niet logisch?", "toch niet normaal": the negator asks for agreement, it does not deny. */
function rhetorical(ctx: Ctx, k: number): boolean {
  const prev = ctx.words[k - 1]?.key ?? '';
  return (prev === 'het' || prev === 'dit' || prev === 'toch' || prev === 'it') && OBVIOUS.has(ctx.words[k + 1]?.key ?? '');
}

/** Target of the clause: 'identity' > 'person' > undefined. Ignores `skip` and first person. */
function clauseTarget(ctx: Ctx, i: number, skipFrom = -1, skipTo = -1): 'identity' | 'person' | undefined {
  const [a, b] = clauseRange(ctx.words, i);
  let found: 'person' | undefined;
  for (let k = a; k <= b; k++) {
    if (k >= skipFrom && k <= skipTo) continue;
    if (isIdentity(ctx, k)) return 'identity';
    if (isPerson(ctx, k)) found = 'person';
  }
  // "Ik werkte jaren met X, en ik veracht hen": the group is in an earlier clause.
  if (found) {
    for (let k = a; k <= b; k++) {
      const key = ctx.words[k]!.key;
      if ((key === 'ze' || key === 'hen' || key === 'they' || key === 'them') && sentenceIdentityBefore(ctx, k)) return 'identity';
    }
  }
  return found;
}

function sentenceIdentityBefore(ctx: Ctx, i: number): boolean {
  const s = ctx.words[i]!.sentence;
  for (let k = i - 1; k >= 0 && ctx.words[k]!.sentence >= s - 1; k--) if (isIdentity(ctx, k)) return true;
  for (let k = i + 1; k < ctx.words.length && ctx.words[k]!.sentence <= s + 1; k++) if (isIdentity(ctx, k)) return true;
  return false;
}

/** A guarded slur or framed noun is used as an insult: "vuile flikker", "wat een kwal", "jij rat". */
function insultFrame(ctx: Ctx, i: number): boolean {
  const words = ctx.words;
  const [a, b] = clauseRange(words, i);
  const prev = words[i - 1];
  const prev2 = words[i - 2];
  if (prev && prev.clause === words[i]!.clause) {
    // An inflected adjective is attributive ("verwaande kwal"); "waardeloos vuil" is a predicate.
    if (INSULT_FRAME.has(prev.key) || (prev.cls & C.adj && prev.key.endsWith('e'))) return true;
    if (prev.key === 'een' && prev2 && (prev2.key === 'wat' || prev2.key === 'stel' || prev2.cls & C.adj)) return true;
    if ((prev.key === 'een' || DETERMINERS.has(prev.key)) && prev2 && INSULT_FRAME.has(prev2.key)) return true;
  }
  // "X zoals jij/jullie".
  const n1 = words[i + 1];
  const n2 = words[i + 2];
  if (n1 && n2 && n1.key === 'zoals' && (n2.key === 'jij' || n2.key === 'jullie' || n2.key === 'u')) return true;
  // Predicate of a person: "jij bent een slang", "die lui zijn ratten, meer niet".
  for (let k = i - 1; k >= Math.max(a, i - 7); k--) {
    if (COPULA.has(words[k]!.key)) {
      for (let m = Math.max(a, k - 5); m <= Math.min(b, k + 2); m++) if (m !== i && isPerson(ctx, m) && !SELF.has(words[m]!.key)) return true;
      break;
    }
  }
  return false;
}

const RECLAIM = set(['mezelf', 'mijzelf', 'onszelf', 'zelf', 'trots', 'trotse', 'myself', 'ourselves', 'proud']);
/** The group speaks of itself ("we zijn allebei potten", "een nicht zoals ik", "trots op wie ik ben"): reclaimed, not a slur. */
function selfReference(ctx: Ctx, i: number): boolean {
  const words = ctx.words;
  const s = words[i]!.sentence;
  if (words[i]!.key.startsWith('mede')) return true;
  for (let k = Math.max(0, i - 8); k < Math.min(words.length, i + 8); k++) {
    const w = words[k]!;
    if (w.sentence !== s) continue;
    if (RECLAIM.has(w.key)) return true;
    const next = words[k + 1]?.key ?? '';
    // "ik ben (een) …", "wij zijn …", "zoals ik".
    if ((w.key === 'ik' || w.key === 'i') && (next === 'ben' || next === 'am' || next === 'noem') && k < i) return true;
    if ((w.key === 'wij' || w.key === 'we') && (next === 'zijn' || next === 'are' || next === 'noemen') && k < i) return true;
    if (w.key === 'zoals' && (next === 'ik' || next === 'wij' || next === 'ons')) return true;
  }
  return false;
}

/** Contempt adjective said of a person: "jij bent verachtelijk", "de domste kerels", "vuiler dan die X". */
function adjectiveOfPerson(ctx: Ctx, i: number): boolean {
  const words = ctx.words;
  const [a, b] = clauseRange(words, i);
  // Attributive: "domste kerels", "verwaande kwal".
  const next = words[i + 1];
  if (next && next.clause === words[i]!.clause && isPerson(ctx, i + 1) && !SELF.has(next.key)) return true;
  // Comparison: "vuiler dan die X", "even dom als hun baas".
  for (let k = i + 1; k <= Math.min(b, i + 4); k++) {
    if (words[k]!.key === 'als' || words[k]!.key === 'dan') {
      for (let m = k + 1; m <= Math.min(b, k + 3); m++) if (isPerson(ctx, m)) return true;
    }
  }
  // Predicate: a person before, with a copula between or just after ("moet wel heel dom zijn").
  let copula = false;
  for (let k = i + 1; k <= Math.min(b, i + 2); k++) if (COPULA.has(words[k]!.key)) copula = true;
  for (let k = i - 1; k >= Math.max(a, i - 8); k--) {
    if (COPULA.has(words[k]!.key)) copula = true;
    if (copula && isPerson(ctx, k) && !SELF.has(words[k]!.key)) return true;
  }
  // Inverted: "zijn ze gewoon afval", "vind ik alle X walgelijk".
  if (copula) for (let k = i + 1; k <= Math.min(b, i + 3); k++) if (isPerson(ctx, k) && !SELF.has(words[k]!.key)) return true;
  for (let k = a; k < i; k++) {
    if (words[k]!.key === 'vind' || words[k]!.key === 'vindt' || words[k]!.key === 'vond') {
      for (let m = k + 1; m < i; m++) if (isPerson(ctx, m) && !SELF.has(words[m]!.key)) return true;
    }
  }
  return false;
}

function subFor(target: 'identity' | 'person' | undefined, base: Sub): Sub {
  return target === 'identity' ? 'hate' : base;
}

function runWords(ctx: Ctx) {
  const { words } = ctx;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const cls = w.cls;
    if (!cls) continue;
    const target = () => clauseTarget(ctx, i, i, i);

    // Curses: the disease word alone counts only in curse position.
    if (cls & C.curse) {
      if (DISEASES.has(w.key)) {
        if (cursePosition(ctx, i)) ctx.report(i, i, 'curse', 'curse', w.key);
      } else ctx.report(i, i, 'curse', 'curse', w.key);
    }
    if (cls & C.profanity) ctx.report(i, i, 'profanity', 'profanity', w.key);

    // A group or an insult spelled with look-alike digits ("M0slims", "h0mo") is an evasion in itself.
    if (w.leet && cls & (C.identity | C.guarded) && !(cls & (C.slur | C.insult))) ctx.report(i, i, 'hate', 'slur', w.key);
    // "te veel X in dit land": the xenophobic trope ("te veel ouderen op de wachtlijst" is not).
    if (isIdentity(ctx, i) && (words[i - 1]?.key === 'teveel' || (words[i - 2]?.key === 'te' && words[i - 1]?.key === 'veel'))) {
      const after = words.slice(i + 1, i + 5).map((x) => x.key).join(' ');
      if (/\b(?:in (?:dit|ons|het) land|hier|in (?:belgie|nederland|vlaanderen|europa))\b/.test(after)) ctx.report(i, i, 'hate', 'dehumanise', w.key);
    }
    if (cls & C.slur) {
      if (!selfReference(ctx, i)) ctx.report(i, i, 'hate', 'slur', w.key);
    }
    else if (cls & C.guarded) {
      const frame = insultFrame(ctx, i) || w.leet || (i + 1 < words.length && words[i + 1]!.key === 'zoals');
      const homonym = w.properNoun && (w.key === 'mongool' || w.key === 'mongolen');
      if (frame && !homonym && !selfReference(ctx, i) && !(words[i - 1]?.key === 'geen')) ctx.report(i, i, 'hate', 'slur', w.key);
    }

    if (cls & C.insult && !(cls & C.slur)) {
      const neg = negated(ctx, i, i) && clauseHas(ctx, i, SAY_VERBS);
      if (!neg) ctx.report(i, i, subFor(target(), 'insult'), 'insult', w.key);
    } else if (cls & C.framed && !(cls & (C.guarded | C.slur)) && !w.properNoun && insultFrame(ctx, i) && !negated(ctx, i, i)) {
      ctx.report(i, i, subFor(target(), 'insult'), 'dehumanise', w.key);
    }

    if (cls & C.adj && !(cls & C.insult) && adjectiveOfPerson(ctx, i) && !negated(ctx, i, i)) {
      ctx.report(i, i, subFor(target(), 'insult'), 'contempt', w.key);
    }

    if (cls & C.hate) hateVerb(ctx, i);
    if (cls & C.violence) violence(ctx, i);

    // Denied humanity or worth: "X zijn nooit intelligent", "geen mensen".
    if (cls & C.posq) {
      const prev = words[i - 1];
      const prev2 = words[i - 2];
      const neg = (p?: Word) => !!p && p.clause === w.clause && (p.key === 'nooit' || p.key === 'niet' || p.key === 'geen' || p.key === 'never' || p.key === 'not');
      if ((neg(prev) || neg(prev2)) && clauseHasCopula(ctx, i)) {
        const t = target();
        if (t) ctx.report(i - (neg(prev) ? 1 : 2), i, subFor(t, 'insult'), 'contempt', w.key);
      }
    }
  }
}

function clauseHas(ctx: Ctx, i: number, keys: ReadonlySet<string>): boolean {
  const [a, b] = clauseRange(ctx.words, i);
  for (let k = a; k <= b; k++) if (keys.has(ctx.words[k]!.key)) return true;
  return false;
}

function clauseHasCopula(ctx: Ctx, i: number): boolean {
  return clauseHas(ctx, i, COPULA);
}

function cursePosition(ctx: Ctx, i: number): boolean {
  const words = ctx.words;
  const w = words[i]!;
  const prev = words[i - 1];
  const next = words[i + 1];
  // "tering naar de nering": the proverb.
  if (next?.key === 'naar' && words[i + 3]?.key === 'nering') return false;
  // "(krijg) de kanker (krijgen)".
  if (prev?.key === 'de') {
    for (let k = Math.max(0, i - 4); k <= Math.min(words.length - 1, i + 3); k++) {
      const key = words[k]!.key;
      if (words[k]!.sentence === w.sentence && (key.startsWith('krijg') || key === 'kreeg' || key === 'kregen')) return true;
    }
  }
  // Interjection or vocative: "Kanker!", "kanker, wat een dag", "jij kanker", "kanker op".
  if (next?.key === 'op' && (!words[i + 2] || words[i + 2]!.sentence !== w.sentence)) return true;
  if (prev && (prev.key === 'jij' || prev.key === 'vuile' || prev.key === 'stomme' || prev.key === 'kut')) return true;
  if (w.sentenceStart) {
    const after = ctx.text.folded.slice(w.nEnd, w.nEnd + 2);
    if (!next || next.sentence !== w.sentence || /^\s*[,!]/.test(after)) return true;
  }
  return false;
}

const STRONG_HATE = set(['haat', 'haten', 'haatte', 'haatten', 'veracht', 'verachten', 'verachtte', 'verafschuw', 'verafschuwen', 'verfoei', 'verfoeien', 'walg', 'walgen', 'walgt', 'hekel', 'minachting', 'afkeer', 'afschuw', 'verachting', 'hate', 'hates', 'hated', 'despise', 'despises', 'loathe', 'loathes', 'detest', 'detests', 'disgust', 'disgusts', 'gehaat']);

function hateVerb(ctx: Ctx, i: number) {
  const words = ctx.words;
  const w = words[i]!;
  if (STRONG_HATE.has(w.key)) {
    // "haat" as a noun in "haat zaaien" is still about people only with a target.
    // The pronoun right before the verb is who hates ("ze haat wandelen"), not the target.
    const subject = SUBJECT_PRONOUNS.has(words[i - 1]?.key ?? '') ? i - 1 : i;
    const t = clauseTarget(ctx, i, subject, i);
    if (t && !negated(ctx, i, i)) ctx.report(i, i, subFor(t, 'insult'), 'hatred', w.key);
    return;
  }
  // Weak emotion words need a frame: "die lui maken me razend", "X laten me koken", "ben het beu van X".
  const [a] = clauseRange(words, i);
  let frame = false;
  for (let k = Math.max(a, i - 4); k < i; k++) if (EMOTE_FRAME.has(words[k]!.key) && (words[k + 1]?.key === 'me' || words[k + 1]?.key === 'mij' || words[k + 1]?.key === 'me')) frame = true;
  if ((w.key === 'zat' || w.key === 'beu') && words[i - 1]?.key === 'het') frame = true;
  if (!frame) return;
  const t = clauseTarget(ctx, i, i, i);
  if (t && !negated(ctx, i, i)) ctx.report(i, i, subFor(t, 'insult'), 'hatred', w.key);
}

function violence(ctx: Ctx, i: number) {
  const words = ctx.words;
  const w = words[i]!;
  const [a, b] = clauseRange(words, i);
  const companions = COMPANION.get(w.key);
  if (companions) {
    let ok = false;
    for (let k = Math.max(a, i - 8); k <= Math.min(b, i + 8); k++) if (k !== i && companions.includes(words[k]!.key)) ok = true;
    if (!ok) return;
  }
  // "tientallen doden", "de doden": the dead, not the verb.
  const prevKey = words[i - 1]?.key ?? '';
  if (w.key === 'doden' && (NOUN_MARKERS.has(prevKey) || /^\d+$/.test(prevKey))) return;
  // A target: someone other than the speaker.
  let target: 'identity' | 'person' | undefined;
  let targetIdx = -1;
  for (let k = a; k <= b; k++) {
    if (k === i || SELF.has(words[k]!.key) || words[k]!.key === 'iemand') continue;
    if (isIdentity(ctx, k)) {
      target = 'identity';
      targetIdx = k;
      break;
    }
    if (isPerson(ctx, k)) {
      target = 'person';
      targetIdx = k;
    }
  }
  // "zie ik die vent nog eens, dan ga ik die afknallen": "die" right before the verb stands for a person mentioned nearby.
  if ((!target || target === 'person') && (words[i - 1]?.key === 'die' || words[i - 1]?.key === 'deze') && nounNearby(ctx, i - 1)) {
    target = sentenceIdentityBefore(ctx, i - 1) ? 'identity' : 'person';
    targetIdx = i - 1;
  }
  // "ik breek haar nek": the owner of the body part is the victim.
  if (!target) {
    for (let k = a; k < b; k++) if (POSSESSIVES.has(words[k]!.key) && BODY_PARTS.has(words[k + 1]!.key)) [target, targetIdx] = ['person', k];
  }
  if (target && (words[targetIdx]!.key === 'ze' || words[targetIdx]!.key === 'hen') && sentenceIdentityBefore(ctx, targetIdx)) target = 'identity';
  if (!target) return;
  if (WEAK_VIOLENCE.has(w.key)) {
    // The victim must be the object: "die X ophangen", not "foto's van de bewoners ophangen".
    targetIdx = -1;
    for (let k = i - 1; k >= Math.max(a, i - 4) && targetIdx < 0; k--) if (!SELF.has(words[k]!.key) && isPerson(ctx, k)) targetIdx = k;
    if (targetIdx < 0) return;
    let p = targetIdx - 1;
    while (p >= a && DETERMINERS.has(words[p]!.key)) p--;
    if (p >= a && PREPOSITIONS.has(words[p]!.key)) return;
  }
  // A group and an infinitive of killing ("X afslachten, dat is wat ze nodig hebben") needs no modal.
  let intent = target === 'identity' && !!(w.cls & C.violenceStrong) && /(?:en|den)$/.test(w.key);
  // "ik … vermoorden" is intent; "de herder die in 1944 werd gedood" (a participle) is a report.
  const participle = /^(?:ge|afge|uitge|neerge|doodge|opge)/.test(w.key) || /(?:ed|ord|acht|ast|eld)$/.test(w.key);
  for (let k = a; k <= b; k++) if (words[k]!.cls & C.intent || (FIRST_PERSON.has(words[k]!.key) && w.cls & C.violenceStrong && !participle)) intent = true;
  // "dood aan X", "weg met X", "executie als oplossing": the word itself is the wish.
  if (w.key === 'executie' || w.key === 'dood' || w.key === 'weg') intent ||= clauseHas(ctx, i, set(['aan', 'oplossing', 'met', 'allemaal']));
  if (!intent) return;
  // Negation counts from the start of the threat: "geen mens wil X zien lijden".
  let from = i;
  for (let k = Math.max(a, i - 6); k < i; k++) if (words[k]!.cls & C.intent || companions?.includes(words[k]!.key)) from = Math.min(from, k);
  if (negated(ctx, from, from) || negated(ctx, i, i)) return;
  ctx.report(i, i, subFor(target, 'threat') === 'hate' ? 'threat' : 'threat', target === 'identity' ? 'threatGroup' : 'threat', w.key);
}

function runPhrases(ctx: Ctx, view: PreparedText) {
  const { words } = ctx;
  const span = (from: number, to: number, sub: Sub, id: string, word: string) => ctx.report(from, to - 1, sub, id, word);
  for (const m of THREATS.findAll(view)) {
    if (!negated(ctx, m.from, m.to - 1)) span(m.from, m.to, 'threat', 'threat', m.value);
  }
  for (const m of DEGRADE.findAll(view)) {
    const t = clauseTarget(ctx, m.from, m.from, m.to - 1) ?? sentenceTarget(ctx, m.from);
    if (t && !negated(ctx, m.from, m.to - 1)) span(m.from, m.to, subFor(t, 'insult'), 'dehumanise', m.value);
  }
  for (const m of INSULTS.findAll(view)) {
    const curse = /^krijg de (kanker|tering|tyfus|pest|klere)/.test(foldPhrase(m.value));
    span(m.from, m.to, curse ? 'curse' : 'insult', curse ? 'curse' : 'insult', m.value);
  }
  for (const m of PROFANE.findAll(view)) span(m.from, m.to, 'profanity', 'profanity', m.value);
  for (const m of VENTING.findAll(view)) {
    // "beu van die X", "zat om te wachten": the complement names what, the target rules decide.
    const next = words[m.to]?.key;
    if (/(zat|beu)$/.test(m.value) && (next === 'om' || next === 'van')) continue;
    span(m.from, m.to, 'venting', 'venting', m.value);
  }
  void words;
}

// ---------------------------------------------------------------------------
// Short frames: a few words around a key word, whatever fills the gaps.

/** "ben het (stilaan, echt, meer dan) beu": fed up, with any adverbs in between. */
const FED_UP = set(['beu', 'zat', 'kotsbeu', 'spuugzat', 'strontzat', 'moe']);
const FED_UP_COPULA = set(['ben', 'bent', 'zijn', 'is', 'zijt', 'was', 'waren', 'word', 'wordt', 'raak', 'geraak']);
const ADVERBS = set([
  'zo', 'echt', 'zowat', 'stilaan', 'helemaal', 'meer', 'dan', 'ontzettend', 'enorm', 'zwaar', 'gewoon', 'nu', 'ook', 'wel',
  'al', 'toch', 'zodanig', 'compleet', 'totaal', 'grondig', 'zot', 'stierlijk', 'zoooo', 'ondertussen', 'intussen', 'zeker',
]);
/** Denied right or worth to live: "hebben geen recht op een bestaan", "zijn het leven niet waard". */
const LIFE = set(['leven', 'bestaan', 'ademen']);
const DESERVE = set(['recht', 'rechten', 'verdienen', 'verdient', 'verdiende', 'verdienden', 'waard']);
const LIFE_SOFTENERS = set(['zo', 'zulk', 'zonder', 'zoals', 'in', 'met', 'onder', 'op', 'van', 'lang', 'langer', 'gezond', 'comfortabel']);
/** Places for rubbish or animals, said of people with a verb of belonging or dumping. */
const DUMP_PLACES = set(['dierentuin', 'zoo', 'kooi', 'kooien', 'stortplaats', 'vuilnisbelt', 'vuilnisbak', 'vuilbak', 'prullenbak', 'prullenmand', 'beerput', 'riool', 'container', 'vuilniszak', 'vuilzak']);
const DUMP_VERBS = set([
  'horen', 'hoort', 'thuis', 'thuishoren', 'behoren', 'behoort', 'dumpen', 'gedumpt', 'dump', 'gooien', 'gegooid', 'gooi',
  'smijten', 'gesmeten', 'smijt', 'kieperen', 'gekieperd', 'opsluiten', 'opgesloten', 'sluit', 'stoppen', 'gestopt',
]);
const HEADS = set(['hoofd', 'kop', 'kopje', 'bovenkamer', 'hersenen', 'head']);
const HEAD_POSSESSIVES = set(['je', 'jouw', 'hun', 'zijn', 'haar', 'uw', "z'n", 'zn', "d'r", 'your', 'their', 'his', 'her']);

/** The nearest group or person around [from, to] in the same clause, within a few words (bounded: drafts can be one long clause). */
function nearTarget(ctx: Ctx, from: number, to: number, radius = 8): 'identity' | 'person' | undefined {
  const words = ctx.words;
  const [a, b] = clauseRange(words, from);
  let found: 'person' | undefined;
  for (let k = Math.max(a, from - radius); k <= Math.min(b, to + radius); k++) {
    if ((k >= from && k <= to) || SELF.has(words[k]!.key)) continue;
    if (isIdentity(ctx, k)) return 'identity';
    if (isPerson(ctx, k)) found = 'person';
  }
  return found;
}

function runFrames(ctx: Ctx) {
  const { words } = ctx;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const [a, b] = clauseRange(words, i);
    if (FED_UP.has(w.key)) {
      // Walk back over adverbs to "het" and a copula: "ik ben het stilaan echt beu".
      let k = i - 1;
      while (k > a && k >= i - 4 && ADVERBS.has(words[k]!.key)) k--;
      const next = words[i + 1];
      const complement = next && next.clause === w.clause && (next.key === 'om' || next.key === 'van');
      if (k > a && words[k]!.key === 'het' && FED_UP_COPULA.has(words[k - 1]!.key) && !complement && !(w.key === 'moe' && next?.key === 'worden')) {
        ctx.report(k - 1, i, 'venting', 'venting', w.key);
      }
    }
    if (LIFE.has(w.key)) {
      // A denial of the right or worth to live: negator and "recht/verdienen/waard" before, nothing softening it.
      let deny = -1;
      let neg = false;
      let soft = false;
      for (let k = i - 1; k >= Math.max(a, i - 7); k--) {
        const key = words[k]!.key;
        if (deny < 0 && LIFE_SOFTENERS.has(key) && key !== 'op') soft = true;
        if (deny < 0 && DESERVE.has(key)) deny = k;
        if (words[k]!.cls & C.negator) neg = true;
      }
      const after = words[i + 1];
      if (after && after.clause === w.clause && LIFE_SOFTENERS.has(after.key)) soft = true;
      // "het leven niet waard": the worth comes after.
      for (let k = i + 1; k <= Math.min(b, i + 3) && deny < 0; k++) {
        if (words[k]!.cls & C.negator) neg = true;
        if (words[k]!.key === 'waard') deny = k;
      }
      if (deny >= 0 && neg && !soft) {
        const t = nearTarget(ctx, Math.min(deny, i), Math.max(deny, i));
        if (t) ctx.report(Math.min(deny, i), Math.max(deny, i), subFor(t, 'insult'), 'dehumanise', w.key);
      }
    }
    if (w.key === 'zonder') {
      // "beter (af) zonder X": contempt for a group or a person, not for sugar.
      let better = -1;
      for (let k = i - 1; k >= Math.max(a, i - 4); k--) if (words[k]!.key === 'beter') better = k;
      if (better >= 0 && !negated(ctx, better, i)) {
        for (let k = i + 1; k <= Math.min(b, i + 3); k++) {
          if (SELF.has(words[k]!.key)) break;
          if (isIdentity(ctx, k) || isPerson(ctx, k)) {
            ctx.report(better, k, isIdentity(ctx, k) ? 'hate' : 'insult', 'dehumanise', words[k]!.key);
            break;
          }
        }
      }
    }
    if (DUMP_PLACES.has(w.key)) {
      let verb = false;
      for (let k = Math.max(a, i - 8); k <= Math.min(b, i + 8); k++) if (DUMP_VERBS.has(words[k]!.key)) verb = true;
      if (verb && !negated(ctx, i, i)) {
        const t = nearTarget(ctx, i, i);
        if (t) ctx.report(i, i, subFor(t, 'insult'), 'dehumanise', w.key);
      }
    }
    if (HEADS.has(w.key) && HEAD_POSSESSIVES.has(words[i - 1]?.key ?? '') && words[i - 2]?.key === 'in') {
      // "gestoord in je kop", "ziek in z'n bovenkamer": a contempt adjective, then "in" + possessive + head.
      for (let k = i - 3; k >= Math.max(a, i - 5); k--) {
        if (words[k]!.cls & C.adj) {
          if (!negated(ctx, k, i)) ctx.report(k, i, subFor(nearTarget(ctx, k, i), 'insult'), 'insult', words[k]!.key);
          break;
        }
      }
    }
  }
}

function sentenceTarget(ctx: Ctx, i: number): 'identity' | 'person' | undefined {
  const s = ctx.words[i]!.sentence;
  let found: 'person' | undefined;
  for (let k = 0; k < ctx.words.length; k++) {
    if (ctx.words[k]!.sentence !== s || SELF.has(ctx.words[k]!.key)) continue;
    if (isIdentity(ctx, k)) return 'identity';
    if (isPerson(ctx, k)) found = 'person';
  }
  return found;
}

// ---------------------------------------------------------------------------
// Shouting

const RUN = /!{3,}|[!?]*(?:\?!|!\?)[!?]*/g;

function runShouting(text: PreparedText, report: CheckContext['report']) {
  const tokens = text.tokens;
  const shouted: Token[] = [];
  let letters = 0;
  let capsLetters = 0;
  for (const t of tokens) {
    const n = t.norm.replace(/[^a-z]/g, '').length;
    letters += n;
    if (t.allCaps) capsLetters += n;
    if (t.allCaps && !ACRONYMS.has(t.norm) && !ACRONYMS.has(t.key) && /[a-z]{2,}/.test(t.norm) && !/\d/.test(t.norm)) shouted.push(t);
  }
  const messageId = 'shouting';
  // A whole draft in capitals.
  if (letters >= 20 && capsLetters / letters > 0.7 && shouted.length >= 3) {
    report({ start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end, messageId, subrule: 'shouting', data: { word: '' } });
    return;
  }
  for (let k = 0; k < shouted.length; k++) {
    const t = shouted[k]!;
    const next = shouted[k + 1];
    const after = text.original.slice(t.end, t.end + 3);
    const letters = t.norm.replace(/[^a-z]/g, '').length;
    const pair =
      next && next.sentence === t.sentence && tokens.indexOf(next) === tokens.indexOf(t) + 1 && Math.max(letters, next.norm.length) >= 4;
    if (pair || /^\s?[!]/.test(after) || letters >= 8) {
      const end = pair ? next!.end : t.end;
      report({ start: t.start, end, messageId, subrule: 'shouting', data: { word: text.original.slice(t.start, end) } });
      if (pair) k++;
    }
  }
  RUN.lastIndex = 0;
  for (const m of text.original.matchAll(RUN)) {
    if (m[0].length < 3) continue;
    report({ start: m.index!, end: m.index! + m[0].length, messageId: 'punctuation', subrule: 'shouting', data: { word: m[0] } });
  }
}

// ---------------------------------------------------------------------------

const check: Check = {
  meta: {
    id: 'emotional',
    category: 'emotional',
    severity: 'warn',
    description: {
      nl: 'Scheldwoorden, vloeken, beledigingen, bedreigingen, haat en roepen (hoofdletters, !!!).',
      en: 'Swearing, curses, insults, threats, hate and shouting (capitals, !!!).',
    },
    subrules: { threat: 'block', hate: 'block', curse: 'warn', profanity: 'warn', insult: 'warn', shouting: 'warn', venting: 'warn' },
    messages: {
      curse: { nl: 'Zware vloek: "{word}". Tel tot 10 voor je dit post.', en: 'Heavy curse: "{word}". Count to 10 before you post this.' },
      profanity: { nl: 'Grof taalgebruik: "{word}".', en: 'Crude language: "{word}".' },
      insult: { nl: 'Belediging: "{word}". Zoek geen ruzie.', en: 'Insult: "{word}". Do not pick a fight.' },
      contempt: { nl: 'Minachting voor mensen: "{word}".', en: 'Contempt for people: "{word}".' },
      dehumanise: { nl: 'Je spreekt denigrerend over mensen: "{word}".', en: 'This speaks of people with contempt: "{word}".' },
      hatred: { nl: 'Je uit haat of afkeer tegenover mensen: "{word}".', en: 'This expresses hatred of people: "{word}".' },
      slur: { nl: 'Scheldwoord voor een groep mensen: "{word}".', en: 'Slur against a group of people: "{word}".' },
      threat: { nl: 'Dit klinkt als een bedreiging: "{word}". Tel tot 10.', en: 'This reads as a threat: "{word}". Count to 10.' },
      threatGroup: { nl: 'Geweld tegen een groep mensen: "{word}". Tel tot 10.', en: 'Violence against a group of people: "{word}". Count to 10.' },
      venting: { nl: 'Je klinkt boos of gefrustreerd: "{word}". Laat je niet meeslepen.', en: 'You sound angry or fed up: "{word}". Do not get carried away.' },
      shouting: { nl: 'Hoofdletters lezen als roepen: "{word}".', en: 'Capitals read as shouting: "{word}".' },
      punctuation: { nl: 'Veel uitroeptekens lezen als roepen: "{word}".', en: 'Runs of exclamation marks read as shouting: "{word}".' },
    },
    quote: {
      nl: 'Zoek geen ruzie. Plaats geen lasterlijk, grof, obsceen of bedreigend materiaal. Tel tot 10, echt, dat helpt.',
      en: 'Do not pick fights. Do not post defamatory, crude, obscene or threatening material. Count to 10, really, it helps.',
    },
    examples: {
      fires: [
        'Wat een klotedag, alles loopt mis.',
        'Die nieuwe teamleider is een ongelooflijke sukkel.',
        'Krijg de tering met je nieuwe planning.',
        'Als ik die gast tegenkom maak ik hem af.',
        'Al die nieuwkomers zijn gewoon parasieten.',
        'Ik ben het stilaan beu, elke week hetzelfde gedoe.',
        'DIT IS ECHT NIET NORMAAL',
        'This new roster is a joke and I hate my boss.',
        'Jullie moeten je schamen, stelletje idioten.',
        'Wie heeft dit bedacht?!?!',
      ],
      clean: [
        'Wat een mooie dag met de bewoners in het park.',
        'Mijn moeder heeft kanker en we steunen de strijd tegen kanker.',
        'Ik heb veel respect voor moslims en hun vasten.',
        'Vrouwen zijn geweldig in leidinggevende functies.',
        'Morgen infosessie van het CAW en het OCMW over ADHD.',
        'De pot met soep staat op het vuur, de paal van de tent is stuk.',
        'We zetten de tering naar de nering en besparen op papier.',
        'Ik heb nooit een hekel aan nieuwkomers gehad.',
        'Pesten op school pakken we samen aan.',
        'De kankeronderzoekers van het ziekenhuis kregen een prijs!',
      ],
    },
  },
  run(context) {
    const text = context.text;
    if (text.tokens.length === 0 && !/[!?]/.test(text.original)) return;
    const words = buildWords(text);
    let firstPersonNoun = words.length;
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (w.cls & (C.person | C.identity | C.slur | C.insult) || (PERSON_SUFFIX.test(w.key) && !PERSON_SUFFIX_EXCEPTIONS.has(w.key))) {
        firstPersonNoun = i;
        break;
      }
    }
    const seen = new Set<string>();
    const ctx: Ctx = {
      words,
      memo: new Uint8Array(words.length),
      text,
      firstPersonNoun,
      report(from, to, sub, messageId, word) {
        const a = words[from]!;
        const b = words[to]!;
        const key = `${a.start}:${b.end}:${sub}`;
        if (seen.has(key)) return;
        seen.add(key);
        const shown = text.original.slice(a.start, b.end) || word || '';
        context.report({ start: a.start, end: b.end, messageId, subrule: sub, data: { word: shown } });
      },
    };
    const raw: PreparedText = { ...text, tokens: words.map((w) => ({ ...dummyToken, key: w.key, norm: w.key, start: w.start, end: w.end })) };
    for (const m of CLASS_PHRASE_MATCHER.findAll(raw)) words[m.to - 1]!.cls |= m.value;
    runWords(ctx);
    runFrames(ctx);
    // Phrase lists run over the repaired words, so "ikhaat" and "k4nker" count too.
    runPhrases(ctx, raw);
    runShouting(text, context.report);
    // Emoji that speak for themselves.
    for (const m of text.original.matchAll(/\u{1F595}|\u{1F92C}/gu)) {
      const sub = m[0] === '\u{1F595}' ? 'profanity' : 'venting';
      context.report({ start: m.index!, end: m.index! + m[0].length, messageId: sub, subrule: sub, data: { word: m[0] } });
    }
  },
};

const dummyToken: Token = {
  norm: '',
  key: '',
  start: 0,
  end: 0,
  nStart: 0,
  nEnd: 0,
  capitalized: false,
  allCaps: false,
  numeric: false,
  sentence: 0,
  sentenceStart: false,
};

export default check;

/** @internal For tests and lexicon maintenance: word classes and typo correction. */
export const _internal = { classify: (key: string) => classify(key), fuzzy: (key: string) => fuzzy(key), words: (text: PreparedText) => buildWords(text) };
