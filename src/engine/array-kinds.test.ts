import { describe, expect, it } from 'vitest';
import { noObjects } from './array-kinds';

describe('noObjects', () => {
  it('is a new empty array every time', () => {
    const a = noObjects<{ n: number }>();
    const b = noObjects<{ n: number }>();
    expect(a).toEqual([]);
    expect(a).not.toBe(b);
    a.push({ n: 1 });
    expect(b).toEqual([]);
  });
});
