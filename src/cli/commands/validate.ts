/**
 * `volle-zaal validate FILE`: is this rule file good enough to distribute? Every
 * problem at once (schema and rule checks in one pass), or else what the file
 * makes active: counts, the file's own rules apart from the default's, with
 * their severities, the disclaimer and whether statistics are on.
 */
import { formatIssues, loadPolicy, parseRuleFile } from '../../policy';
import { summarisePolicy, summaryLines } from '../../policy/summary';
import { EXIT, readTextFile, UsageError, type Output } from '../io';
import type { CommandArgs } from '../main';

export async function validateCommand(args: CommandArgs, output: Output): Promise<number> {
  const path = args.positionals[0];
  if (!path) throw new UsageError('usage: volle-zaal validate FILE');
  const text = readTextFile(path);
  const loaded = loadPolicy(text);
  if (!loaded.ok) {
    output.err(`${path}: ${loaded.issues.length} problem${loaded.issues.length === 1 ? '' : 's'}\n${formatIssues(loaded.issues)}`);
    return EXIT.usage;
  }
  const parsed = parseRuleFile(text);
  const ownIds = new Set(parsed.ok ? (parsed.file.rules ?? []).map((r) => r.id) : []);
  const { file } = loaded.policy;
  const locale = args.values.locale === 'nl' ? 'nl' : 'en';
  const summary = summarisePolicy(loaded.policy, 0, ownIds);
  output.out(
    [
      `${path}: OK — ${file.title} (${file.id} ${file.version})`,
      `  extends: ${file.extends ?? '(nothing)'}`,
      ...summaryLines(summary, locale).map((l) => `  ${l}`),
    ].join('\n'),
  );
  return EXIT.clean;
}
