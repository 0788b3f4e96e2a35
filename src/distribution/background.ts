/**
 * The background's part in distribution: the sync alarm, enterprise-policy
 * changes, and the handlers of the message protocol.
 */
import { browser } from 'wxt/browser';
import { activePolicy } from './active-policy';
import { bundledRegex } from './bundled-regex';
import { knownRuleIds } from '../policy';
import { keyFingerprint } from '../policy/signature';
import { effectiveRulesUrl, layerOf, layerSignature, trustedKeys } from './layers';
import { DEFAULT_REFRESH_MINUTES, readManagedConfig, watchManagedConfig } from './managed';
import { isRequest, type Replies, type Request, type RequestKind, type StatusReply } from './protocol';
import { getActiveRules, getLayers, getSettings, getSyncRunning, getSyncStatus } from './state';
import { isPromptOutcome, recordOutcome, statisticsEnabled } from './stats';
import { clearUserRules, importUserRules, pinSetup, reapplyLayers, setUserRulesUrl, type SyncDeps, syncRules, unpinSetup } from './sync';

export const SYNC_ALARM = 'volle-zaal-rules-sync';

/**
 * Make sure the periodic sync alarm exists with the configured period. Called at
 * every service-worker start, but an alarm with the right period is left alone:
 * re-creating it would restart its countdown, and a worker that wakes more often
 * than the period would then never sync.
 */
export async function ensureSyncAlarm(): Promise<number> {
  const managed = await readManagedConfig();
  const period = Math.max(1, managed.refreshMinutes ?? DEFAULT_REFRESH_MINUTES);
  const existing = await browser.alarms.get(SYNC_ALARM);
  if (!existing || existing.periodInMinutes !== period)
    await browser.alarms.create(SYNC_ALARM, { periodInMinutes: period, delayInMinutes: period });
  return period;
}

/** Current distribution state for the options page and popup: what is active, and why. */
export async function getStatus(): Promise<StatusReply> {
  const [managed, settings, rules, status, layers, policy, running] = await Promise.all([
    readManagedConfig(),
    getSettings(),
    getActiveRules(),
    getSyncStatus(),
    getLayers(),
    activePolicy(bundledRegex),
    getSyncRunning(),
  ]);
  const effectiveUrl = effectiveRulesUrl(managed, settings);
  const { keys, source } = trustedKeys(managed, settings);
  const origin = rules?.origin ?? 'default';
  const layer = layerOf(layers, origin);
  const signature: StatusReply['active']['signature'] =
    origin === 'default' ? 'none' : origin === 'managed' ? 'managed-channel' : layer ? layerSignature(layer, keys) : 'not-required';
  return {
    active: {
      origin,
      id: policy.file.id,
      title: policy.file.title,
      version: policy.file.version,
      ...(rules ? { receivedAt: rules.receivedAt } : {}),
      ...(origin === 'url' && layer?.url ? { url: layer.url } : {}),
      signature,
      ...(layer?.verifiedWith ? { verifiedWith: await keyFingerprint(layer.verifiedWith) } : {}),
    },
    status: status ?? null,
    // A marker past its deadline is left over from a worker that was stopped mid-sync.
    ...(running && running.deadline > Date.now() ? { syncing: running } : {}),
    keys: { ...(source ? { source } : {}), fingerprints: await Promise.all(keys.map(keyFingerprint)) },
    ...(settings.pinned
      ? { pinned: { rulesUrl: settings.pinned.rulesUrl, pinnedAt: settings.pinned.pinnedAt, fingerprints: await Promise.all(settings.pinned.publicKeys.map(keyFingerprint)) } }
      : {}),
    managed: {
      ...(managed.rulesUrl ? { rulesUrl: managed.rulesUrl } : {}),
      hasInline: !!managed.rulesInline,
      hasPublicKey: source === 'managed',
      refreshMinutes: managed.refreshMinutes ?? DEFAULT_REFRESH_MINUTES,
      lockUserRules: !!managed.lockUserRules,
    },
    ...(settings.rulesUrl ? { userRulesUrl: settings.rulesUrl } : {}),
    ...(effectiveUrl ? { effectiveUrl } : {}),
    hasUserRules: !!layers.user,
    statistics: { enabled: statisticsEnabled(policy, managed), byManaged: managed.overrideStatistics === true },
  };
}

type Handlers = { [K in RequestKind]: (request: Extract<Request, { kind: K }>) => Promise<Replies[K]> };

/** One handler per message kind. */
export function createHandlers(deps?: SyncDeps): Handlers {
  return {
    'get-status': () => getStatus(),
    'sync-now': () => syncRules(deps),
    'import-rules': (r) => importUserRules(String(r.json ?? ''), typeof r.signature === 'string' ? r.signature : undefined, deps),
    'clear-user-rules': async () => (await clearUserRules(), getStatus()),
    'set-rules-url': (r) => setUserRulesUrl(typeof r.url === 'string' ? r.url : null, deps),
    'pin-setup': (r) => pinSetup(String(r.code ?? ''), r.confirm === true, deps),
    'unpin-setup': () => unpinSetup(deps),
  };
}

/** Dispatch a request to its handler. */
function handleRequest(handlers: Handlers, request: Request): Promise<unknown> {
  const handler = handlers[request.kind] as (r: Request) => Promise<unknown>;
  return handler(request);
}

/**
 * Start distribution in the background service worker: listeners first (so an
 * event that woke the worker is not missed), then the alarm and a catch-up sync.
 * Returns a function that removes the listeners.
 */
export function startDistribution(deps?: SyncDeps): () => void {
  const handlers = createHandlers(deps);
  const onMessage = (message: unknown, sender: { url?: string; id?: string }) => {
    // The one message content scripts may send: counts for the override statistics.
    if (isPromptOutcome(message)) {
      if (sender.id !== browser.runtime.id) return undefined;
      return (async () => recordOutcome(message, await activePolicy(bundledRegex), await readManagedConfig(), knownRuleIds()))();
    }
    if (!isRequest(message)) return undefined; // someone else's message
    // Only our own pages may change rules; content scripts run next to untrusted pages.
    if (!sender.url?.startsWith(browser.runtime.getURL('/'))) return undefined;
    return handleRequest(handlers, message);
  };
  const onAlarm = (alarm: { name: string }) => {
    if (alarm.name === SYNC_ALARM) void syncRules(deps);
  };
  browser.runtime.onMessage.addListener(onMessage as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
  browser.alarms.onAlarm.addListener(onAlarm);
  const stopManaged = watchManagedConfig(() => {
    // New URL, inline rules, key or locks: apply the locks at once, then fetch.
    void reapplyLayers().then(() => ensureSyncAlarm()).then(() => syncRules(deps));
  });

  void (async () => {
    const period = await ensureSyncAlarm();
    const status = await getSyncStatus();
    // Catch up when the browser was closed past a sync, or on first run.
    if (!status || Date.now() - status.at >= period * 60_000) await syncRules(deps);
    else await reapplyLayers();
  })();

  return () => {
    browser.runtime.onMessage.removeListener(onMessage as Parameters<typeof browser.runtime.onMessage.removeListener>[0]);
    browser.alarms.onAlarm.removeListener(onAlarm);
    stopManaged();
  };
}
