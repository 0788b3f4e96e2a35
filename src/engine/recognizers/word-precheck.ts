/**
 * Whether a draft could hold a match of a compiled language whose every rule needs a word of one of its classes
 * (the care and child words): a word of the draft that is a class word, starts with one of its prefixes
 * ("leefgroep*"), ends with one of its suffixes, or is the longest plain word of one of its multi-word members ("in onze zorg").
 * A draft with none cannot match, and the language's pass over its words (a third of the recognisers' time on a
 * draft of words never seen before) is skipped.
 *
 * Words the language reads otherwise are never ruled out: a word with look-alike characters ("cl1ent") or masked
 * ("cl*ent", "cli.ent"), which the language reads by its own rules.
 *
 * The built-in data's vocabulary is read at build time (care-words.build.ts → care-words.generated.ts); only a rule
 * file's added words are read here.
 */
import type { LanguageExtension, LanguageFile } from '../language';
import { codeAt, foldPhrase, type PreparedText } from '../text';
import { CARE_CLASSES, CARE_PREFIXES, CARE_SUFFIXES, CARE_WORDS } from './care-words.generated';

/** The language data families of the care and child words, read by one compiled language (recognizers/context.ts). */
export const CARE_FAMILIES = ['client-name', 'minor'] as const;

/** `foldPhrase`, without preparing a text for a word of a-z only (its own fold; most of the data's words are). */
const fold = (word: string) => (/^[a-z]+$/.test(word) ? word : foldPhrase(word));

/** Characters the language's reading joins words across, as masks ("f*ck", "sh!t", "cli.ent"); * and # also at a word's edge. */
const isMaskChar = (c: number) => c === 42 || c === 35 || c === 37 || c === 33 || c === 64 || c === 36 || c === 95 || c === 46;
const isEdgeMask = (c: number) => c === 42 || c === 35;

export interface Vocabulary {
  words: Set<string>;
  /** Prefixes and suffixes by their first / last character code. */
  prefixes: Map<number, string[]>;
  suffixes: Map<number, string[]>;
}

export const emptyVocabulary = (): Vocabulary => ({ words: new Set(), prefixes: new Map(), suffixes: new Map() });

const addPrefix = (v: Vocabulary, prefix: string) => v.prefixes.set(prefix.charCodeAt(0), [...(v.prefixes.get(prefix.charCodeAt(0)) ?? []), prefix]);
const addSuffix = (v: Vocabulary, suffix: string) => v.suffixes.set(suffix.charCodeAt(suffix.length - 1), [...(v.suffixes.get(suffix.charCodeAt(suffix.length - 1)) ?? []), suffix]);

/** Whether every rule of `files` needs a word of one of their classes: only then can a draft without one be ruled out. */
export function rulesNeedClassWords(files: readonly LanguageFile[]): boolean {
  const own = new Set(files.flatMap((f) => Object.keys(f.classes)));
  return files.every((f) => f.rules.every((r) => r.patterns.every((p) => p.split(/\s+/).some((part) => part.startsWith('@') && own.has(part.slice(1))))));
}

/** Reads class members `forms` into `v`; false when one has a form not read here (nothing can be ruled out then). */
export function addForms(v: Vocabulary, forms: readonly string[]): boolean {
  for (const raw of forms) {
    const text = raw.trim();
    if (/^[a-z]+$/.test(text)) v.words.add(text);
    else if (text.includes(' ') || text.startsWith('@')) {
      // A member is a pattern matched word by word: each of its plain, required words ("the|our ?whole unit": "unit")
      // is a word of the draft. The longest is the rarest.
      const plain = text.split(/\s+/).filter((part) => !/[@|?!*[\]]/.test(part)).map(fold).filter((w) => /^[a-z']+$/.test(w));
      if (!plain.length) return false;
      v.words.add(plain.reduce((a, b) => (b.length > a.length ? b : a)));
    } else if (text.startsWith('*') && text.length > 3) {
      const suffix = fold(text.slice(1));
      if (!/^[a-z']+$/.test(suffix)) return false;
      addSuffix(v, suffix);
    } else if (text.endsWith('*')) {
      const prefix = fold(text.slice(0, -1));
      if (!/^[a-z']+$/.test(prefix)) return false;
      addPrefix(v, prefix);
    } else {
      const key = fold(text);
      if (!/^[a-z']+$/.test(key)) return false;
      v.words.add(key);
    }
  }
  return true;
}

const listed = (generated: string) => generated.split(/\s+/).filter(Boolean);
let builtIn: Vocabulary | undefined;

/** The built-in data's vocabulary, from the generated lists (made on the first check, then shared). */
function builtInVocabulary(): Vocabulary {
  if (builtIn) return builtIn;
  builtIn = { ...emptyVocabulary(), words: new Set(listed(CARE_WORDS)) };
  for (const prefix of listed(CARE_PREFIXES)) addPrefix(builtIn, prefix);
  for (const suffix of listed(CARE_SUFFIXES)) addSuffix(builtIn, suffix);
  return builtIn;
}

/**
 * The pre-check for the built-in care and child data with a rule file's `extension`, or undefined when it cannot rule
 * a draft out: the extension brings rules (which may start anywhere), or words of another class or of a form not read here.
 */
export function wordPrecheck(extension: LanguageExtension): ((text: PreparedText) => boolean) | undefined {
  if (extension.rules?.length) return undefined;
  const classes = new Set(listed(CARE_CLASSES));
  // The extension may only add to the data's classes.
  if (Object.keys(extension.words ?? {}).some((c) => !classes.has(c))) return undefined;
  const added = Object.values(extension.words ?? {}).flat();
  let v = builtInVocabulary();
  if (added.length) {
    v = { words: new Set(v.words), prefixes: new Map(v.prefixes), suffixes: new Map(v.suffixes) };
    if (!addForms(v, added)) return undefined;
  }
  return (text) => mayHold(v, text);
}

function mayHold(v: Vocabulary, text: PreparedText): boolean {
  const { tokens, folded } = text;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const key = t.key;
    if (key !== t.norm || v.words.has(key)) return true;
    // Masked: an edge mask, or only mask characters (one to three) between this word and the next.
    if (isEdgeMask(codeAt(folded, t.nStart - 1)) || isEdgeMask(codeAt(folded, t.nEnd))) return true;
    const next = tokens[i + 1];
    if (next && next.nStart - t.nEnd <= 3 && isMaskChar(folded.charCodeAt(t.nEnd))) {
      let all = true;
      for (let k = t.nEnd; k < next.nStart && all; k++) all = isMaskChar(folded.charCodeAt(k));
      if (all) return true;
    }
    const prefixes = v.prefixes.get(key.charCodeAt(0));
    if (prefixes) for (const p of prefixes) if (key.startsWith(p)) return true;
    const suffixes = v.suffixes.get(key.charCodeAt(key.length - 1));
    if (suffixes) for (const s of suffixes) if (key.endsWith(s)) return true;
  }
  return false;
}
