/**
 * What distribution keeps in `browser.storage.local`, and nothing else:
 * rule files, where they came from, and the result of the last sync.
 * Draft text is never stored here (nor anywhere).
 */
import { browser } from 'wxt/browser';
import type { ActiveRules, SyncRunning, SyncStatus } from '../policy/protocol';

export type { ActiveRules, SyncRunning, SyncStatus } from '../policy/protocol';

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
interface PinnedSetup {
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
const LAYERS_KEY = 'ruleLayers';
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
