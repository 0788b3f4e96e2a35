/** `volle-zaal test [FILE]`: run the file's rule examples and the default policy's. */
import { defaultPolicy, formatIssues, loadPolicy } from '../../policy';
import { runBuiltInExamples, runCustomExamples, runLanguageExamples, type ExampleResult } from '../../policy/examples';
import { EXIT, readTextFile, type Output } from '../io';
import type { CommandArgs } from '../args';

export async function testCommand(args: CommandArgs, output: Output): Promise<number> {
  const base = defaultPolicy();
  const results: Array<ExampleResult & { source: string }> = [
    ...runBuiltInExamples(base).map((r) => ({ ...r, source: 'built-in' })),
    ...runCustomExamples(base.file, base).map((r) => ({ ...r, source: 'default policy' })),
  ];
  const path = args.positionals[0];
  if (path) {
    const loaded = loadPolicy(readTextFile(path));
    if (!loaded.ok) {
      output.err(`${path}: not a valid rule file\n${formatIssues(loaded.issues)}`);
      return EXIT.usage;
    }
    // Only the file's own rules: rules it inherits were run above against the default.
    const own = { ...loaded.policy.file, rules: loaded.policy.file.rules?.filter((r) => !r.id.startsWith('default.')) };
    results.push(...runCustomExamples(own, loaded.policy).map((r) => ({ ...r, source: path })));
    results.push(...runLanguageExamples(loaded.policy.file, loaded.policy).map((r) => ({ ...r, source: path })));
  }
  const failed = results.filter((r) => !r.passed);
  for (const r of failed) {
    const seen = r.findings.map((f) => `${f.rule} ${JSON.stringify(r.text.slice(f.start, f.end))}`).join(', ');
    output.out(
      `FAIL ${r.source} ${r.rule} (${r.kind}, ${r.context.platform}/${r.context.account}): ${JSON.stringify(r.text)}` +
        (r.kind === 'fires' ? ' — nothing found' : ` — found ${seen}`),
    );
  }
  output.out(`${results.length - failed.length} passed, ${failed.length} failed`);
  return failed.length > 0 ? EXIT.findings : EXIT.clean;
}
