/**
 * The line protocol `npm run eval` and outside checks rely on: one JSON object a
 * line in, one a line out, in order. A bad line yields an `error` line and the
 * run goes on, so one typo does not cost a whole evaluation.
 */
import { ACCOUNT_KINDS, PLATFORMS, type DraftContext } from '../engine';
import { stdinLines, type Output } from './io';

export interface DraftLine {
  id: string | number;
  text: string;
  context: DraftContext;
}

/** Reads draft lines from stdin and writes what `handle` returns for each; returns the number of bad lines. */
export async function eachDraftLine(
  output: Output,
  defaults: DraftContext,
  handle: (line: DraftLine) => Record<string, unknown>,
  lines: AsyncIterable<string> = stdinLines(),
): Promise<{ bad: number; results: Array<Record<string, unknown>> }> {
  let bad = 0;
  let number = 0;
  const results: Array<Record<string, unknown>> = [];
  for await (const raw of lines) {
    number++;
    if (raw.trim() === '') continue;
    const parsed = parseLine(raw, number, defaults);
    const result = 'error' in parsed ? parsed : { id: parsed.id, ...handle(parsed) };
    if ('error' in parsed) bad++;
    results.push(result);
    output.out(JSON.stringify(result));
  }
  return { bad, results };
}

function parseLine(raw: string, number: number, defaults: DraftContext): DraftLine | { id: unknown; error: string } {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { id: null, error: `line ${number}: not valid JSON` };
  }
  if (!value || typeof value !== 'object') return { id: null, error: `line ${number}: expected an object` };
  const { id, text, platform, account } = value as Record<string, unknown>;
  const safeId = typeof id === 'string' || typeof id === 'number' ? id : null;
  if (safeId === null) return { id: null, error: `line ${number}: "id" must be a string or number` };
  if (typeof text !== 'string') return { id: safeId, error: `line ${number}: "text" must be a string` };
  if (platform !== undefined && !PLATFORMS.includes(platform as never))
    return { id: safeId, error: `line ${number}: "platform" must be one of ${PLATFORMS.join(', ')}` };
  if (account !== undefined && !ACCOUNT_KINDS.includes(account as never))
    return { id: safeId, error: `line ${number}: "account" must be one of ${ACCOUNT_KINDS.join(', ')}` };
  return {
    id: safeId,
    text,
    context: {
      platform: (platform as DraftContext['platform']) ?? defaults.platform,
      account: (account as DraftContext['account']) ?? defaults.account,
    },
  };
}
