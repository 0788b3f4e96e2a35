/**
 * From bytes to a validated rule file: size, JSON syntax, format version,
 * schema, then the checks a schema cannot express (duplicate ids, regular
 * expressions RE2 cannot run, severities for rules that do not exist).
 */
import { parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { checks } from '../engine/checks';
import { regexProblem } from '../engine/regex';
import { formatPath, type PolicyIssue } from './issues';
import { FORMAT_VERSION, LIMITS, ruleFileSchema, type RuleFile } from './schema';

export type ParseResult = { ok: true; file: RuleFile } | { ok: false; issues: PolicyIssue[] };

/** Parse and validate a rule file given as JSON text or as an already parsed value. */
export function parseRuleFile(source: string | unknown): ParseResult {
  let data: unknown = source;
  if (typeof source === 'string') {
    const bytes = new TextEncoder().encode(source).length;
    if (bytes > LIMITS.fileBytes)
      return fail('(file)', `is ${bytes} bytes; a rule file may be at most ${LIMITS.fileBytes} bytes`);
    try {
      data = JSON.parse(source);
    } catch (error) {
      return fail('(file)', `is not valid JSON: ${jsonErrorWithPosition(source, error)}`);
    }
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return fail('(file)', 'must be a JSON object');
  const format = (data as { format?: unknown }).format;
  if (format !== undefined && format !== FORMAT_VERSION)
    return fail('format', `this file has format ${JSON.stringify(format)}; this version of Volle Zaal reads format ${FORMAT_VERSION}`);

  const parsed = ruleFileSchema.safeParse(data);
  // Schema and rule checks together: a policy owner fixes every problem in one round.
  const semantic = semanticIssues(data as Partial<RuleFile>);
  if (!parsed.success) {
    const schemaIssues = parsed.error.issues.map((issue) => ({ path: formatPath(issue.path, data), message: issue.message }));
    const seen = new Set(schemaIssues.map((i) => `${i.path}\u0000${i.message}`));
    return { ok: false, issues: [...schemaIssues, ...semantic.filter((i) => !seen.has(`${i.path}\u0000${i.message}`))] };
  }
  return semantic.length ? { ok: false, issues: semantic } : { ok: true, file: parsed.data };
}

/** Every rule id a severity override may name: families, their sub-rules, and the given custom rules. */
export function knownRuleIds(customIds: Iterable<string> = []): Set<string> {
  const ids = new Set<string>(customIds);
  for (const { meta } of checks) {
    // Custom rules are addressed by their own ids, not through their family.
    if (meta.id !== 'custom') ids.add(meta.id);
    for (const sub of Object.keys(meta.subrules ?? {})) ids.add(`${meta.id}/${sub}`);
  }
  return ids;
}

/**
 * Checks a schema cannot express. They run on the raw data too (before the schema passed),
 * so they read it defensively: whatever has the wrong shape is the schema's to report.
 */
function semanticIssues(file: Partial<RuleFile>): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  const seen = new Map<string, number>();
  const builtIn = knownRuleIds();
  const list = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);
  list<Record<string, unknown>>(file.rules).forEach((rule, index) => {
    if (!rule || typeof rule !== 'object' || typeof rule.id !== 'string') return;
    const at = `rules[${index}] (id ${rule.id}):`;
    const first = seen.get(rule.id);
    if (first !== undefined) issues.push({ path: `${at} id`, message: `duplicate id; rules[${first}] has the same id` });
    else seen.set(rule.id, index);
    if (builtIn.has(rule.id)) issues.push({ path: `${at} id`, message: 'is the id of a built-in check; choose another' });
    const regex = (rule.pattern as { regex?: unknown } | undefined)?.regex;
    const problem = typeof regex === 'string' ? regexProblem(regex) : undefined;
    if (problem) issues.push({ path: `${at} pattern.regex`, message: `cannot be used: ${problem} (RE2 syntax: no backreferences or lookaround)` });
  });
  // Custom rules of the default policy may be named too when the file extends it; the merge checks those.
  const known = knownRuleIds(seen.keys());
  list<{ rule?: unknown }>(file.severity).forEach((o, index) => {
    if (!o || typeof o.rule !== 'string') return;
    if (!known.has(o.rule) && !(file.extends && o.rule.startsWith('default.')))
      issues.push({ path: `severity[${index}].rule`, message: `unknown rule "${o.rule}"; known: ${[...builtIn].sort().join(', ')}` });
  });
  list<unknown>(file.prompt?.cooldownRules).forEach((rule, index) => {
    if (typeof rule === 'string' && !known.has(rule) && !rule.startsWith('default.'))
      issues.push({ path: `prompt.cooldownRules[${index}]`, message: `unknown rule "${rule}"` });
  });
  return issues;
}

function fail(path: string, message: string): ParseResult {
  return { ok: false, issues: [{ path, message }] };
}

/** Where the JSON breaks, as line and column a policy owner can go to. */
function jsonErrorWithPosition(source: string, error: unknown): string {
  const errors: ParseError[] = [];
  parseTree(source, errors, { disallowComments: true, allowTrailingComma: false });
  const first = errors[0];
  if (!first) return error instanceof Error ? error.message : String(error);
  const before = source.slice(0, first.offset);
  const line = before.split('\n').length;
  const column = first.offset - before.lastIndexOf('\n');
  return `${printParseErrorCode(first.error)} at line ${line}, column ${column}`;
}
