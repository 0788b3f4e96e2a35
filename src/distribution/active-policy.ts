/**
 * The policy the extension runs right now, for the content script and the
 * extension pages: the rule file in `storage.local.activeRules`, compiled, or
 * the bundled default when there is none.
 */
import { browser } from 'wxt/browser';
import type { LoadedPolicy } from '../policy';
import { compileStoredRules, defaultPolicy } from '../policy/runtime';
import { ACTIVE_RULES_KEY, type ActiveRules } from './state';

let cache: { json: string; policy: LoadedPolicy } | undefined;

/**
 * Compile an `activeRules` value. Only validated files are ever stored (the
 * background validates before it writes), so the page skips the validator; a
 * file of another format version, or one that does not compile, runs the
 * default policy rather than none at all.
 */
export function policyFromActiveRules(active: ActiveRules | null | undefined): LoadedPolicy {
  if (!active || typeof active.json !== 'string') return defaultPolicy();
  if (cache?.json === active.json) return cache.policy;
  const policy = compileStoredRules(active.json);
  if (!policy) return defaultPolicy();
  cache = { json: active.json, policy };
  return policy;
}

/** The active policy (compiled once per rule file). */
export async function activePolicy(): Promise<LoadedPolicy> {
  const got = await browser.storage.local.get(ACTIVE_RULES_KEY);
  return policyFromActiveRules(got[ACTIVE_RULES_KEY] as ActiveRules | undefined);
}

/**
 * Call `cb` with the new policy whenever the active rule file changes (sync,
 * import, enterprise policy). Returns the function that stops watching; call
 * it when the caller's lifetime ends (e.g. `ctx.onInvalidated`).
 */
export function watchActivePolicy(cb: (policy: LoadedPolicy) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(ACTIVE_RULES_KEY in changes)) return;
    cb(policyFromActiveRules(changes[ACTIVE_RULES_KEY]?.newValue as ActiveRules | undefined));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
