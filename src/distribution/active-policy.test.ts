import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultPolicy } from '../policy';
import { activePolicy, watchActivePolicy } from './active-policy';

vi.mock('wxt/browser', () => import('./test-browser'));

const orgFile = JSON.stringify({ format: 1, id: 'org.zorg', version: '3', title: 'Beleid Zorg vzw', extends: 'volle-zaal:default' });

describe('activePolicy', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is the bundled default when no rule file is active', async () => {
    expect((await activePolicy()).file.id).toBe(defaultPolicy().file.id);
  });

  it('compiles the stored active rule file', async () => {
    await fakeBrowser.storage.local.set({ activeRules: { json: orgFile, origin: 'url', receivedAt: 1 } });
    const policy = await activePolicy();
    expect(policy.file.title).toBe('Beleid Zorg vzw');
    expect(policy.engine.id).toBe('org.zorg');
  });

  it('falls back to the default for an invalid stored file', async () => {
    await fakeBrowser.storage.local.set({ activeRules: { json: '{"format":1', origin: 'user', receivedAt: 1 } });
    expect((await activePolicy()).file.id).toBe(defaultPolicy().file.id);
  });

  it('tells watchers about a new active file until they stop watching', async () => {
    const seen: string[] = [];
    const stop = watchActivePolicy((p) => seen.push(p.file.id));
    await fakeBrowser.storage.local.set({ activeRules: { json: orgFile, origin: 'url', receivedAt: 1 } });
    await fakeBrowser.storage.local.set({ syncStatus: { ok: true, at: 1, source: 'url' } });
    await fakeBrowser.storage.local.remove('activeRules');
    stop();
    await fakeBrowser.storage.local.set({ activeRules: { json: orgFile, origin: 'url', receivedAt: 2 } });
    expect(seen).toEqual(['org.zorg', defaultPolicy().file.id]);
  });
});
