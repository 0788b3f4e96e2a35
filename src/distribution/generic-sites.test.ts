import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultPolicy, type LoadedPolicy } from '../policy';
import { hostMatches, hostsToPatterns, parseHostEntry } from '../policy/hosts';
import { applyGenericSites, GENERIC_SCRIPT_ID, genericHostStatus, startGenericSites } from './generic-sites';

vi.mock('wxt/browser', () => import('./test-browser'));

/** The default policy with `sites.generic` replaced. */
function withGeneric(enabled: boolean, hosts: string[]): LoadedPolicy {
  const p = defaultPolicy();
  return { ...p, sites: { ...p.sites, generic: { enabled, hosts } } };
}

/** A rule file as the background stores it. */
function activeRules(generic: object) {
  return { json: JSON.stringify({ format: 1, id: 'org.zorg', version: '1', title: 'Zorg', extends: 'volle-zaal:default', sites: { generic } }), origin: 'user', receivedAt: 1 };
}

interface Registered {
  id: string;
  matches: string[];
  js?: string[];
  persistAcrossSessions?: boolean;
}

/** fakeBrowser implements neither `scripting` nor `permissions`: in-memory stand-ins. */
function fakeApis(grantedOrigins: string[]) {
  const granted = new Set(grantedOrigins);
  const scripts = new Map<string, Registered>();
  const calls: string[] = [];
  const onAdded = new Set<() => void>();
  const onRemoved = new Set<() => void>();
  const b = fakeBrowser as any;
  b.scripting = {
    registerContentScripts: async (list: Registered[]) => {
      calls.push('register');
      for (const s of list) {
        if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        scripts.set(s.id, structuredClone(s));
      }
    },
    updateContentScripts: async (list: Registered[]) => {
      calls.push('update');
      for (const s of list) scripts.set(s.id, { ...scripts.get(s.id)!, ...s });
    },
    unregisterContentScripts: async (f?: { ids?: string[] }) => {
      calls.push('unregister');
      for (const id of f?.ids ?? [...scripts.keys()]) scripts.delete(id);
    },
    getRegisteredContentScripts: async (f?: { ids?: string[] }) =>
      [...scripts.values()].filter((s) => !f?.ids || f.ids.includes(s.id)).map((s) => structuredClone(s)),
  };
  b.permissions = {
    contains: async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o)),
    onAdded: { addListener: (f: () => void) => onAdded.add(f), removeListener: (f: () => void) => onAdded.delete(f) },
    onRemoved: { addListener: (f: () => void) => onRemoved.add(f), removeListener: (f: () => void) => onRemoved.delete(f) },
  };
  return {
    scripts,
    calls,
    grant(o: string) {
      granted.add(o);
      for (const f of onAdded) f();
    },
    revoke(o: string) {
      granted.delete(o);
      for (const f of onRemoved) f();
    },
  };
}

const settle = () => new Promise((r) => setTimeout(r, 20));

describe('generic hosts → match patterns', () => {
  it('accepts host names, *.wildcards and https match patterns', () => {
    expect(hostsToPatterns(['intranet.example.org', '*.Zorg.example', 'https://forum.example.org/*', 'https://*.wiki.example/*', ' intranet.example.org '])).toEqual({
      patterns: ['https://*.wiki.example/*', 'https://*.zorg.example/*', 'https://forum.example.org/*', 'https://intranet.example.org/*'],
      rejected: [],
    });
  });

  it.each([
    ['', 'empty'],
    ['*', 'wildcard alone'],
    ['*.org', 'a top-level domain'],
    ['localhost', 'a single label'],
    ['intranet.example.org:8443', 'a port'],
    ['intranet.example.org/forum', 'a path'],
    ['http://intranet.example.org/*', 'http'],
    ['https://intranet.example.org/forum/*', 'a path in a pattern'],
    ['<all_urls>', 'all sites'],
    ['*://*/*', 'all sites as a pattern'],
    ['forum.*.example.org', 'a wildcard inside'],
    ['192.168.1.10', 'an IP address'],
    ['-bad.example.org', 'a bad label'],
    ['www.facebook.com', 'a site with its own adapter'],
    ['*.com', 'a wildcard over a top-level domain'],
  ])('rejects %j (%s)', (entry) => {
    const r = parseHostEntry(entry);
    expect(r.ok).toBe(false);
    expect(hostsToPatterns([entry, 'ok.example.org']).patterns).toEqual(['https://ok.example.org/*']);
  });

  it('matches host names the way the patterns do', () => {
    expect(hostMatches('intranet.example.org', ['intranet.example.org'])).toBe(true);
    expect(hostMatches('sub.intranet.example.org', ['intranet.example.org'])).toBe(false);
    expect(hostMatches('example.org', ['*.example.org'])).toBe(true);
    expect(hostMatches('a.b.example.org', ['*.example.org'])).toBe(true);
    expect(hostMatches('badexample.org', ['*.example.org'])).toBe(false);
    expect(hostMatches('forum.example.org', ['https://forum.example.org/*'])).toBe(true);
    expect(hostMatches('forum.example.org', ['forum.example.org:8443'])).toBe(false);
  });
});

describe('registering the content script on generic hosts', () => {
  beforeEach(() => fakeBrowser.reset());

  it('registers only the hosts whose permission is granted, with a stable id, persisting across sessions', async () => {
    const apis = fakeApis(['https://forum.example.org/*']);
    const status = await genericHostStatus(withGeneric(true, ['forum.example.org', '*.wiki.example', 'nope:1']));
    expect(status).toEqual({
      patterns: ['https://*.wiki.example/*', 'https://forum.example.org/*'],
      granted: ['https://forum.example.org/*'],
      missing: ['https://*.wiki.example/*'],
      rejected: [{ entry: 'nope:1', reason: expect.any(String) }],
    });
    expect(await applyGenericSites(withGeneric(true, ['forum.example.org', '*.wiki.example']))).toEqual(['https://forum.example.org/*']);
    expect([...apis.scripts.values()]).toEqual([
      { id: GENERIC_SCRIPT_ID, matches: ['https://forum.example.org/*'], js: ['content-scripts/content.js'], runAt: 'document_idle', allFrames: false, persistAcrossSessions: true },
    ]);
  });

  it('registers nothing when the generic adapter is off, or no permission is granted', async () => {
    const apis = fakeApis(['https://forum.example.org/*']);
    await applyGenericSites(withGeneric(false, ['forum.example.org']));
    await applyGenericSites(withGeneric(true, ['other.example.org']));
    await applyGenericSites(defaultPolicy());
    expect(apis.scripts.size).toBe(0);
    expect(apis.calls).toEqual([]);
  });

  it('updates, leaves alone and unregisters as the policy changes', async () => {
    const apis = fakeApis(['https://forum.example.org/*', 'https://*.wiki.example/*']);
    await applyGenericSites(withGeneric(true, ['forum.example.org']));
    await applyGenericSites(withGeneric(true, ['forum.example.org'])); // unchanged: no call
    await applyGenericSites(withGeneric(true, ['forum.example.org', '*.wiki.example']));
    expect(apis.scripts.get(GENERIC_SCRIPT_ID)!.matches).toEqual(['https://*.wiki.example/*', 'https://forum.example.org/*']);
    await applyGenericSites(withGeneric(false, ['forum.example.org']));
    expect(apis.scripts.size).toBe(0);
    expect(apis.calls).toEqual(['register', 'update', 'unregister']);
  });

  it('in the background: follows the active rule file and permissions granted or removed', async () => {
    const apis = fakeApis([]);
    await fakeBrowser.storage.local.set({ activeRules: activeRules({ enabled: true, hosts: ['forum.example.org'] }) });
    const stop = startGenericSites();
    await settle();
    expect(apis.scripts.size).toBe(0); // listed, but not granted

    apis.grant('https://forum.example.org/*');
    await settle();
    expect(apis.scripts.get(GENERIC_SCRIPT_ID)?.matches).toEqual(['https://forum.example.org/*']);

    await fakeBrowser.storage.local.set({ activeRules: activeRules({ enabled: false, hosts: ['forum.example.org'] }) });
    await settle();
    expect(apis.scripts.size).toBe(0);

    await fakeBrowser.storage.local.set({ activeRules: activeRules({ enabled: true, hosts: ['forum.example.org'] }) });
    await settle();
    expect(apis.scripts.size).toBe(1);

    apis.revoke('https://forum.example.org/*');
    await settle();
    expect(apis.scripts.size).toBe(0);
    stop();
  });
});
