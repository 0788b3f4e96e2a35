/**
 * Getting rule files in: URL sync, enterprise inline rules and the user's
 * import. Every path validates (and, with a key, verifies) before a file
 * reaches its layer; a failure is recorded in `syncStatus` and changes nothing else.
 * No request carries draft text or cookies.
 */
import { browser } from 'wxt/browser';
import { loadPolicy, type PolicyIssue } from '../policy';
import { LIMITS } from '../policy/schema';
import { decodeSetupCode } from '../policy/setup-code';
import type { PinResult } from '../policy/protocol';
import { importRulePublicKey, keyFingerprint, parsePublicKeys, verifyWithAnyKey } from '../policy/signature';
import { effectiveRulesUrl, layerSignature, refreshActiveRules, trustedKeys } from './layers';
import { type ManagedConfig, readManagedConfig } from './managed';
import {
  ACTIVE_RULES_KEY,
  type ActiveRules,
  getActiveRules,
  getLayers,
  getSettings,
  getSyncStatus,
  type RuleLayers,
  SYNC_STATUS_KEY,
  setLayers,
  setSettings,
  setSyncStatus,
  type StoredLayer,
  SYNC_RUNNING_KEY,
  type SyncRunning,
  type SyncStatus,
  type UserSettings,
} from './state';

export interface SyncDeps {
  fetch: typeof fetch;
  now: () => number;
  /** How long one request may take before the sync gives up (default {@link SYNC_TIMEOUT_MS}). */
  timeoutMs?: number;
  /** Whether the browser thinks it is online (`navigator.onLine`). */
  online?: () => boolean;
}

/** A server that never answers must not leave a sync pending: each request gets this long. */
const SYNC_TIMEOUT_MS = 30_000;

const defaultDeps = (): SyncDeps => ({
  fetch: (...args) => globalThis.fetch(...args),
  now: Date.now,
  online: () => (typeof navigator === 'undefined' ? true : navigator.onLine !== false),
});

// Storage changes (layers, active rules, status) happen one at a time. Network waits never
// happen in here: an import must not wait behind a server that does not answer.
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

// Syncs run one after another (alarm, policy change and "Nu synchroniseren" can coincide),
// so a slow older response cannot overwrite a newer one.
let syncQueue: Promise<unknown> = Promise.resolve();
function oneSyncAtATime<T>(task: () => Promise<T>): Promise<T> {
  const run = syncQueue.then(task, task);
  syncQueue = run.catch(() => undefined);
  return run;
}

/** Where the detached signature of a rules URL lives: the same URL with `.sig` added to the path. */
export function signatureUrl(url: string): string {
  const u = new URL(url);
  u.pathname += '.sig';
  return u.toString();
}

/** Is this an acceptable rules URL? Returns a message id when not. */
function checkRulesUrl(url: string): string | undefined {
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
  return oneSyncAtATime(async () => {
    const managed = await readManagedConfig();
    const settings = await getSettings();
    const inlineStatus = await serial(() => ingestManagedInline(managed, deps));
    const url = effectiveRulesUrl(managed, settings);
    let status: SyncStatus | null = inlineStatus;
    if (url) {
      const timeout = deps.timeoutMs ?? SYNC_TIMEOUT_MS;
      const since = deps.now();
      await browser.storage.local.set({ [SYNC_RUNNING_KEY]: { since, url, deadline: since + 2 * timeout } satisfies SyncRunning });
      try {
        const fetched = await fetchFromUrl(url, managed, settings, deps);
        status = await serial(() => commitUrl(fetched));
      } finally {
        await browser.storage.local.remove(SYNC_RUNNING_KEY);
      }
    } else await serial(dropUrlLayer);
    await serial(async () => {
      if (status) await setSyncStatus(status);
      else await browser.storage.local.remove(SYNC_STATUS_KEY);
      await refreshActiveRules(await readManagedConfig());
    });
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
  if (!loaded.ok) return { ok: false, at, source: 'managed', issues: loaded.issues, message: notJson(loaded.issues) ? 'not-json' : 'invalid' };
  await setLayers({ ...layers, managed: { json: managed.rulesInline, receivedAt: at } });
  return { ok: true, at, source: 'managed', message: 'updated' };
}

async function dropUrlLayer() {
  const layers = await getLayers();
  if (layers.url) await setLayers(without(layers, 'url'));
}

const notJson = (issues: readonly PolicyIssue[]) => issues.length === 1 && issues[0]!.path === '(file)' && /not valid JSON|must be a JSON object/.test(issues[0]!.message);

/** What a fetch produced: a status to record, and (on success) the layer to store. */
type Fetched = { status: SyncStatus; layer?: StoredLayer };

/** A fetch that gives up after `timeoutMs`; a timeout rejects with `TimeoutError`. */
async function fetchWithTimeout(deps: SyncDeps, url: string, init: RequestInit): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new TimeoutError()), deps.timeoutMs ?? SYNC_TIMEOUT_MS);
  try {
    return await Promise.race([
      deps.fetch(url, { ...init, signal: controller.signal }),
      // A fetch implementation that ignores the signal still cannot hang the sync.
      new Promise<never>((_, reject) => controller.signal.addEventListener('abort', () => reject(new TimeoutError()))),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

class TimeoutError extends Error {
  constructor() {
    super('timeout');
    this.name = 'TimeoutError';
  }
}

/**
 * Why a request failed without an HTTP answer. A browser's fetch says only "Failed to fetch"
 * for DNS, TLS, refused connections and CORS alike; a second, opaque (`no-cors`) request tells
 * the server-answered-but-sent-no-CORS-headers case apart from the server being unreachable.
 */
async function networkFailure(error: unknown, url: string, deps: SyncDeps): Promise<{ message: string; detail?: string }> {
  const detail = error instanceof Error ? error.message : String(error);
  if (error instanceof TimeoutError || (error instanceof Error && error.name === 'TimeoutError'))
    return { message: 'timeout', detail: String(Math.round((deps.timeoutMs ?? SYNC_TIMEOUT_MS) / 1000)) };
  if (deps.online && !deps.online()) return { message: 'offline', detail };
  try {
    await fetchWithTimeout(deps, url, { ...REQUEST, mode: 'no-cors' });
    return { message: 'cors', detail };
  } catch {
    return { message: 'unreachable', detail };
  }
}

/** Fetch, validate and verify the URL's file. Touches no storage: this is the slow part. */
async function fetchFromUrl(url: string, managed: ManagedConfig, settings: UserSettings, deps: SyncDeps): Promise<Fetched> {
  const at = deps.now();
  const fail = (message: string, extra: { issues?: PolicyIssue[]; detail?: string } = {}): Fetched => ({
    status: { ok: false, at, source: 'url', url, message, ...(extra.issues ? { issues: extra.issues } : {}), ...(extra.detail ? { detail: extra.detail } : {}) },
  });
  const bad = checkRulesUrl(url);
  if (bad) return fail(bad);
  const { keys } = trustedKeys(managed, settings);
  const layers = await getLayers();
  // The ETag only goes back for a file that still counts as verified: after a key change the
  // file must be fetched whole and checked against the new key.
  const previous = layers.url?.url === url && ['verified', 'not-required'].includes(layerSignature(layers.url, keys)) ? layers.url : undefined;
  const headers: Record<string, string> = {};
  if (previous?.etag) headers['If-None-Match'] = previous.etag;
  let response: Response;
  try {
    response = await fetchWithTimeout(deps, url, { ...REQUEST, headers });
  } catch (error) {
    const why = await networkFailure(error, url, deps);
    return fail(why.message, why.detail ? { detail: why.detail } : {});
  }
  if (response.status === 304) {
    return previous ? { status: { ok: true, at, source: 'url', url, message: 'not-modified' } } : fail('http-304');
  }
  if (!response.ok) return fail(`http-${response.status}`);
  // A redirect may not downgrade to plain HTTP: the file decides what staff may post.
  if (response.url && !response.url.startsWith('https:')) return fail('url-not-https');
  const length = Number(response.headers.get('Content-Length') ?? 0);
  if (length > LIMITS.fileBytes)
    return fail('invalid', { issues: [{ path: '(file)', message: `is ${length} bytes; a rule file may be at most ${LIMITS.fileBytes} bytes` }] });
  let bytes: Uint8Array;
  let json: string;
  try {
    bytes = new Uint8Array(await response.arrayBuffer());
    json = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    if (error instanceof TimeoutError) return fail('timeout', { detail: String(Math.round((deps.timeoutMs ?? SYNC_TIMEOUT_MS) / 1000)) });
    return fail('not-json', { issues: [{ path: '(file)', message: `could not be read as UTF-8 text: ${String(error)}` }] });
  }
  const loaded = loadPolicy(json);
  if (!loaded.ok) return fail(notJson(loaded.issues) ? 'not-json' : 'invalid', { issues: loaded.issues });
  let verifiedWith: string | undefined;
  if (keys.length) {
    let signature: string;
    try {
      const sig = await fetchWithTimeout(deps, signatureUrl(url), REQUEST);
      if (sig.status === 404) return fail('signature-missing');
      if (!sig.ok) return fail(`signature-http-${sig.status}`);
      signature = (await sig.text()).trim();
    } catch (error) {
      const why = await networkFailure(error, signatureUrl(url), deps);
      return fail(why.message, why.detail ? { detail: why.detail } : {});
    }
    if (!signature) return fail('signature-missing');
    verifiedWith = await verifyWithAnyKey(bytes, signature, keys);
    if (!verifiedWith) return fail((await signedWithFormerKey(bytes, signature, keys)) ? 'old-key' : 'bad-signature');
  }
  const etag = response.headers.get('ETag') ?? undefined;
  return {
    status: { ok: true, at, source: 'url', url, message: 'updated' },
    layer: { json, receivedAt: at, url, ...(etag ? { etag } : {}), ...(verifiedWith ? { verifiedWith } : {}) },
  };
}

/**
 * Was this signature made with a key that used to be accepted here (the stored layers'
 * keys)? Then the file is intact but signed with the old key: "re-sign with the new key"
 * is a more useful message than "the signature does not match".
 */
async function signedWithFormerKey(bytes: Uint8Array | string, signature: string, current: readonly string[]): Promise<boolean> {
  const layers = await getLayers();
  const former = [layers.url?.verifiedWith, layers.user?.verifiedWith].filter((k): k is string => !!k && !current.includes(k));
  return !!(await verifyWithAnyKey(bytes, signature, former));
}

async function commitUrl(fetched: Fetched): Promise<SyncStatus> {
  if (fetched.layer) await setLayers({ ...(await getLayers()), url: fetched.layer });
  return fetched.status;
}

/** No cookies, no HTTP cache of our own making (we send the ETag ourselves), no referrer. */
const REQUEST: RequestInit = { credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer', redirect: 'follow' };

export type ImportResult =
  | { ok: true; active: ActiveRules | undefined }
  | { ok: false; reason: 'locked' | 'invalid' | 'signature'; issues?: PolicyIssue[] };

/**
 * The options page's import. The file becomes the user layer only when it is
 * valid (and signed with an accepted key, when the organisation configured one
 * or a setup code pinned one); otherwise the current rules stay and the issues
 * are returned. Never waits for a sync that is fetching.
 */
export async function importUserRules(json: string, signature?: string, deps: SyncDeps = defaultDeps()): Promise<ImportResult> {
  const managed = await readManagedConfig();
  if (managed.lockUserRules) return { ok: false, reason: 'locked' } as const;
  const loaded = loadPolicy(json);
  if (!loaded.ok) return { ok: false, reason: 'invalid', issues: loaded.issues } as const;
  const { keys } = trustedKeys(managed, await getSettings());
  let verifiedWith: string | undefined;
  if (keys.length) {
    verifiedWith = signature ? await verifyWithAnyKey(json, signature, keys) : undefined;
    if (!verifiedWith) return { ok: false, reason: 'signature' } as const;
  }
  return serial(async () => {
    const user = { json, receivedAt: deps.now(), ...(verifiedWith ? { verifiedWith } : {}) };
    await setLayers({ ...(await getLayers()), user });
    return { ok: true, active: await refreshActiveRules(await readManagedConfig()) } as const;
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

export type SetUrlResult = { ok: true; status: SyncStatus | null } | { ok: false; reason: 'locked' | 'pinned' | string };

/** Set (or clear, with null) the user's rules URL, then sync. A pinned setup fixes the URL. */
export async function setUserRulesUrl(url: string | null, deps: SyncDeps = defaultDeps()): Promise<SetUrlResult> {
  const managed = await readManagedConfig();
  if (managed.rulesUrl || managed.lockUserRules) return { ok: false, reason: 'locked' };
  if ((await getSettings()).pinned) return { ok: false, reason: 'pinned' };
  const clean = url?.trim() || undefined;
  if (clean) {
    const bad = checkRulesUrl(clean);
    if (bad) return { ok: false, reason: bad };
  }
  await serial(() => setSettings(clean ? { rulesUrl: clean } : {}));
  return { ok: true, status: await syncRules(deps) };
}


/**
 * Pin a setup code's rules URL and keys (organisations without device management).
 * The first pin needs no confirmation; a different URL or key set afterwards does, so
 * nobody can swap the organisation's key by getting a code pasted in passing.
 */
export async function pinSetup(codeText: string, confirm: boolean, deps: SyncDeps = defaultDeps()): Promise<PinResult> {
  const managed = await readManagedConfig();
  if (managed.rulesUrl || managed.lockUserRules || parsePublicKeys(managed.publicKey).length) return { ok: false, reason: 'locked' };
  const decoded = decodeSetupCode(codeText);
  if (!decoded.ok) return { ok: false, reason: decoded.error };
  const next = decoded.code;
  for (const key of next.publicKeys) {
    try {
      await importRulePublicKey(key);
    } catch {
      return { ok: false, reason: 'bad-key' };
    }
  }
  const current = (await getSettings()).pinned;
  const same = current && current.rulesUrl === next.rulesUrl && sameSet(current.publicKeys, next.publicKeys);
  if (current && !same && !confirm)
    return {
      ok: false,
      reason: 'confirm',
      current: { rulesUrl: current.rulesUrl, publicKeys: current.publicKeys },
      next,
      currentFingerprints: await Promise.all(current.publicKeys.map(keyFingerprint)),
      nextFingerprints: await Promise.all(next.publicKeys.map(keyFingerprint)),
    };
  if (!same) await serial(() => setSettings({ pinned: { ...next, pinnedAt: deps.now() } }));
  return { ok: true, status: await syncRules(deps) };
}

/** Remove a pinned setup (the user confirmed on the options page). The last good file stays until another source replaces it. */
export async function unpinSetup(deps: SyncDeps = defaultDeps()): Promise<SyncStatus | null> {
  const settings = await getSettings();
  if (!settings.pinned) return getSyncStatus().then((s) => s ?? null);
  await serial(() => setSettings({ rulesUrl: settings.pinned!.rulesUrl }));
  return syncRules(deps);
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((k) => b.includes(k));

/** Re-apply layering after the managed configuration changed (locks, key). */
export async function reapplyLayers(): Promise<void> {
  await serial(async () => refreshActiveRules(await readManagedConfig()));
}

function without(layers: RuleLayers, key: keyof RuleLayers): RuleLayers {
  const copy = { ...layers };
  delete copy[key];
  return copy;
}
