import { describe, expect, it } from 'vitest';
import { FrontCodedWords } from '../lexicon/names';
import { frontCode } from '../lexicon/names.build';
import { foldPhrase } from '../text';
import { isNearMiss } from './compounds';
import { NEAR_MISSES, ORDINARY } from './compounds.generated';
import { LANGUAGE_DATA } from '.';

describe('isNearMiss', () => {
  const listed = [...new FrontCodedWords(NEAR_MISSES)];

  it('knows every word of the front-coded list, coded as the build codes it', () => {
    expect(listed.length).toBeGreaterThan(500);
    expect(frontCode(listed)).toBe(NEAR_MISSES);
    for (const w of listed) expect(isNearMiss(w), w).toBe(true);
  });

  it('knows no other word', () => {
    const known = new Set(listed);
    for (const w of listed) {
      for (const other of [`${w}q`, w.slice(0, -1), w.slice(1), `${w[1]}${w[0]}${w.slice(2)}`]) expect(isNearMiss(other), other).toBe(known.has(other));
    }
    expect(isNearMiss('haat')).toBe(false);
    expect(isNearMiss('')).toBe(false);
  });
});

describe('compounds.generated.ts', () => {
  // The full build reads the 2.5 MB dictionary (about 10 s); its prefixes come from the language data alone, so a
  // prefix added to or dropped from the data without `npm run language` shows here.
  it('has the ordinary words of exactly the language data\'s "prefix*" members', () => {
    const prefixes = new Set(
      Object.values(LANGUAGE_DATA)
        .flat()
        .flatMap((file) => Object.values(file.classes).flatMap((c) => c.words))
        .filter((w) => w.endsWith('*'))
        .map((w) => foldPhrase(w.slice(0, -1))),
    );
    expect(Object.keys(ORDINARY).sort()).toEqual([...prefixes].sort());
  });
});
