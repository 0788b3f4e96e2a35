import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultPolicy } from '../policy';
import { checkDraft } from '../engine';
import { activePolicy, watchActivePolicy } from './active-policy';
import { bundledRegex } from './bundled-regex';
import { addPersonalNames, clearPersonalNames, removePersonalNames, splitNames } from './personal';

vi.mock('wxt/browser', () => import('./test-browser'));

const orgFile = JSON.stringify({ format: 1, id: 'org.zorg', version: '3', title: 'Beleid Zorg vzw', extends: 'volle-zaal:default' });

describe('activePolicy', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is the bundled default when no rule file is active', async () => {
    expect((await activePolicy(bundledRegex)).file.id).toBe(defaultPolicy().file.id);
  });

  it('compiles the stored active rule file', async () => {
    await fakeBrowser.storage.local.set({ activeRules: { json: orgFile, origin: 'url', receivedAt: 1 } });
    const policy = await activePolicy(bundledRegex);
    expect(policy.file.title).toBe('Beleid Zorg vzw');
    expect(policy.engine.id).toBe('org.zorg');
  });

  it('falls back to the default for an invalid stored file', async () => {
    await fakeBrowser.storage.local.set({ activeRules: { json: '{"format":1', origin: 'user', receivedAt: 1 } });
    expect((await activePolicy(bundledRegex)).file.id).toBe(defaultPolicy().file.id);
  });

  it('tells watchers about a new active file until they stop watching', async () => {
    const seen: string[] = [];
    const stop = watchActivePolicy((p) => seen.push(p.file.id), bundledRegex);
    await fakeBrowser.storage.local.set({ activeRules: { json: orgFile, origin: 'url', receivedAt: 1 } });
    await vi.waitFor(() => expect(seen).toEqual(['org.zorg']));
    await fakeBrowser.storage.local.set({ syncStatus: { ok: true, at: 1, source: 'url' } });
    await fakeBrowser.storage.local.remove('activeRules');
    await vi.waitFor(() => expect(seen).toEqual(['org.zorg', defaultPolicy().file.id]));
    stop();
    await fakeBrowser.storage.local.set({ activeRules: { json: orgFile, origin: 'url', receivedAt: 2 } });
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual(['org.zorg', defaultPolicy().file.id]);
  });
});

describe('the regular-expression engine', () => {
  beforeEach(() => fakeBrowser.reset());
  const regexFile = (id: string) =>
    JSON.stringify({
      format: 1,
      id,
      version: '1',
      title: 'Met kamernummers',
      extends: 'volle-zaal:default',
      rules: [{ id: 'org.room', category: 'internal', severity: 'block', message: { nl: 'Intern.', en: 'Internal.' }, pattern: { regex: 'kamer [a-z]-\\d{3}' } }],
    });
  const draft = { platform: 'x', account: 'personal' } as const;

  it('is not loaded for the default, nor for a file without a regex rule', async () => {
    const load = vi.fn(bundledRegex);
    await activePolicy(load);
    await fakeBrowser.storage.local.set({ activeRules: { json: orgFile, origin: 'url', receivedAt: 1 } });
    await activePolicy(load);
    expect(load).not.toHaveBeenCalled();
  });

  it('is loaded for a file with a regex rule, which then finds its matches', async () => {
    const load = vi.fn(bundledRegex);
    await fakeBrowser.storage.local.set({ activeRules: { json: regexFile('org.regex-a'), origin: 'url', receivedAt: 1 } });
    const policy = await activePolicy(load);
    expect(load).toHaveBeenCalledTimes(1);
    expect(policy.file.id).toBe('org.regex-a');
    const found = checkDraft('Het koor zingt in Kamer B-214.', draft, policy.engine).findings.filter((f) => f.rule === 'org.room');
    expect(found).toMatchObject([{ start: 18, end: 29 }]);
  });

  it('that cannot be loaded rejects, rather than running the file without its regex rules or the default', async () => {
    await fakeBrowser.storage.local.set({ activeRules: { json: regexFile('org.regex-b'), origin: 'url', receivedAt: 1 } });
    await expect(activePolicy(() => Promise.reject(new Error('regex-engine.js did not load')))).rejects.toThrow('regex-engine.js did not load');
  });
});

describe('personal client list', () => {
  beforeEach(() => fakeBrowser.reset());
  const draft = 'Vandaag met Marieke Dewulf naar de markt geweest, wat een dag!';
  const clientFindings = async () =>
    checkDraft(draft, { platform: 'facebook', account: 'personal' }, (await activePolicy(bundledRegex)).engine).findings.filter((f) => f.rule.startsWith('client-name'));

  it('is stored hashed only, and is added to whatever policy is active', async () => {
    expect(await clientFindings()).toEqual([]);
    expect(await addPersonalNames(splitNames('Marieke Dewulf\nJoris Pauwels'))).toBe(2);
    const stored = JSON.stringify(await fakeBrowser.storage.local.get(null));
    expect(stored).not.toMatch(/Marieke|Dewulf|Joris/i);
    expect(await clientFindings()).toMatchObject([{ rule: 'client-name/listed' }]);
    // A new organisation file does not replace the personal list.
    await fakeBrowser.storage.local.set({ activeRules: { json: orgFile, origin: 'url', receivedAt: 1 } });
    expect((await activePolicy(bundledRegex)).file.id).toBe('org.zorg');
    expect(await clientFindings()).toHaveLength(1);
    // Typing a name again removes it; clearing removes all.
    expect(await removePersonalNames(['Marieke Dewulf'])).toBe(1);
    expect(await clientFindings()).toEqual([]);
    await clearPersonalNames();
    expect(await fakeBrowser.storage.local.get('personalClients')).toEqual({});
  });

  it('wakes watchers when the list changes', async () => {
    const seen: number[] = [];
    const stop = watchActivePolicy((p) => seen.push(p.engine.people.hashedClients.length), bundledRegex);
    await addPersonalNames(['Marieke Dewulf']);
    await vi.waitFor(() => expect(seen).toEqual([1]));
    stop();
  });
});
