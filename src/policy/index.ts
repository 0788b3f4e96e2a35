/**
 * The policy: rule-file schema, loading, `extends`, validation and compilation
 * into what the engine runs. Used the same way by the extension and the CLI.
 */
import { re2 } from '../engine/regex';
import { compileRuleFile, type LoadedPolicy } from './compile';
import { type PolicyIssue, PolicyError } from './issues';
import { mergeRuleFiles } from './merge';
import { parseRuleFile } from './parse';
import { bundledDefaultRules } from './runtime';
import { DEFAULT_POLICY_ID, type RuleFile } from './schema';

export type LoadResult = { ok: true; policy: LoadedPolicy } | { ok: false; issues: PolicyIssue[] };

let defaultFile: RuleFile | undefined;

/** The bundled default rule file, validated (a broken default is a build error, caught by the tests). */
export function defaultRules(): RuleFile {
  if (!defaultFile) {
    const parsed = parseRuleFile(bundledDefaultRules);
    if (!parsed.ok) throw new PolicyError(parsed.issues);
    defaultFile = parsed.file;
  }
  return defaultFile;
}

/**
 * Load an organisation's rule file (JSON text or parsed value). Never throws and never
 * loads part of a file: either the whole policy or the list of problems.
 */
export function loadPolicy(source: string | unknown): LoadResult {
  const parsed = parseRuleFile(source);
  if (!parsed.ok) return parsed;
  const file = parsed.file;
  try {
    const merged = file.extends === DEFAULT_POLICY_ID ? mergeRuleFiles(defaultRules(), file) : file;
    return { ok: true, policy: compileRuleFile(merged, re2) };
  } catch (error) {
    return { ok: false, issues: [{ path: '(file)', message: error instanceof Error ? error.message : String(error) }] };
  }
}

export { defaultPolicy } from './runtime';
export { compileEngine, type LoadedPolicy } from './compile';
export { formatIssues, type PolicyIssue } from './issues';
export { parseRuleFile, knownRuleIds } from './parse';
export { ruleFileJsonSchema, type RuleFile } from './schema';
