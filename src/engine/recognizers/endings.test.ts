import { describe, expect, it } from 'vitest';
import { Endings, endsInOneOf } from './endings';

describe('endsInOneOf', () => {
  const endings = new Endings(['hond', 'kat', 'dogs', 'x']);

  it('is true for a word that is, or ends in, one of the endings', () => {
    expect(endsInOneOf('hond', endings)).toBe(true);
    expect(endsInOneOf('therapiehond', endings)).toBe(true);
    expect(endsInOneOf('boerderijkat', endings)).toBe(true);
    expect(endsInOneOf('hotdogs', endings)).toBe(true);
    expect(endsInOneOf('x', endings)).toBe(true);
  });

  it('is false for a word with an ending only inside it, a shorter word, the empty word, or no endings', () => {
    expect(endsInOneOf('katten', endings)).toBe(false);
    expect(endsInOneOf('hon', endings)).toBe(false);
    expect(endsInOneOf('og', endings)).toBe(false);
    expect(endsInOneOf('', endings)).toBe(false);
    expect(endsInOneOf('hond', new Endings([]))).toBe(false);
  });

  it('answers as the expression of the same endings does', () => {
    const list = ['en', 'ing', 'heid', 'tie', 'isme', 'ste', 'ers'];
    const expression = new RegExp(`(?:${list.join('|')})$`);
    for (const word of ['wandelen', 'verhuizing', 'gezondheid', 'actie', 'toerisme', 'beste', 'helpers', 'jan', 'en', 'n', 'ingang', 'ëen'])
      expect(endsInOneOf(word, new Endings(list))).toBe(expression.test(word));
  });

  it('answers as the expression over every word of up to three characters, with endings sharing a slot of the grouping', () => {
    // "x" (120) and "ø" (248), "a" (97) and "á" (225), "\u0100" (256) and "\0" (0) share slots of 128; "'s" ends in "s".
    const list = ['x', 'bø', 'ka', 'á', '\u0100', "'s", 'ss', 'a\u0100'];
    const endings = new Endings(list);
    const expression = new RegExp(`(?:${list.join('|')})$`);
    const letters = ['', 'a', 'á', 'b', 'k', 'x', 'ø', 's', "'", '\u0100', '\0', 'é'];
    for (const a of letters) for (const b of letters) for (const c of letters) expect(endsInOneOf(a + b + c, endings)).toBe(expression.test(a + b + c));
  });
});
