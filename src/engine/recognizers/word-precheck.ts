/**
 * Whether a draft could hold a match of a compiled language whose every rule needs a word of one of its classes
 * (the care and child words): a word of the draft that is a class word, starts with one of its prefixes
 * ("leefgroep*"), ends with one of its suffixes, or is the longest plain word of one of its multi-word members ("in onze zorg").
 * A draft with none cannot match, and the language's pass over its words (a third of the recognisers' time on a
 * draft of words never seen before) is skipped.
 *
 * Words the language reads otherwise are never ruled out: a word with look-alike characters ("cl1ent") or masked
 * ("cl*ent", "cli.ent"), which the language reads by its own rules.
 */
import type { LanguageExtension, LanguageFile } from '../language';
import { foldPhrase, type PreparedText } from '../text';

/** `foldPhrase`, without preparing a text for a word of a-z only (its own fold; most of the data's words are). */
const fold = (word: string) => (/^[a-z]+$/.test(word) ? word : foldPhrase(word));

/** Characters the language's reading joins words across, as masks ("f*ck", "sh!t", "cli.ent"); * and # also at a word's edge. */
const isMaskChar = (c: number) => c === 42 || c === 35 || c === 37 || c === 33 || c === 64 || c === 36 || c === 95 || c === 46;
const isEdgeMask = (c: number) => c === 42 || c === 35;

interface Vocabulary {
  words: Set<string>;
  /** Prefixes and suffixes by their first / last character code. */
  prefixes: Map<number, string[]>;
  suffixes: Map<number, string[]>;
}

/**
 * The pre-check for `files` with a rule file's `extension`, or undefined when it cannot rule a draft out: the
 * extension brings rules (which may start anywhere), or a class word of a form not read here.
 */
export function wordPrecheck(files: readonly LanguageFile[], extension: LanguageExtension): ((text: PreparedText) => boolean) | undefined {
  if (extension.rules?.length) return undefined;
  const own = new Set(files.flatMap((f) => Object.keys(f.classes)));
  // Every built-in rule must name one of the files' classes; the extension may only add to those classes.
  for (const f of files) for (const r of f.rules) if (!r.patterns.every((p) => p.split(/\s+/).some((part) => part.startsWith('@') && own.has(part.slice(1))))) return undefined;
  if (Object.keys(extension.words ?? {}).some((c) => !own.has(c))) return undefined;
  const v: Vocabulary = { words: new Set(), prefixes: new Map(), suffixes: new Map() };
  const add = (map: Map<number, string[]>, key: number, s: string) => map.set(key, [...(map.get(key) ?? []), s]);
  const forms = [...files.flatMap((f) => Object.values(f.classes).flatMap((c) => c.words)), ...Object.values(extension.words ?? {}).flat()];
  for (const raw of forms) {
    const text = raw.trim();
    if (/^[a-z]+$/.test(text)) v.words.add(text);
    else if (text.includes(' ') || text.startsWith('@')) {
      // A member is a pattern matched word by word: each of its plain, required words ("the|our ?whole unit": "unit")
      // is a word of the draft. The longest is the rarest.
      const plain = text.split(/\s+/).filter((part) => !/[@|?!*[\]]/.test(part)).map(fold).filter((w) => /^[a-z']+$/.test(w));
      if (!plain.length) return undefined;
      v.words.add(plain.reduce((a, b) => (b.length > a.length ? b : a)));
    } else if (text.startsWith('*') && text.length > 3) {
      const suffix = fold(text.slice(1));
      if (!/^[a-z']+$/.test(suffix)) return undefined;
      add(v.suffixes, suffix.charCodeAt(suffix.length - 1), suffix);
    } else if (text.endsWith('*')) {
      const prefix = fold(text.slice(0, -1));
      if (!/^[a-z']+$/.test(prefix)) return undefined;
      add(v.prefixes, prefix.charCodeAt(0), prefix);
    } else {
      const key = fold(text);
      if (!/^[a-z']+$/.test(key)) return undefined;
      v.words.add(key);
    }
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
    if (isEdgeMask(folded.charCodeAt(t.nStart - 1)) || isEdgeMask(folded.charCodeAt(t.nEnd))) return true;
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
