/**
 * `extends`: the organisation's file laid over the bundled default. Lists add
 * up, settings override, an organisation rule with a default rule's id replaces
 * it, and severity overrides come after the default's so the organisation's win.
 */
import type { LanguageExtension } from '../engine/language';
import type { LanguageSpec } from './language-schema';
import type { RuleFile } from './schema';

const concat = <T>(a: readonly T[] | undefined, b: readonly T[] | undefined): T[] | undefined =>
  a || b ? [...(a ?? []), ...(b ?? [])] : undefined;

export function mergeRuleFiles(base: RuleFile, own: RuleFile): RuleFile {
  const ownRuleIds = new Set((own.rules ?? []).map((r) => r.id));
  const options: Record<string, Record<string, unknown>> = { ...base.options };
  for (const [family, values] of Object.entries(own.options ?? {})) options[family] = { ...options[family], ...values };
  const language = mergeLanguage(base.language, own.language);
  return {
    ...base,
    ...own,
    extends: own.extends,
    organisation: own.organisation ?? base.organisation,
    people: {
      clients: concat(base.people?.clients, own.people?.clients),
      hashedClients: own.people?.hashedClients ?? base.people?.hashedClients,
      staff: concat(base.people?.staff, own.people?.staff),
    },
    internalTerms: concat(base.internalTerms, own.internalTerms),
    sensitiveTopics: concat(base.sensitiveTopics, own.sensitiveTopics),
    disclaimer: base.disclaimer || own.disclaimer ? ({ ...base.disclaimer, ...own.disclaimer } as RuleFile['disclaimer']) : undefined,
    severity: concat(base.severity, own.severity),
    options,
    language,
    ruleText: { ...base.ruleText, ...own.ruleText },
    rules: [...(base.rules ?? []).filter((r) => !ownRuleIds.has(r.id)), ...(own.rules ?? [])],
    prompt: {
      ...base.prompt,
      ...own.prompt,
      allowPostAnyway: { ...base.prompt?.allowPostAnyway, ...own.prompt?.allowPostAnyway },
      wording: { ...base.prompt?.wording, ...own.prompt?.wording },
    },
    statistics: own.statistics ?? base.statistics,
    sites: {
      x: { ...base.sites?.x, ...own.sites?.x },
      facebook: { ...base.sites?.facebook, ...own.sites?.facebook },
      linkedin: { ...base.sites?.linkedin, ...own.sites?.linkedin },
      generic: own.sites?.generic ?? base.sites?.generic,
    },
  };
}

/** `extends`: the organisation's additions come after the default's. */
function mergeLanguage(base?: LanguageSpec, own?: LanguageSpec): LanguageSpec | undefined {
  if (!base || !own) return own ?? base;
  const out: Record<string, LanguageExtension> = { ...base } as Record<string, LanguageExtension>;
  for (const [family, ext] of Object.entries(own)) {
    const b = out[family] ?? {};
    const join = (x?: Record<string, string[]>, y?: Record<string, string[]>) => {
      const r: Record<string, string[]> = { ...x };
      for (const [k, v] of Object.entries(y ?? {})) r[k] = [...(r[k] ?? []), ...v];
      return r;
    };
    out[family] = { words: join(b.words, ext?.words), except: join(b.except, ext?.except), rules: [...(b.rules ?? []), ...(ext?.rules ?? [])] };
  }
  return out as LanguageSpec;
}
