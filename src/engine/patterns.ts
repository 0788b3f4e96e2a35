/**
 * Patterns of the organisation's custom rules, compiled once per policy.
 * Regular expressions run on the engine the caller passes (RE2, `./regex.ts`):
 * only rule files with a `regex` rule need it, so the content script loads it
 * only for those (README, "The regex engine is loaded only for rule files that need it").
 */
import { lazy } from './lazy';
import { PhraseMatcher } from './phrases';
import type { PreparedText } from './text';

export type PatternSpec =
  | { words: readonly string[] }
  | { regex: string; caseSensitive?: boolean }
  | { near: { a: readonly string[]; b: readonly string[]; within: number } };

type Span = { start: number; end: number };
/** Every match of one compiled regular expression in `text`, in order: [start, end) in UTF-16 units. */
type RegexFinder = (text: string) => Iterable<readonly [number, number]>;
/** Compiles a regular expression; throws with the engine's message when it cannot be used. */
export type RegexEngine = (source: string, caseSensitive: boolean) => RegexFinder;
export type SpanFinder = (text: PreparedText) => Span[];

/** A match and, for `near`, the two phrases it joins (an exception on either cancels it). */
type Match = Span & { parts?: readonly Span[] };

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * Compile a pattern; throws with the engine's message when a regular expression is invalid or
 * unsupported, and when there is a regular expression but no `regex` engine.
 * An exception cancels a match it overlaps; for `near`, one that overlaps either of the two
 * phrases ("bewoner … foto van de tuin" with the exception "foto van de tuin").
 */
export function compilePattern(spec: PatternSpec, exceptions: readonly string[] = [], regex?: RegexEngine): SpanFinder {
  const find = compileBare(spec, regex);
  const strip = (matches: Match[]): Span[] => matches.map(({ start, end }) => ({ start, end }));
  if (exceptions.length === 0) return (text) => strip(find(text));
  const except = matcherOf(exceptions);
  return (text) => {
    const matches = find(text);
    if (matches.length === 0) return [];
    const excluded = except().findAll(text);
    if (excluded.length === 0) return strip(matches);
    return strip(matches.filter((m) => !excluded.some((x) => (m.parts ?? [m]).some((p) => overlaps(x, p)))));
  };
}

/** Phrases one of which every match of a pattern holds (see `CustomRule.triggers`); undefined for a regular expression. */
export function patternTriggers(spec: PatternSpec): readonly string[] | undefined {
  return 'words' in spec ? spec.words : 'near' in spec ? spec.near.a : undefined;
}

/**
 * A matcher of phrases, built on first use: a rule with triggers runs only on a draft that holds one (custom.ts), so
 * most rules' phrases are never matched, and building them all made compiling the policy cost about a millisecond
 * more (cold start, issue 9). Folding a phrase never throws: nothing a compile should report is put off.
 */
function matcherOf(phrases: readonly string[]): () => PhraseMatcher<true> {
  // Copied now: the rule file the phrases came from is the caller's, and may change after the policy is compiled.
  const entries = phrases.map((p) => [p, true] as const);
  return lazy(() => new PhraseMatcher(entries));
}

function compileBare(spec: PatternSpec, regex: RegexEngine | undefined): (text: PreparedText) => Match[] {
  if ('words' in spec) {
    const matcher = matcherOf(spec.words);
    return (text) => matcher().findAll(text).map(({ start, end }) => ({ start, end }));
  }
  if ('regex' in spec) {
    if (!regex) throw new Error('this rule file has a regular expression, and no regular-expression engine was loaded');
    const find = regex(spec.regex, spec.caseSensitive === true);
    // Matched on the cleaned text (invisible characters gone, accents off, case kept) and mapped back.
    return (text) => {
      const out: Span[] = [];
      for (const [start, end] of find(text.cased)) {
        if (end === start) continue;
        out.push(text.span(start, end));
        if (out.length >= 1000) break;
      }
      return out;
    };
  }
  const a = matcherOf(spec.near.a);
  const b = matcherOf(spec.near.b);
  const within = spec.near.within;
  return (text) => {
    const as = a().findAll(text);
    if (as.length === 0) return [];
    const bs = b().findAll(text);
    const out: Match[] = [];
    for (const x of as)
      for (const y of bs) {
        const gap = x.from < y.from ? y.from - x.to : x.from - y.to;
        if (gap >= 0 && gap <= within)
          out.push({ start: Math.min(x.start, y.start), end: Math.max(x.end, y.end), parts: [{ start: x.start, end: x.end }, { start: y.start, end: y.end }] });
      }
    return out;
  };
}
