import { forLastText, lazy } from './lazy';

/**
 * A Unicode expression whose only Unicode parts are `\p{L}` and `\p{N}`, with its ASCII twin: `[A-Za-z]` and `[0-9]`,
 * without the u flag. On a text with no letter or number beyond ASCII and no character beyond the BMP (see
 * `plainLetters`) the two find exactly the same, and the twin compiles in a fraction of the time: V8 builds each `\p`
 * class's hundreds of ranges at every compile (about half a millisecond a class), on a draft's first check.
 * Returns the expression to run on `text`, each version compiled on first use.
 */
export function twin(source: string, flags: string): (text: string) => RegExp {
  if (!flags.includes('u') || flags.includes('i')) throw new Error(`twin: flags must have u and no i: ${flags}`);
  // The ASCII source is made on first use too: most twins are module constants, made when the engine loads.
  const plain = lazy(() => new RegExp(asciiSource(source), flags.replace('u', '')));
  const unicode = lazy(() => new RegExp(source, flags));
  return (text) => (plainLetters(text) ? plain() : unicode());
}

/** `\p{L}` and `\p{N}` as ASCII ranges (in a class or as one); any other Unicode-only escape is an error. */
export function asciiSource(source: string): string {
  let inClass = false;
  return source.replace(/\\[pP]\{[^}]*\}|\\u\{[^}]*\}|\\.|[[\]]/g, (m) => {
    if (m === '[' || m === ']') inClass = m === '[';
    else if (m === '\\p{L}') return inClass ? 'A-Za-z' : '[A-Za-z]';
    else if (m === '\\p{N}') return inClass ? '0-9' : '[0-9]';
    else if (/^\\[pPu]\{/.test(m)) throw new Error(`twin: no ASCII form of ${m}`);
    return m;
  });
}

const LETTER_OR_NUMBER = lazy(() => /[\p{L}\p{N}]/u);

/**
 * Whether every letter and number of `text` is ASCII and no character is beyond the BMP (an emoji): where the ASCII
 * twin reads as its Unicode expression. Other characters (’, €, —) are asked of one shared `\p` class, compiled
 * only for a text that has one. The whole-draft finders (numbers, phones, dates) each ask of the same draft: one scan
 * serves them all.
 */
export const plainLetters = forLastText((text: string): boolean => {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 && ((c >= 0xd800 && c <= 0xdfff) || LETTER_OR_NUMBER().test(text[i]!))) return false;
  }
  return true;
});
