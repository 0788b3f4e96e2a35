/**
 * A validated rule file becomes what the extension runs: the engine's policy
 * (patterns compiled, hashes in sets) plus the prompt and site settings.
 */
import { emptyPolicy } from '../engine/empty-policy';
import { compilePattern, type RegexEngine } from '../engine/patterns';
import { foldPhrase } from '../engine/text';
import { PLATFORMS, type CustomRule, type EnginePolicy, type HashedNames, type Localized, type Platform, type ReportedSeverity } from '../engine/types';
import type { RuleFile } from './schema';

export interface PromptSettings {
  /** Seconds "Toch plaatsen" stays disabled after strong language ("tel tot 10"). */
  cooldownSeconds: number;
  /** Rules (families, sub-rules or custom ids) whose findings start the cooldown. */
  cooldownRules: readonly string[];
  /** Whether "post anyway" is offered when the worst finding has this severity. */
  allowPostAnyway: Readonly<Record<ReportedSeverity, boolean>>;
  promptOnEveryOrganisationPost: boolean;
  askConsentWithMedia: boolean;
  failClosed: boolean;
  wording: { title?: Localized; question?: Localized };
}

export interface SiteSettings {
  enabled: boolean;
  selectors: { composer?: readonly string[]; publish?: readonly string[]; organisationContext?: readonly string[] };
}

export interface LoadedPolicy {
  /** The merged rule file (after `extends`). */
  file: RuleFile;
  engine: EnginePolicy;
  prompt: PromptSettings;
  sites: Record<Exclude<Platform, 'other'>, SiteSettings> & { generic: { enabled: boolean; hosts: readonly string[] } };
  /** Organisation handles per platform, to tell when the user posts as the organisation. */
  handles: Partial<Record<Platform, readonly string[]>>;
}

const DEFAULT_DISCLAIMER: Localized = {
  nl: 'Dit is mijn persoonlijke mening, niet noodzakelijk die van mijn werkgever.',
  en: 'Opinions are my own, not necessarily those of my employer.',
};

/** Whether a merged rule file has a `regex` rule, so compiling it needs a regular-expression engine. */
export function needsRegexEngine(file: Pick<RuleFile, 'rules'>): boolean {
  return (file.rules ?? []).some((rule) => 'regex' in rule.pattern);
}

/** Full-name hashes match on their own; first-name hashes only with care context (`contextOnly`). */
function hashedLists(hashed: NonNullable<RuleFile['people']>['hashedClients']): HashedNames[] {
  if (!hashed) return [];
  const lists: HashedNames[] = [{ salt: hashed.salt, hashes: new Set(hashed.hashes) }];
  if (hashed.firstNames?.length) lists.push({ salt: hashed.salt, hashes: new Set(hashed.firstNames), contextOnly: true });
  return lists;
}

/**
 * Compile a validated, merged rule file. Regular expressions were checked in parse; `regex`
 * runs them (a file with a `regex` rule and no engine throws: see `needsRegexEngine`).
 */
export function compileRuleFile(file: RuleFile, regex?: RegexEngine): LoadedPolicy {
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
  }));
  const engine: EnginePolicy = emptyPolicy({
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
  const p = file.prompt ?? {};
  const site = (s: NonNullable<RuleFile['sites']>['x']): SiteSettings => ({ enabled: s?.enabled ?? true, selectors: s?.selectors ?? {} });
  return {
    file,
    engine,
    prompt: {
      cooldownSeconds: p.cooldownSeconds ?? 10,
      cooldownRules: p.cooldownRules ?? [],
      allowPostAnyway: { info: true, warn: true, block: false, ...p.allowPostAnyway },
      promptOnEveryOrganisationPost: p.promptOnEveryOrganisationPost ?? false,
      askConsentWithMedia: p.askConsentWithMedia ?? true,
      failClosed: p.failClosed ?? false,
      wording: p.wording ?? {},
    },
    sites: {
      x: site(file.sites?.x),
      facebook: site(file.sites?.facebook),
      linkedin: site(file.sites?.linkedin),
      generic: { enabled: file.sites?.generic?.enabled ?? false, hosts: file.sites?.generic?.hosts ?? [] },
    },
    handles,
  };
}
