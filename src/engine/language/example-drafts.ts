/**
 * Drafts mixed from the language data's examples, for tests that compare two ways of reading a draft: several
 * sentences per draft with varied sentence ends, clause punctuation and quotes, and now and then a letter masked
 * ("cl*ent", "cli.ent") so that masked words meet sentence ends too. Deterministic.
 */
import { LANGUAGE_DATA } from '.';
import { parseExample } from './matcher';

const ENDINGS = ['. ', '! ', '? ', '\n', ' ', ', ', '." ', ' "', '.', ': ', ' – '];
const MASKS = '*.#!';

export function exampleDrafts(count: number, seed = 1): string[] {
  const sentences = Object.values(LANGUAGE_DATA)
    .flat()
    .flatMap((file) => file.rules.flatMap((rule) => [...rule.examples.match, ...rule.examples.clean]))
    .map((source) => parseExample(source).text);
  let state = seed;
  const below = (n: number) => (state = (state * 1664525 + 1013904223) >>> 0) % n;
  const drafts: string[] = [];
  for (let d = 0; d < count; d++) {
    let text = '';
    for (let s = 1 + below(6); s > 0; s--) {
      let sentence = sentences[below(sentences.length)]!;
      if (below(4) === 0) {
        const at = below(sentence.length);
        sentence = sentence.slice(0, at) + MASKS[below(MASKS.length)] + sentence.slice(at + 1);
      }
      text += sentence + ENDINGS[below(ENDINGS.length)];
    }
    drafts.push(text);
  }
  return drafts;
}
