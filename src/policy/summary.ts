/**
 * "What is active": the contents of a compiled policy in numbers and lists a
 * policy owner or a staff member can check at a glance. Shared by the options
 * page and `volle-zaal validate`, so both say the same thing.
 */
import type { Severity } from '../engine/types';
import type { LoadedPolicy } from './compile';
import { bundledDefaultRules } from './runtime';

export interface PolicySummary {
  id: string;
  title: string;
  version: string;
  extendsDefault: boolean;
  clients: { plain: number; hashed: number; firstNames: number };
  staff: number;
  internalTerms: number;
  sensitiveTopics: number;
  /** Names on this browser's personal client list (hashed, local only). */
  personalNames: number;
  /** Custom rules: the file's own, and those it inherits from the bundled default. */
  rules: Array<{ id: string; category: string; severity: Severity; own: boolean }>;
  severityOverrides: number;
  disclaimer: { required: boolean; platforms: readonly string[]; accounts: readonly string[]; onlyWhenAboutOrganisation: boolean; phrases: number };
  /** Override statistics switched on by the rule file. */
  statistics: boolean;
}

const DEFAULT_RULE_IDS = new Set((bundledDefaultRules.rules ?? []).map((r) => r.id));

/**
 * @param ownRuleIds the ids of the rules in the file itself (before `extends`), when the
 *   caller has that file; otherwise rules with a default rule's id count as inherited.
 */
export function summarisePolicy(policy: LoadedPolicy, personalNames = 0, ownRuleIds?: ReadonlySet<string>): PolicySummary {
  const { file, engine } = policy;
  // The personal list is merged into the engine's lists; count it apart, never as the organisation's.
  const hashedLists = engine.people.hashedClients.filter((h) => !h.personal);
  const isDefault = file.id === bundledDefaultRules.id;
  return {
    id: file.id,
    title: file.title,
    version: file.version,
    extendsDefault: file.extends !== undefined,
    clients: {
      plain: engine.people.clients.length,
      hashed: hashedLists.filter((h) => !h.contextOnly).reduce((n, h) => n + h.hashes.size, 0),
      firstNames: hashedLists.filter((h) => h.contextOnly).reduce((n, h) => n + h.hashes.size, 0),
    },
    staff: engine.people.staff.length,
    internalTerms: engine.internalTerms.length,
    sensitiveTopics: file.sensitiveTopics?.length ?? 0,
    personalNames,
    rules: (file.rules ?? []).map((r) => ({ id: r.id, category: r.category, severity: r.severity, own: ownRuleIds ? ownRuleIds.has(r.id) : !isDefault && !(DEFAULT_RULE_IDS.has(r.id) && file.extends) })),
    severityOverrides: engine.severities.length,
    disclaimer: {
      required: engine.disclaimer.required,
      platforms: engine.disclaimer.platforms,
      accounts: engine.disclaimer.accounts,
      onlyWhenAboutOrganisation: engine.disclaimer.onlyWhenAboutOrganisation,
      phrases: engine.disclaimer.phrases.length,
    },
    statistics: file.statistics?.overrides === true,
  };
}

const SEVERITY_WORD = { nl: { off: 'uit', info: 'tip', warn: 'let op', block: 'niet toegestaan' }, en: { off: 'off', info: 'info', warn: 'warn', block: 'block' } } as const;

/** The summary as plain text lines (the CLI; the options page draws its own). */
export function summaryLines(s: PolicySummary, locale: 'nl' | 'en' = 'en'): string[] {
  const nl = locale === 'nl';
  const own = s.rules.filter((r) => r.own);
  const inherited = s.rules.length - own.length;
  const list = (xs: readonly string[]) => xs.join(', ');
  const d = s.disclaimer;
  return [
    `${nl ? 'cliënten' : 'clients'}: ${s.clients.plain} ${nl ? 'leesbaar' : 'plain'}, ${s.clients.hashed} ${nl ? 'gehasht' : 'hashed'}` +
      (s.clients.firstNames ? `, ${s.clients.firstNames} ${nl ? 'voornamen (alleen met zorgcontext)' : 'first names (only with care context)'}` : ''),
    `${nl ? 'medewerkers' : 'staff'}: ${s.staff}; ${nl ? 'interne termen' : 'internal terms'}: ${s.internalTerms}; ${nl ? 'gevoelige onderwerpen' : 'sensitive topics'}: ${s.sensitiveTopics}`,
    `${nl ? 'eigen regels' : 'own rules'}: ${own.length}` + (inherited ? ` (${nl ? 'plus' : 'plus'} ${inherited} ${nl ? 'uit het standaardbeleid' : 'from the default policy'})` : '') +
      `; ${nl ? 'ernst-aanpassingen' : 'severity overrides'}: ${s.severityOverrides}`,
    ...own.map((r) => `  ${r.id} (${r.category}): ${SEVERITY_WORD[locale][r.severity]}`),
    `disclaimer: ${d.required ? (nl ? 'verplicht' : 'required') : nl ? 'niet verplicht' : 'not required'}` +
      (d.required ? ` — ${list(d.platforms)}; ${list(d.accounts)}; ${d.onlyWhenAboutOrganisation ? (nl ? 'alleen over de organisatie' : 'only when about the organisation') : nl ? 'altijd' : 'always'}; ${d.phrases} ${nl ? 'zinnen' : 'phrases'}` : ''),
    `${nl ? 'statistieken over overrides' : 'override statistics'}: ${s.statistics ? (nl ? 'aan' : 'on') : nl ? 'uit' : 'off'}`,
  ];
}
