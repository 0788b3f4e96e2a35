import { describe, expect, it } from 'vitest';
import { caseless } from './caseless';

/** Every code point as a string (lone surrogates too: a draft may hold one). */
const ALL = Array.from({ length: 0x110000 }, (_, c) => String.fromCodePoint(c));

/** Code points one expression matches and the other does not. */
function differences(a: RegExp, b: RegExp): string[] {
  return ALL.filter((ch) => a.test(ch) !== b.test(ch)).map((ch) => `U+${ch.codePointAt(0)!.toString(16)}`);
}

describe('caseless', () => {
  it('matches every code point that the i flag matches for each kind of atom, and no other', () => {
    const atoms = [
      ...'abcdefghijklmnopqrstuvwxyzKS',
      '\\p{L}',
      '[^\\p{L}]',
      '[\\p{L}-]',
      '[\\p{L}\\p{N}]',
      '[jm]',
      '[^sk]',
      '\\s',
      '’',
      '\\u0130',
    ];
    for (const atom of atoms) {
      const folded = new RegExp(`^${atom}$`, 'iu');
      const rewritten = caseless(folded);
      expect(rewritten.flags).toBe('u');
      expect(differences(rewritten, folded), atom).toEqual([]);
    }
  });

  it('keeps whole expressions: words, lookarounds, quantifiers, anchors and flags other than i', () => {
    const re = /(?<!\p{L})(?:thanks to|kudos to|shout-?out to|dank aan)\s+(?:(?:onze|our|the)\s+)?(?:\p{L}+\s+){0,1}$/giu;
    const plain = caseless(re);
    expect(plain.flags).toBe('gu');
    for (const text of ['Thanks to ', 'met DANK AAN onze ', 'xthanks to ', 'Shoutout to the Team ', 'ſhout-out to ', 'KUDOS TO ', 'thanks  to', 'thanks to\u0345 ']) {
      re.lastIndex = plain.lastIndex = 0;
      expect(plain.test(text), text).toBe(re.test(text));
    }
    expect(caseless(/^x$/iu).test('X')).toBe(true);
    expect(caseless(/^x$/iu).test('y')).toBe(false);
  });
});
