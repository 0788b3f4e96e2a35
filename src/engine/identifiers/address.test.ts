import { describe, expect, it } from 'vitest';
import { prepare } from '../text';
import { findAddresses, findEnglishAddresses, findNumberFirst } from './address';

/** Original text of each address, with "postcode" when one was found; every sentence counts as a home here. */
function read(text: string, find = findAddresses): string[] {
  const p = prepare(text);
  return find(p, () => true).map((a) => `${a.postcode ? 'postcode ' : ''}${text.slice(a.start, a.end)}`);
}

describe('findAddresses', () => {
  it.each([
    ['mijn nieuwe adres: Lindenlaan 14, Kortrijk', 'Lindenlaan 14'],
    ['ze woont in de Molenstraat 12 in Lier', 'Molenstraat 12'],
    ['Zavelstraat 7 bus 3, 1000 Brussel', 'postcode Zavelstraat 7 bus 3, 1000 Brussel'],
    ['mijn adres is Kerkpad 2a in Oss', 'Kerkpad 2a'],
    ['Haar adres: Prinsengracht 263, 1016 GV Amsterdam', 'postcode Prinsengracht 263, 1016 GV Amsterdam'],
    ['Adres van mijn oma: Hoogstraat 112bis, Mechelen', 'Hoogstraat 112bis'],
    // A hyphenated town stays whole.
    ['Dorpsstraat 9, 9040 Sint-Amandsberg, bij mevrouw Peeters', 'postcode Dorpsstraat 9, 9040 Sint-Amandsberg'],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });
});

// Street names are tried only against the suffixes that end in their last letter: every suffix must still be read,
// the longest first ("Brusselsesteenweg" is a safe "steenweg", not a "weg" that needs a capital).
describe('every street suffix', () => {
  const streets = [
    'Kapelstraat', 'Beukenlaan', 'brusselsesteenweg', 'Kastanjedreef', 'Keizersgracht', 'Stationssingel', 'Molenstraatje',
    'Bosboulevard', 'Kerkstr', 'Gentstwg', 'Veldweg', 'Marktplein', 'Houtkaai', 'Havenkade', 'Frankrijklei', 'Zeedijk', 'Kerksteeg',
    'Noordervest', 'Molenwegel', 'Rozengaarde', 'Stadsplantsoen', 'Oudegracht', 'Singelburgwal', 'Vismarkt', 'Kloosterhof',
    'Stadspark', 'Ringbaan', 'Kerkpad', 'Buitenring', 'Korenveld', 'Kapelberg', 'Zandhoek', 'Beekdries', 'Oudekouter',
    'Broekmeers', 'Lindeheide', 'Molenakker', 'Kerkerf', 'Bremhoeve', 'Zuidwal',
  ];
  it.each(streets)('%s 12, 9000 Gent', (street) => {
    expect(read(`${street} 12, 9000 Gent`)).toEqual([`postcode ${street} 12, 9000 Gent`]);
  });
  it('a lower-case word on a suffix that needs a capital is no street', () => {
    expect(read('onderweg 12 keer gestopt')).toEqual([]);
    expect(read('het speelplein 3 keer rond')).toEqual([]);
    expect(read('lange brusselsesteenweg 3 is het')).toEqual(['brusselsesteenweg 3']);
  });
});

// The number words are looked up only for words starting with their letters: each must still be read.
describe('a number word before the house number', () => {
  it.each(['nr', 'nummer', 'no', 'num', 'huisnummer', 'huisnr', 'number'])('Kerkstraat %s 12, and %s 8 in de Veldstraat', (word) => {
    expect(read(`ze woont in de Kerkstraat ${word} 12`)).toEqual([`Kerkstraat ${word} 12`]);
    expect(read(`ze woont op ${word} 8 in de Veldstraat`, findNumberFirst)).toEqual([`${word} 8 in de Veldstraat`]);
  });
});

describe('findEnglishAddresses with UK postcodes', () => {
  it.each([
    ['My address is 14 Rose Lane, Derby DE22 3LP', 'postcode 14 Rose Lane, Derby DE22 3LP'],
    ['He lives at 8 Oak Street, Leeds LS6 2AB', 'postcode 8 Oak Street, Leeds LS6 2AB'],
    ['she moved to 3 Mill Road, CB1 2AD', 'postcode 3 Mill Road, CB1 2AD'],
    // More street words: Hill, Walk, Place, Blvd.
    ['She lives at 4 Church Hill, Bath', '4 Church Hill'],
    ['our volunteer Tom, 12 Ash Walk, Leeds LS6 2AB', 'postcode 12 Ash Walk, Leeds LS6 2AB'],
  ])('%s', (text, expected) => {
    expect(read(text, findEnglishAddresses)).toEqual([expected]);
  });
});
