/**
 * Rule files as the page reads them from storage: validated when they were stored, so neither the
 * validator nor the engine is needed to read them (the content script loads the engine on demand).
 */
import defaultRuleFile from '../../rules/default.json';
import { DEFAULT_POLICY_ID, FORMAT_VERSION } from './constants';
import { mergeRuleFiles } from './merge';
import type { RuleFile } from './schema';

/** The bundled default rule file. Its validity is a build-time fact: the tests validate it. */
export const bundledDefaultRules = defaultRuleFile as unknown as RuleFile;

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
