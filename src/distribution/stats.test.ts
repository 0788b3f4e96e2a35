import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { knownRuleIds, loadPolicy } from '../policy';
import { addOutcome, exportStats, getOverrideStats, isPromptOutcome, recordOutcome, totalsPerRule } from './stats';

vi.mock('wxt/browser', () => import('./test-browser'));

const policyWith = (statistics?: object) => {
  const loaded = loadPolicy({
    format: 1, id: 'org.z', version: '1', title: 'Z', extends: 'volle-zaal:default', ...(statistics ? { statistics } : {}),
    rules: [{ id: 'org.project', category: 'internal', severity: 'warn', pattern: { words: ['zeester'] }, message: { nl: 'Intern.', en: 'Internal.' }, examples: { fires: ['zeester'], clean: ['zee'] } }],
  });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return loaded.policy;
};
const known = knownRuleIds();

describe('override statistics', () => {
  beforeEach(() => fakeBrowser.reset());

  it('are off by default: nothing is stored', async () => {
    expect(await recordOutcome({ kind: 'prompt-outcome', rules: ['org.project'], outcome: 'post' }, policyWith(), {}, known)).toBe(false);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('count shown and each outcome per rule and day when the rule file or the enterprise policy turns them on', async () => {
    const on = policyWith({ overrides: true });
    const day = new Date(2026, 11, 1, 15).getTime();
    await recordOutcome({ kind: 'prompt-outcome', rules: ['org.project', 'client-name/listed'], outcome: 'edit' }, on, {}, known, day);
    await recordOutcome({ kind: 'prompt-outcome', rules: ['org.project'], outcome: 'post' }, on, {}, known, day);
    await recordOutcome({ kind: 'prompt-outcome', rules: ['org.project'], outcome: 'dismiss' }, policyWith(), { overrideStatistics: true }, known, day);
    expect(await getOverrideStats()).toEqual({
      '2026-12-01': {
        'org.project': { shown: 3, edited: 1, posted: 1, wrong: 1 },
        'client-name/listed': { shown: 1, edited: 1, posted: 0, wrong: 0 },
      },
    });
    expect(totalsPerRule(await getOverrideStats())[0]).toEqual({ rule: 'org.project', shown: 3, edited: 1, posted: 1, wrong: 1 });
    expect(JSON.parse(exportStats(await getOverrideStats(), { id: 'org.z', version: '1' })).days['2026-12-01']['org.project'].shown).toBe(3);
  });

  it('store only rule ids the policy knows: a string that is not a rule id never reaches storage', async () => {
    await recordOutcome({ kind: 'prompt-outcome', rules: ['Marieke woont in kamer 12', 'org.project'], outcome: 'post' }, policyWith({ overrides: true }), {}, known);
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('Marieke');
    expect(isPromptOutcome({ kind: 'prompt-outcome', rules: ['a'], outcome: 'publish' })).toBe(false);
    expect(isPromptOutcome({ kind: 'prompt-outcome', rules: [{ text: 'x' }], outcome: 'post' })).toBe(false);
  });

  it('keep the last 90 days', () => {
    let stats = {};
    for (let d = 1; d <= 95; d++) stats = addOutcome(stats, `2026-${String(Math.ceil(d / 28)).padStart(2, '0')}-${String(((d - 1) % 28) + 1).padStart(2, '0')}`, ['x'], 'post');
    expect(Object.keys(stats)).toHaveLength(90);
    expect(Object.keys(stats)).not.toContain('2026-01-01');
  });
});

describe('the background takes prompt outcomes from content scripts', () => {
  beforeEach(() => fakeBrowser.reset());

  it('counts them when the active rule file turns statistics on, and ignores other senders', async () => {
    const { startDistribution } = await import('./background');
    const file = JSON.stringify({ format: 1, id: 'org.z', version: '1', title: 'Z', extends: 'volle-zaal:default', statistics: { overrides: true } });
    await fakeBrowser.storage.local.set({ activeRules: { json: file, origin: 'user', receivedAt: 1 } });
    const stop = startDistribution({ fetch: (() => Promise.reject(new Error('no network'))) as typeof fetch, now: Date.now });
    const message = { kind: 'prompt-outcome', rules: ['client-name/listed'], outcome: 'post' };
    await fakeBrowser.runtime.onMessage.trigger(message, { id: 'another-extension', tab: { id: 1 } } as never);
    expect(await getOverrideStats()).toEqual({});
    await fakeBrowser.runtime.onMessage.trigger(message, { id: fakeBrowser.runtime.id, tab: { id: 1 } } as never);
    await vi.waitFor(async () => expect(Object.values(await getOverrideStats())[0]).toEqual({ 'client-name/listed': { shown: 1, edited: 0, posted: 1, wrong: 0 } }));
    stop();
  });
});
