/**
 * What a validated rule file sets for the page apart from the engine's policy: the prompt, the
 * sites, the organisation's handles. Read without the engine, so the content script can start
 * on a page (discovery, the site adapter, the hold) before the engine module is loaded
 * (src/policy/engine-module.ts).
 */
import type { Localized, Platform, ReportedSeverity } from '../engine/types';
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

interface SiteSettings {
  enabled: boolean;
  selectors: { composer?: readonly string[]; publish?: readonly string[]; organisationContext?: readonly string[] };
}

export interface PolicySettings {
  /** The merged rule file (after `extends`). */
  file: RuleFile;
  prompt: PromptSettings;
  sites: Record<Exclude<Platform, 'other'>, SiteSettings> & { generic: { enabled: boolean; hosts: readonly string[] } };
  /** Organisation handles per platform, to tell when the user posts as the organisation. */
  handles: Partial<Record<Platform, readonly string[]>>;
}

/** Whether a merged rule file has a `regex` rule, so compiling it needs a regular-expression engine. */
export function needsRegexEngine(file: Pick<RuleFile, 'rules'>): boolean {
  return (file.rules ?? []).some((rule) => 'regex' in rule.pattern);
}

/** The settings of a validated, merged rule file. */
export function policySettings(file: RuleFile): PolicySettings {
  const p = file.prompt ?? {};
  const site = (s: NonNullable<RuleFile['sites']>['x']): SiteSettings => ({ enabled: s?.enabled ?? true, selectors: s?.selectors ?? {} });
  return {
    file,
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
    handles: file.organisation?.handles ?? {},
  };
}
