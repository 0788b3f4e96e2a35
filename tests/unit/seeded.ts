/**
 * Random integers below `n` from `seed`, the same on every run, for tests that compare a fast path with a full scan over
 * many generated texts. Park–Miller (seed × 48271 mod 2^31 − 1): every step is exact in a double, and the low bits do
 * not cycle. An LCG with a 30-bit multiplier passes 2^53 and loses its low bits; one modulo 2^31 has a lowest bit that
 * alternates, so `random(2)` never chose freely.
 */
export function seededInts(seed: number): (n: number) => number {
  if (seed % 2147483647 === 0) throw new Error('seededInts: the seed must not be a multiple of 2^31 − 1');
  return (n) => ((seed = (seed * 48271) % 2147483647), seed % n);
}
