/**
 * The policy at run time in the page: compiling rule files that were validated
 * when they were stored, without loading the validator. The content script
 * starts on every page load, and the schema library is the largest part of its
 * start-up; validation happens where files come in (background, options page, CLI).
 */
import defaultRuleFile from '../../rules/default.json';
import type { RegexEngine } from '../engine/patterns';
import { compileRuleFile, type LoadedPolicy } from './compile';
import { DEFAULT_POLICY_ID, FORMAT_VERSION } from './constants';
import { mergeRuleFiles } from './merge';
import type { RuleFile } from './schema';

/** The bundled default rule file. Its validity is a build-time fact: the tests validate it. */
export const bundledDefaultRules = defaultRuleFile as unknown as RuleFile;

let defaultCompiled: LoadedPolicy | undefined;

/** The bundled default policy, compiled once. */
export function defaultPolicy(): LoadedPolicy {
  return (defaultCompiled ??= compileRuleFile(bundledDefaultRules));
}

/**
 * A rule file that was validated when it was stored, parsed and merged with the default it
 * extends. A file of another format (written by an older or newer version) or no rule file at
 * all gives `undefined`.
 */
export function storedRuleFile(json: string): RuleFile | undefined {
  try {
    const file = JSON.parse(json) as RuleFile;
    if (!file || typeof file !== 'object' || file.format !== FORMAT_VERSION || typeof file.id !== 'string') return undefined;
    return file.extends === DEFAULT_POLICY_ID ? mergeRuleFiles(bundledDefaultRules, file) : file;
  } catch {
    return undefined;
  }
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
