/**
 * The policy the extension runs right now, compiled, for the extension pages and the background:
 * the rule file in `storage.local.activeRules`, or the bundled default when there is none — plus
 * this browser's personal client list, which is added to whatever policy is active and never
 * replaced by it. The content script reads the same without compiling it (page-policy.ts).
 */
import type { RegexEngine } from '../engine/patterns';
import type { LoadedPolicy } from '../policy';
import { needsRegexEngine } from '../policy/settings';
import { compileStoredRules, defaultPolicy, storedRuleFile } from '../policy/runtime';
import { readActive, type RegexLoader, watchActive, withPersonal } from './page-policy';
import { type PersonalClients, personalHashedNames } from './personal';
import type { ActiveRules } from './state';

export type { RegexLoader } from './page-policy';

let cache: { json: string; policy: LoadedPolicy } | undefined;
let withList: { base: LoadedPolicy; personal: PersonalClients; policy: LoadedPolicy } | undefined;

/**
 * Compile an `activeRules` value. Only validated files are ever stored (the
 * background validates before it writes), so the page skips the validator; a
 * file of another format version, or one that does not compile, runs the
 * default policy rather than none at all. `regex` runs the file's regular expressions.
 */
function policyFromActiveRules(active: ActiveRules | null | undefined, personal?: PersonalClients, regex?: RegexEngine): LoadedPolicy {
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
  if (withList?.base === base && withList.personal === personal) return withList.policy;
  const policy = { ...base, engine: withPersonal(base.engine, list) };
  withList = { base, personal, policy };
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
  const { active, personal } = await readActive();
  const regex = needsEngine(active) ? await loadRegex() : undefined;
  return policyFromActiveRules(active, personal, regex);
}

/**
 * Call `cb` with the new policy whenever the active rule file or the personal client list
 * changes. Returns the function that stops watching.
 */
export function watchActivePolicy(cb: (policy: LoadedPolicy) => void, loadRegex: RegexLoader, onError?: (error: unknown) => void): () => void {
  return watchActive(() => activePolicy(loadRegex), cb, onError);
}
