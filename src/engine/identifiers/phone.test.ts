import { describe, expect, it } from 'vitest';
import { seededInts } from '../../../tests/unit/seeded';
import { prepare } from '../text';
import { findNorthAmericanPhones, findPhones, findSpelledPhones, mayHoldSpelledPhone, numberWordDigits, runStarts, type PhoneMatch } from './phone';

/** Kind and original text of each match. */
function read(text: string, find: (folded: string) => PhoneMatch[]): string[] {
  const p = prepare(text);
  return find(p.folded).map((m) => {
    const s = p.span(m.nStart, m.nEnd);
    return `${m.kind} ${text.slice(s.start, s.end)}`;
  });
}

describe('findPhones: Belgian and Dutch layouts', () => {
  it.each([
    ['Bel me op 0476.51.20.88', 'mobile 0476.51.20.88'],
    ['gsm 0476/51.20.88 na 17u', 'mobile 0476/51.20.88'],
    ['sms 0476 512 088', 'mobile 0476 512 088'],
    ['nummer 04 76 51 20 88', 'mobile 04 76 51 20 88'],
    // The bracket belongs to the number.
    ['mijn gsm: (0476) 51 20 88', 'mobile (0476) 51 20 88'],
    ['mijn gsm is +32 (0)476 51 20 88', 'mobile +32 (0)476 51 20 88'],
    ['bel 0032 476 51 20 88', 'mobile 0032 476 51 20 88'],
    ['app 0031 6 12 34 56 78', 'mobile 0031 6 12 34 56 78'],
    ['app +31 (0)6 1234 5678', 'mobile +31 (0)6 1234 5678'],
    ['app +31(0)6-12345678', 'mobile +31(0)6-12345678'],
    ['bel 0612 34 56 78 voor de sleutel', 'mobile 0612 34 56 78'],
    // An extension is left out of the number.
    ['kantoor 09 223 45 67 toestel 12', 'fixed 09 223 45 67'],
    ['office 09 223 45 67 ext. 204', 'fixed 09 223 45 67'],
    // An en dash, as word processors write it.
    ['Mobiel: 06 – 12 34 56 78', 'mobile 06 – 12 34 56 78'],
    // UK mobiles: eleven digits from 07.
    ['ring me on 07700 900461', 'mobile 07700 900461'],
    // Ten single digits.
    ['Bel me, 0 4 7 6 5 1 2 0 8 8', 'mobile 0 4 7 6 5 1 2 0 8 8'],
    ['or +44 7700 900461', 'mobile +44 7700 900461'],
    ['Paris: +33 6 12 34 56 78', 'mobile +33 6 12 34 56 78'],
    ['London office +44 20 7946 0958', 'foreign +44 20 7946 0958'],
  ])('%s', (text, expected) => {
    expect(read(text, findPhones)).toEqual([expected]);
  });

  it('two numbers in one line are two matches', () => {
    expect(read('thuis 09 223 45 67 of gsm 0476 51 20 88', findPhones)).toEqual(['fixed 09 223 45 67', 'mobile 0476 51 20 88']);
  });

  it.each(['Op 14.09.2012 opende het gebouw.', 'van 01 – 02 – 2000 tot nu', 'Uitslag 2-1, rust 1-0.', 'Tickets €12,50', 'In 1998 opgericht'])('no phone: %s', (text) => {
    expect(read(text, findPhones)).toEqual([]);
  });

  // The fewest digits a phone number has, and none elsewhere in the draft (findPhones' pre-check counts them).
  it('a number of eight digits is found', () => {
    expect(read('bel 0800 1234', findPhones)).toEqual(['service 0800 1234']);
    expect(read('bel 0800 123', findPhones)).toEqual([]);
  });
});

describe('findNorthAmericanPhones', () => {
  it.each([
    ['call my cell (503) 555-0147', 'foreign (503) 555-0147'],
    ['text 503-555-0147 after six', 'foreign 503-555-0147'],
    ['or 503.555.0147', 'foreign 503.555.0147'],
  ])('%s', (text, expected) => {
    expect(read(text, findNorthAmericanPhones)).toEqual([expected]);
  });

  it.each(['order 503-555.0147', 'ref 1503-555-01477', 'case 103-555-0147', 'ISBN 978-90-245-1234-5', 'score 503-55-0147'])(
    'mixed separators, a leading 1 or 0, longer runs: %s',
    (text) => {
      expect(read(text, findNorthAmericanPhones)).toEqual([]);
    },
  );
});

describe('findSpelledPhones: numbers read out in words', () => {
  it.each([
    ['Mijn nummer is nul vier zes zeven, twaalf, vierendertig, zesenvijftig', 'mobile nul vier zes zeven, twaalf, vierendertig, zesenvijftig'],
    ['Bel me: nul zes een twee drie vier vijf zes zeven acht', 'mobile nul zes een twee drie vier vijf zes zeven acht'],
    ['my number is oh four seven six double five triple one two', 'mobile oh four seven six double five triple one two'],
    ['call me on zero four seven six fifty-one twenty eighty-eight', 'mobile zero four seven six fifty-one twenty eighty-eight'],
    // Partly in digits.
    ['Mijn nummer: 0476 vijftig twaalf achtentachtig', 'mobile 0476 vijftig twaalf achtentachtig'],
    ['thuis: nul negen, tweehonderd… nee: nul negen twee twee drie vijfenveertig zevenenzestig', 'fixed nul negen twee twee drie vijfenveertig zevenenzestig'],
  ])('%s', (text, expected) => {
    expect(read(text, findSpelledPhones)).toEqual([expected]);
  });

  it.each([
    'Een, twee, drie, vier, vijf, zes, zeven, wie niet weg is is gezien!',
    'Ze liep de tien kilometer in vijftig minuten en twaalf seconden.',
    'Oh, twee of drie vrijwilligers per shift volstaan.',
    'De score was nul tegen twee.',
    'zero tolerance, four teams, seven days',
  ])('counting, scores and times are no phone: %s', (text) => {
    expect(read(text, findSpelledPhones)).toEqual([]);
  });

  // The personal-data check asks mayHoldSpelledPhone before it calls findSpelledPhones.
  it('finds a number read out only where mayHoldSpelledPhone says one may be', () => {
    const pieces = ['nul', 'zero', 'oh', 'o', 'double', 'dubbel', 'triple', 'vier', 'zes', 'zeven', 'twaalf', 'vijftig', 'four', 'seven',
      'fifty-one', 'eighty', '0476', '0', '04', '12', '9', 'nul4', 'Nul', 'ZERO', 'bel', ',', '.', '-', '/', '…'];
    const random = seededInts(3);
    let found = 0;
    for (let n = 0; n < 5000; n++) {
      const folded = prepare(Array.from({ length: 4 + random(12) }, () => pieces[random(pieces.length)]!).join(random(4) ? ' ' : '')).folded;
      const phones = findSpelledPhones(folded);
      if (phones.length > 0) found++;
      if (!mayHoldSpelledPhone(folded)) expect(phones).toEqual([]);
    }
    expect(found).toBeGreaterThan(5);
  });

  // The searches for each word and the runs of digits must find where one expression over the whole draft begins.
  it('begins runs where a scan for a zero or a repeat word at a word start does', () => {
    const everywhere = /(?<!\p{L})(?:nul|zero|oh|double|dubbel|triple)(?!\p{L})|(?<!\d)0/gu;
    const pieces = ['nul', 'zero', 'oh', 'double', 'dubbel', 'triple', 'nulla', 'john', 'xoh', 'ohm', 'é', 'ß', '١', '𝟘', '𝐀', '0', '00', '10', '0476', '7', ' ', '-', ',', '.'];
    const random = seededInts(5);
    let found = 0;
    for (let n = 0; n < 5000; n++) {
      const folded = Array.from({ length: 2 + random(12) }, () => pieces[random(pieces.length)]!).join(random(3) ? '' : ' ');
      const expected = [...folded.matchAll(everywhere)].map((m) => m.index);
      expect(runStarts(folded), folded).toEqual(expected);
      found += expected.length;
    }
    expect(found).toBeGreaterThan(1000);
  });

  it('finds the same when it skips groups of digits that no number word follows', () => {
    const pieces = ['nul', 'zero', 'oh', 'double', 'dubbel', 'triple', 'vier', 'zes', 'zeven', 'twaalf', 'vijftig', 'achtentachtig', 'four',
      'fifty', 'one', 'een', '0476', '0478', '0', '04', '12', '34', '56', '9', '123', 'bel', 'voor', 'é', ' ', ' ', ' ', ',', '.', '-', '/', ' - ', '…'];
    const random = seededInts(11);
    let found = 0;
    for (let n = 0; n < 8000; n++) {
      const folded = Array.from({ length: 4 + random(16) }, () => pieces[random(pieces.length)]!).join(random(3) ? ' ' : '');
      const read = findSpelledPhones(folded, false);
      expect(findSpelledPhones(folded), folded).toEqual(read);
      found += read.length;
    }
    expect(found).toBeGreaterThan(20);
  });

  it('reads Dutch compounds with their unit first and English tens alone', () => {
    expect(numberWordDigits('vierendertig')).toBe('34');
    expect(numberWordDigits('drieentwintig')).toBe('23');
    expect(numberWordDigits('twaalf')).toBe('12');
    expect(numberWordDigits('ninety')).toBe('90');
    expect(numberWordDigits('oh')).toBe('0');
    expect(numberWordDigits('honderd')).toBeUndefined();
  });
});
