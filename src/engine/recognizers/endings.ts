/**
 * Word endings as lists: what `/(?:a|b|c)$/` asks, without an expression. The expression is compiled on first use
 * (a cold check pays for each) and, having no anchor at the start, is tried at every position of the word; a list
 * is grouped by the endings' last character, so a word is compared only with the few endings that can be its own.
 */
export class Endings {
  /** The endings by their last character's code modulo 128 (shared slots only cost a comparison more). */
  private readonly byLast: (string[] | undefined)[] = [];

  constructor(endings: readonly string[]) {
    for (const ending of endings) (this.byLast[ending.charCodeAt(ending.length - 1) & 127] ??= []).push(ending);
  }

  /** Whether `word` ends in one of the endings (the empty word has no last character: NaN & 127 is slot 0, and ends in none). */
  endOf(word: string): boolean {
    const slot = this.byLast[word.charCodeAt(word.length - 1) & 127];
    if (slot) for (let i = 0; i < slot.length; i++) if (word.endsWith(slot[i]!)) return true;
    return false;
  }
}

/** Whether `word` ends in one of `endings` (non-empty strings). */
export function endsInOneOf(word: string, endings: Endings): boolean {
  return endings.endOf(word);
}
