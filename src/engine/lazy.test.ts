import { describe, expect, it } from 'vitest';
import { lazy, lazySet } from './lazy';

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
});
