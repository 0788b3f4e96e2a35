import { describe, expect, it } from 'vitest';
import { PhraseMatcher } from './phrases';
import { prepare } from './text';

/** Text of each match, in the order findAll gives them. */
function read(phrases: string[], text: string): string[] {
  return new PhraseMatcher(phrases.map((p) => [p, p] as const)).findAll(prepare(text)).map((m) => `${m.value}: ${text.slice(m.start, m.end)}`);
}

// A token is looked up only when its first two units are those of a phrase's first word: every kind of first word must
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
});
