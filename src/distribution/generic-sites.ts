/**
 * The generic adapter on the organisation's own hosts (`sites.generic` in the rule file):
 * the background registers the content script at run time for exactly the listed hosts
 * whose host permission the user granted, and keeps that registration in step with the
 * active policy and the granted permissions. Hosts are parsed by `src/policy/hosts.ts`.
 *
 * - Chrome/Edge (MV3): `scripting.registerContentScripts` with the stable id
 *   `volle-zaal-generic`, `persistAcrossSessions: true`; updated or unregistered on change.
 * - Firefox (MV2): `contentScripts.register`; such a registration lives as long as the
 *   background page, which registers again at every start.
 */
import { browser } from 'wxt/browser';
import type { LoadedPolicy } from '../policy';
import { hostsToPatterns } from '../policy/hosts';
import { activePolicy, watchActivePolicy } from './active-policy';
import { bundledRegex } from './bundled-regex';

export const GENERIC_SCRIPT_ID = 'volle-zaal-generic';
/** Where WXT puts `entrypoints/content.ts` in both builds. */
const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';

export interface GenericHostStatus {
  /** Match patterns of the valid hosts the policy lists (empty when the generic adapter is off). */
  patterns: string[];
  granted: string[];
  /** Listed, valid, but without host permission: the options page asks for these. */
  missing: string[];
  rejected: Array<{ entry: string; reason: string }>;
}

async function hasOrigin(pattern: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [pattern] });
  } catch {
    return false;
  }
}

/** Which of the policy's generic hosts can run now, and which still need the user's permission. */
export async function genericHostStatus(policy: LoadedPolicy): Promise<GenericHostStatus> {
  const g = policy.sites.generic;
  const { patterns, rejected } = g.enabled ? hostsToPatterns(g.hosts) : { patterns: [], rejected: [] };
  const has = await Promise.all(patterns.map(hasOrigin));
  return {
    patterns,
    granted: patterns.filter((_, i) => has[i]),
    missing: patterns.filter((_, i) => !has[i]),
    rejected,
  };
}

interface ScriptingApi {
  registerContentScripts(scripts: unknown[]): Promise<void>;
  updateContentScripts(scripts: unknown[]): Promise<void>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<Array<{ id: string; matches?: string[] }>>;
}
interface ContentScriptsApi {
  register(options: { matches: string[]; js: Array<{ file: string }>; runAt?: string }): Promise<{ unregister(): Promise<void> }>;
}

/** Firefox's registration handle and its patterns (it ends with the background page). */
let firefox: { patterns: string[]; handle: { unregister(): Promise<void> } } | null = null;

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Register, update or unregister the generic content script for `patterns`. */
async function setGenericRegistration(patterns: readonly string[]): Promise<void> {
  const matches = [...patterns].sort();
  const scripting = (browser as unknown as { scripting?: Partial<ScriptingApi> }).scripting;
  if (scripting?.registerContentScripts && scripting.getRegisteredContentScripts) {
    const api = scripting as ScriptingApi;
    const existing = (await api.getRegisteredContentScripts({ ids: [GENERIC_SCRIPT_ID] }))[0];
    if (!matches.length) {
      if (existing) await api.unregisterContentScripts({ ids: [GENERIC_SCRIPT_ID] });
      return;
    }
    if (existing && same([...(existing.matches ?? [])].sort(), matches)) return;
    if (existing) await api.updateContentScripts([{ id: GENERIC_SCRIPT_ID, matches }]);
    else
      await api.registerContentScripts([
        { id: GENERIC_SCRIPT_ID, matches, js: [CONTENT_SCRIPT_FILE], runAt: 'document_idle', allFrames: false, persistAcrossSessions: true },
      ]);
    return;
  }
  const contentScripts = (browser as unknown as { contentScripts?: ContentScriptsApi }).contentScripts;
  if (!contentScripts?.register) return; // neither API: the generic adapter cannot run here
  if (firefox && same(firefox.patterns, matches)) return;
  const old = firefox;
  firefox = null;
  await old?.handle.unregister();
  if (matches.length)
    firefox = { patterns: matches, handle: await contentScripts.register({ matches, js: [{ file: `/${CONTENT_SCRIPT_FILE}` }], runAt: 'document_idle' }) };
}

/** Bring the registration in line with `policy` and the granted permissions; returns the registered patterns. */
export async function applyGenericSites(policy: LoadedPolicy): Promise<string[]> {
  const { granted } = await genericHostStatus(policy);
  await setGenericRegistration(granted);
  return granted;
}

/**
 * Keep the registration up to date in the background: now, when the active rule file changes
 * and when a host permission is granted or removed. Updates run one at a time, newest last.
 * Returns the function that stops watching.
 */
export function startGenericSites(): () => void {
  let chain: Promise<unknown> = Promise.resolve();
  const refresh = (policy?: LoadedPolicy) => {
    chain = chain
      .then(async () => applyGenericSites(policy ?? (await activePolicy(bundledRegex))))
      .catch((e: unknown) => console.warn('Volle Zaal: generic sites', e instanceof Error ? e.message : e));
    return chain;
  };
  const onPermissions = () => void refresh();
  const stopWatching = watchActivePolicy((p) => void refresh(p), bundledRegex);
  browser.permissions?.onAdded?.addListener(onPermissions);
  browser.permissions?.onRemoved?.addListener(onPermissions);
  void refresh();
  return () => {
    stopWatching();
    browser.permissions?.onAdded?.removeListener(onPermissions);
    browser.permissions?.onRemoved?.removeListener(onPermissions);
  };
}
