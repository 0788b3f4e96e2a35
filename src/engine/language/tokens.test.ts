import { describe, expect, it } from 'vitest';
import { prepare } from '../text';
import { at } from './tokens';

describe('at', () => {
  // Shared edges ("½" folds to two tokens), masks, digits, punctuation and a trailing word.
  const drafts = ['Mail naar jan.devos@example.org of bel 0478 12 34 56.', 'Een ½ liter, f*ck! "Zeg," zei ze — k1ootzak', '½½ x', 'woord', ''];

  it('gives with any guess what the search gives', () => {
    for (const draft of drafts) {
      const text = prepare(draft);
      for (const edge of ['start', 'end'] as const) {
        for (let offset = 0; offset <= draft.length + 1; offset++) {
          const searched = at(text, offset, edge);
          for (let guess = -1; guess <= text.tokens.length + 1; guess++) expect(at(text, offset, edge, guess)).toBe(searched);
        }
      }
    }
  });
});
