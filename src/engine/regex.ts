/**
 * The regular-expression engine of custom `regex` rules: RE2 (re2js), linear time whatever a
 * policy owner writes, so no rule can freeze the page. It is a third of what the content script
 * would weigh and only some rule files need it, so nothing in the page imports this module: the
 * CLI, the background and the options page do (they validate rule files with it), and the build
 * ships it on its own as `regex-engine.js`, which the content script imports only when the active
 * policy has a `regex` rule (wxt.config.ts, entrypoints/content.ts).
 */
import { RE2JS } from 're2js';
import type { RegexEngine } from './patterns';

export const re2: RegexEngine = (source, caseSensitive) => {
  const re = RE2JS.compile(source, caseSensitive ? 0 : RE2JS.CASE_INSENSITIVE);
  return function* find(text) {
    const m = re.matcher(text);
    while (m.find()) yield [m.start(), m.end()] as const;
  };
};

/** Why RE2 cannot run `source`, or undefined when it can (rule-file validation). */
export function regexProblem(source: string): string | undefined {
  try {
    RE2JS.compile(source);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}
