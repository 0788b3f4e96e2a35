/**
 * The override statistics' data: what one prompt outcome is, and how counts per rule and
 * per day are kept, totalled and exported. Pure; storage is in src/distribution/stats.ts.
 * Counts only — no text, no names, no URLs, no times finer than a day.
 */
import type { LoadedPolicy } from './compile';

/** Days kept; older days are dropped when a new count comes in. */
const STATS_DAYS = 90;

export type PromptOutcome = 'edit' | 'post' | 'dismiss';

/** The one message a content script may send: rule ids and what the person chose. */
export interface PromptOutcomeMessage {
  kind: 'prompt-outcome';
  rules: string[];
  outcome: PromptOutcome;
}

export interface RuleCounts {
  shown: number;
  edited: number;
  posted: number;
  /** "Deze melding klopt niet". */
  wrong: number;
}

/** `{ "2026-12-01": { "client-name/listed": { shown, edited, posted, wrong } } }` */
export type OverrideStats = Record<string, Record<string, RuleCounts>>;

const OUTCOME_FIELD: Record<PromptOutcome, keyof RuleCounts> = { edit: 'edited', post: 'posted', dismiss: 'wrong' };

export function isPromptOutcome(message: unknown): message is PromptOutcomeMessage {
  const m = message as Partial<PromptOutcomeMessage> | null;
  return (
    !!m &&
    typeof m === 'object' &&
    m.kind === 'prompt-outcome' &&
    Array.isArray(m.rules) &&
    m.rules.length <= 50 &&
    m.rules.every((r) => typeof r === 'string') &&
    (m.outcome === 'edit' || m.outcome === 'post' || m.outcome === 'dismiss')
  );
}

/** Every rule id a finding of this policy can carry: only these are counted, so no other string reaches storage. */
export function countableRules(policy: LoadedPolicy, known: ReadonlySet<string>): Set<string> {
  return new Set([...known, ...policy.engine.customRules.map((r) => r.id)]);
}

/** The local day (YYYY-MM-DD): no finer time is kept. */
export function dayOf(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Add one prompt's outcome to the counts (pure). Each rule counts once per prompt. */
export function addOutcome(stats: OverrideStats, day: string, rules: Iterable<string>, outcome: PromptOutcome, keepDays = STATS_DAYS): OverrideStats {
  const next: OverrideStats = { ...stats, [day]: { ...stats[day] } };
  for (const rule of new Set(rules)) {
    const counts = { shown: 0, edited: 0, posted: 0, wrong: 0, ...next[day]![rule] };
    counts.shown++;
    counts[OUTCOME_FIELD[outcome]]++;
    next[day]![rule] = counts;
  }
  const days = Object.keys(next).sort();
  for (const old of days.slice(0, Math.max(0, days.length - keepDays))) delete next[old];
  return next;
}

/** Totals per rule over all kept days (the options page's table). */
export function totalsPerRule(stats: OverrideStats): Array<{ rule: string } & RuleCounts> {
  const totals = new Map<string, RuleCounts>();
  for (const day of Object.values(stats))
    for (const [rule, c] of Object.entries(day)) {
      const t = totals.get(rule) ?? { shown: 0, edited: 0, posted: 0, wrong: 0 };
      totals.set(rule, { shown: t.shown + c.shown, edited: t.edited + c.edited, posted: t.posted + c.posted, wrong: t.wrong + c.wrong });
    }
  return [...totals].map(([rule, c]) => ({ rule, ...c })).sort((a, b) => b.shown - a.shown || a.rule.localeCompare(b.rule));
}

/** The JSON export: what is stored, with a line saying what it is. */
export function exportStats(stats: OverrideStats, policy: { id: string; version: string }): string {
  return JSON.stringify(
    {
      about: 'Volle Zaal override statistics: per day and rule, how often a finding was shown, edited away, posted anyway, or marked wrong. Counts only.',
      policy: { id: policy.id, version: policy.version },
      days: stats,
    },
    null,
    2,
  );
}
