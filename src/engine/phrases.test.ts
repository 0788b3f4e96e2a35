import { describe, expect, it } from 'vitest';
import { seededInts } from '../../tests/unit/seeded';
import { PhraseMatcher } from './phrases';
import { foldPhrase, prepare } from './text';

/** Text of each match, in the order findAll gives them. */
function read(phrases: string[], text: string): string[] {
  return new PhraseMatcher(phrases.map((p) => [p, p] as const)).findAll(prepare(text)).map((m) => `${m.value}: ${text.slice(m.start, m.end)}`);
}

// A token is looked up only when its first three units are those of a phrase's first word: every kind of first word must
// still be found, and words whose units share their low five bits must not hide each other.
describe('PhraseMatcher', () => {
  it.each([
    [['x'], 'Kies x of y.', ['x: x']],
    [['ok'], 'Is het ok voor jou?', ['ok: ok']],
    [['zelfmoord*'], 'Zelfmoordgedachten zijn ernstig.', ['zelfmoord*: Zelfmoordgedachten']],
    [['tag*', 'pic'], 'Tags op een pic.', ['tag*: Tags', 'pic: pic']],
    [['op persoonlijke titel'], 'Ik spreek op persoonlijke titel.', ['op persoonlijke titel: op persoonlijke titel']],
    [['cliënt'], 'Onze Cliënt was blij.', ['cliënt: Cliënt']],
    [['één'], 'Nog één keer.', ['één: één']],
    [['k4nker'], 'Wat een k4nker dag.', ['k4nker: k4nker']],
    [['@delinde'], 'Dank aan @delinde!', ['@delinde: @delinde']],
    // "a" and "A", "k" and "K" share their low five bits with "!" and "+": no match is lost to them.
    [['ak', 'ka'], 'ak ka ka ak', ['ak: ak', 'ka: ka', 'ka: ka', 'ak: ak']],
    [['3d'], 'Een 3d print.', ['3d: 3d']],
    // Words that share their first two units, or three, with a phrase's first word but are not it.
    [['describe', 'de'], 'de des describe', ['de: de', 'describe: describe']],
    [['tag*', 'ta'], 'ta tag tags t', ['ta: ta', 'tag*: tag', 'tag*: tags']],
  ])('%j in %s', (phrases, text, expected) => {
    expect(read(phrases, text)).toEqual(expected);
  });

  it('first() is the first match of findAll, or none', () => {
    const matcher = new PhraseMatcher([['werk', 1] as const, ['mijn werk', 2] as const, ['team', 3] as const]);
    const text = prepare('Ons team en mijn werk.');
    expect(matcher.first(text)).toEqual(matcher.findAll(text)[0]);
    expect(matcher.first(text)?.value).toBe(3);
    expect(matcher.first(prepare('Niets hier.'))).toBeUndefined();
  });

  it('finds what reading every phrase at every token finds', () => {
    // Units with the same low five bits ("a" and "A", "q" and "1"), words of one to four units, prefix words and phrases.
    const units = ['a', 'q', '1', 'b', 'ab', 'A'];
    const random = seededInts(5);
    const word = () => Array.from({ length: 1 + random(4) }, () => units[random(units.length)]!).join('');
    for (let round = 0; round < 60; round++) {
      const phrases = Array.from({ length: 1 + random(6) }, () => Array.from({ length: 1 + random(2) }, () => word() + (random(3) ? '' : '*')).join(' '));
      const text = prepare(Array.from({ length: 40 }, word).join(' '));
      const tokens = text.tokens.map((t) => t.key);
      const expected: string[] = [];
      for (let i = 0; i < tokens.length; i++)
        for (const phrase of phrases) {
          const words = phrase.split(' ').flatMap((w) => foldPhrase(w.replace(/\*$/, '')).split(' ').map((f) => [f, w.endsWith('*')] as const));
          // A first word shorter than three units is matched whole, even with a "*".
          const prefix = (k: number) => words[k]![1] && (k > 0 || words[0]![0].length >= 3);
          if (words.every(([w], k) => i + k < tokens.length && (prefix(k) ? tokens[i + k]!.startsWith(w) : tokens[i + k] === w)))
            expected.push(`${i} ${phrase}`);
        }
      const found = new PhraseMatcher(phrases.map((p) => [p, p] as const)).findAll(text).map((m) => `${m.from} ${m.value}`);
      expect(found.sort()).toEqual(expected.sort());
    }
  });
});
