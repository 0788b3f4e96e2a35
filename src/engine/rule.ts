/**
 * The fixed interface every check family implements, like an ESLint rule:
 * `meta` describes it (and carries the examples the tests run), `run` reports.
 */
import type { Category, DraftContext, EnginePolicy, Entity, Localized, Severity } from './types';
import type { PreparedText } from './text';

export interface Example {
  text: string;
  context?: Partial<DraftContext>;
}

export interface CheckMeta {
  /** The family id; equals the file name. */
  id: string;
  category: Category;
  /** Severity when the rule file says nothing. */
  severity: Severity;
  description: Localized;
  /** Message templates by message id; `{name}` placeholders are filled from report data. */
  messages: Readonly<Record<string, Localized>>;
  /** Sub-rules with their own default severity (`emotional/shouting`). */
  subrules?: Readonly<Record<string, Severity>>;
  /** The policy's own words, shown with each finding. */
  quote?: Localized;
  link?: string;
  /** Drafts that must produce a finding of this family, and drafts that must not. */
  examples: { fires: readonly (string | Example)[]; clean: readonly (string | Example)[] };
}

export interface Report {
  start: number;
  end: number;
  messageId: string;
  data?: Readonly<Record<string, string | number>>;
  /** Sub-rule name, becomes `family/subrule`. */
  subrule?: string;
  suggestion?: Localized;
  /** Only custom rules set these: they carry their own id, category and text. */
  rule?: string;
  category?: Category;
  severity?: Severity;
  message?: Localized;
  quote?: Localized;
  link?: string;
}

export interface CheckContext {
  text: PreparedText;
  draft: DraftContext;
  policy: EnginePolicy;
  /** The check family's options from the policy (empty when none). */
  options: Readonly<Record<string, unknown>>;
  /** People, ages, schools… recognised in the draft; computed once per check run. */
  entities(): readonly Entity[];
  report(report: Report): void;
}

export interface Check {
  meta: CheckMeta;
  run(context: CheckContext): void;
}
