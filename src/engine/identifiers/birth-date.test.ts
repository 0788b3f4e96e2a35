import { describe, expect, it } from 'vitest';
import { seededInts } from '../../../tests/unit/seeded';
import { prepare } from '../text';
import { BIRTH_PARTS, BIRTHDAY, birthdayStarts, dayWord, findBirthDates, hasBirthCue } from './birth-date';
import { matchesAt } from './numbers';

/** Original text of each date of birth found. */
function read(text: string): string[] {
  const p = prepare(text);
  return findBirthDates(p.folded).map((m) => {
    const s = p.span(m.nStart, m.nEnd);
    return text.slice(s.start, s.end);
  });
}

describe('findBirthDates', () => {
  it.each([
    // Words between the day and the month, and dashes.
    ['Geboren op de 3de van mei 2011 in Brugge', 'Geboren op de 3de van mei 2011'],
    ['Geboren 3-mei-2011, zwaar 3 kilo', 'Geboren 3-mei-2011'],
    ['born on the 3rd of May, 2011', 'born on the 3rd of May, 2011'],
    ['She was born 3rd May 2011.', 'born 3rd May 2011'],
    // Abbreviated months and two-digit years.
    ['geb. 3 mei \'11', "geb. 3 mei '11"],
    ['geboortedatum: 3 okt. 2011', 'geboortedatum: 3 okt. 2011'],
    ['DoB 12 Sept 1987', 'DoB 12 Sept 1987'],
    ['°12.03.1958 te Lier', '°12.03.1958'],
    ['° 3/5/2010', '° 3/5/2010'],
    // Whose birth stands between the cue and the date.
    ['Geboortedatum van onze zoon: 14 sept 2012', 'Geboortedatum van onze zoon: 14 sept 2012'],
    ['date of birth of my daughter: 7/4/2009', 'date of birth of my daughter: 7/4/2009'],
    ['Mijn dochter werd geboren op 14 september 2012', 'geboren op 14 september 2012'],
    // The day, and the year, in words.
    ['geboren op drie mei tweeduizend elf', 'geboren op drie mei tweeduizend elf'],
    ['Opa is geboren op de zesde van juni negentienhonderdachtendertig.', 'geboren op de zesde van juni negentienhonderdachtendertig'],
    ['Born: the twenty-first of March 1990', 'Born: the twenty-first of March 1990'],
    ['born on the third of June, nineteen fifty-eight', 'born on the third of June, nineteen fifty-eight'],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it.each([
    'Geboren in 1931 en nog altijd fit!',
    'Geboren en getogen in Gent, op 3 mei 2011 kwam ze bij ons.',
    'Het boek "Geboren in mei" verschijnt op 3 juni.',
    'Newborn care on 3 March 2025.',
    'Geboren om te helpen: een mooie mei-maand voor onze vrijwilligers.',
    'The baby was born one may guess in spring.',
  ])('not a date of birth: %s', (text) => {
    expect(read(text)).toEqual([]);
  });

  it('finds a date of birth and a past birthday with every spelling of every month, in figures or in words', () => {
    const months = [
      'jan', 'januari', 'january', 'feb', 'februari', 'february', 'mrt', 'maart', 'mar', 'march', 'apr', 'april', 'mei', 'may',
      'jun', 'juni', 'june', 'jul', 'juli', 'july', 'aug', 'augustus', 'august', 'sep', 'sept', 'september', 'okt', 'oct',
      'oktober', 'october', 'nov', 'november', 'dec', 'december',
    ];
    for (const month of months) {
      expect(read(`Geboren op 3 ${month} 2011`), month).toEqual([`Geboren op 3 ${month} 2011`]);
      expect(read(`born on the third of ${month} 2011`), month).toEqual([`born on the third of ${month} 2011`]);
      expect(read(`Jarig op ${month} 3, 1990`), month).toEqual([`Jarig op ${month} 3, 1990`]);
    }
    // Figures only: two digits around a separator.
    expect(read('Verjaardag van mijn zoon: 3/5/2010')).toEqual(['Verjaardag van mijn zoon: 3/5/2010']);
    expect(read('jarig op 2010-05-03')).toEqual(['jarig op 2010-05-03']);
  });

  it('knows days of the month in words', () => {
    for (const w of ['drie', 'derde', 'eerste', 'achtste', 'twintigste', 'eenendertig', 'eenentwintigste', 'third', 'twenty-first', 'thirty-first']) {
      expect(dayWord(w), w).toBe(true);
    }
    for (const w of ['mooie', 'tweeendertig', 'hundred', 'the']) expect(dayWord(w), w).toBe(false);
  });
});

describe('hasBirthCue', () => {
  it('says what a search for each cue says', () => {
    const pieces = ['geb', 'ge', 'g', 'dob', 'do', 'd.o.b', 'd.o.', 'd', '.', 'birth', 'bir', 'born', 'bo', 'b', 'bb', 'rn', 'irth', 'orn', '°', 'e', 'o', ' ', 'é'];
    const random = seededInts(7);
    let cues = 0;
    for (let n = 0; n < 20000; n++) {
      const folded = Array.from({ length: 1 + random(6) }, () => pieces[random(pieces.length)]!).join('');
      const expected = BIRTH_PARTS.some((part) => folded.includes(part));
      expect(hasBirthCue(folded), folded).toBe(expected);
      if (expected) cues++;
    }
    expect(cues).toBeGreaterThan(2000);
    expect(cues).toBeLessThan(18000);
  });
});

describe('birthdays tried at their words', () => {
  it('finds what a scan of every character finds', () => {
    const pieces = ['verjaardag', 'birthday', 'jarig', 'jarige', 'xjarig', ' van ', ' mijn ', ' on ', 'zoon', ': ', ' ', '-', '3', '12', ' mei', ' may', ' 2011', "'11", '03/05/2011', '1999-04-02', 'é', '١'];
    const random = seededInts(13);
    let found = 0;
    for (let n = 0; n < 8000; n++) {
      const folded = Array.from({ length: 2 + random(10) }, () => pieces[random(pieces.length)]!).join(random(2) ? ' ' : '');
      const sticky = BIRTHDAY(folded);
      const expected = [...folded.matchAll(new RegExp(sticky.source, sticky.flags.replace('y', 'g')))].map((m) => [m.index, ...m]);
      expect(matchesAt(folded, sticky, birthdayStarts(folded)).map((m) => [m.index, ...m]), folded).toEqual(expected);
      found += expected.length;
    }
    expect(found).toBeGreaterThan(500);
  });
});
