/**
 * `volle-zaal check`: findings for one draft (human-readable or JSON), or for a
 * stream of drafts with `--jsonl`.
 */
import { existsSync } from 'node:fs';
import { ACCOUNT_KINDS, checkDraft, PLATFORMS, SEVERITY_RANK, worstSeverity, type DraftContext, type Finding, type Locale } from '../../engine';
import { EXIT, isFile, policyFrom, readStdin, readTextFile, UsageError, type Output } from '../io';
import { eachDraftLine } from '../jsonl';
import type { CommandArgs } from '../args';
import { renderFindings } from '../render';

export async function checkCommand(args: CommandArgs, output: Output): Promise<number> {
  const policy = policyFrom(args.values.rules);
  const context = draftContext(args);
  const locale = (args.values.locale ?? 'nl') as Locale;

  if (args.values.jsonl) {
    let worst = 0;
    const { bad } = await eachDraftLine(output, context, (line) => {
      const { findings } = checkDraft(line.text, line.context, policy.engine, { locale });
      worst = Math.max(worst, SEVERITY_RANK[worstSeverity(findings)]);
      return {
        findings: findings.map(({ rule, category, severity, start, end, message }) => ({ rule, category, severity, start, end, message })),
      };
    });
    if (bad > 0) return EXIT.usage;
    return worst >= SEVERITY_RANK.warn ? EXIT.findings : EXIT.clean;
  }

  const { text, name } = await draftInput(args.positionals);
  const { findings, errors } = checkDraft(text, context, policy.engine, { locale });
  for (const e of errors) output.err(`volle-zaal: check "${e.check}" failed: ${e.message}`);
  if (args.values.format === 'json') output.out(JSON.stringify({ source: name, context, findings }, null, 2));
  else output.out(renderFindings(text, findings, { name, color: output.tty, locale }));
  return exitFor(findings);
}

function exitFor(findings: readonly Finding[]): number {
  return SEVERITY_RANK[worstSeverity(findings)] >= SEVERITY_RANK.warn ? EXIT.findings : EXIT.clean;
}

export function draftContext(args: CommandArgs): DraftContext {
  const platform = args.values.platform ?? 'other';
  const account = args.values.account ?? 'personal';
  if (!PLATFORMS.includes(platform as DraftContext['platform']))
    throw new UsageError(`--platform must be one of ${PLATFORMS.join(', ')} (got "${platform}")`);
  if (!ACCOUNT_KINDS.includes(account as DraftContext['account']))
    throw new UsageError(`--account must be one of ${ACCOUNT_KINDS.join(', ')} (got "${account}")`);
  return {
    platform: platform as DraftContext['platform'],
    account: account as DraftContext['account'],
    hasMedia: Boolean(args.values.media),
    isReply: Boolean(args.values.reply),
  };
}

/** TEXT, a FILE, or `-` / nothing for stdin. */
async function draftInput(positionals: string[]): Promise<{ text: string; name: string }> {
  if (positionals.length > 1) throw new UsageError('give one draft: TEXT, a FILE, or - for standard input (quote text with spaces)');
  const arg = positionals[0];
  if (arg === undefined || arg === '-') {
    if (arg === undefined && process.stdin.isTTY) throw new UsageError('no draft given: pass TEXT, a FILE, or - for standard input');
    return { text: await readStdin(), name: '(stdin)' };
  }
  if (isFile(arg)) return { text: readTextFile(arg), name: arg };
  // "drafts/post1.txt" mistyped would otherwise be checked as those words and pass: a wrong path is an error.
  if (existsSync(arg)) throw new UsageError(`${arg} is not a file: give one draft (TEXT, a FILE, or - for standard input)`);
  if (PATH_LIKE.test(arg)) throw new UsageError(`no such file: ${arg} (to check these characters as a draft, pipe them in: echo '…' | volle-zaal check -)`);
  return { text: arg, name: '(text)' };
}

/** One word with a path separator or a text file's extension, and no URL: meant as a file, not as a draft. */
const PATH_LIKE = /^(?!\S*:\/\/)\S*(?:[/\\]|\.(?:txt|text|md|json|jsonl|csv)$)\S*$/i;
