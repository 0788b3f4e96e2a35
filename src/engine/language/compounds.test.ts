import { describe, expect, it } from 'vitest';
import { FrontCodedWords } from '../lexicon/names';
import { frontCode } from '../lexicon/names.build';
import { isNearMiss } from './compounds';
import { NEAR_MISSES } from './compounds.generated';

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
