/**
 * Getting rule files in: URL sync, enterprise inline rules and the user's
 * import. Every path validates (and, with a key, verifies) before a file
 * reaches its layer; a failure is recorded in `syncStatus` and changes nothing else.
 * No request carries draft text or cookies.
 */
import { browser } from 'wxt/browser';
import { loadPolicy, type PolicyIssue } from '../policy';
import { LIMITS } from '../policy/schema';
import { verifyRuleSignature } from '../policy/signature';
import { effectiveRulesUrl, refreshActiveRules, urlLayerUsable } from './layers';
import { type ManagedConfig, readManagedConfig } from './managed';
import {
  ACTIVE_RULES_KEY,
  type ActiveRules,
  getActiveRules,
  getLayers,
  getSettings,
  type RuleLayers,
  SYNC_STATUS_KEY,
  setLayers,
  setSettings,
  setSyncStatus,
  type SyncStatus,
} from './state';

export interface SyncDeps {
  fetch: typeof fetch;
  now: () => number;
}

const defaultDeps = (): SyncDeps => ({ fetch: (...args) => globalThis.fetch(...args), now: Date.now });

// Alarm, managed-policy change and "Nu synchroniseren" can coincide; one at a time
// keeps a slow older response from overwriting a newer one.
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/** Where the detached signature of a rules URL lives: the same URL with `.sig` added to the path. */
export function signatureUrl(url: string): string {
  const u = new URL(url);
  u.pathname += '.sig';
  return u.toString();
}

/** Is this an acceptable rules URL? Returns a message id when not. */
export function checkRulesUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'url-invalid';
  }
  if (parsed.protocol !== 'https:') return 'url-not-https';
  if (parsed.username || parsed.password) return 'url-credentials';
  return undefined;
}

/**
 * Bring every source up to date and recompute the active rules: managed inline
 * rules, then the rules URL. Returns the status that was recorded (null when no
 * source is configured).
 */
export function syncRules(deps: SyncDeps = defaultDeps()): Promise<SyncStatus | null> {
  return serial(async () => {
    const managed = await readManagedConfig();
    const inlineStatus = await ingestManagedInline(managed, deps);
    const url = effectiveRulesUrl(managed, await getSettings());
    let status: SyncStatus | null = inlineStatus;
    if (url) status = await syncFromUrl(url, managed, deps);
    else await dropUrlLayer();
    if (status) await setSyncStatus(status);
    else await browser.storage.local.remove(SYNC_STATUS_KEY);
    await refreshActiveRules(managed);
    return status;
  });
}

async function ingestManagedInline(managed: ManagedConfig, deps: SyncDeps): Promise<SyncStatus | null> {
  const layers = await getLayers();
  if (!managed.rulesInline) {
    if (layers.managed) await setLayers(without(layers, 'managed'));
    return null;
  }
  const at = deps.now();
  if (layers.managed?.json === managed.rulesInline) return { ok: true, at, source: 'managed', message: 'not-modified' };
  // Inline rules arrive through the same channel as the public key, so they need no signature.
  const loaded = loadPolicy(managed.rulesInline);
  if (!loaded.ok) return { ok: false, at, source: 'managed', issues: loaded.issues, message: 'invalid' };
  await setLayers({ ...layers, managed: { json: managed.rulesInline, receivedAt: at } });
  return { ok: true, at, source: 'managed', message: 'updated' };
}

async function dropUrlLayer() {
  const layers = await getLayers();
  if (layers.url) await setLayers(without(layers, 'url'));
}

async function syncFromUrl(url: string, managed: ManagedConfig, deps: SyncDeps): Promise<SyncStatus> {
  const at = deps.now();
  const fail = (message: string, issues?: PolicyIssue[]): SyncStatus =>
    issues ? { ok: false, at, source: 'url', url, message, issues } : { ok: false, at, source: 'url', url, message };
  const bad = checkRulesUrl(url);
  if (bad) return fail(bad);

  const layers = await getLayers();
  const previous = layers.url?.url === url && urlLayerUsable(layers.url, managed, url) ? layers.url : undefined;
  const headers: Record<string, string> = {};
  if (previous?.etag) headers['If-None-Match'] = previous.etag;

  let response: Response;
  try {
    response = await deps.fetch(url, { ...REQUEST, headers });
  } catch (error) {
    return fail(`network: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (response.status === 304) {
    return previous ? { ok: true, at, source: 'url', url, message: 'not-modified' } : fail('http-304');
  }
  if (!response.ok) return fail(`http-${response.status}`);
  // A redirect may not downgrade to plain HTTP: the file decides what staff may post.
  if (response.url && !response.url.startsWith('https:')) return fail('url-not-https');
  const length = Number(response.headers.get('Content-Length') ?? 0);
  if (length > LIMITS.fileBytes)
    return fail('invalid', [{ path: '(file)', message: `is ${length} bytes; a rule file may be at most ${LIMITS.fileBytes} bytes` }]);

  let bytes: Uint8Array;
  let json: string;
  try {
    bytes = new Uint8Array(await response.arrayBuffer());
    json = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    return fail('invalid', [{ path: '(file)', message: `could not be read as UTF-8 text: ${String(error)}` }]);
  }
  const loaded = loadPolicy(json);
  if (!loaded.ok) return fail('invalid', loaded.issues);

  if (managed.publicKey) {
    let signature: string;
    try {
      const sig = await deps.fetch(signatureUrl(url), REQUEST);
      if (!sig.ok) return fail(`signature-http-${sig.status}`);
      signature = (await sig.text()).trim();
    } catch (error) {
      return fail(`network: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!(await verifyRuleSignature(bytes, signature, managed.publicKey))) return fail('bad-signature');
  }

  const etag = response.headers.get('ETag') ?? undefined;
  await setLayers({
    ...(await getLayers()),
    url: { json, receivedAt: at, url, ...(etag ? { etag } : {}), ...(managed.publicKey ? { verifiedWith: managed.publicKey } : {}) },
  });
  return { ok: true, at, source: 'url', url, message: 'updated' };
}

/** No cookies, no HTTP cache of our own making (we send the ETag ourselves), no referrer. */
const REQUEST: RequestInit = { credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer', redirect: 'follow' };

export type ImportResult =
  | { ok: true; active: ActiveRules | undefined }
  | { ok: false; reason: 'locked' | 'invalid' | 'signature'; issues?: PolicyIssue[] };

/**
 * The options page's import. The file becomes the user layer only when it is
 * valid (and signed, when the organisation configured a key); otherwise the
 * current rules stay and the issues are returned.
 */
export function importUserRules(json: string, signature?: string, deps: SyncDeps = defaultDeps()): Promise<ImportResult> {
  return serial(async () => {
    const managed = await readManagedConfig();
    if (managed.lockUserRules) return { ok: false, reason: 'locked' } as const;
    const loaded = loadPolicy(json);
    if (!loaded.ok) return { ok: false, reason: 'invalid', issues: loaded.issues } as const;
    if (managed.publicKey && !(signature && (await verifyRuleSignature(json, signature, managed.publicKey))))
      return { ok: false, reason: 'signature' } as const;
    const user = { json, receivedAt: deps.now(), ...(managed.publicKey ? { verifiedWith: managed.publicKey } : {}) };
    await setLayers({ ...(await getLayers()), user });
    return { ok: true, active: await refreshActiveRules(managed) } as const;
  });
}

/** Remove the user's imported file. */
export function clearUserRules(): Promise<ActiveRules | undefined> {
  return serial(async () => {
    const managed = await readManagedConfig();
    await setLayers(without(await getLayers(), 'user'));
    // Drop the active copy too, or it would be adopted back as the user's layer.
    if ((await getActiveRules())?.origin === 'user') await browser.storage.local.remove(ACTIVE_RULES_KEY);
    return refreshActiveRules(managed);
  });
}

export type SetUrlResult = { ok: true; status: SyncStatus | null } | { ok: false; reason: 'locked' | string };

/** Set (or clear, with null) the user's rules URL, then sync. */
export async function setUserRulesUrl(url: string | null, deps: SyncDeps = defaultDeps()): Promise<SetUrlResult> {
  const managed = await readManagedConfig();
  if (managed.rulesUrl || managed.lockUserRules) return { ok: false, reason: 'locked' };
  const clean = url?.trim() || undefined;
  if (clean) {
    const bad = checkRulesUrl(clean);
    if (bad) return { ok: false, reason: bad };
  }
  await serial(() => setSettings(clean ? { rulesUrl: clean } : {}));
  return { ok: true, status: await syncRules(deps) };
}

/** Re-apply layering after the managed configuration changed (locks, key). */
export async function reapplyLayers(): Promise<void> {
  await serial(async () => refreshActiveRules(await readManagedConfig()));
}

function without(layers: RuleLayers, key: keyof RuleLayers): RuleLayers {
  const copy = { ...layers };
  delete copy[key];
  return copy;
}
