// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { defaultPolicy } from '../policy';
import { createAdapter } from '../sites/adapter';
import { X_SPEC } from '../sites/x';
import { createChecker } from './checker';

describe('checker', () => {
  test('an account that cannot be told is checked as personal and named as the gap; a missing button wins', () => {
    document.body.innerHTML = `<main><div class="public-DraftEditor-content" contenteditable="true" data-testid="tweetTextarea_0">Hallo</div><button data-testid="tweetButtonInline">Posten</button></main>`;
    const editor = document.querySelector<HTMLElement>('[data-testid="tweetTextarea_0"]')!;
    const withHandles = createChecker(createAdapter(X_SPEC, {}, ['@zorgoost'], document), defaultPolicy(), 'nl');
    expect(withHandles.surroundings(editor)).toMatchObject({ context: { platform: 'x', account: 'personal' }, gap: 'account-unknown' });
    const noHandles = createChecker(createAdapter(X_SPEC, {}, [], document), defaultPolicy(), 'nl');
    expect(noHandles.surroundings(editor).gap).toBeUndefined();
    document.querySelector('button')!.remove();
    expect(withHandles.surroundings(editor).gap).toBe('publish-control-not-found');
  });

  test('a group is one draft: each post checked on its own, offsets shifted into the joined text', () => {
    const checker = createChecker(createAdapter(X_SPEC, {}, [], document), defaultPolicy(), 'nl');
    const handle = (text: string) => ({ kind: 'contenteditable' as const, root: document.body, read: () => text, map: () => null, placeCaret: () => undefined });
    const draft = checker.checkGroup([handle('Mooie dag.'), handle('Bel me op 0471 23 45 67.')], { platform: 'x', account: 'personal' });
    expect(draft.text).toBe('Mooie dag.\n\nBel me op 0471 23 45 67.');
    expect(draft.parts).toEqual([{ start: 0, end: 10 }, { start: 12, end: 36 }]);
    const phone = draft.findings.find((f) => f.category === 'personal-data');
    expect(phone && draft.text.slice(phone.start, phone.end)).toContain('0471');
    expect(phone!.start).toBeGreaterThanOrEqual(12);
  });
});
