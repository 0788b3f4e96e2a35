/**
 * Runs the examples every rule carries, like LanguageTool does: drafts that
 * must fire and drafts that must stay clean. Used by the tests and by
 * `volle-zaal test`, so a policy owner sees the same verdicts as the developers.
 */
import { checkDraft, checks, type DraftContext, type Example, type Finding } from '../engine';
import { parseExample } from '../engine/language';
import type { LoadedPolicy } from './compile';
import type { RuleFile } from './schema';

export interface ExampleResult {
  /** Check family or custom rule id. */
  rule: string;
  kind: 'fires' | 'clean';
  text: string;
  context: DraftContext;
  passed: boolean;
  /** The findings of this rule that were seen (for a failing `clean` example, the offending ones). */
  findings: Finding[];
}

const DEFAULT_CONTEXT: DraftContext = { platform: 'facebook', account: 'personal' };

const belongsTo = (rule: string) => (f: Finding) => f.rule === rule || f.rule.startsWith(`${rule}/`);

function runOne(rule: string, kind: ExampleResult['kind'], example: string | Example, policy: LoadedPolicy, only?: string[]): ExampleResult {
  const text = typeof example === 'string' ? example : example.text;
  const context = { ...DEFAULT_CONTEXT, ...(typeof example === 'string' ? {} : example.context) };
  const findings = checkDraft(text, context, policy.engine, { only }).findings.filter(belongsTo(rule));
  return { rule, kind, text, context, passed: kind === 'fires' ? findings.length > 0 : findings.length === 0, findings };
}

/** The examples in `meta` of every built-in check family, against the given policy (normally the default). */
export function runBuiltInExamples(policy: LoadedPolicy): ExampleResult[] {
  const results: ExampleResult[] = [];
  for (const { meta } of checks)
    for (const kind of ['fires', 'clean'] as const)
      for (const example of meta.examples[kind]) results.push(runOne(meta.id, kind, example, policy, [meta.id]));
  return results;
}

/** The examples of the custom rules in `file`, against the policy compiled from it. */
export function runCustomExamples(file: RuleFile, policy: LoadedPolicy): ExampleResult[] {
  const results: ExampleResult[] = [];
  for (const rule of file.rules ?? [])
    for (const kind of ['fires', 'clean'] as const)
      for (const example of rule.examples[kind]) {
        const asExample: Example =
          typeof example === 'string' ? { text: example } : { text: example.text, context: { platform: example.platform, account: example.account } };
        // Drop undefined keys so they do not overwrite the default context.
        if (asExample.context) asExample.context = Object.fromEntries(Object.entries(asExample.context).filter(([, v]) => v !== undefined));
        results.push(runOne(rule.id, kind, asExample, policy, ['custom']));
      }
  return results;
}

/**
 * The examples a rule file gives with its additions to the language data: those of its phrase rules
 * (`language.<family>.rules`) and those of the family block itself (`language.<family>.examples`,
 * drafts that show its added words and exceptions at work). A `match` example must give a finding
 * of that family with exactly the bracketed span; a `clean` one no finding of the family.
 */
export function runLanguageExamples(file: RuleFile, policy: LoadedPolicy): ExampleResult[] {
  const results: ExampleResult[] = [];
  const run = (family: string, label: string, kind: 'match' | 'clean', source: string) => {
    const ex = parseExample(source);
    const text = ex.text;
    const findings = checkDraft(text, DEFAULT_CONTEXT, policy.engine, { only: [family] }).findings.filter(belongsTo(family));
    const atSpan = findings.filter((f) => ex.span && f.start === ex.span.start && f.end === ex.span.end);
    results.push({
      rule: `${family}: ${label}`,
      kind: kind === 'match' ? 'fires' : 'clean',
      text,
      context: DEFAULT_CONTEXT,
      passed: kind === 'match' ? atSpan.length > 0 : findings.length === 0,
      findings,
    });
  };
  for (const [family, ext] of Object.entries(file.language ?? {})) {
    for (const kind of ['match', 'clean'] as const) {
      for (const rule of ext?.rules ?? []) for (const source of rule.examples[kind]) run(family, rule.id, kind, source);
      for (const source of ext?.examples?.[kind] ?? []) run(family, 'examples', kind, source);
    }
  }
  return results;
}
