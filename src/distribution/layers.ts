/**
 * Which rule file is active, from the layers (low → high):
 * bundled default < user import < URL sync < managed inline rules.
 * A layer holds its source's last *good* file; broken input never reaches it.
 */
import { browser } from 'wxt/browser';
import { loadPolicy } from '../policy';
import type { ManagedConfig } from './managed';
import {
  ACTIVE_RULES_KEY,
  type ActiveRules,
  getActiveRules,
  getLayers,
  getSettings,
  type RuleLayers,
  setLayers,
  type StoredLayer,
  type UserSettings,
} from './state';

/** The rules URL in force: the managed one, else the user's (unless locked). */
export function effectiveRulesUrl(managed: ManagedConfig, settings: UserSettings): string | undefined {
  if (managed.rulesUrl) return managed.rulesUrl;
  return managed.lockUserRules ? undefined : settings.rulesUrl;
}

/** Whether a stored URL layer may be used under the current configuration. */
export function urlLayerUsable(layer: StoredLayer | undefined, managed: ManagedConfig, url: string | undefined): layer is StoredLayer {
  if (!layer || !url) return false;
  // Rules verified with an old key (or none) do not count once an admin sets a key.
  if (managed.publicKey && layer.verifiedWith !== managed.publicKey) return false;
  return true;
}

/** Pick the active rule file; `undefined` means the bundled default. */
export function chooseActive(layers: RuleLayers, managed: ManagedConfig, settings: UserSettings): ActiveRules | undefined {
  if (managed.rulesInline && layers.managed)
    return { json: layers.managed.json, origin: 'managed', receivedAt: layers.managed.receivedAt };
  const url = effectiveRulesUrl(managed, settings);
  if (urlLayerUsable(layers.url, managed, url)) {
    const { json, receivedAt, etag } = layers.url;
    return etag ? { json, origin: 'url', receivedAt, etag } : { json, origin: 'url', receivedAt };
  }
  const userUsable = layers.user && !managed.lockUserRules && (!managed.publicKey || layers.user.verifiedWith === managed.publicKey);
  if (layers.user && userUsable) return { json: layers.user.json, origin: 'user', receivedAt: layers.user.receivedAt };
  return undefined;
}

/**
 * Recompute `activeRules` from the stored layers and write it only when it
 * changed, so watchers (every open tab) are not woken for nothing.
 */
export async function refreshActiveRules(managed: ManagedConfig): Promise<ActiveRules | undefined> {
  const [layers, settings, current] = await Promise.all([getLayers(), getSettings(), getActiveRules()]);
  if (current?.origin === 'user' && !layers.user && adoptable(current, managed)) {
    // `activeRules` written without a layer (an older version, a test harness): keep it as the
    // user's import rather than silently dropping rules someone chose.
    layers.user = { json: current.json, receivedAt: current.receivedAt };
    await setLayers(layers);
  }
  const next = chooseActive(layers, managed, settings);
  if (!next) {
    if (current) await browser.storage.local.remove(ACTIVE_RULES_KEY);
  } else if (!current || current.json !== next.json || current.origin !== next.origin || current.etag !== next.etag) {
    await browser.storage.local.set({ [ACTIVE_RULES_KEY]: next });
  }
  return next;
}

function adoptable(current: ActiveRules, managed: ManagedConfig): boolean {
  return !managed.lockUserRules && !managed.publicKey && typeof current.json === 'string' && loadPolicy(current.json).ok;
}
