/**
 * A validated rule file becomes what the extension runs: the engine's policy
 * (patterns compiled, hashes in sets) plus the prompt and site settings.
 */
import { emptyPolicy } from '../engine/empty-policy';
import { compilePattern, patternTriggers, type RegexEngine } from '../engine/patterns';
import { foldPhrase } from '../engine/text';
import { PLATFORMS, type CustomRule, type EnginePolicy, type HashedNames, type Localized } from '../engine/types';
import type { RuleFile } from './schema';
import { policySettings, type PolicySettings } from './settings';

export type { PromptSettings } from './settings';

export interface LoadedPolicy extends PolicySettings {
  engine: EnginePolicy;
}

const DEFAULT_DISCLAIMER: Localized = {
  nl: 'Dit is mijn persoonlijke mening, niet noodzakelijk die van mijn werkgever.',
  en: 'Opinions are my own, not necessarily those of my employer.',
};

/** Full-name hashes match on their own; first-name hashes only with care context (`contextOnly`). */
function hashedLists(hashed: NonNullable<RuleFile['people']>['hashedClients']): HashedNames[] {
  if (!hashed) return [];
  const lists: HashedNames[] = [{ salt: hashed.salt, hashes: new Set(hashed.hashes) }];
  if (hashed.firstNames?.length) lists.push({ salt: hashed.salt, hashes: new Set(hashed.firstNames), contextOnly: true });
  return lists;
}

/** Compile a validated, merged rule file: its settings and the engine's policy. */
export function compileRuleFile(file: RuleFile, regex?: RegexEngine): LoadedPolicy {
  return { ...policySettings(file), engine: compileEngine(file, regex) };
}

/**
 * The engine's policy of a validated, merged rule file. Regular expressions were checked in
 * parse; `regex` runs them (a file with a `regex` rule and no engine throws: see `needsRegexEngine`).
 */
export function compileEngine(file: RuleFile, regex?: RegexEngine): EnginePolicy {
  const org = file.organisation;
  const handles = org?.handles ?? {};
  const customRules: CustomRule[] = (file.rules ?? []).map((rule) => ({
    id: rule.id,
    category: rule.category,
    severity: rule.severity,
    message: rule.message,
    quote: rule.quote,
    link: rule.link ?? file.policyUrl,
    suggestion: rule.suggestion,
    platforms: rule.platforms,
    accounts: rule.accounts,
    find: compilePattern(rule.pattern, rule.exceptions, regex),
    triggers: patternTriggers(rule.pattern),
  }));
  return emptyPolicy({
    id: file.id,
    version: file.version,
    severities: file.severity ?? [],
    options: file.options ?? {},
    language: file.language as EnginePolicy['language'],
    organisation: {
      names: org ? [org.name, ...(org.aliases ?? [])] : [],
      handles: Object.values(handles).flat(),
      domains: (org?.domains ?? []).map((d) => d.toLowerCase()),
      roleMailboxes: (org?.roleMailboxes ?? []).map((m) => m.toLowerCase()),
      phones: (org?.phones ?? []).map((p) => p.replace(/\D/g, '')),
    },
    people: {
      clients: file.people?.clients ?? [],
      hashedClients: hashedLists(file.people?.hashedClients),
      staff: file.people?.staff ?? [],
    },
    internalTerms: file.internalTerms ?? [],
    sensitiveTopics: file.sensitiveTopics ?? [],
    disclaimer: {
      required: file.disclaimer?.required ?? false,
      platforms: file.disclaimer?.platforms ?? PLATFORMS,
      accounts: file.disclaimer?.accounts ?? ['personal'],
      onlyWhenAboutOrganisation: file.disclaimer?.onlyWhenAboutOrganisation ?? true,
      phrases: (file.disclaimer?.phrases ?? []).map(foldPhrase),
      suggestion: file.disclaimer?.suggestion ?? DEFAULT_DISCLAIMER,
    },
    customRules,
    ruleText: file.ruleText ?? {},
  });
}
