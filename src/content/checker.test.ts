// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { defaultPageRules } from '../distribution/page-policy';
import { personalHashedNames } from '../distribution/personal';
import { hashName } from '../engine/hash-name';
import { policySettings } from '../policy/settings';
import { bundledDefaultRules } from '../policy/stored';
import * as engineModule from '../policy/engine-module';
import { createAdapter } from '../sites/adapter';
import { X_SPEC } from '../sites/x';
import { createChecker } from './checker';
import { engineOnDemand } from './engine-on-demand';

const engine = engineOnDemand(async () => engineModule);
await engine.load();

describe('checker', () => {
  test('an account that cannot be told is checked as personal and named as the gap; a missing button wins', () => {
    document.body.innerHTML = `<main><div class="public-DraftEditor-content" contenteditable="true" data-testid="tweetTextarea_0">Hallo</div><button data-testid="tweetButtonInline">Posten</button></main>`;
    const editor = document.querySelector<HTMLElement>('[data-testid="tweetTextarea_0"]')!;
    const withHandles = createChecker(createAdapter(X_SPEC, {}, ['@zorgoost'], document), defaultPageRules(), 'nl', engine);
    expect(withHandles.surroundings(editor)).toMatchObject({ context: { platform: 'x', account: 'personal' }, gap: 'account-unknown' });
    const noHandles = createChecker(createAdapter(X_SPEC, {}, [], document), defaultPageRules(), 'nl', engine);
    expect(noHandles.surroundings(editor).gap).toBeUndefined();
    document.querySelector('button')!.remove();
    expect(withHandles.surroundings(editor).gap).toBe('publish-control-not-found');
  });

  test('a group is one draft: each post checked on its own, offsets shifted into the joined text', () => {
    const checker = createChecker(createAdapter(X_SPEC, {}, [], document), defaultPageRules(), 'nl', engine);
    const handle = (text: string) => ({ kind: 'contenteditable' as const, root: document.body, read: () => text, map: () => null, placeCaret: () => undefined });
    const draft = checker.checkGroup([handle('Mooie dag.'), handle('Bel me op 0471 23 45 67.')], { platform: 'x', account: 'personal' });
    expect(draft.text).toBe('Mooie dag.\n\nBel me op 0471 23 45 67.');
    expect(draft.parts).toEqual([{ start: 0, end: 10 }, { start: 12, end: 36 }]);
    const phone = draft.findings.find((f) => f.category === 'personal-data');
    expect(phone && draft.text.slice(phone.start, phone.end)).toContain('0471');
    expect(phone!.start).toBeGreaterThanOrEqual(12);
  });

  test('the engine compiles the page rules once it is here: nothing is checked before, the personal client list counts after', async () => {
    let arrive!: () => void;
    const late = engineOnDemand(() => new Promise((r) => (arrive = () => r(engineModule))), (fn) => fn());
    const personal = personalHashedNames({ salt: 'zout', hashes: [hashName('zout', 'Marieke Dewulf')] });
    const checker = createChecker(createAdapter(X_SPEC, {}, [], document), { ...defaultPageRules(), personal }, 'nl', late);
    const context = { platform: 'x', account: 'personal' } as const;
    const draft = 'Vandaag met Marieke Dewulf naar de markt.';
    expect(checker.ready()).toBe(false);
    // Asked anyway, it says it could not check (never an empty "nothing found").
    expect(checker.check(draft, context)).toEqual({ findings: [], failed: true });
    const waiting = checker.whenReady(false);
    await new Promise((r) => setTimeout(r, 0));
    arrive();
    await waiting;
    expect(checker.ready()).toBe(true);
    expect(checker.check(draft, context)).toMatchObject({ failed: false, findings: [{ rule: 'client-name/listed' }] });
  });

  test('a stored file that cannot be compiled here (a regex rule, no regex engine) runs the default rules, not nothing', () => {
    const file = { ...bundledDefaultRules, id: 'org.kamers', rules: [{ id: 'org.kamer', category: 'internal', severity: 'block', message: { nl: 'Intern.', en: 'Internal.' }, pattern: { regex: 'kamer \\d+' } }] };
    const rules = { policy: policySettings(file as typeof bundledDefaultRules), personal: undefined, regex: undefined };
    const checker = createChecker(createAdapter(X_SPEC, {}, [], document), rules, 'nl', engine);
    const result = checker.check('Bel me op 0471 23 45 67.', { platform: 'x', account: 'personal' });
    expect(result.findings.map((f) => f.category)).toContain('personal-data');
  });
});
