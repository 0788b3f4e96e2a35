/**
 * Rule matches as ranges of the draft's tokens, for family code that weighs matches together with
 * its own token-based cues (internal, the care and child recognisers). The matcher's words can
 * join or split tokens; a match whose edges are not token edges is left out.
 */
import type { PreparedText } from '../text';
import type { RuleMatch } from './matcher';
import { noObjects } from './trie';

export interface TokenRange {
  /** Token range [from, to). */
  from: number;
  to: number;
  match: RuleMatch;
}

export function tokenRanges(text: PreparedText, matches: readonly RuleMatch[]): TokenRange[] {
  // Of one kind whether empty or not (see `noObjects`): callers' loops over ranges are optimised for arrays of objects.
  const out = noObjects<TokenRange>();
  for (const match of matches) {
    const from = at(text, match.start, 'start');
    const last = at(text, match.end, 'end');
    if (from >= 0 && last >= from) out.push({ from, to: last + 1, match });
  }
  return out;
}

/**
 * The last token whose start (or end) is `offset`, or -1. Tokens are in order, so both edges are
 * non-decreasing (two tokens of one folded character, "½" → "1⁄2", share their edges: the last wins).
 */
function at(text: PreparedText, offset: number, edge: 'start' | 'end'): number {
  const tokens = text.tokens;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]![edge] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && tokens[lo - 1]![edge] === offset ? lo - 1 : -1;
}
