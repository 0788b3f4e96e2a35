/**
 * What distribution keeps in `browser.storage.local`, and nothing else:
 * rule files, where they came from, and the result of the last sync.
 * Draft text is never stored here (nor anywhere).
 */
import { browser } from 'wxt/browser';
import type { PolicyIssue } from '../policy';

/** Where the active rule file came from. Absent `activeRules` means the bundled default. */
export type RulesOrigin = 'url' | 'managed' | 'user';

/**
 * The rule file the extension runs, under {@link ACTIVE_RULES_KEY}. The content script
 * reads this exact shape; change it only together with `active-policy.ts`.
 */
export interface ActiveRules {
  /** The rule file's text, exactly as received (what a signature covers). */
  json: string;
  origin: RulesOrigin;
  /** ms since epoch when these bytes were received or imported. */
  receivedAt: number;
  etag?: string;
}

/** The outcome of the last attempt to get rules from a source (sync, managed inline). */
export interface SyncStatus {
  ok: boolean;
  /** ms since epoch. */
  at: number;
  source: RulesOrigin;
  /** For `source: 'url'`: the URL that was fetched. */
  url?: string;
  /** Validation problems, with paths into the file. */
  issues?: PolicyIssue[];
  /**
   * A machine-readable outcome: `updated`, `not-modified`, `timeout`, `offline`, `unreachable`,
   * `cors`, `http-404`, `not-json`, `invalid`, `signature-missing`, `signature-http-500`,
   * `bad-signature`, `old-key`, `url-not-https`, …
   */
  message?: string;
  /** The browser's own error text, or for `timeout` the seconds waited (never draft text). */
  detail?: string;
}

/** A sync in flight, under {@link SYNC_RUNNING_KEY}: the pages show "bezig met ophalen". */
export interface SyncRunning {
  since: number;
  url: string;
  /** When the sync gives up (ms since epoch): a value past this is left over from a stopped worker. */
  deadline: number;
}

/** A source's last good rule file; `activeRules` is chosen from these. */
export interface StoredLayer {
  json: string;
  receivedAt: number;
  etag?: string;
  /** For URL rules: the URL they came from (an ETag is only sent back to the same URL). */
  url?: string;
  /** The public key the file was verified with, if any. */
  verifiedWith?: string;
}

export interface RuleLayers {
  managed?: StoredLayer;
  url?: StoredLayer;
  user?: StoredLayer;
}

/**
 * A rules URL and the key(s) pinned with a setup code (no device management):
 * only rule files signed with one of these keys are accepted from then on.
 */
export interface PinnedSetup {
  rulesUrl: string;
  publicKeys: string[];
  pinnedAt: number;
}

/** Settings the user may change on the options page (unless managed). */
export interface UserSettings {
  rulesUrl?: string;
  pinned?: PinnedSetup;
}

export const ACTIVE_RULES_KEY = 'activeRules';
export const SYNC_STATUS_KEY = 'syncStatus';
export const LAYERS_KEY = 'ruleLayers';
export const SETTINGS_KEY = 'settings';
export const SYNC_RUNNING_KEY = 'syncRunning';

async function read<T>(key: string): Promise<T | undefined> {
  const got = await browser.storage.local.get(key);
  return (got[key] ?? undefined) as T | undefined;
}

export const getActiveRules = () => read<ActiveRules>(ACTIVE_RULES_KEY);
export const getSyncStatus = () => read<SyncStatus>(SYNC_STATUS_KEY);
export const getLayers = async () => (await read<RuleLayers>(LAYERS_KEY)) ?? {};
export const getSettings = async () => (await read<UserSettings>(SETTINGS_KEY)) ?? {};
export const getSyncRunning = () => read<SyncRunning>(SYNC_RUNNING_KEY);

export const setSyncStatus = (status: SyncStatus) => browser.storage.local.set({ [SYNC_STATUS_KEY]: status });
export const setLayers = (layers: RuleLayers) => browser.storage.local.set({ [LAYERS_KEY]: layers });
export const setSettings = (settings: UserSettings) => browser.storage.local.set({ [SETTINGS_KEY]: settings });
