import { describe, expect, it } from 'vitest';
import { endsInOneOf } from './endings';

describe('endsInOneOf', () => {
  const endings = ['hond', 'kat', 'dogs', 'x'];

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
    expect(endsInOneOf('hond', [])).toBe(false);
  });

  it('answers as the expression of the same endings does', () => {
    const list = ['en', 'ing', 'heid', 'tie', 'isme', 'ste', 'ers'];
    const expression = new RegExp(`(?:${list.join('|')})$`);
    for (const word of ['wandelen', 'verhuizing', 'gezondheid', 'actie', 'toerisme', 'beste', 'helpers', 'jan', 'en', 'n', 'ingang', 'ëen'])
      expect(endsInOneOf(word, list)).toBe(expression.test(word));
  });
});
