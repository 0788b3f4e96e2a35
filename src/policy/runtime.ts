/**
 * The policy at run time: compiling rule files that were validated when they were stored,
 * without loading the validator. The content script starts on every page load, and the schema
 * library is the largest part of its start-up; validation happens where files come in
 * (background, options page, CLI).
 */
import type { RegexEngine } from '../engine/patterns';
import { compileRuleFile, type LoadedPolicy } from './compile';
import { bundledDefaultRules, storedRuleFile } from './stored';

export { bundledDefaultRules, storedRuleFile } from './stored';

let defaultCompiled: LoadedPolicy | undefined;

/** The bundled default policy, compiled once. */
export function defaultPolicy(): LoadedPolicy {
  return (defaultCompiled ??= compileRuleFile(bundledDefaultRules));
}

/**
 * Compile a rule file that was validated when it was stored; `regex` runs its regular
 * expressions. One that cannot be compiled (see `storedRuleFile`; a regular expression and no
 * engine) gives `undefined`, so the caller can fall back to the default rather than run half a policy.
 */
export function compileStoredRules(json: string, regex?: RegexEngine): LoadedPolicy | undefined {
  const file = storedRuleFile(json);
  if (!file) return undefined;
  try {
    return compileRuleFile(file, regex);
  } catch {
    return undefined;
  }
}
