import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildFakerNames } from './faker-names.build';
import { nameLexicon } from './names';

describe('faker-names.generated.ts', () => {
  it('is what faker-names.build.ts makes from the installed packages', () => {
    const committed = readFileSync(new URL('./faker-names.generated.ts', import.meta.url), 'utf8');
    expect(committed).toBe(buildFakerNames());
  });

  it('adds names the zxcvbn lists lack to the lexicon', () => {
    const { first, last } = nameLexicon();
    expect(first.has('roger')).toBe(true);
    expect(first.has('kees')).toBe(true);
    expect(last.has('jansen')).toBe(true);
  });
});
