import { describe, expect, it } from 'vitest';
import { lazy, lazySet, WordGroup } from './lazy';

describe('lazy', () => {
  it('builds nothing until first use, then once (also a value that is undefined)', () => {
    let builds = 0;
    const value = lazy(() => (builds++, undefined));
    expect(builds).toBe(0);
    expect(value()).toBeUndefined();
    expect(value()).toBeUndefined();
    expect(builds).toBe(1);
  });
  it('answers a set look-up from words read on the first one', () => {
    let reads = 0;
    const words = lazySet(() => (reads++, ['kut', 'klote']));
    expect(reads).toBe(0);
    expect([words.has('kut'), words.has('klote'), words.has('kutje')]).toEqual([true, true, false]);
    expect(reads).toBe(1);
  });
  it('answers each set of a word group on its own, reading each set\'s words on its own first look-up', () => {
    let reads = 0;
    const group = new WordGroup();
    const swear = group.add(() => (reads++, ['kut', 'klote']));
    const both = group.add(() => (reads++, ['klote', 'shit']));
    expect(reads).toBe(0);
    // The same word asked of each set in turn, and a word held by one set after a word held by both.
    expect([swear.has('klote'), both.has('klote'), swear.has('shit'), both.has('shit'), both.has('kut'), swear.has('kutje')]).toEqual([
      true, true, false, true, false, false,
    ]);
    expect(reads).toBe(2);
  });
  it('reads a set of a word group only when it is asked, and answers a word asked just before that set was read', () => {
    const read: string[] = [];
    const group = new WordGroup();
    const swear = group.add(() => (read.push('swear'), ['kut', 'klote']));
    const both = group.add(() => (read.push('both'), ['klote', 'shit']));
    const unused = group.add(() => (read.push('unused'), ['shit']));
    expect(swear.has('shit')).toBe(false);
    expect(read).toEqual(['swear']);
    // "shit" was the last word asked: its answer must now include the set read after it.
    expect(both.has('shit')).toBe(true);
    expect([swear.has('klote'), both.has('klote'), swear.has('shit')]).toEqual([true, true, false]);
    expect(read).toEqual(['swear', 'both']);
    expect(unused).toBeDefined();
  });
  it('gives a word\'s mask of a word group as each set\'s has answers it, whichever sets were read before', () => {
    const group = new WordGroup();
    const sets = [['kut', 'klote'], ['klote', 'shit'], ['shit'], []].map((words) => group.add(() => words));
    const words = ['kut', 'klote', 'shit', 'kutje', ''];
    // One set read (and its last word kept) before the mask reads the others.
    expect(sets[0]!.has('shit')).toBe(false);
    for (const w of words) expect(group.maskOf(w)).toBe(sets.reduce((m, s) => (s.has(w) ? m | s.bit : m), 0));
    expect(group.maskOf('klote')).toBe(sets[0]!.bit | sets[1]!.bit);
    expect(new Set(sets.map((s) => s.bit)).size).toBe(4);
  });
});
