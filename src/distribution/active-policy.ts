/**
 * The policy the extension runs right now, for the content script and the
 * extension pages: the rule file in `storage.local.activeRules`, compiled, or
 * the bundled default when there is none — plus this browser's personal client
 * list, which is added to whatever policy is active and never replaced by it.
 */
import { browser } from 'wxt/browser';
import type { RegexEngine } from '../engine/patterns';
import type { LoadedPolicy } from '../policy';
import { needsRegexEngine } from '../policy/compile';
import { compileStoredRules, defaultPolicy, storedRuleFile } from '../policy/runtime';
import { PERSONAL_CLIENTS_KEY, type PersonalClients, personalHashedNames } from './personal';
import { ACTIVE_RULES_KEY, type ActiveRules } from './state';

/**
 * Gives the regular-expression engine of `regex` rules. Extension pages and the background hand
 * over the one they import (`src/engine/regex.ts`); the content script loads it from the
 * extension only when the active rule file has such a rule (entrypoints/content.ts).
 */
export type RegexLoader = () => Promise<RegexEngine>;

let cache: { json: string; policy: LoadedPolicy } | undefined;
let withPersonal: { base: LoadedPolicy; personal: PersonalClients; policy: LoadedPolicy } | undefined;

/**
 * Compile an `activeRules` value. Only validated files are ever stored (the
 * background validates before it writes), so the page skips the validator; a
 * file of another format version, or one that does not compile, runs the
 * default policy rather than none at all. `regex` runs the file's regular expressions.
 */
export function policyFromActiveRules(active: ActiveRules | null | undefined, personal?: PersonalClients, regex?: RegexEngine): LoadedPolicy {
  let base: LoadedPolicy;
  if (!active || typeof active.json !== 'string') base = defaultPolicy();
  else if (cache?.json === active.json) base = cache.policy;
  else {
    const compiled = compileStoredRules(active.json, regex);
    if (compiled) cache = { json: active.json, policy: compiled };
    base = compiled ?? defaultPolicy();
  }
  const list = personalHashedNames(personal);
  if (!list || !personal) return base;
  if (withPersonal?.base === base && withPersonal.personal === personal) return withPersonal.policy;
  const engine = { ...base.engine, people: { ...base.engine.people, hashedClients: [...base.engine.people.hashedClients, list] } };
  const policy = { ...base, engine };
  withPersonal = { base, personal, policy };
  return policy;
}

/** Whether compiling `active` (not compiled yet) needs the regular-expression engine. */
function needsEngine(active: ActiveRules | undefined): boolean {
  if (typeof active?.json !== 'string' || cache?.json === active.json) return false;
  const file = storedRuleFile(active.json);
  return file !== undefined && needsRegexEngine(file);
}

/**
 * The active policy (compiled once per rule file), with the personal client list. Rejects when
 * the file needs the regular-expression engine and `loadRegex` cannot give it: running the file
 * without its `regex` rules, or the default instead, would check less than the status says.
 */
export async function activePolicy(loadRegex: RegexLoader): Promise<LoadedPolicy> {
  const got = await browser.storage.local.get([ACTIVE_RULES_KEY, PERSONAL_CLIENTS_KEY]);
  const active = got[ACTIVE_RULES_KEY] as ActiveRules | undefined;
  const regex = needsEngine(active) ? await loadRegex() : undefined;
  return policyFromActiveRules(active, got[PERSONAL_CLIENTS_KEY] as PersonalClients | undefined, regex);
}

/**
 * Call `cb` with the new policy whenever the active rule file or the personal
 * client list changes (sync, import, enterprise policy, options page). Returns
 * the function that stops watching; call it when the caller's lifetime ends
 * (e.g. `ctx.onInvalidated`).
 */
export function watchActivePolicy(cb: (policy: LoadedPolicy) => void, loadRegex: RegexLoader, onError?: (error: unknown) => void): () => void {
  let stopped = false;
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(ACTIVE_RULES_KEY in changes || PERSONAL_CLIENTS_KEY in changes)) return;
    activePolicy(loadRegex).then(
      (policy) => {
        if (!stopped) cb(policy);
      },
      (error: unknown) => onError?.(error),
    );
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    stopped = true;
    browser.storage.onChanged.removeListener(listener);
  };
}
