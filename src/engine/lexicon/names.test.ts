import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildNames } from './names.build';
import { nameLexicon } from './names';

describe('names.generated.ts', () => {
  it('is what names.build.ts makes from the installed packages', () => {
    const committed = readFileSync(new URL('./names.generated.ts', import.meta.url), 'utf8');
    expect(committed).toBe(buildNames());
  });

  it('has Belgian, Dutch, English and older given names and multi-word surnames', () => {
    const { first, last } = nameLexicon();
    expect(first.has('roger')).toBe(true);
    expect(first.has('kees')).toBe(true);
    expect(last.has('jansen')).toBe(true);
    expect(first.has('godelieve')).toBe(true);
    expect(first.has('zoe')).toBe(true);
    expect(nameLexicon().lastMulti.has('van den bossche')).toBe(true);
    // The first multi-word surname of the list, which once kept the list's leading newline.
    expect(nameLexicon().lastMulti.has('de backer')).toBe(true);
    expect([...nameLexicon().lastMulti].filter((n) => n !== n.trim() || !n)).toEqual([]);
    expect(last.has('')).toBe(false);
  });
});
