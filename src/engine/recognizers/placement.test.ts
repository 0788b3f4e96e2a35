import { describe, expect, it } from 'vitest';
import { initials } from './placement';

/** The expressions `initials` read every name with before it read Latin-1 by character code. */
const initialsByExpression = (name: string) =>
  name
    .split(/[\s\-]+/u)
    .filter((w) => /\p{L}/u.test(w))
    .map((w) => `${[...w.replace(/^[^\p{L}]+/u, '')][0] ?? ''}.`)
    .join('');

describe('initials', () => {
  it('gives the first letter of each word', () => {
    expect(initials('Jan van Dijk')).toBe('J.v.D.');
    expect(initials('Anne-Marie')).toBe('A.M.');
  });

  it('reads Latin-1 by character code as the expressions read it, and other text with them', () => {
    const names = [
      'Yvonne', '  (Éva', "'s Merel", '-- 7 Ωmega', 'Zoë Ærø', 'ªbc º µx', '× ÷ Ölaf', '12 34', '', '¿Ñandú?', 'ß', 'Þór Ðan',
      'Łukasz Żółć', 'Ἀλέξανδρος', 'Иван Петров', '李 小龍', '(𝐀lex) 𝟏b', '3D-printer', '‘Jo’ van ’t Hof', 'a\u0301bc',
    ];
    for (const name of names) expect(initials(name), name).toBe(initialsByExpression(name));
    // Every Latin-1 character before a letter, alone and as a word's start.
    for (let c = 0; c <= 0xff; c++) {
      const ch = String.fromCharCode(c);
      for (const name of [ch, `${ch}x`, `x ${ch}y`]) expect(initials(name), `U+${c.toString(16)}`).toBe(initialsByExpression(name));
    }
  });
});
