import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldPhrase } from '../text';
import { buildFolded, foldedStrings } from './folded.build';
import { FOLDED } from './folded.generated';

describe('folded.generated.ts', () => {
  it('is what folded.build.ts makes from the language data', () => {
    const committed = readFileSync(new URL('./folded.generated.ts', import.meta.url), 'utf8');
    expect(committed).toBe(buildFolded());
  });

  it('folds each listed phrase as foldPhrase does, the ones that need a full prepare among them', () => {
    expect([...FOLDED.keys()]).toEqual(foldedStrings());
    for (const [phrase, folded] of FOLDED) expect(folded, phrase).toBe(foldPhrase(phrase));
    expect(FOLDED.get('coördinator')).toBe('coordinator');
    expect(FOLDED.get("'n")).toBe('n');
    expect(FOLDED.get('verwijt|verwijten|verweet|verweten|beschuldigt|beschuldigen|beschuldigde|beschuldigden')).toContain(' ');
  });
});
