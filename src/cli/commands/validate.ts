/** `volle-zaal validate FILE`: is this rule file good enough to distribute? */
import { formatIssues, loadPolicy } from '../../policy';
import { EXIT, readTextFile, UsageError, type Output } from '../io';
import type { CommandArgs } from '../args';

export async function validateCommand(args: CommandArgs, output: Output): Promise<number> {
  const path = args.positionals[0];
  if (!path) throw new UsageError('usage: volle-zaal validate FILE');
  const loaded = loadPolicy(readTextFile(path));
  if (!loaded.ok) {
    output.err(`${path}: ${loaded.issues.length} problem${loaded.issues.length === 1 ? '' : 's'}\n${formatIssues(loaded.issues)}`);
    return EXIT.usage;
  }
  const { file, engine } = loaded.policy;
  const hashed = engine.people.hashedClients.reduce((n, h) => n + h.hashes.size, 0);
  output.out(
    [
      `${path}: OK — ${file.title} (${file.id} ${file.version})`,
      `  extends: ${file.extends ?? '(nothing)'}`,
      `  custom rules: ${engine.customRules.length}, severity overrides: ${engine.severities.length}`,
      `  clients: ${engine.people.clients.length} plain, ${hashed} hashed; staff: ${engine.people.staff.length}; internal terms: ${engine.internalTerms.length}`,
    ].join('\n'),
  );
  return EXIT.clean;
}
