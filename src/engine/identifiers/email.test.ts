import { describe, expect, it } from 'vitest';
import { charClass, findEmails, findMaskedEmails, isRoleMailbox } from './email';

/** Matched text, then the address it stands for. */
function read(text: string): string[] {
  return findMaskedEmails(text).map((e) => `${text.slice(e.start, e.end)} = ${e.local}@${e.domain}`);
}

describe('findMaskedEmails', () => {
  it.each([
    ['mail me: jan punt peeters at gmail punt com', 'jan punt peeters at gmail punt com = jan.peeters@gmail.com'],
    ['jan.peeters apenstaartje gmail punt com', 'jan.peeters apenstaartje gmail punt com = jan.peeters@gmail.com'],
    ['schrijf naar jan.peeters AT gmail DOT com', 'jan.peeters AT gmail DOT com = jan.peeters@gmail.com'],
    ['jan(dot)peeters(at)hotmail(dot)com', 'jan(dot)peeters(at)hotmail(dot)com = jan.peeters@hotmail.com'],
    // A spaced "@".
    ['mail me: jan.peeters @ gmail.com', 'jan.peeters @ gmail.com = jan.peeters@gmail.com'],
    // A plain "at" before a private mail provider, after a local part with a dot or digits.
    ['mail me: jan.peeters at gmail.com', 'jan.peeters at gmail.com = jan.peeters@gmail.com'],
    ['sanne_1988 at hotmail.com', 'sanne_1988 at hotmail.com = sanne_1988@hotmail.com'],
    // The Dutch "op" with a spelled-out dot.
    ['Stuur een mail naar an punt peeters op telenet punt be', 'an punt peeters op telenet punt be = an.peeters@telenet.be'],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it.each([
    'Log in at outlook.com to see the rota.',
    'See you at home.com later.',
    'Merci aan iedereen @voorbeeld.be',
    'We are at gmail level of spam.',
    'Meet me at the station at seven.',
    'We zitten op gmail.com en op punt.be',
    'Kom op bezoek punt uit.',
  ])('no address: %s', (text) => {
    expect(read(text)).toEqual([]);
  });
});

// Local parts and domains are folded (case, diacritics) before they are compared: plain ASCII by its lower case alone.
describe('isRoleMailbox', () => {
  it.each([
    ['Onthaal', 'voorbeeld.be'],
    ['INFO', 'Voorbeeld.BE'],
    ['sécrétariat', 'voorbeeld.be'],
    ['Secrétariat', 'voorbeeld.be'],
    ['wijkteam.noord', 'voorbeeld.be'],
    ['debrug', 'vzwdebrug.be'],
    ['DeBrug', 'VZWDeBrug.be'],
    ['12345', 'voorbeeld.be'],
  ])('%s@%s is a function, not a person', (local, domain) => {
    expect(isRoleMailbox({ local, domain })).toBe(true);
  });

  it.each([
    ['jan.peeters', 'voorbeeld.be'],
    ['Jan.Peeters', 'gmail.com'],
    ['Zoë', 'voorbeeld.be'],
    ['debrug', 'gmail.com'],
  ])('%s@%s is a person', (local, domain) => {
    expect(isRoleMailbox({ local, domain })).toBe(false);
  });

  it('a mailbox the policy lists counts in any case or accent', () => {
    expect(isRoleMailbox({ local: 'Jan.Peeters', domain: 'Voorbeeld.be' }, ['jan.peeters@voorbeeld.be'])).toBe(true);
    expect(isRoleMailbox({ local: 'zoe', domain: 'voorbeeld.be' }, ['Zoë@'])).toBe(true);
    expect(isRoleMailbox({ local: 'zoe', domain: 'voorbeeld.be' }, ['ZOE'])).toBe(true);
  });

  it('remembers what a local part says, never what a policy listed', () => {
    const addresses = [
      ['jan.peeters', 'voorbeeld.be'], ['info', 'voorbeeld.be'], ['debrug', 'vzwdebrug.be'], ['debrug', 'gmail.com'],
      ['a@b', 'c.be'], ['a', 'b@c.be'], ['123', 'voorbeeld.be'], ['Zoë', 'voorbeeld.be'], ['zoe', 'voorbeeld.be'],
    ] as const;
    const first = addresses.map(([local, domain]) => isRoleMailbox({ local, domain }));
    expect(first).toEqual([false, true, true, false, false, false, true, false, false]);
    expect(isRoleMailbox({ local: 'jan.peeters', domain: 'voorbeeld.be' }, ['jan.peeters@voorbeeld.be'])).toBe(true);
    // Asked again (now remembered), after a policy listed one of them: the same answers.
    expect(addresses.map(([local, domain]) => isRoleMailbox({ local, domain }))).toEqual(first);
    // More addresses than the memory holds: it starts over, and answers alike.
    for (let i = 0; i < 1200; i++) expect(isRoleMailbox({ local: `persoon${i}.x`, domain: 'voorbeeld.be' })).toBe(false);
    expect(addresses.map(([local, domain]) => isRoleMailbox({ local, domain }))).toEqual(first);
  });
});

describe('charClass', () => {
  it('answers as its expression for every UTF-16 unit, ASCII from its table', () => {
    for (const chars of [/[\p{L}\p{N}._%+\-']/u, /[\p{L}\p{N}\-.]/u]) {
      const test = charClass(chars);
      for (let c = 0; c < 0x10000; c++) {
        const text = `a${String.fromCharCode(c)}`;
        if (test(text, 1) !== chars.test(text[1]!)) expect(String.fromCharCode(c)).toBe(chars.test(text[1]!));
      }
    }
  });

  it('finds addresses with letters beyond ASCII and stops at what is no part of one', () => {
    expect(findEmails('Mail: José.Núñez@café.be, of (an_1+x@voorbeeld.org)').map((e) => `${e.local}@${e.domain}`)).toEqual(['José.Núñez@café.be', 'an_1+x@voorbeeld.org']);
  });
});
