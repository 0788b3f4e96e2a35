/**
 * The engine's data model. Everything here is plain data so findings can cross
 * any boundary (content script ↔ UI, CLI JSON output) unchanged.
 */

import type { ReportedSeverity, Severity } from './severity';

export type { ReportedSeverity, Severity } from './severity';

export const CATEGORIES = [
  'client-name',
  'minor',
  'personal-data',
  'internal',
  'emotional',
  'disclaimer',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const PLATFORMS = ['facebook', 'x', 'linkedin', 'other'] as const;
export type Platform = (typeof PLATFORMS)[number];
export const ACCOUNT_KINDS = ['personal', 'organisation'] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];
export type Locale = 'nl' | 'en';

/** Where and how the draft is about to be published. */
export interface DraftContext {
  platform: Platform;
  account: AccountKind;
  /** An image or video is attached: the cue to ask about consent. */
  hasMedia?: boolean;
  /** The draft answers someone (comment, reply). */
  isReply?: boolean;
}

/** Text in both UI languages. */
export interface Localized {
  nl: string;
  en: string;
}

/** One problem in the draft. `start`/`end` are UTF-16 offsets into the original text. */
export interface Finding {
  /** Rule id: the check family, optionally with a sub-rule (`emotional/profanity`) or a custom rule id. */
  rule: string;
  category: Category;
  severity: ReportedSeverity;
  start: number;
  end: number;
  /** The reason, in the requested locale. */
  message: string;
  /** What to write instead, if there is a good suggestion. */
  suggestion?: string;
  /** The policy's own words behind the rule. */
  quote?: string;
  /** Link to the written policy section. */
  link?: string;
}

export const SEVERITY_RANK: Record<Severity, number> = { off: 0, info: 1, warn: 2, block: 3 };

export function worstSeverity(findings: readonly Finding[]): Severity {
  let worst: Severity = 'off';
  for (const f of findings) if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[worst]) worst = f.severity;
  return worst;
}

/** How much a recogniser is sure of an entity. */
export interface Entity {
  type: 'person' | 'age' | 'school' | 'class' | 'date' | 'care-word' | 'child-word';
  start: number;
  end: number;
  text: string;
  /** For `age`: the age in years. For `person`: how it was recognised. */
  value?: number | string;
}

/** A severity override from the rule file, optionally scoped. Later entries win. */
interface SeverityOverride {
  /** A check family (`emotional`), a sub-rule (`emotional/shouting`) or a custom rule id. */
  rule: string;
  severity: Severity;
  platforms?: readonly Platform[];
  accounts?: readonly AccountKind[];
}

/** A compiled organisation rule (see src/policy for the file format). */
export interface CustomRule {
  id: string;
  category: Category;
  severity: Severity;
  message: Localized;
  quote?: Localized;
  link?: string;
  suggestion?: string;
  platforms?: readonly Platform[];
  accounts?: readonly AccountKind[];
  /** Spans (original offsets) where the rule's pattern matches, exceptions already removed. */
  find(text: import('./text').PreparedText): Array<{ start: number; end: number }>;
  /**
   * Phrases one of which a draft must hold for `find` to return anything (a `words` rule's words, a `near` rule's first
   * list): the custom family reads all rules' triggers in one pass and runs only the rules it saw. None: always run.
   */
  triggers?: readonly string[];
}

/** Salted SHA-256 client-name hashes as distributed in a rule file. */
export interface HashedNames {
  salt: string;
  /** Hex digests of `salt + folded name`. */
  hashes: ReadonlySet<string>;
  /** First names alone: a match counts only with care context nearby, like an unlisted name. */
  contextOnly?: boolean;
  /** This browser's personal client list (options page), merged into the organisation's policy. */
  personal?: boolean;
}

export interface DisclaimerPolicy {
  required: boolean;
  platforms: readonly Platform[];
  accounts: readonly AccountKind[];
  /** Only when the post speaks about the organisation or work. */
  onlyWhenAboutOrganisation: boolean;
  /** Folded phrases; any one satisfies the requirement. */
  phrases: readonly string[];
  suggestion: Localized;
}

/**
 * The policy as the engine sees it: compiled from a rule file by src/policy,
 * or built directly in tests. Plain values and closures, no validation left to do.
 */
export interface EnginePolicy {
  id: string;
  version: string;
  severities: readonly SeverityOverride[];
  /** Per check family options, validated by src/policy. */
  options: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  organisation: {
    /** Names and aliases, as phrases. */
    names: readonly string[];
    handles: readonly string[];
    /** Domains of the organisation (e-mail addresses there are the organisation's). */
    domains: readonly string[];
    /** Public role mailboxes (info@…) that are not personal data. */
    roleMailboxes: readonly string[];
    /** Public phone numbers, digits only, that are not personal data. */
    phones: readonly string[];
  };
  people: {
    /** Client names as typed in the rule file. */
    clients: readonly string[];
    hashedClients: readonly HashedNames[];
    staff: readonly string[];
  };
  /** Organisation-defined internal terms and code names. */
  internalTerms: readonly string[];
  sensitiveTopics: readonly string[];
  disclaimer: DisclaimerPolicy;
  customRules: readonly CustomRule[];
  /** Additions to the built-in language data per check family (`emotional`): words, exceptions, rules. */
  language?: Readonly<Record<string, import('./language/format').LanguageExtension>>;
  /** Rule id → policy text overrides (quote, link, message). */
  ruleText: Readonly<Record<string, { quote?: Localized; link?: string; message?: Localized }>>;
}
