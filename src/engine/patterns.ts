/**
 * Patterns of the organisation's custom rules, compiled once per policy.
 * Regular expressions run on RE2 (re2js): linear time whatever a policy owner
 * writes, so no rule can freeze the page.
 */
import { RE2JS } from 're2js';
import { PhraseMatcher } from './phrases';
import type { PreparedText } from './text';

export type PatternSpec =
  | { words: readonly string[] }
  | { regex: string; caseSensitive?: boolean }
  | { near: { a: readonly string[]; b: readonly string[]; within: number } };

export type Span = { start: number; end: number };
export type SpanFinder = (text: PreparedText) => Span[];

/** A match and, for `near`, the two phrases it joins (an exception on either cancels it). */
type Match = Span & { parts?: readonly Span[] };

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * Compile a pattern; throws with RE2's message when a regular expression is invalid or unsupported.
 * An exception cancels a match it overlaps; for `near`, one that overlaps either of the two
 * phrases ("bewoner … foto van de tuin" with the exception "foto van de tuin").
 */
export function compilePattern(spec: PatternSpec, exceptions: readonly string[] = []): SpanFinder {
  const find = compileBare(spec);
  const strip = (matches: Match[]): Span[] => matches.map(({ start, end }) => ({ start, end }));
  if (exceptions.length === 0) return (text) => strip(find(text));
  const except = new PhraseMatcher(exceptions.map((e) => [e, true] as const));
  return (text) => {
    const matches = find(text);
    if (matches.length === 0) return [];
    const excluded = except.findAll(text);
    if (excluded.length === 0) return strip(matches);
    return strip(matches.filter((m) => !excluded.some((x) => (m.parts ?? [m]).some((p) => overlaps(x, p)))));
  };
}

function compileBare(spec: PatternSpec): (text: PreparedText) => Match[] {
  if ('words' in spec) {
    const matcher = new PhraseMatcher(spec.words.map((w) => [w, true] as const));
    return (text) => matcher.findAll(text).map(({ start, end }) => ({ start, end }));
  }
  if ('regex' in spec) {
    const re = RE2JS.compile(spec.regex, spec.caseSensitive ? 0 : RE2JS.CASE_INSENSITIVE);
    // Matched on the cleaned text (invisible characters gone, accents off, case kept) and mapped back.
    return (text) => {
      const out: Span[] = [];
      const m = re.matcher(text.cased);
      while (m.find()) {
        if (m.end() === m.start()) continue;
        out.push(text.span(m.start(), m.end()));
        if (out.length >= 1000) break;
      }
      return out;
    };
  }
  const a = new PhraseMatcher(spec.near.a.map((w) => [w, true] as const));
  const b = new PhraseMatcher(spec.near.b.map((w) => [w, true] as const));
  const within = spec.near.within;
  return (text) => {
    const as = a.findAll(text);
    if (as.length === 0) return [];
    const bs = b.findAll(text);
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
