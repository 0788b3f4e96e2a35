/**
 * Rule matches as ranges of the draft's tokens, for family code that weighs matches together with
 * its own token-based cues (internal, the care and child recognisers). The matcher's words can
 * join or split tokens; a match whose edges are not token edges is left out.
 */
import type { PreparedText } from '../text';
import type { RuleMatch } from './matcher';
import { noObjects } from '../array-kinds';

export interface TokenRange {
  /** Token range [from, to). */
  from: number;
  to: number;
  match: RuleMatch;
}

export function tokenRanges(text: PreparedText, matches: readonly RuleMatch[]): TokenRange[] {
  // Of one kind whether empty or not (see `noObjects`): callers' loops over ranges are optimised for arrays of objects.
  const out = noObjects<TokenRange>();
  for (let m = 0; m < matches.length; m++) {
    const match = matches[m]!;
    // A match's word range is its token range when the matcher's words are the tokens (most drafts): tried first.
    const from = at(text, match.start, 'start', match.from);
    const last = at(text, match.end, 'end', match.to - 1);
    if (from >= 0 && last >= from) out.push({ from, to: last + 1, match });
  }
  return out;
}

/**
 * The last token whose start (or end) is `offset`, or -1. Tokens are in order, so both edges are
 * non-decreasing (two tokens of one folded character, "½" → "1⁄2", share their edges: the last wins).
 * `guess`: a token that may be it, taken when it is (its edge is `offset` and the next token's is not), else searched.
 */
export function at(text: PreparedText, offset: number, edge: 'start' | 'end', guess = -1): number {
  const tokens = text.tokens;
  const starts = edge === 'start';
  // Within bounds: a read past the end deoptimises V8's optimised code.
  if (guess >= 0 && guess < tokens.length && edgeOf(tokens[guess]!, starts) === offset && (guess + 1 === tokens.length || edgeOf(tokens[guess + 1]!, starts) !== offset)) return guess;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (edgeOf(tokens[mid]!, starts) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && edgeOf(tokens[lo - 1]!, starts) === offset ? lo - 1 : -1;
}

/** A token's start or end, read by name: `token[edge]` is a keyed load, several times slower than either. */
const edgeOf = (token: { start: number; end: number }, start: boolean): number => (start ? token.start : token.end);
