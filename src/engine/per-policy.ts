/**
 * Work derived from a policy (phrase matchers, sets) is built once per policy
 * object: compiled policies are immutable, and a draft is re-checked on every
 * pause in typing.
 */
import type { EnginePolicy } from './types';

export function perPolicy<T>(build: (policy: EnginePolicy) => T): (policy: EnginePolicy) => T {
  const cache = new WeakMap<EnginePolicy, T>();
  return (policy) => {
    if (cache.has(policy)) return cache.get(policy)!;
    const value = build(policy);
    cache.set(policy, value);
    return value;
  };
}
