/**
 * Builds names.generated.ts, the name lists the person recogniser ships, from MIT-licensed
 * npm packages:
 * - `@zxcvbn-ts/language-nl-be`: Statbel first names (boys, girls) and Belgian surnames,
 *   frequency-ordered; the most frequent SURNAME_COUNT surnames are kept (the tail adds little
 *   recall, see the module comment in names.ts, and costs 25 KB gzipped);
 * - `@faker-js/faker` (devDependency), locales nl and en: Dutch and English first names and
 *   surnames ("Ruud", "Kees", "Roger", "Jansen").
 * `@zxcvbn-ts/language-en`'s first names are left out: 70% of them are rare spellings
 * ("aarika", "adore") that faker's English list does not have; without them CoNLL F1 is the
 * same and the module 9 KB (gzipped) smaller.
 * Names are folded (lower case, no diacritics), deduplicated, sorted and front-coded (see
 * frontCode): that compresses half better than the packages' JSON.
 *
 * Run: npx tsx src/engine/lexicon/names.build.ts (names.test.ts fails when the committed
 * module is out of date).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fakerEN, fakerNL } from '@faker-js/faker';
import nlBoys from '@zxcvbn-ts/language-nl-be/src/boysFirstnames.json';
import nlGirls from '@zxcvbn-ts/language-nl-be/src/girlsFirstnames.json';
import nlLast from '@zxcvbn-ts/language-nl-be/src/lastnames.json';
import nlCommon from '@zxcvbn-ts/language-nl-be/src/commonWords.json';
import enCommon from '@zxcvbn-ts/language-en/src/commonWords.json';

const MARKS = /\p{M}/gu;

/** Same folding as text.ts (lower case, no diacritics), without the cost of a full prepare(). */
function foldWord(word: string): string {
  return word.normalize('NFKD').replace(MARKS, '').toLowerCase();
}

/** How many of the most frequent Belgian surnames to ship. */
export const SURNAME_COUNT = 5000;
/**
 * How many of the most frequent Dutch and English words (zxcvbn-ts's subtitle frequency lists) to ship
 * as "an ordinary word, not a name" evidence for capitalised words no name list knows.
 */
export const COMMON_NL = 1000;
export const COMMON_EN = 500;

type Lists = Record<string, readonly string[] | undefined>;
interface FakerPerson {
  rawDefinitions: { person: { first_name: Lists; last_name: Lists } };
}

const flat = (lists: Lists | undefined): string[] => Object.values(lists ?? {}).flatMap((l) => l ?? []);

/** Shared-prefix lengths below this start a bucket; must equal the two characters prefixCode in names.ts reads. */
const BUCKET_KEY = 2;

/**
 * Front coding of a sorted list: each word after the first is one digit (how many leading
 * characters it shares with the word before, at most 9) and the rest of the word. A word sharing
 * fewer than BUCKET_KEY characters is written whole after a 0, so every "0" starts a bucket of
 * words with the same first BUCKET_KEY characters that names.ts decodes on its own, on first use.
 * Half the characters of the joined list, and 10 KB less gzipped.
 */
export function frontCode(sorted: readonly string[]): string {
  let out = '';
  let prev = '';
  for (const w of sorted) {
    let p = 0;
    while (p < 9 && p < prev.length && p < w.length && prev[p] === w[p]) p++;
    if (p < BUCKET_KEY) p = 0;
    out += (out ? String(p) : '') + w.slice(p);
    prev = w;
  }
  return out;
}

/** A template literal's body in lines of 100 characters, joined by line continuations (no characters added). */
function wrap(encoded: string): string {
  const lines: string[] = [];
  for (let i = 0; i < encoded.length; i += 100) lines.push(encoded.slice(i, i + 100));
  return lines.join('\\\n');
}

/** The generated module's source text. */
export function buildNames(): string {
  const nl = (fakerNL as unknown as FakerPerson).rawDefinitions.person;
  const en = (fakerEN as unknown as FakerPerson).rawDefinitions.person;
  const first = new Set<string>();
  for (const name of [...(nlBoys as string[]), ...(nlGirls as string[]), ...flat(nl.first_name), ...flat(en.first_name)]) {
    // Hyphenated first names are matched part by part.
    for (const part of foldWord(name).split(/[-\s]+/)) if (/^[a-z][a-z']+$/.test(part)) first.add(part);
  }
  const last = new Set<string>();
  const multi = new Set<string>();
  for (const name of [...(nlLast as string[]).slice(0, SURNAME_COUNT), ...flat(nl.last_name), ...flat(en.last_name)]) {
    const folded = foldWord(name).replace(/-/g, ' ').trim();
    if (!/^[a-z][a-z' ]+$/.test(folded)) continue;
    if (folded.includes(' ')) multi.add(folded.replace(/\s+/g, ' '));
    else last.add(folded);
  }
  const coded = (s: Set<string>) => wrap(frontCode([...s].sort()));
  // Frequent words that no name list has: "Iedereen", "Gisteren", "Bauduin" stays unknown.
  const common = new Set<string>();
  for (const w of [...(nlCommon as string[]).slice(0, COMMON_NL), ...(enCommon as string[]).slice(0, COMMON_EN)]) {
    const f = foldWord(w);
    if (/^[a-z][a-z']+$/.test(f) && f.length > 2 && !first.has(f) && !last.has(f)) common.add(f);
  }
  return `/**
 * GENERATED by names.build.ts — do not edit. Folded, sorted, front-coded name lists.
 * Sources (MIT licence): @zxcvbn-ts/language-nl-be (first names, the ${SURNAME_COUNT} most frequent
 * Belgian surnames, the ${COMMON_NL} most frequent Dutch words), @zxcvbn-ts/language-en (the ${COMMON_EN} most
 * frequent English words), @faker-js/faker nl and en (first names, surnames).
 */

/** First names (front-coded, see names.build.ts). */
export const FIRST_NAMES = \`\\
${coded(first)}\`;

/** One-word surnames (front-coded). */
export const LAST_NAMES = \`\\
${coded(last)}\`;

/** Multi-word surnames ("de smet", "van den bossche"), front-coded. */
export const MULTI_LAST_NAMES = \`\\
${coded(multi)}\`;

/** Frequent Dutch and English words that are on no name list (front-coded). */
export const COMMON_WORDS = \`\\
${coded(common)}\`;
`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(new URL('./names.generated.ts', import.meta.url), buildNames());
}
