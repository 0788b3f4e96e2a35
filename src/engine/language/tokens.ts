/**
 * Rule matches as ranges of the draft's tokens, for family code that weighs matches together with
 * its own token-based cues (internal, the care and child recognisers). The matcher's words can
 * join or split tokens; a match whose edges are not token edges is left out.
 */
import type { PreparedText } from '../text';
import type { RuleMatch } from './matcher';

export interface TokenRange {
  /** Token range [from, to). */
  from: number;
  to: number;
  match: RuleMatch;
}

export function tokenRanges(text: PreparedText, matches: readonly RuleMatch[]): TokenRange[] {
  if (matches.length === 0) return [];
  const byStart = new Map<number, number>();
  const byEnd = new Map<number, number>();
  text.tokens.forEach((t, i) => {
    byStart.set(t.start, i);
    byEnd.set(t.end, i);
  });
  const out: TokenRange[] = [];
  for (const match of matches) {
    const from = byStart.get(match.start);
    const last = byEnd.get(match.end);
    if (from !== undefined && last !== undefined && last >= from) out.push({ from, to: last + 1, match });
  }
  return out;
}
