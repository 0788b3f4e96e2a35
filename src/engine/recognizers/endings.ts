/**
 * Word endings as lists: what `/(?:a|b|c)$/` asks, without an expression. The expression is compiled on first use
 * (a cold check pays for each) and, having no anchor at the start, is tried at every position of the word; a list
 * compares one character code per ending and only then the ending itself.
 */

/** Whether `word` ends in one of `endings` (non-empty strings). */
export function endsInOneOf(word: string, endings: readonly string[]): boolean {
  const last = word.charCodeAt(word.length - 1);
  for (let i = 0; i < endings.length; i++) {
    const ending = endings[i]!;
    if (ending.charCodeAt(ending.length - 1) === last && word.endsWith(ending)) return true;
  }
  return false;
}
