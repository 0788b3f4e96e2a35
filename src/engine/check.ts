/**
 * Runs every check family over a draft and turns their reports into findings:
 * severities resolved against the policy, messages in the requested language.
 */
import { checks } from './checks';
import { recognizeEntities } from './entities';
import type { CheckMeta, Report } from './rule';
import { prepare, type PreparedText } from './text';
import {
  SEVERITY_RANK,
  type DraftContext,
  type EnginePolicy,
  type Entity,
  type Finding,
  type Locale,
  type Severity,
} from './types';

export interface CheckOptions {
  locale?: Locale;
  /** Run only these families (for tests and the options page's rule tester). */
  only?: readonly string[];
}

export interface CheckResult {
  findings: Finding[];
  /** Families that failed; their findings are missing, the others are intact. */
  errors: Array<{ check: string; message: string }>;
}

/** Check a draft. Never throws: a failing family is reported in `errors`. */
export function checkDraft(
  draft: string,
  context: DraftContext,
  policy: EnginePolicy,
  options: CheckOptions = {},
): CheckResult {
  const locale = options.locale ?? 'nl';
  const findings: Finding[] = [];
  const errors: CheckResult['errors'] = [];
  let text: PreparedText;
  try {
    text = prepare(typeof draft === 'string' ? draft : String(draft ?? ''));
  } catch (error) {
    return { findings, errors: [{ check: 'prepare', message: String(error) }] };
  }
  let entities: readonly Entity[] | undefined;
  const getEntities = () => (entities ??= recognizeEntities(text, policy));
  // Most policies override no rule's text: their findings skip the look-up of their rule's name (a new string each).
  const ruleText = hasKeys(policy.ruleText) ? policy.ruleText : undefined;

  for (const check of checks) {
    const { meta } = check;
    if (options.only && !options.only.includes(meta.id)) continue;
    // Skip the whole family when it is off everywhere it could report.
    if (meta.id !== 'custom' && resolveSeverity(policy, meta.id, context, meta.severity) === 'off' && !meta.subrules)
      continue;
    try {
      check.run({
        text,
        draft: context,
        policy,
        options: policy.options[meta.id] ?? {},
        entities: getEntities,
        report: (report) => {
          const finding = toFinding(meta, report, context, policy, ruleText, locale, text.original.length);
          if (finding) findings.push(finding);
        },
      });
    } catch (error) {
      errors.push({ check: meta.id, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return { findings: dedupe(findings), errors };
}

/** Findings only; see {@link checkDraft}. */
export function check(draft: string, context: DraftContext, policy: EnginePolicy, options?: CheckOptions): Finding[] {
  return checkDraft(draft, context, policy, options).findings;
}

/** Severity of a rule in a context: the last matching override wins, a sub-rule's over its family's. */
export function resolveSeverity(policy: EnginePolicy, rule: string, context: DraftContext, fallback: Severity): Severity {
  const family = rule.includes('/') ? rule.slice(0, rule.indexOf('/')) : undefined;
  let familyLevel: Severity | undefined;
  let ruleLevel: Severity | undefined;
  for (const o of policy.severities) {
    if (o.platforms && !o.platforms.includes(context.platform)) continue;
    if (o.accounts && !o.accounts.includes(context.account)) continue;
    if (o.rule === rule) ruleLevel = o.severity;
    else if (family && o.rule === family) familyLevel = o.severity;
  }
  return ruleLevel ?? familyLevel ?? fallback;
}

function toFinding(
  meta: CheckMeta,
  report: Report,
  context: DraftContext,
  policy: EnginePolicy,
  ruleText: EnginePolicy['ruleText'] | undefined,
  locale: Locale,
  length: number,
): Finding | undefined {
  const rule = report.rule ?? (report.subrule ? `${meta.id}/${report.subrule}` : meta.id);
  const fallback = report.severity ?? (report.subrule ? meta.subrules?.[report.subrule] : undefined) ?? meta.severity;
  const severity = resolveSeverity(policy, rule, context, fallback);
  if (severity === 'off') return undefined;
  const start = clamp(report.start, 0, length);
  const end = clamp(report.end, start, length);
  const overrides = ruleText && (ruleText[rule] ?? ruleText[meta.id]);
  const template = overrides?.message ?? report.message ?? meta.messages[report.messageId];
  const finding: Finding = {
    rule,
    category: report.category ?? meta.category,
    severity,
    start,
    end,
    message: template ? fill(template[locale], report.data) : report.messageId,
  };
  const suggestion = report.suggestion?.[locale];
  if (suggestion) finding.suggestion = suggestion;
  const quote = overrides?.quote ?? report.quote ?? meta.quote;
  if (quote) finding.quote = quote[locale];
  const link = overrides?.link ?? report.link ?? meta.link;
  if (link) finding.link = link;
  return finding;
}

/**
 * `{key}` placeholders (a key of word characters, `\w`) filled from `data`'s own keys; unknown keys stay as written
 * (`{constructor}` in a rule file's message is not Object's constructor). Read with
 * `indexOf` rather than a `replace` with a callback: every finding fills its message, and that was about 1% of a check.
 */
export function fill(template: string, data: Report['data']): string {
  if (!data) return template;
  let out = '';
  let copied = 0;
  for (let open = template.indexOf('{'); open >= 0; open = template.indexOf('{', open + 1)) {
    let close = open + 1;
    while (close < template.length && isWordCode(template.charCodeAt(close))) close++;
    if (close === open + 1 || template.charCodeAt(close) !== 125) continue;
    const key = template.slice(open + 1, close);
    if (!Object.hasOwn(data, key)) continue;
    out += template.slice(copied, open) + String(data[key]);
    copied = close + 1;
  }
  return copied === 0 ? template : out + template.slice(copied);
}

/** `\w`: a-z, A-Z, 0-9 and _. */
const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

function hasKeys(object: object): boolean {
  for (const _ in object) return true;
  return false;
}

function clamp(n: number, lo: number, hi: number): number {
  return Number.isFinite(n) ? Math.min(Math.max(Math.trunc(n), lo), hi) : lo;
}

/** One finding per rule and span; sorted by position, worst first at a position. */
function dedupe(findings: Finding[]): Finding[] {
  if (findings.length < 2) return findings;
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const f of findings) {
    const key = `${f.rule}\u0000${f.start}\u0000${f.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out.sort((a, b) => a.start - b.start || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.end - b.end);
}
