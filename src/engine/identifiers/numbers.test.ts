import { describe, expect, it } from 'vitest';
import { FULL_DATE } from '../checks/personal-data';
import { seededInts } from '../../../tests/unit/seeded';
import { prepare } from '../text';
import {
  BSN,
  IBAN,
  findBsnCandidates,
  findForeignIdCandidates,
  findIbanCandidates,
  findNationalNumberCandidates,
  hasDigits,
  matchesAtDigits,
  NATIONAL,
  type NumberCandidate,
} from './numbers';
import { CANDIDATE, NANP } from './phone';

/** Original text and check-digit verdict of each candidate. */
function read(text: string, find: (folded: string) => NumberCandidate[]): string[] {
  const p = prepare(text);
  return find(p.folded).map((c) => {
    const s = p.span(c.nStart, c.nEnd);
    return `${c.valid() ? 'valid' : 'invalid'} ${text.slice(s.start, s.end)}`;
  });
}

describe('national numbers (INSZ / rijksregister)', () => {
  it.each([
    ['Rijksregisternummer 850730 033 28', 'valid 850730 033 28'],
    ['rijksregisternr: 85 07 30 033 28', 'valid 85 07 30 033 28'],
    ['Mijn INSZ is 85-07-30-033-28', 'valid 85-07-30-033-28'],
    ['85073003328', 'valid 85073003328'],
    // The official layout counts as meant, even with a wrong digit.
    ['mijn rijksregisternummer: 85.07.30-123.45', 'valid 85.07.30-123.45'],
  ])('%s', (text, expected) => {
    expect(read(text, findNationalNumberCandidates)).toEqual([expected]);
  });

  it('an unformatted run with a wrong digit is only a candidate', () => {
    expect(read('ordernummer 85073003327', findNationalNumberCandidates)).toEqual(['invalid 85073003327']);
    // Month 13 is no date: not the layout of a national number.
    expect(read('code 85.13.30-123.45', findNationalNumberCandidates)).toEqual(['invalid 85.13.30-123.45']);
  });
});

describe('BSN', () => {
  it.each([
    ['BSN: 1234 56 782', 'valid 1234 56 782'],
    ['mijn BSN-nummer is 123.456.782', 'valid 123.456.782'],
    ['bsn 123456789', 'invalid 123456789'],
  ])('%s', (text, expected) => {
    expect(read(text, findBsnCandidates)).toEqual([expected]);
  });
});

describe('IBAN with odd spacing', () => {
  it.each([
    ['Stort op BE68 539 007 547 034 aub', 'valid BE68 539 007 547 034'],
    ['IBAN: BE 68 5390 0754 7034', 'valid BE 68 5390 0754 7034'],
    ['rekening be68-5390-0754-7034', 'valid be68-5390-0754-7034'],
    ['IBAN NL 91 ABNA 0417 1643 00 t.n.v. mij', 'valid NL 91 ABNA 0417 1643 00'],
    ['account GB29 NWBK 6016 1331 9268 19', 'valid GB29 NWBK 6016 1331 9268 19'],
    ['rekeningnummer BE68.5390.0754.7035', 'invalid BE68.5390.0754.7035'],
  ])('%s', (text, expected) => {
    expect(read(text, findIbanCandidates)).toEqual([expected]);
  });

  // Only a run as long as its country's IBANs is handed to the validator: every length must still be found, from the
  // shortest (Norway, 15) to the longest (Malta, 31), and after a trailing word that is cut off.
  it.each([
    ['konto NO71 1234 5678 903 takk', 'valid NO71 1234 5678 903'],
    ['LU62 0012 3456 7890 1234', 'valid LU62 0012 3456 7890 1234'],
    ['Konto: DE70 5001 0517 1234 5678 90 bitte', 'valid DE70 5001 0517 1234 5678 90'],
    ['SE45 5000 0000 0583 9825 7466', 'valid SE45 5000 0000 0583 9825 7466'],
    ['MT22 VALL 2201 3000 0000 4001 2345 678 grazzi', 'valid MT22 VALL 2201 3000 0000 4001 2345 678'],
  ])('IBAN of any length: %s', (text, expected) => {
    expect(read(text, findIbanCandidates)).toEqual([expected]);
  });

  it('a spaced country code needs right check digits', () => {
    expect(read('lijst: BE 68 5390 0754 7035', findIbanCandidates)).toEqual([]);
  });
});

describe('foreign national numbers (US SSN, UK NI number) by shape', () => {
  it.each([
    ['My SSN is 123-45-6789', 'valid 123-45-6789'],
    ['NI number QQ 12 34 56 C', 'valid QQ 12 34 56 C'],
    ['nino: ab123456d', 'valid ab123456d'],
    ['SSN: 078 05 1120', 'valid 078 05 1120'],
  ])('%s', (text, expected) => {
    expect(read(text, findForeignIdCandidates)).toEqual([expected]);
  });

  it.each(['ISBN 978-90-245-1234-5', 'score 12-10-8', 'mixed 078-05 1120', 'tel 0123-45-6789', 'datum 2025-03-1234'])('not that shape: %s', (text) => {
    expect(read(text, findForeignIdCandidates)).toEqual([]);
  });
});

// Each finder skips its expression when the draft has fewer digits than any match of it holds: a number with just
// that many digits (and none elsewhere) must still be found, or a pre-check asks too much.
describe('digit pre-checks', () => {
  it('hasDigits counts ASCII digits only, anywhere in the text', () => {
    expect(hasDigits('a1b2c3', 3)).toBe(true);
    expect(hasDigits('a1b2c', 3)).toBe(false);
    expect(hasDigits('', 0)).toBe(true);
    // Arabic-Indic and full-width digits are no \d.
    expect(hasDigits('١٢٣ １２３', 1)).toBe(false);
  });

  it('hasDigits counts every text anew, also one asked after another', () => {
    const many = 'bel 0478 12 34 56';
    expect(hasDigits(many, 10)).toBe(true);
    expect(hasDigits('bel 0478', 10)).toBe(false);
    expect(hasDigits('bel 0478', 4)).toBe(true);
    expect(hasDigits(many, 11)).toBe(false);
    expect(hasDigits(`${many}`.slice(0), 10)).toBe(true);
  });

  it.each([
    ['BSN 1234 5678', findBsnCandidates, 'invalid 1234 5678'],
    ['BSN 12345672', findBsnCandidates, 'valid 12345672'],
    ['85073003328', findNationalNumberCandidates, 'valid 85073003328'],
    ['mijn NI number is QQ 12 34 56 C', findForeignIdCandidates, 'valid QQ 12 34 56 C'],
    // The country code and check digits with a space between: the IBAN pre-check allows it.
    ['IBAN BE 68 5390 0754 7034', findIbanCandidates, 'valid BE 68 5390 0754 7034'],
  ])('%s: found with the fewest digits its kind has', (text, find, expected) => {
    expect(read(text, find)).toEqual([expected]);
  });

  it('a number with one digit fewer than its kind needs is not one', () => {
    expect(read('BSN 1234 567', findBsnCandidates)).toEqual([]);
    expect(read('8507300332', findNationalNumberCandidates)).toEqual([]);
    expect(read('QQ 12 34 5 C', findForeignIdCandidates)).toEqual([]);
  });
});

// The digit-led expressions are tried only at the start of each run of digits (or the character before it): that must
// find what a scan of every character finds, on texts of digits, separators, letters and other scripts.
describe('matches at runs of digits', () => {
  const shapes = ['(503) 555-0147', '503.555.0147', '03/05/2011', '3 mei 2011', '85.07.30-033.28', '123456782', '+32 478 12 34 56', '0476/51.20.88', 'be68 5390 0754 7034', 'nl91abna0417164300', 'be 68 5390'];
  const parts = [...shapes, '0', '1', '2', '3', '5', '7', '9', '00', '19', '20', '0478', '555', ' ', ' ', '.', '-', '/', ',', '–', '+', '(', ')', ':', 'a', 'be', 'nl', 'mei', 'jan', 'x', 'é', '١', '５', '𝟘', 'ß', '\n'];
  // Each with the tries its finder asks for: a phone may start at its "+", a North American number at its "(", an IBAN
  // at its country code.
  const expressions: Array<[string, (text: string) => RegExp, [number] | [number, number]]> = [
    ['BSN', BSN, [0]],
    ['NATIONAL', NATIONAL, [0]],
    ['FULL_DATE', FULL_DATE, [0]],
    ['CANDIDATE', CANDIDATE, [-1, 0]],
    ['NANP', NANP, [-1, 0]],
    ['IBAN', IBAN, [-3, -2]],
  ];
  const random = seededInts(42);
  const texts = Array.from({ length: 4000 }, () => Array.from({ length: 2 + random(20) }, () => parts[random(parts.length)]).join(''));
  const seen = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, ...m]);

  it.each(expressions)('%s', (_name, expression, tries) => {
    let found = 0;
    for (const text of texts) {
      const sticky = expression(text);
      const everywhere = new RegExp(sticky.source, sticky.flags.replace('y', 'g'));
      const expected = seen(text.matchAll(everywhere));
      expect(seen(matchesAtDigits(text, sticky, tries)), text).toEqual(expected);
      found += expected.length;
    }
    // The texts must hold matches of every expression, or the comparison says little.
    expect(found).toBeGreaterThan(20);
  });
});
