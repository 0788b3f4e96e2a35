/**
 * One small phrase matcher for the language data (./format.ts): word classes are looked up
 * once per word, class patterns mark multi-word members, then every rule whose first element
 * can start at a word is tried there (rules are indexed by that element) — one pass over the
 * words. Context is generic and data-driven: clauses, negators, targets, quotes and reported
 * speech come from classes with fixed names (below), never from family code.
 *
 * Class names the matcher itself understands (all optional):
 * - `person`, `group` — who a rule with a `target` may be aimed at (`group`: protected groups)
 * - `self` — the speaker (never a target); `anaphor` — "ze", "they": a target when a person
 *   or group is named in the same or the previous sentence
 * - `negator` — cancels a negatable rule shortly before it, unless a `not-negating` word follows it
 *   ("niets dan gezeur")
 * - `clause-break` — conjunctions that start a new clause ("maar", "because")
 * - `reporting`, `counter` — reported speech and counter-speech in the sentence (see `reported`)
 */
import type { PreparedText } from '../text';
import { foldPhrase } from '../text';
import { FUZZY_CLASSES, SWAP_CLASSES, isCompoundOf, isNearMiss } from './compounds';
import { FOLDED } from './folded.generated';
import { noObjects } from '../array-kinds';
import { push } from './trie';
import { ASCII_WORD, TypoTables } from './typos';
import type { LanguageExtension, LanguageFile, PhraseRule, Variant } from './format';

/**
 * A draft's words as one language reads them, as parallel arrays (word i at index i): no object per word. Most
 * drafts' words are their tokens as they are, and then the token and flag arrays are the draft's reading's, shared
 * by every language; only the classes and clauses are the language's own.
 */
export class Words {
  readonly length: number;
  /**
   * Classes of a multi-word member each word is part of (marked by `cover`): until a member covers a word, zeros shared
   * by every `Words` (most languages' words in most drafts have none), of at least their length.
   */
  covered: readonly number[];
  private coveredOwn = false;
  /** Sentences with a reporting or counter-speech word (see `reported`), made on first use. */
  reportedIn?: Set<number>;

  constructor(
    /** Per word, its key, original span and sentence. */
    readonly tokens: readonly MaskedToken[],
    /** Per word, `QUOTED` and `QUESTION` (among other bits). */
    readonly flags: readonly number[],
    readonly clauses: readonly number[],
    /** Classes of each word itself (bit per class). */
    readonly classes: readonly number[],
  ) {
    this.length = classes.length;
    if (noneCovered.length < classes.length) noneCovered = zeros(2 * classes.length);
    this.covered = noneCovered;
  }

  /** Marks words [from, to) as part of a member of the classes `mask`. */
  cover(from: number, to: number, mask: number): void {
    if (!this.coveredOwn) (this.covered = zeros(this.length)), (this.coveredOwn = true);
    const covered = this.covered as number[];
    for (let j = from; j < to; j++) covered[j]! |= mask;
  }

  sentence(i: number): number {
    return this.tokens[i]!.sentence;
  }

  /** Word i's classes, its own and a covering member's. */
  bits(i: number): number {
    return this.classes[i]! | this.covered[i]!;
  }

  /** Whether a word of [from, to) is inside quotation marks. */
  quoted(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (this.flags[k]! & QUOTED) return true;
    return false;
  }

  /** In a sentence that ends in a question mark: a negator there asks, it does not deny ("Zijn ze niet gewoon dom?"). */
  question(i: number): boolean {
    return (this.flags[i]! & QUESTION) !== 0;
  }
}

/** `n` zeros, always of one kind: not `classes.map` (see `array-kinds.ts`), as every reader of `covered` is optimised for one. */
const zeros = (n: number): number[] => new Array<number>(n).fill(0);

/** The `covered` of words no member covers (never written: see `Words.cover`). */
let noneCovered = zeros(256);

export interface RuleMatch {
  family: string;
  rule: PhraseRule;
  subrule: string;
  message: string;
  /** Word range of the reported span, [from, to). */
  from: number;
  to: number;
  /** Original offsets of the reported span. */
  start: number;
  end: number;
  /** Who it is aimed at, for rules with a target. */
  target?: 'person' | 'group';
  /** In quotes, or in a sentence that reports or opposes what is said. */
  reported: boolean;
}

type Alt = { word: string } | { prefix: string } | { cls: number };
type Element =
  | {
      kind: 'tok';
      alts: Alt[];
      neg: boolean;
      opt: boolean;
      /** The alternatives by kind, for the hot path: words, prefixes, and the classes as one mask. */
      words: readonly string[];
      /** `words` as a set, made on first use when there are more than a few (there from the start: see `parseElement`). */
      wordSet: ReadonlySet<string> | undefined;
      prefixes: readonly string[];
      classes: number;
    }
  | { kind: 'gap'; n: number }
  | { kind: 'start' }
  | { kind: 'end' }
  | { kind: 'open' }
  | { kind: 'close' };

interface CompiledPattern {
  elements: Element[];
  /** What words the pattern cannot match without (made on first use, see `needsOf`; there from the start: see `compile`). */
  needs: Int32Array | undefined;
}


/** Numbers the drafts `match` reads, so a pattern can keep its verdict for the draft at hand. */
let drafts = 0;

/**
 * A rule with its patterns compiled when a draft first tries them (`eager`: at once, which validates them: a rule file's
 * rules). A class: an object literal with getters of its own is slow to make, and the language data has hundreds of rules.
 */
class CompiledRule {
  /** Per pattern: its first element that is a word or a gap, for the index (undefined: none). */
  firsts: Array<Element | undefined> = [];
  readonly negatable: boolean;
  private compiled?: CompiledPattern[];
  private compiledAnti?: CompiledPattern[];

  constructor(
    readonly family: string,
    readonly rule: PhraseRule,
    private readonly language: CompiledLanguage,
    eager: boolean,
  ) {
    this.negatable = rule.negatable ?? rule.target !== undefined;
    if (eager) (this.compiled = this.compile(rule.patterns)), (this.compiledAnti = this.compile(rule.antipatterns));
  }

  get patterns(): CompiledPattern[] {
    return (this.compiled ??= this.compile(this.rule.patterns));
  }

  get antipatterns(): CompiledPattern[] {
    return (this.compiledAnti ??= this.compile(this.rule.antipatterns));
  }

  private compile(sources: readonly string[] = []): CompiledPattern[] {
    return sources.map((p) => this.language.compile(p));
  }
}

/**
 * A multi-word class member ("hou je bek", "@group-adj @person"), parsed when the index or a draft first needs it
 * (a class rather than an object with its own getter and closure: the language data has over a thousand).
 */
class ClassPattern {
  private compiled?: CompiledPattern;

  constructor(
    readonly mask: number,
    readonly source: string,
    private readonly language: CompiledLanguage,
    eager: boolean,
  ) {
    if (eager) this.compiled = language.compile(source);
  }

  get pattern(): CompiledPattern {
    return (this.compiled ??= this.language.compile(this.source));
  }
}

interface Suffix {
  suffix: string;
  mask: number;
}

interface Prefix {
  prefix: string;
  mask: number;
  exceptHeads: readonly string[];
}

/** The matcher's own class names (see module comment). */
const BUILT_IN = ['person', 'group', 'self', 'anaphor', 'negator', 'not-negating', 'clause-break', 'reporting', 'counter'] as const;
/** Bits of a 32-bit mask (JavaScript's bitwise operators are 32-bit; bit 31 is the sign and works as a flag). */
const MAX_CLASSES = 32;
const ONE: readonly number[] = [1];
const NONE: readonly number[] = [];
const NEGATION_WINDOW = 4;
// Of the kind of the index's lists (see `noObjects`): a language with no suffixes reads only this one.
const NO_PREFIXES: readonly Prefix[] = noObjects();
const NO_SUFFIXES: readonly Suffix[] = noObjects();
/** Word keys in the memo of classifications and typo readings (see `keyEntry`). */
const MEMO_SIZE = 4096;

export class LanguageError extends Error {}

/** Built-in data compiled once, per files array and variant (see `CompiledLanguage.of`). */
const compiled = new WeakMap<readonly LanguageFile[], Map<Variant | undefined, CompiledLanguage>>();
/** The compiled data the next constructor call copies instead of compiling its files. */
let copying: CompiledLanguage | undefined;

/**
 * Compiled language data for one family (or several sharing class names): build once,
 * then `match` each draft.
 */
export class CompiledLanguage {
  private readonly classIds: Map<string, number>;
  private readonly exact: Map<string, number>;
  private readonly except: Map<string, number>;
  private readonly prefixes: Prefix[];
  private readonly suffixes: Suffix[];
  private readonly classPatterns: ClassPattern[];
  private readonly rules: CompiledRule[];
  private readonly byWord: Map<string, CompiledRule[]>;
  private readonly byClass: Map<number, CompiledRule[]>;
  private readonly always: CompiledRule[];
  private readonly ruleIndex: { byWord: Map<string, CompiledRule[]>; byClass: Map<number, CompiledRule[]>; always: CompiledRule[] };
  /** Classes a split word may be joined into: the abusive ones, never people or function words. */
  private readonly joinable: number;
  /** Masks the typo and split readers use on every unknown word (computed once). */
  private readonly typo: { strong: number; fuzzy: number; swap: number; people: number; functional: number; abusive: number; harsh: number; lead: number };
  private readonly family: string;
  private readonly variant?: Variant;

  /**
   * The built-in `files` compiled once (per array and variant) and shared, with a rule file's
   * extension applied to a copy: a rule change copies a few tables instead of compiling all
   * the language data again (Firefox re-runs this in every open page).
   */
  static of(files: readonly LanguageFile[], extension: LanguageExtension = {}, variant?: Variant): CompiledLanguage {
    let byVariant = compiled.get(files);
    if (!byVariant) compiled.set(files, (byVariant = new Map()));
    let base = byVariant.get(variant);
    if (!base) byVariant.set(variant, (base = new CompiledLanguage(files, {}, variant)));
    if (extension.rules?.length || [extension.words, extension.except].some((r) => Object.values(r ?? {}).some((w) => w.length))) {
      copying = base;
      return new CompiledLanguage(files, extension, variant);
    }
    base.requireClasses(extension);
    return base;
  }

  constructor(files: readonly LanguageFile[], extension: LanguageExtension = {}, variant?: Variant) {
    const base = copying;
    copying = undefined;
    this.variant = variant;
    this.family = files[0]?.family ?? 'custom';
    // Empty tables, or a copy of the compiled built-in data (see `of`) whose lazily built indexes stay until an addition changes their table.
    this.classIds = base?.classIds ?? new Map();
    this.exact = new Map(base?.exact);
    this.except = new Map(base?.except);
    // Empty ones of the kind filled ones have (see `noObjects`; `slice` keeps the kind): a language with no suffixes
    // (client names) would otherwise give the optimised code that reads them a second kind of array.
    this.prefixes = base ? base.prefixes.slice() : noObjects();
    this.suffixes = base ? base.suffixes.slice() : noObjects();
    this.classPatterns = base ? base.classPatterns.slice() : noObjects();
    this.rules = base ? base.rules.slice() : noObjects();
    this.byWord = new Map([...(base?.byWord ?? [])].map(([k, v]) => [k, [...v]]));
    this.byClass = new Map([...(base?.byClass ?? [])].map(([k, v]) => [k, [...v]]));
    this.always = base ? base.always.slice() : noObjects();
    this.ruleIndex = { byWord: this.byWord, byClass: this.byClass, always: this.always };
    this.prefixIndex = base?.prefixIndex;
    this.suffixIndex = base?.suffixIndex;
    this.cpIndex = base?.cpIndex;
    this.tables = base?.tables;
    if (!base) {
      for (const name of BUILT_IN) this.classId(name);
      for (const file of files) for (const name of Object.keys(file.classes)) this.classId(name);
    }
    this.joinable = ['curse', 'profanity', 'insult', 'slur'].reduce((m, n) => m | this.maskOf(n), 0);
    const masks = (names: readonly string[]) => names.reduce((m, n) => m | this.maskOf(n), 0);
    this.typo = {
      strong: masks([...FUZZY_CLASSES, ...SWAP_CLASSES]),
      fuzzy: masks(FUZZY_CLASSES),
      swap: masks([...SWAP_CLASSES, ...FUZZY_CLASSES]),
      people: masks(['person', 'group']),
      functional: masks(['self', 'anaphor', 'copula', 'negator', 'intent', 'article']),
      abusive: masks(['curse', 'insult', 'slur', 'hate-verb', 'violence']),
      harsh: masks(['curse', 'insult', 'slur', 'profanity', 'contempt', 'insult-adj']),
      lead: masks(['self', 'article']),
    };
    this.requireClasses(extension);
    if (!base) {
      for (const file of files) {
        for (const [name, cls] of Object.entries(file.classes)) {
          const mask = this.maskOf(name);
          // Folded once per class, not once per prefix word of it.
          const heads = cls.exceptHeads?.map(fold) ?? [];
          // Index loops, not for-of: the language data's thousands of words are read on a first check, where each
          // step of an iterator allocates its result.
          const { words, except = [] } = cls;
          for (let k = 0; k < words.length; k++) this.addWord(words[k]!, mask, heads, false);
          for (let k = 0; k < except.length; k++) this.addExcept(except[k]!, mask);
        }
      }
    }
    for (const [name, words] of Object.entries(extension.words ?? {})) for (const w of words) this.addWord(w, this.maskOf(name), [], true);
    for (const [name, words] of Object.entries(extension.except ?? {})) for (const w of words) this.addExcept(w, this.maskOf(name));
    if (!base) for (const file of files) for (const rule of file.rules) this.addRule(file.family, rule, false);
    for (const rule of extension.rules ?? []) this.addRule(this.family, rule, true);
    this.coverable = this.classPatterns.reduce((m, p) => m | p.mask, 0);
  }

  /** The extension names only classes the data has. */
  private requireClasses(extension: LanguageExtension) {
    for (const name of Object.keys(extension.words ?? {})) this.requireClass(name, 'words');
    for (const name of Object.keys(extension.except ?? {})) this.requireClass(name, 'except');
  }

  /**
   * `eager`: compile the patterns now, which validates them (a rule file's rules). The built-in
   * rules are compiled when a draft first tries them: most rules are never tried on a draft, and
   * compiling them all was a third of a first check (language.test.ts compiles every one).
   */
  private addRule(family: string, rule: PhraseRule, eager: boolean) {
    if (this.variant && rule.variant && rule.variant !== this.variant) return;
    const compiled = new CompiledRule(family, rule, this, eager);
    compiled.firsts = rule.patterns.map((p) => this.lead(p));
    this.rules.push(compiled);
    this.index(compiled);
  }

  /** Names of all classes, for validation messages. */
  get classNames(): string[] {
    return [...this.classIds.keys()];
  }

  /** Whether word i belongs to a class (itself or as part of a multi-word member). */
  has(words: Words, i: number, className: string): boolean {
    const id = this.classIds.get(className);
    return id !== undefined && (words.bits(i) & (1 << id)) !== 0;
  }

  /** Classes of a single folded word. */
  classify(key: string, properNoun = false): number {
    const info = this.info(key);
    return properNoun ? this.nameClasses(info, key) : this.classesOf(info, key);
  }

  /**
   * What this language's word passes know of a key (classes, typo reading, split, candidates): kept in this language's
   * memo by the id of the key's shared entry (`keyEntry`), which a draft's reading looks up once per word for every
   * language. One array of this language's own, not a slot in each key's entry: a look-up per word touches one object less.
   */
  private info(key: string, entry = keyEntry(key)): WordInfo {
    if (entry.generation === this.memoGeneration) {
      const memo = this.memo[entry.id];
      if (memo !== undefined) return memo;
    }
    const known = this.knows(key, entry);
    // Most words no language has (never-seen words, names) are nothing to this language either: they share one entry.
    const info = !known && this.blank(key, entry) ? (this.blankInfo ??= newInfo(false, 0)) : newInfo(known, undefined);
    // Ids are given anew when the shared entries are cleared: an entry of an earlier generation (a number, or a key a
    // draft read before the clear) is not kept.
    if (entry.generation === generation) {
      if (this.memoGeneration !== generation) (this.memo = newMemo()), (this.memoGeneration = generation);
      this.memo[entry.id] = info;
    }
    return info;
  }

  /** Memo entries by key id (`KeyEntry.id`), of the keys of generation `memoGeneration` (see `info`). */
  private memo = newMemo();
  private memoGeneration = generation;

  /**
   * Whether a key no language has gets no class from this language's compound prefixes and suffixes, no run-together
   * cut and no typo reading: everything its memo entry would hold does not depend on the key (`candidates` reads the
   * key only of a known word), so one entry serves every such key.
   */
  private blank(key: string, entry: KeyEntry): boolean {
    if (this.classifyUncached(key, false, false)) return false;
    if (!(this.typoWords ??= this.hasTypoWords())) return true;
    // `split` is asked only of keys of five letters a-z or more (`splittable`).
    return !(entry.splittable && this.splitUncached(key)) && !this.fuzzyUncached(key);
  }

  /** The memo entry of every key `blank` says is nothing to this language. */
  private blankInfo?: WordInfo;

  /**
   * Whether any compiled language has the key in a table (`everyKey`), asked once per key for all of them (kept in its
   * memo entry): a word none knows skips this language's look-ups. This language's keys are there before it reads a word,
   * so the answer for it never changes.
   */
  private knows(key: string, entry?: KeyEntry): boolean {
    if (!this.listed) {
      this.listed = true;
      const before = everyKey.size;
      // forEach, not for-of over the keys: this runs on a first check, where each step of an iterator allocates its result.
      const add = (_: unknown, k: string) => everyKey.add(k);
      this.exact.forEach(add);
      this.except.forEach(add);
      this.byWord.forEach(add);
      this.classPatternIndex().byWord.forEach(add);
      if (everyKey.size !== before) lexicon++;
    }
    if (!entry) return everyKey.has(key);
    if (entry.lexicon !== lexicon) (entry.known = everyKey.has(key)), (entry.lexicon = lexicon);
    return entry.known;
  }

  /** Whether this language's keys are in `everyKey` (its tables do not change once built). */
  private listed = false;

  private classesOf(info: WordInfo, key: string): number {
    return (info.classes ??= this.classifyUncached(key, false, info.known));
  }

  /** Classes of the key capitalised mid-sentence (a name: no compounds), kept in its memo entry. */
  private nameClasses(info: WordInfo, key: string): number {
    return (info.name ??= this.classifyUncached(key, true, info.known));
  }

  /** `known`: whether any language has the key (`knows`); when none does, it is in none of this language's maps. */
  private classifyUncached(key: string, properNoun: boolean, known: boolean): number {
    let mask = known ? (this.exact.get(key) ?? 0) : 0;
    // A capitalised word mid-sentence is a name ("Kutná Hora"), not a compound.
    if (!properNoun) {
      for (const p of this.prefixesByFirst().get(key.charCodeAt(0)) ?? NO_PREFIXES) {
        if (mask & p.mask) continue;
        if (key === p.prefix || (isCompoundOf(key, p.prefix) && !p.exceptHeads.some((h) => key.startsWith(h, p.prefix.length)))) mask |= p.mask;
      }
    }
    for (const x of this.suffixesByLast().get(key.charCodeAt(key.length - 1)) ?? NO_SUFFIXES) {
      if (key.length >= x.suffix.length + 2 && key.endsWith(x.suffix)) mask |= x.mask;
    }
    return known ? mask & ~(this.except.get(key) ?? 0) : mask;
  }

  private suffixIndex?: Map<number, Suffix[]>;

  /** Suffixes by their last character. */
  private suffixesByLast(): Map<number, Suffix[]> {
    if (this.suffixIndex) return this.suffixIndex;
    const index = new Map<number, Suffix[]>();
    for (const x of this.suffixes) push(index, x.suffix.charCodeAt(x.suffix.length - 1), x);
    return (this.suffixIndex = index);
  }

  private prefixIndex?: Map<number, Prefix[]>;

  /** Compound prefixes by their first character: a word is only tried against those it could start with. */
  private prefixesByFirst(): Map<number, Prefix[]> {
    if (this.prefixIndex) return this.prefixIndex;
    const index = new Map<number, Prefix[]>();
    for (const p of this.prefixes) push(index, p.prefix.charCodeAt(0), p);
    return (this.prefixIndex = index);
  }

  /** The draft's words with their classes, clauses and quotes. */
  words(text: PreparedText): Words {
    const breakMask = this.maskOf('clause-break');
    const negMask = this.maskOf('negator');
    // Words that open a clause after a held conjunction: a subject ("maar ze", "maar die collega", "maar Jan").
    const openMask = negMask | this.maskOf('person') | this.maskOf('self') | this.maskOf('anaphor');
    let clause = 0;
    let clauseStart = 0;
    let held = false;
    // What does not depend on the classes (tokens, quotes, punctuation, questions) is read once per draft for every language.
    const { tokens, entries, flags, keyBits } = reading(text);
    const n = tokens.length;
    // This language's classes and clauses per word, and each word's memo entry. A word joined or cut makes the words
    // differ from the tokens: from then on they have arrays of their own (`own`).
    const classesOut: number[] = [];
    const clausesOut: number[] = [];
    const infos: Array<WordInfo | undefined> = [];
    let own: { tokens: MaskedToken[]; flags: number[] } | undefined;
    // The word before: its classes and sentence.
    let prevClasses = 0;
    let prevSentence = -1;
    const typos = (this.typoWords ??= this.hasTypoWords());
    // Whether split words may be joined here (not in a language with no joinable class: its words loop reads no pair).
    const joinable = this.joinable !== 0;
    // Class patterns by the word or class their first element needs, and the words where some may start with their lists.
    const index = this.classPatternIndex();
    const memberAt: number[] = [];
    const memberLists: Array<TryList<MemberTry>> = [];
    // Every class of every word, its own and (below) a covering member's.
    let bits = 0;
    let next = 0;
    // The right half of a run-together word just cut, read before the next token.
    let pending: MaskedToken | undefined;
    while (pending || next < n) {
      // A word that is not a token as it is (joined, or a cut word's half); most words are, and are read from the reading's arrays.
      let t = pending;
      pending = undefined;
      // The token the word comes from, and its flags.
      const i = t ? next - 1 : next;
      const f = flags[i]!;
      // Clause punctuation before the word (none inside a cut word).
      const punctuation = !t && (f & PUNCTUATION) !== 0;
      // The key's shared memo entry, read with the draft: for a token as it is, not a joined or cut word.
      let entry = t ? undefined : entries[i];
      if (!t) {
        next++;
        // A word split by a space to dodge the list ("klootz ak", "idi oten"): joined when a part is a stub. (A cut
        // word's right half is a known word, so it is never joined.)
        if (joinable && f & JOINS_NEXT && this.joinsNext(tokens[i]!.key, tokens[i + 1]!.key)) {
          const after = tokens[next++]!;
          t = { ...tokens[i]!, key: tokens[i]!.key + after.key, end: after.end, nEnd: after.nEnd };
          entry = undefined;
        }
      }
      let key = (t ?? tokens[i]!).key;
      let info = f & MASKED ? undefined : this.info(key, entry);
      // Run-together words ("ikhaat", "vrouwenzijn"): two known words, one of them abusive.
      if (info && typos && (t ? t.key.length >= 5 && ASCII_WORD.test(t.key) : f & SPLITTABLE) && !this.classesOf(info, key)) {
        const split = this.split(key, info);
        if (split) {
          const w = t ?? tokens[i]!;
          const cut = w.end - w.start === key.length ? w.start + split : w.end;
          pending = { ...w, key: key.slice(split), start: Math.min(cut, w.end - 1), nStart: w.nStart + split, sentenceStart: false };
          t = { ...w, key: (key = key.slice(0, split)), end: cut, nEnd: w.nStart + split };
          info = this.info(key);
        }
      }
      const properNoun = t ? t.capitalized && !t.sentenceStart && !t.allCaps : (f & PROPER) !== 0;
      const digitOne = t ? t.digitOne === true : (f & DIGIT_ONE) !== 0;
      let classes = !info ? this.classifyMasked(key) : properNoun ? this.nameClasses(info, key) : this.classesOf(info, key);
      // "1" stands for "l" as often as for "i": "k1ootzak".
      if (!classes && digitOne) classes = this.classify(key.replace(/i/g, 'l'), properNoun) || this.classify(key, properNoun);
      // One typo away from an abusive word ("idoit", "kankre"), unless it is a real word.
      if (!classes && !properNoun && info && typos) classes = this.fuzzy(key, info);
      const sentence = (t ?? tokens[i]!).sentence;
      // "nothing but", "niets dan": after a negator the conjunction continues the clause.
      const joins = prevClasses & negMask;
      const wasHeld = held;
      held = false;
      let breaks = false;
      const count = classesOut.length;
      if (count > 0) {
        if (sentence !== prevSentence || punctuation) breaks = true;
        else if (wasHeld) breaks = (classes & openMask) !== 0 || properNoun;
        // "Wacht maar tot…", "Stuur ze maar terug", "Je bent maar een…": early in a clause a conjunction may be a
        // particle, so it ends the clause only when a subject follows.
        else if (classes & breakMask && !joins) breaks = !(held = count - clauseStart <= 3);
      }
      if (breaks) (clause++, (clauseStart = count));
      // The first word that is not its token: the words before it are the tokens 0..count-1.
      if (t) own ??= { tokens: tokens.slice(0, count), flags: flags.slice(0, count) };
      if (own) own.tokens.push(t ?? tokens[i]!), own.flags.push(f);
      // Multi-word members that may start here (most words have none): tried once every word has its classes.
      const member = info ?? this.info(key);
      if (member.cp === undefined || member.cpBits !== classes) (member.cpBits = classes), (member.cp = this.memberTries(this.candidates(index, key, classes, member.known)));
      // (Only a word with no member candidates gets the shared empty list: one load, not the list's tries' length.)
      if (member.cp !== NO_MEMBER_TRIES) memberAt.push(count), memberLists.push(member.cp);
      classesOut.push(classes);
      clausesOut.push(clause);
      infos.push(info);
      bits |= classes;
      prevClasses = classes;
      prevSentence = sentence;
    }
    const words = new Words(own?.tokens ?? tokens, own?.flags ?? flags, clausesOut, classesOut);
    // Words that are the tokens as they are have the reading's keys.
    const keys = own ? keysOf(words) : keyBits;
    // The reading's keys are overwritten by the next draft's reading: `match` reads them only while they are this draft's.
    const keysOfReading = own ? undefined : lastReading;
    // Multi-word members: mark every word they cover. Members mark words as they are found, so any class a member gives may be there.
    const present: Present = { draft: ++drafts, keys, bits: bits | this.coverable };
    for (let w = 0; w < memberAt.length; w++) {
      const i = memberAt[w]!;
      // The viable ones, once per list and draft: a frequent word ("de", "je") starts many members.
      const list = memberLists[w]!;
      if (list.liveDraft !== present.draft) viableTries(list, present);
      const tries = list.live;
      for (let c = 0; c < list.liveCount; c++) {
        const { mask, pattern } = tries[c]!;
        const m = this.run(pattern, words, i);
        if (m) words.cover(i, m.end, mask), (bits |= mask);
      }
    }
    this.read = { words, infos, keys, keysOfReading, bits };
    return words;
  }

  /**
   * Whether typo and run-together readings (`fuzzy`, `split`) can find anything here: they read a word as one of a
   * class they give (abusive words, people) and cut it next to one, so with no such word (care and child words,
   * internal) both always find nothing and are not asked. The tables do not change once built.
   */
  private typoWords?: boolean;

  private hasTypoWords(): boolean {
    const { strong, people, abusive, harsh } = this.typo;
    if (!strong) return false;
    const typoMask = strong | people | abusive | harsh;
    let any = false;
    this.exact.forEach((mask) => (any ||= (mask & typoMask) !== 0));
    return any;
  }

  /** Whether two words a space apart, one a stub, are one word of a joinable class split to dodge the list ("klootz ak"). */
  private joinsNext(a: string, b: string): boolean {
    if (this.joinable === 0) return false;
    // Most pairs cannot make a joinable word: none has their length, letters next to the cut, first and last letters.
    const tables = this.typoTables();
    if (!tables.mayJoin(a, b)) return false;
    return !((this.exact.get(a) ?? 0) | (this.exact.get(b) ?? 0)) && (tables.words.joined(a, b) & this.joinable) !== 0;
  }

  /**
   * Every class a multi-word member gives. Set by the constructor, not on first use: a number stored later where
   * `undefined` was changes the field's representation, a new shape for every language object, and optimised code that
   * met the old one deoptimises ("wrong map") when a language is first used late (the client-name one on never-seen words).
   */
  private readonly coverable: number;

  /** The last words `words` read, with each word's memo entry and their keys: `match` on them looks nothing up again. */
  private read?: { words: Words; infos: ReadonlyArray<WordInfo | undefined>; keys: Uint32Array; keysOfReading: Reading | undefined; bits: number };

  /** Class patterns to try, compiled (a list per word key and classes, kept in its memo entry). */
  private memberTries(indexes: readonly number[]): TryList<MemberTry> {
    if (indexes.length === 0) return NO_MEMBER_TRIES;
    // Pushed, not mapped (see `array-kinds.ts`).
    const tries: MemberTry[] = [];
    for (const k of indexes) {
      const cp = this.classPatterns[k]!;
      tries.push({ mask: cp.mask, pattern: cp.pattern });
    }
    return newTryList(tries);
  }

  /**
   * Rules to try, as their compiled patterns in order (a list per word key and classes, kept in its
   * memo entry): a rule's patterns are next to each other, as a rule stops at its first match.
   */
  private ruleTries(rules: readonly CompiledRule[]): readonly RuleTry[] {
    if (rules === this.always) return (this.alwaysTries ??= this.ruleTries([...rules]));
    const out: RuleTry[] = [];
    for (const rule of rules) {
      let id = this.ruleIds.get(rule.rule.id);
      if (id === undefined) this.ruleIds.set(rule.rule.id, (id = this.ruleIds.size));
      for (const pattern of rule.patterns) out.push({ pattern, rule, id });
    }
    return out;
  }

  private alwaysTries?: readonly RuleTry[];

  /**
   * The rules to try at a word with classes `bits`: one list for all keys that lead no rule themselves and have those
   * classes (most words: "de", "het" and "een" are all articles), so that a draft's viable ones are found once for them all.
   */
  private tryList(key: string, bits: number, known: boolean): TryList<RuleTry> {
    if (known && this.byWord.has(key)) return newTryList(this.ruleTries(this.candidates(this.ruleIndex, key, bits, true)));
    let list = this.tryListsByBits.get(bits);
    if (!list) this.tryListsByBits.set(bits, (list = newTryList(this.ruleTries(this.candidates(this.ruleIndex, key, bits, false)))));
    return list;
  }

  private readonly tryListsByBits = new Map<number, TryList<RuleTry>>();
  /** This language's rule ids as numbers, for `match`'s one-per-rule-and-span set (built-in and rule-file rules: far below 2^12). */
  private readonly ruleIds = new Map<string, number>();

  /**
   * What to try at a word: entries indexed under its key or one of its class bits, after those
   * that can start anywhere (in that order). Callers keep the list in the word's memo entry, as most words carry no class.
   */
  private candidates<T>(index: { byWord: Map<string, T[]>; byClass: Map<number, T[]>; always: T[] }, key: string, bits: number, known: boolean): readonly T[] {
    const byWord = known ? index.byWord.get(key) : undefined;
    if (!byWord && !bits) return index.always;
    const tried = new Set<T>(index.always);
    for (const k of byWord ?? []) tried.add(k);
    if (bits) for (const [id, list] of index.byClass) if (bits & (1 << id)) for (const k of list) tried.add(k);
    return [...tried];
  }

  private cpIndex?: { byWord: Map<string, number[]>; byClass: Map<number, number[]>; always: number[] };

  /** Class patterns by the word or class their first element needs (built once). */
  private classPatternIndex() {
    if (this.cpIndex) return this.cpIndex;
    const index = { byWord: new Map<string, number[]>(), byClass: new Map<number, number[]>(), always: [] as number[] };
    this.classPatterns.forEach(({ source }, k) => {
      // Most members start with a plain word ("hou je bek"): their lead element is that word, found without
      // splitting the member or parsing an element (a draft's first check indexes over a thousand members).
      const space = source.indexOf(' ');
      const head = space < 0 ? source : source.slice(0, space);
      if (ASCII_WORD.test(head)) {
        push(index.byWord, head, k);
        return;
      }
      // Most others start with one class ("@group-adj @person"): its bit, likewise.
      const id = CLASS_PART.test(head) ? this.classIds.get(head.slice(1)) : undefined;
      if (id !== undefined) {
        push(index.byClass, id, k);
        return;
      }
      const first = this.lead(source);
      if (!first || first.kind !== 'tok' || first.opt || first.neg || first.alts.some((a) => 'prefix' in a)) {
        index.always.push(k);
        return;
      }
      for (const alt of first.alts) {
        if ('word' in alt) push(index.byWord, alt.word, k);
        else if ('cls' in alt) push(index.byClass, alt.cls, k);
      }
    });
    return (this.cpIndex = index);
  }

  /** All rule matches in a draft, one per rule and span. */
  match(text: PreparedText, words = this.words(text)): RuleMatch[] {
    // Of the kind arrays of objects have, empty or not (see `noObjects`).
    const out = noObjects<RuleMatch>();
    let seen: Set<number> | undefined;
    const read = this.read?.words === words ? this.read : undefined;
    const infos = read?.infos;
    const keys = read && (!read.keysOfReading || read.keysOfReading === lastReading) ? read.keys : keysOf(words);
    const present: Present = { draft: ++drafts, keys, bits: 0 };
    // Word indices and ends of spans are below this.
    const span = words.length + 1;
    if (read) present.bits = read.bits;
    else for (let i = 0; i < words.length; i++) present.bits |= words.bits(i);
    for (let i = 0; i < words.length; i++) {
      const bits = words.bits(i);
      const info = infos?.[i] ?? this.info(words.tokens[i]!.key);
      // The rules to try at the word, and of those the ones the draft has every needed word for (once per key and draft:
      // a frequent word starts many rules).
      if (info.rules === undefined || info.ruleBits !== bits) (info.ruleBits = bits), (info.rules = this.tryList(words.tokens[i]!.key, bits, info.known));
      const list = info.rules;
      if (list.liveDraft !== present.draft) viableTries(list, present);
      const tries = list.live;
      const count = list.liveCount;
      for (let c = 0; c < count; c++) {
        const t = tries[c]!;
        const m = this.run(t.pattern, words, i);
        if (!m) continue;
        const found = this.accept(t.rule, words, i, m);
        if (!found) continue;
        // One per rule id and span (rule ids below 2^12, word ranges below 2^20): for most drafts a small integer, which a
        // set keeps without allocating a number per key.
        const key = (t.id * span + found.from) * span + found.to;
        if (!(seen ??= new Set()).has(key)) {
          seen.add(key);
          out.push(found);
        }
        // The rule's other patterns are not tried here.
        while (c + 1 < count && tries[c + 1]!.rule === t.rule) c++;
      }
    }
    return out;
  }

  /** Context checks of a raw match: antipatterns, negation, target, reported speech. */
  private accept(rule: CompiledRule, words: Words, i: number, m: { end: number; open: number; close: number }): RuleMatch | undefined {
    const from = m.open >= 0 ? m.open : i;
    const to = m.close >= 0 ? m.close : m.end;
    if (to <= from) return undefined;
    const [a, b] = clauseOf(words, i);
    for (const anti of rule.antipatterns) {
      for (let k = a; k < Math.min(b, m.end); k++) {
        const x = this.run(anti, words, k);
        if (x && x.end > i && k < m.end) return undefined;
      }
    }
    if (rule.negatable && !words.question(i)) {
      const neg = this.maskOf('negator');
      const classes = words.classes;
      for (let k = Math.max(a, i - NEGATION_WINDOW); k < Math.min(b, to + 2); k++) {
        if (k >= from && k < to) continue;
        if (classes[k]! & neg && !(k + 1 < words.length && classes[k + 1]! & this.maskOf('not-negating'))) return undefined;
      }
    }
    let target: RuleMatch['target'];
    if (rule.rule.target) {
      target = this.target(words, a, b);
      if (!target || (rule.rule.target === 'group' && target !== 'group')) return undefined;
    }
    const subrule = target === 'group' && rule.rule.groupSubrule ? rule.rule.groupSubrule : rule.rule.subrule;
    return {
      family: rule.family,
      rule: rule.rule,
      subrule,
      message: rule.rule.message,
      from,
      to,
      start: words.tokens[from]!.start,
      end: words.tokens[to - 1]!.end,
      target,
      reported: this.reported(words, from, to),
    };
  }

  /** The person or group a clause speaks of, outside the span [from, to). */
  private target(words: Words, a: number, b: number): RuleMatch['target'] {
    const person = this.maskOf('person');
    const group = this.maskOf('group');
    const self = this.maskOf('self');
    const anaphor = this.maskOf('anaphor');
    let found: RuleMatch['target'];
    for (let k = a; k < b; k++) {
      const bits = words.bits(k);
      if (bits & self) continue;
      if (bits & group) return 'group';
      if (bits & person) found = 'person';
      else if (bits & anaphor) {
        // "ze", "they": whoever was named in this sentence or the one before.
        // Words are in sentence order: look only at the two sentences.
        const sentence = words.sentence(k);
        let j = k;
        while (j > 0 && words.sentence(j - 1) >= sentence - 1) j--;
        for (; j < words.length && words.sentence(j) <= sentence; j++) {
          if (j === k) continue;
          const ob = words.bits(j);
          if (ob & group) return 'group';
          if (ob & person && !(ob & anaphor)) found ??= 'person';
        }
      }
    }
    return found;
  }

  /** Whether the span is quoted, or in a sentence with a reporting or counter-speech word (those found once per words). */
  private reported(words: Words, from: number, to: number): boolean {
    if (words.quoted(from, to)) return true;
    let sentences = words.reportedIn;
    if (!sentences) {
      const marks = this.maskOf('reporting') | this.maskOf('counter');
      sentences = new Set();
      if (marks) for (let k = 0; k < words.length; k++) if (words.bits(k) & marks) sentences.add(words.sentence(k));
      words.reportedIn = sentences;
    }
    return sentences.has(words.sentence(from));
  }

  /** Try a pattern at word `i`; the end (exclusive) and the marked span, or undefined. */
  private run(pattern: CompiledPattern, words: Words, i: number): { end: number; open: number; close: number } | undefined {
    if (i >= words.length) return undefined;
    // One marks object reused by every try: most tries fail, and step never starts another run.
    const marks = this.marks;
    marks.open = -1;
    marks.close = -1;
    const end = this.step(pattern.elements, 0, i, words.clauses[i]!, words, marks);
    if (end < 0 || end === i) return undefined;
    return { end, open: marks.open, close: marks.close };
  }

  private readonly marks = { open: -1, close: -1 };

  /** Match elements from `e` at word `k` (backtracking over gaps and optional elements); the end, or -1. */
  private step(els: Element[], e: number, k: number, clause: number, words: Words, marks: { open: number; close: number }): number {
    if (e === els.length) return k;
    const el = els[e]!;
    // Word elements first: most of the elements tried.
    switch (el.kind) {
      case 'tok': {
        if (k < words.length && words.clauses[k] === clause) {
          const lengths = this.lengths(el, words, k);
          for (let j = 0; j < lengths.length; j++) {
            const r = this.step(els, e + 1, k + lengths[j]!, clause, words, marks);
            if (r >= 0) return r;
          }
        }
        return el.opt ? this.step(els, e + 1, k, clause, words, marks) : -1;
      }
      case 'start':
        return k === 0 || words.clauses[k - 1] !== clause ? this.step(els, e + 1, k, clause, words, marks) : -1;
      case 'end':
        return k === words.length || words.clauses[k] !== clause ? this.step(els, e + 1, k, clause, words, marks) : -1;
      case 'open': {
        const r = this.step(els, e + 1, k, clause, words, marks);
        if (r >= 0 && marks.open < 0) marks.open = k;
        return r;
      }
      case 'close': {
        const r = this.step(els, e + 1, k, clause, words, marks);
        if (r >= 0 && marks.close < 0) marks.close = k;
        return r;
      }
      case 'gap':
        for (let g = 0; g <= el.n; g++) {
          if (g > 0 && (k + g > words.length || words.clauses[k + g - 1] !== clause)) break;
          const r = this.step(els, e + 1, k + g, clause, words, marks);
          if (r >= 0) return r;
        }
        return -1;
    }
  }

  /** How many words an element can consume at word k (longest first; empty when it cannot). */
  private lengths(el: Extract<Element, { kind: 'tok' }>, words: Words, k: number): readonly number[] {
    const key = words.tokens[k]!.key;
    const classes = words.classes[k]!;
    const covered = words.covered;
    const clauses = words.clauses;
    let hit = (classes & el.classes) !== 0 || (el.words.length > 4 ? (el.wordSet ??= new Set(el.words)).has(key) : el.words.includes(key));
    for (let p = 0; !hit && p < el.prefixes.length; p++) hit = key.startsWith(el.prefixes[p]!);
    if (el.neg) return hit ? NONE : ONE;
    let out: number[] | undefined;
    // Multi-word members of the element's classes starting here: consume all their words.
    for (let rest = covered[k]! & el.classes & ~classes; rest; rest &= rest - 1) {
      const bit = rest & -rest;
      let e = k;
      while (e < words.length && covered[e]! & bit && clauses[e] === clauses[k]) e++;
      if (k === 0 || !(covered[k - 1]! & bit) || clauses[k - 1] !== clauses[k]) (out ??= []).push(e - k);
    }
    if (!out) return hit ? ONE : NONE;
    if (hit) out.push(1);
    return out.sort((x, y) => y - x);
  }

  private classId(name: string): number {
    let id = this.classIds.get(name);
    if (id === undefined) {
      id = this.classIds.size;
      if (id >= MAX_CLASSES) throw new LanguageError(`too many word classes (at most ${MAX_CLASSES}): ${name}`);
      this.classIds.set(name, id);
    }
    return id;
  }

  private requireClass(name: string, where: string) {
    if (!this.classIds.has(name)) throw new LanguageError(`${where}.${name}: unknown word class (known: ${this.classNames.join(', ')})`);
  }

  /** A class's bit in the words' class masks (`Words.bits`); 0 when the language has no such class, as `has` reads it. */
  maskOf(name: string): number {
    const id = this.classIds.get(name);
    return id === undefined ? 0 : 1 << id;
  }

  /** `eager`: compile a pattern now, which validates it (a rule file's words; see addRule). `exceptHeads` are folded. */
  private addWord(raw: string, mask: number, exceptHeads: readonly string[], eager: boolean) {
    // Most words of the language data are one plain folded word: no trimming, folding or kind to find.
    if (ASCII_WORD.test(raw)) {
      this.exact.set(raw, (this.exact.get(raw) ?? 0) | mask);
      this.tables = undefined;
      return;
    }
    const text = raw.trim();
    if (text.includes(' ') || text.startsWith('@')) {
      this.classPatterns.push(new ClassPattern(mask, text, this, eager));
      this.cpIndex = undefined;
      return;
    }
    if (text.startsWith('*') && text.length > 3) {
      this.suffixes.push({ suffix: fold(text.slice(1)), mask });
      this.suffixIndex = undefined;
      return;
    }
    if (text.endsWith('*')) {
      const prefix = fold(text.slice(0, -1));
      if (prefix && !prefix.includes(' ')) this.prefixes.push({ prefix, mask, exceptHeads });
      this.prefixIndex = undefined;
      return;
    }
    const key = fold(text);
    if (!key) return;
    if (key.includes(' ')) {
      this.classPatterns.push(new ClassPattern(mask, text, this, eager));
      this.cpIndex = undefined;
    } else {
      this.exact.set(key, (this.exact.get(key) ?? 0) | mask);
      this.tables = undefined;
    }
  }

  private addExcept(raw: string, mask: number) {
    const key = fold(raw.trim());
    if (key) this.except.set(key, (this.except.get(key) ?? 0) | mask);
  }

  /** The first element of a pattern that is not `^`, `[` or `]` (what indexes it), parsing no further. */
  private lead(source: string): Element | undefined {
    // Part by part, not `partsOf`: a lead is mostly the first part, and every rule's lead is read on a first check.
    let parts = 0;
    PART.lastIndex = 0;
    for (let m = PART.exec(source); m; m = PART.exec(source), parts++) if (m[0] !== '^' && m[0] !== '[' && m[0] !== ']') return this.element(m[0], source);
    // A blank pattern: `partsOf` gives it one empty part, which `element` refuses.
    return parts ? undefined : this.element('', source);
  }

  /** Parse a pattern string (syntax in ./format.ts). */
  compile(source: string): CompiledPattern {
    const elements: Element[] = [];
    let required = false;
    for (const part of partsOf(source)) {
      const el = this.element(part, source);
      if (el.kind === 'tok' && !el.opt && !el.neg) required = true;
      elements.push(el);
    }
    if (!required) throw new LanguageError(`pattern "${source}": needs at least one required word`);
    // Every field from the start: one added later gives the object a second shape, and optimised code that met one
    // shape deoptimises on the other ("wrong map").
    return { elements, needs: undefined };
  }

  /**
   * Elements by their source text: a third of the parts of the language data's patterns are
   * distinct ("@person", "je", "~2"), and elements are never changed once made, so patterns share
   * them (this runs on a draft's first check, before the JIT helps).
   */
  private readonly elements = new Map<string, Element>();

  private element(part: string, source: string): Element {
    const known = this.elements.get(part);
    if (known) return known;
    const el = parseElement(part, source, this.classIds);
    this.elements.set(part, el);
    return el;
  }

  private index(rule: CompiledRule) {
    for (const first of rule.firsts) {
      // A rule's entries are added together: a repeat can only be the last entry.
      if (!first || first.kind !== 'tok' || first.opt || first.neg) {
        if (this.always[this.always.length - 1] !== rule) this.always.push(rule);
        continue;
      }
      for (const alt of first.alts) {
        if ('word' in alt) push(this.byWord, alt.word, rule);
        else if ('cls' in alt) push(this.byClass, alt.cls, rule);
        else if (this.always[this.always.length - 1] !== rule) this.always.push(rule);
      }
    }
  }

  /** The typo, run-together and join readers' tables of the exact words (made on first use, built as keys need them). */
  private tables?: TypoTables;

  private typoTables(): TypoTables {
    return (this.tables ??= new TypoTables(this.exact, { fuzzy: this.typo.fuzzy, swap: this.typo.swap, joinable: this.joinable }));
  }

  /** Classes of the abusive word one edit (deletion, insertion, swap) from `key`, or 0 (kept in its memo entry). */
  private fuzzy(key: string, info: WordInfo): number {
    return (info.fuzzy ??= this.fuzzyUncached(key));
  }

  private fuzzyUncached(key: string): number {
    if (key.length < 4 || key.length > 24 || !ASCII_WORD.test(key) || isNearMiss(key)) return 0;
    // One letter dropped from a word of six or more ("kankr", "killd") or one too many; else, from four
    // letters on, two neighbouring letters swapped ("haet", "Moslmis").
    return this.typoTables().oneEdit(key);
  }

  /**
   * Where to cut a run-together word into two known words, one of them abusive and the other a function word
   * or a person ("ikhaat", "zijnratten", "vrouwenwalgen"); undefined when nowhere. Two other words are a compound
   * ("dierenkrengen").
   */
  private split(key: string, info: WordInfo): number | undefined {
    if (info.split < 0) info.split = this.splitUncached(key);
    return info.split || undefined;
  }

  private splitUncached(key: string): number {
    const tables = this.typoTables();
    // The right part is a word of two letters or more: most keys end in no word's last three letters or two-letter word.
    if (!tables.mayEndInWord(key)) return 0;
    const { strong, people, functional, abusive, harsh, lead } = this.typo;
    let cut = 0;
    tables.words.leading(key, (k, a) => {
      if (k > key.length - 2 || Math.max(k, key.length - k) < 4) return false;
      if (k === 1 && !(a & lead)) return false; // one letter only as "i" or "a": "ihate", "abitch"
      const b = this.exact.get(key.slice(k)) ?? 0;
      // A function word and a word of a class ("womenare", "arevermin"), or people and an abusive word ("womendisgust"),
      // not a disease or an animal ("kankerpatienten").
      // Two abusive words run together ("stupidcow", "fuckingidiot") too.
      const joined = (a & functional && b & (strong | people)) || (b & functional && a & (strong | people)) || ((a | b) & abusive && (a | b) & people) || (a & harsh && b & harsh);
      if (!b || !joined) return false;
      cut = k;
      return true;
    });
    return cut;
  }

  /** Masked spellings ("f*ck", "sh!t"): the class of a known word the mask fits. */
  private classifyMasked(key: string): number {
    const hit = this.maskedCache.get(key);
    if (hit !== undefined) return hit;
    const mask = this.classifyMaskedUncached(key);
    if (this.maskedCache.size > 5_000) this.maskedCache.clear();
    this.maskedCache.set(key, mask);
    return mask;
  }

  private readonly maskedCache = new Map<string, number>();

  private classifyMaskedUncached(key: string): number {
    // Letters and masks only ("3.000" is a number), at least two letters and as many letters as masks.
    const letters = key.replace(/\*/g, '').length;
    if (!/^[a-z*]+$/.test(key) || letters < 2 || letters < key.length - letters) return 0;
    const re = new RegExp(`^${key.replace(/\*/g, '[a-z]')}$`);
    let mask = 0;
    for (const [word, m] of this.exact) if (word.length === key.length && re.test(word)) mask |= m;
    for (const p of this.prefixes) if (p.prefix.length === key.length && re.test(p.prefix)) mask |= p.mask;
    // A masked prefix of a compound ("k*tdag", "kl*tewerk"): the mask sits in the prefix, the rest is letters.
    for (const p of this.prefixes) {
      const head = key.slice(0, p.prefix.length);
      if (key.length >= p.prefix.length + 3 && head.includes('*') && /^[a-z]+$/.test(key.slice(p.prefix.length)) &&
          new RegExp(`^${head.replace(/\*/g, '[a-z]')}$`).test(p.prefix)) mask |= p.mask;
    }
    return mask & ~(this.except.get(key) ?? 0);
  }
}

/**
 * A phrase of the language data or a rule file folded as drafts are: the built-in data's phrases that need more than
 * `foldPhrase`'s plain-word shortcut are folded at build time (./folded.build.ts), so compiling it prepares no text.
 */
function fold(phrase: string): string {
  return FOLDED.get(phrase) ?? foldPhrase(phrase);
}

/** One element of a pattern (syntax in ./format.ts); `source` is the whole pattern, for errors. */
function parseElement(part: string, source: string, classIds: ReadonlyMap<string, number>): Element {
  // The most frequent parts, a plain word or one class, without the general parse.
  if (ASCII_WORD.test(part)) return { kind: 'tok', alts: [{ word: part }], neg: false, opt: false, words: [part], wordSet: undefined, prefixes: [], classes: 0 };
  if (CLASS_PART.test(part)) {
    const id = classIds.get(part.slice(1));
    if (id !== undefined) return { kind: 'tok', alts: [{ cls: id }], neg: false, opt: false, words: [], wordSet: undefined, prefixes: [], classes: 1 << id };
  }
  if (part === '^') return { kind: 'start' };
  if (part === '$') return { kind: 'end' };
  if (part === '[') return { kind: 'open' };
  if (part === ']') return { kind: 'close' };
  if (/^~\d+$/.test(part)) return { kind: 'gap', n: Number(part.slice(1)) };
  let body = part;
  const opt = body.startsWith('?');
  if (opt) body = body.slice(1);
  const neg = body.startsWith('!');
  if (neg) body = body.slice(1);
  const alts: Alt[] = [];
  const words: string[] = [];
  const prefixes: string[] = [];
  let classes = 0;
  for (const a of body.split('|')) {
    if (a.startsWith('@')) {
      const id = classIds.get(a.slice(1));
      if (id === undefined) throw new LanguageError(`pattern "${source}": unknown word class ${a}`);
      alts.push({ cls: id });
      classes |= 1 << id;
    } else if (a.endsWith('*') && a.length > 1) {
      const prefix = fold(a.slice(0, -1));
      alts.push({ prefix });
      prefixes.push(prefix);
    } else {
      const f = fold(a);
      // A word the tokenizer splits ("zo'n" stays, "sint-jan" splits) cannot be one element.
      if (!f || f.includes(' ')) throw new LanguageError(`pattern "${source}": "${a}" is not one word`);
      alts.push({ word: f });
      words.push(f);
    }
  }
  if (alts.length === 0) throw new LanguageError(`pattern "${source}": empty element`);
  // `wordSet` from the start, here and above (see `compile`).
  return { kind: 'tok', alts, neg, opt, words, wordSet: undefined, prefixes, classes };
}

/** A memo entry: nothing asked yet, or (`classes` 0) a key `blank` says is nothing to the language. */
function newInfo(known: boolean, classes: 0 | undefined): WordInfo {
  return {
    known,
    classes,
    name: classes,
    fuzzy: classes,
    split: classes ?? -1,
    cpBits: 0,
    cp: undefined,
    ruleBits: 0,
    rules: undefined,
  };
}

/** A memo entry of one key (see `CompiledLanguage.info`); undefined and -1: not asked yet. */
interface WordInfo {
  /** Whether any language has the key in a table (`knows`). */
  known: boolean;
  classes: number | undefined;
  /** Classes read as a name (`nameClasses`). */
  name: number | undefined;
  fuzzy: number | undefined;
  split: number;
  /** Class-pattern candidates for the class bits `cpBits`, rule candidates for `ruleBits`. */
  cpBits: number;
  cp: TryList<MemberTry> | undefined;
  ruleBits: number;
  rules: TryList<RuleTry> | undefined;
}

/** A class pattern to try at a word, compiled. */
interface MemberTry {
  mask: number;
  pattern: CompiledPattern;
}

/** A rule's pattern to try at a word, compiled; `id` numbers the rule's id (`ruleIds`). */
interface RuleTry {
  pattern: CompiledPattern;
  rule: CompiledRule;
  id: number;
}

/**
 * Rules or class patterns to try at a word (`CompiledLanguage.tryList`, `memberTries`), and of those the ones `viableTries`
 * keeps in the draft numbered `liveDraft`.
 */
interface TryList<T extends { pattern: CompiledPattern }> {
  tries: readonly T[];
  /** The tries' `needsOf`, each after its length, in one array (made on first use): `viableTries` reads no pattern. */
  needs: Int32Array | undefined;
  liveDraft: number;
  /** The viable tries are the first `liveCount` of `live`: `tries` itself when all are, else `buffer`. */
  live: readonly T[];
  liveCount: number;
  /**
   * The viable tries when some are not, written over per draft (not a new array per list and draft; not truncated
   * either: setting an array's length is a call into the runtime). Of the kind arrays of objects have (see `noObjects`).
   */
  buffer: T[];
}

const newTryList = <T extends { pattern: CompiledPattern }>(tries: readonly T[]): TryList<T> => ({ tries, needs: undefined, liveDraft: -1, live: tries, liveCount: 0, buffer: noObjects() });

/** The list of every word that starts no class pattern, and of no other (`words` tries none: its viable ones are never asked). */
const NO_MEMBER_TRIES: TryList<MemberTry> = newTryList([]);

/** A pattern part naming one class. */
const CLASS_PART = /^@[a-z-]+$/;
const PART = /\S+/g;

/** A pattern's parts, as `source.trim().split(/\s+/)` gives them (without the regex split's copy of the expression per call). */
function partsOf(source: string): string[] {
  return source.match(PART) ?? [''];
}

/** What a draft's reading keeps of a word key for every language (see `CompiledLanguage.info`). */
interface KeyEntry {
  key: string;
  /** `fnv` of the key; `hash`, its `keyHash`. */
  fnv: number;
  hash: number;
  /** Below `MEMO_SIZE`: where the languages keep their memo entries of the key, while `generation` is the current one. */
  id: number;
  /** `generation` when the entry was made; `NOT_KEPT` for a key not kept in `keySlots` (numbers). */
  generation: number;
  /** Letters a–z only, five or more: a word a language may cut in two. */
  splittable: boolean;
  /** Whether `everyKey` has the key, as of its `lexicon` count. */
  known: boolean;
  lexicon: number;
}

/**
 * Every key of every compiled language's word, exception and index maps: one look-up per word tells whether any
 * language needs to look it up at all (most never-seen words are in none). `lexicon` counts its growths. A map
 * that `classifyUncached` or `candidates` looks a word key up in must have its keys listed in `knows`.
 */
const everyKey = new Set<string>();
let lexicon = 0;

/**
 * Memo entries by word key, shared by every compiled language: at most `MEMO_SIZE`, in a table of open addressing by
 * the key's `fnv` (at most half full). Small, as drafts are re-checked while typed, but a large memo of every word ever
 * seen costs more per never-seen word than it saves. Not a `Map`: a draft's keys are new strings, which a map hashes
 * and compares in a call per key; the key's hash is computed here anyway (`keyHash`), and most slots hold one key.
 */
const KEY_SLOTS = 2 * MEMO_SIZE;
const keySlots = new Array<KeyEntry | undefined>(KEY_SLOTS).fill(undefined);
let keysKept = 0;
/** Counts the clears of `keySlots`; its entries' ids count from 0 in each generation. */
let generation = 0;
let nextId = 0;
const NOT_KEPT = -1;

function keyEntry(key: string): KeyEntry {
  const h = fnv(key);
  // Numbers are rarely the same twice ("0478 12 34 56", amounts, dates) and cheap to classify: not kept.
  const first = key.charCodeAt(0);
  if (first >= 48 && first <= 57) return newEntry(key, h, false, NOT_KEPT, NOT_KEPT);
  let slot = keySlot(h);
  for (let entry = keySlots[slot]; entry !== undefined; entry = keySlots[slot]) {
    if (entry.fnv === h && entry.key === key) return entry;
    slot = (slot + 1) & (KEY_SLOTS - 1);
  }
  if (keysKept >= MEMO_SIZE) {
    keySlots.fill(undefined), (keysKept = 0), generation++, (nextId = 0);
    slot = keySlot(h);
  }
  keysKept++;
  return (keySlots[slot] = newEntry(key, h, key.length >= 5 && ASCII_WORD.test(key), nextId++, generation));
}

/** Where a key of hash `h` is looked for first (the hash's high bits mixed in: keys that differ in a last letter still part). */
const keySlot = (h: number) => (h ^ (h >>> 16)) & (KEY_SLOTS - 1);

function newEntry(key: string, h: number, splittable: boolean, id: number, madeIn: number): KeyEntry {
  return { key, fnv: h, hash: bitOf(h), id, generation: madeIn, splittable, known: false, lexicon: -1 };
}

/** A language's memo entries by key id (`CompiledLanguage.info`): an array of the ids' length from the start, never sparse. */
function newMemo(): Array<WordInfo | undefined> {
  return new Array<WordInfo | undefined>(MEMO_SIZE);
}

/** The words and classes of one draft's words, for `viable`. */
interface Present {
  draft: number;
  /** The words' keys (`keysOf`). */
  keys: Uint32Array;
  /** Every class of every word, its own or a multi-word member's. */
  bits: number;
}

/** Bits in `keysOf`: few enough to clear per draft, enough that a draft of a few hundred words leaves most unset. */
const KEY_BITS = 2048;

/** A key's FNV-1a hash. */
function fnv(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return h;
}

/** A bit for a hash (`KEY_BITS` is a power of two: its low bits). */
const bitOf = (h: number) => h & (KEY_BITS - 1);

/** A bit for a key. */
function keyHash(key: string): number {
  return bitOf(fnv(key));
}

/** The words' keys as a bit set by `keyHash` (may say a key is there when it is not; never the other way round). */
function keysOf(words: Words): Uint32Array {
  const keys = new Uint32Array(KEY_BITS / 32);
  for (let i = 0; i < words.length; i++) {
    const h = keyHash(words.tokens[i]!.key);
    keys[h >>> 5]! |= 1 << h;
  }
  return keys;
}

/**
 * Sets the list's viable tries for the draft (`live`, `liveCount`): the tries whose patterns can match in it, those
 * whose every required word element can match some word of the draft. Most patterns tried at a word need a word or class
 * the draft does not have, and fail here without being run. An element matches a word by its key, its classes or a
 * member covering it (`lengths`); prefixes are not checked here (such an element always counts as possible).
 */
function viableTries<T extends { pattern: CompiledPattern }>(list: TryList<T>, present: Present): void {
  const tries = list.tries;
  // The needs of every try in one array, not each in its pattern: the check is a few look-ups per try, and reading the
  // patterns scattered over the heap cost more than the look-ups.
  const needs = (list.needs ??= needsOfAll(tries));
  const keys = present.keys;
  const bits = present.bits;
  // The viable ones once one is not (until then they are the first tries as they are).
  let out: T[] | undefined;
  let count = 0;
  for (let c = 0, p = 0; c < tries.length; c++) {
    const end = p + 1 + needs[p]!;
    let ok = true;
    for (let k = p + 1; ok && k < end; ) {
      const last = k + 2 + needs[k + 1]!;
      ok = (needs[k]! & bits) !== 0;
      // (Shift counts are taken modulo 32: a bit set's word is h >>> 5, its bit h.)
      for (let j = k + 2; !ok && j < last; j++) ok = ((keys[needs[j]! >>> 5]! >>> needs[j]!) & 1) !== 0;
      k = last;
    }
    p = end;
    if (ok) {
      if (out) out[count] = tries[c]!;
      count++;
    } else if (!out) {
      out = list.buffer;
      for (let d = 0; d < c; d++) out[d] = tries[d]!;
    }
  }
  list.live = out ?? tries;
  list.liveCount = count;
  list.liveDraft = present.draft;
}

/** Per try, the length of its pattern's `needsOf` and those needs, one try after another. */
function needsOfAll(tries: ReadonlyArray<{ pattern: CompiledPattern }>): Int32Array {
  let length = 0;
  for (const t of tries) length += 1 + (t.pattern.needs ??= needsOf(t.pattern)).length;
  const all = new Int32Array(length);
  let p = 0;
  for (const t of tries) {
    const needs = t.pattern.needs!;
    all[p++] = needs.length;
    all.set(needs, p);
    p += needs.length;
  }
  return all;
}

/**
 * A pattern's required word elements without prefixes, one after another in one array (its look-ups in `viable` touch
 * no other object): per element its classes, how many words it has, and their `keyHash`es. Some word of the draft must
 * have one of its words or classes.
 */
function needsOf(pattern: CompiledPattern): Int32Array {
  const needs: number[] = [];
  for (const el of pattern.elements) if (el.kind === 'tok' && !el.opt && !el.neg && el.prefixes.length === 0) needs.push(el.classes, el.words.length, ...el.words.map(keyHash));
  return Int32Array.from(needs);
}

/** First and last+1 word index of the clause of word i. */
function clauseOf(words: Words, i: number): [number, number] {
  const clauses = words.clauses;
  const c = clauses[i]!;
  let a = i;
  let b = i + 1;
  while (a > 0 && clauses[a - 1] === c) a--;
  while (b < words.length && clauses[b] === c) b++;
  return [a, b];
}

interface MaskedToken {
  key: string;
  start: number;
  end: number;
  nStart: number;
  nEnd: number;
  sentence: number;
  sentenceStart: boolean;
  capitalized: boolean;
  allCaps: boolean;
  /** Absent (a plain word is its token, not a copy): false. */
  masked?: boolean;
  /** Typed with a "1" inside the word. */
  digitOne?: boolean;
}

/** Characters that stand in for letters between two parts of a word: * # % ! @ $ _ . */
const isMaskChar = (c: number) => c === 42 || c === 35 || c === 37 || c === 33 || c === 64 || c === 36 || c === 95 || c === 46;
/** Masks at the edge of a word: * # */
const isEdgeMask = (c: number) => c === 42 || c === 35;

interface Reading {
  tokens: MaskedToken[];
  /** Per token: the shared memo entry of its key (none for a masked word). */
  entries: Array<KeyEntry | undefined>;
  /** Per token, for the words loop of every language: its flags (`PROPER`…). */
  flags: number[];
  /** The tokens' keys as a bit set (`keysOf`): `readingKeys`, this draft's until the next draft is read. */
  keyBits: Uint32Array;
}

/** What a `Reading` knows of each token. */
const PROPER = 1;
/** The token and the next are what a language may join ("klootz ak"): one space apart in a sentence, one of three letters or fewer. */
const JOINS_NEXT = 2;
/** Letters a–z only, five or more: a word a language may cut in two ("ikhaat"). */
const SPLITTABLE = 4;
/** In a sentence that ends in a question mark. */
const QUESTION = 8;
/** Inside quotation marks (reset at each new sentence). */
const QUOTED = 16;
/** Clause punctuation (, ; : ( ) – — quotes) between the token before and this one. */
const PUNCTUATION = 32;
const MASKED = 64;
const DIGIT_ONE = 128;

/** The last reading's key bits, one array for every draft: a typed array made per draft costs more than clearing one. */
const readingKeys = new Uint32Array(KEY_BITS / 32);

/** The last draft read: the languages of a check read the same draft one after another. */
let lastText: PreparedText | undefined;
let lastReading: Reading | undefined;

/**
 * The part of reading a draft's words that no class changes, once per draft for every compiled
 * language: masked words joined, quotes, clause punctuation and questions, and per token what the
 * languages' word loops ask of it. A word joined or cut by a language spans only a space or
 * letters, so these stay the same for its words.
 */
function reading(text: PreparedText): Reading {
  if (lastText === text) return lastReading!;
  const tokens = joinMasked(text);
  const folded = text.folded;
  const n = tokens.length;
  const flags = new Array<number>(n);
  const entries = new Array<KeyEntry | undefined>(n);
  const keyBits = readingKeys.fill(0);
  const questions = new Set<number>();
  let quoted = false;
  let prevEnd = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    let f = 0;
    for (let k = prevEnd; k < t.nStart; k++) {
      const c = folded.charCodeAt(k);
      if (c === 0x22 || c === 0x201c || c === 0x201d || c === 0x201e || c === 0xab || c === 0xbb) {
        quoted = c === 0x201c || c === 0x201e || c === 0xab ? true : c === 0x22 ? !quoted : false;
      }
      if (c === 0x2c || c === 0x3b || c === 0x3a || c === 0x28 || c === 0x29 || c === 0x2013 || c === 0x2014 || c === 0x22 || c === 0x201c || c === 0x201d) f |= PUNCTUATION;
    }
    prevEnd = t.nEnd;
    if (i > 0 && t.sentence !== tokens[i - 1]!.sentence) quoted = false;
    if (quoted) f |= QUOTED;
    // Questions: the sentence's last word is followed by "?".
    const next = tokens[i + 1];
    if ((!next || next.sentence !== t.sentence) && hasQuestionMark(text.original, t.end, next ? next.start : text.original.length)) questions.add(t.sentence);
    const key = t.key;
    if (t.capitalized && !t.sentenceStart && !t.allCaps) f |= PROPER;
    if (t.masked) f |= MASKED;
    if (t.digitOne) f |= DIGIT_ONE;
    if (next && !t.masked && !next.masked && next.sentence === t.sentence && next.nStart - t.nEnd === 1 && folded.charCodeAt(t.nEnd) === 32 && Math.min(key.length, next.key.length) <= 3) f |= JOINS_NEXT;
    const entry = (entries[i] = t.masked ? undefined : keyEntry(key));
    if (entry?.splittable) f |= SPLITTABLE;
    flags[i] = f;
    const h = entry ? entry.hash : keyHash(key);
    keyBits[h >>> 5]! |= 1 << h;
  }
  if (questions.size) for (let i = 0; i < n; i++) if (questions.has(tokens[i]!.sentence)) flags[i]! |= QUESTION;
  const out = { tokens, entries, flags, keyBits };
  lastText = text;
  lastReading = out;
  return out;
}

/** Whether `text` has a "?" in [from, to) (no slice of it made, as one per sentence was). */
function hasQuestionMark(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 63) return true;
  return false;
}

/**
 * Tokens, with words broken by mask characters ("f*ck", "sh!t", "k*t") joined into one masked word: the draft's
 * own tokens when it has none (most drafts), else a copy from the first one.
 */
function joinMasked(text: PreparedText): MaskedToken[] {
  let out: MaskedToken[] | undefined;
  const tokens = text.tokens;
  const folded = text.folded;
  const masks = (from: number, to: number) => '*'.repeat(to - from);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Masked only with a mask character right after it or an edge mask right before it; a "1" among letters makes
    // its key differ from its folded form (read as a letter). Most tokens have neither.
    // Read within bounds: a character read past the end (a last or first token) deoptimises V8's optimised code.
    const maskAfter = t.nEnd < folded.length && isMaskChar(folded.charCodeAt(t.nEnd));
    if (!maskAfter && !(t.nStart > 0 && isEdgeMask(folded.charCodeAt(t.nStart - 1))) && t.key === t.norm) {
      out?.push(t);
      continue;
    }
    let key = t.key;
    let j = i;
    while (j + 1 < tokens.length) {
      const from = tokens[j]!.nEnd;
      const to = tokens[j + 1]!.nStart;
      if (to - from < 1 || to - from > 3) break;
      let all = true;
      for (let k = from; k < to && all; k++) all = isMaskChar(folded.charCodeAt(k));
      if (!all) break;
      key += masks(from, to) + tokens[j + 1]!.key;
      j++;
    }
    // Masks at the edge of a word: "kut*", "*ss" (at most two).
    let lead = t.nStart;
    while (lead > Math.max(0, t.nStart - 2) && isEdgeMask(folded.charCodeAt(lead - 1))) lead--;
    const lastEnd = tokens[j]!.nEnd;
    let trail = lastEnd;
    while (trail < Math.min(folded.length, lastEnd + 2) && isEdgeMask(folded.charCodeAt(trail))) trail++;
    const leadLength = t.nStart - lead;
    const trailLength = trail - lastEnd;
    const masked = j > i || ((leadLength > 0 || trailLength > 0) && /[a-z]/.test(key));
    const digitOne = t.norm.includes('1') && /[a-z]1|1[a-z]/.test(t.norm);
    if (!masked && !digitOne) {
      out?.push(t);
      continue;
    }
    if (masked) key = masks(lead, t.nStart) + key + masks(lastEnd, trail);
    const last = tokens[j]!;
    (out ??= tokens.slice(0, i) as MaskedToken[]).push({
      key,
      start: masked ? t.start - leadLength : t.start,
      end: masked ? last.end + trailLength : last.end,
      nStart: t.nStart,
      nEnd: last.nEnd,
      sentence: t.sentence,
      sentenceStart: t.sentenceStart,
      capitalized: t.capitalized,
      allCaps: t.allCaps,
      masked,
      digitOne,
    });
    i = j;
  }
  return out ?? tokens;
}

/** Parse an example: optional variant tag, the sentence, and the bracketed span. */
export function parseExample(source: string): { variant?: Variant; text: string; span?: { start: number; end: number } } {
  let s = source;
  let variant: Variant | undefined;
  const tag = /^(be|nl): /.exec(s);
  if (tag) {
    variant = tag[1] as Variant;
    s = s.slice(tag[0].length);
  }
  const open = s.indexOf('[');
  const close = s.indexOf(']', open + 1);
  if (open < 0 || close < 0) return { variant, text: s };
  return { variant, text: s.slice(0, open) + s.slice(open + 1, close) + s.slice(close + 1), span: { start: open, end: close - 1 } };
}
