/**
 * Which rule file is active, from the layers (low → high):
 * bundled default < user import < URL sync < managed inline rules.
 * A layer holds its source's last *good* file; broken input never reaches it.
 */
import { browser } from 'wxt/browser';
import { loadPolicy } from '../policy';
import { parsePublicKeys } from '../policy/signature';
import type { KeySource, SignatureState } from '../policy/protocol';
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

/** The rules URL in force: the managed one, else the pinned one, else the user's (unless locked). */
export function effectiveRulesUrl(managed: ManagedConfig, settings: UserSettings): string | undefined {
  if (managed.rulesUrl) return managed.rulesUrl;
  if (managed.lockUserRules) return undefined;
  return settings.pinned?.rulesUrl ?? settings.rulesUrl;
}

/** Where the accepted public keys come from: enterprise policy, a pinned setup code, or nowhere. */

/**
 * The public keys a rule file must be signed with, and who set them. Managed keys win; a
 * pinned setup's keys count while the pinned URL is the one in force (no managed URL or lock).
 */
export function trustedKeys(managed: ManagedConfig, settings: UserSettings): { keys: string[]; source?: KeySource } {
  const fromPolicy = parsePublicKeys(managed.publicKey);
  if (fromPolicy.length) return { keys: fromPolicy, source: 'managed' };
  if (settings.pinned && !managed.rulesUrl && !managed.lockUserRules) return { keys: [...settings.pinned.publicKeys], source: 'pinned' };
  return { keys: [] };
}

/**
 * How far a stored layer's signature goes under the current keys:
 * `verified` with a current key; `previous-key`: verified with a key that is no longer
 * configured (a rotation before the file was re-signed); `unsigned`: accepted before any key
 * was required; `not-required`: no key configured.
 */

export function layerSignature(layer: StoredLayer, keys: readonly string[]): SignatureState {
  if (keys.length === 0) return 'not-required';
  if (!layer.verifiedWith) return 'unsigned';
  return keys.includes(layer.verifiedWith) ? 'verified' : 'previous-key';
}

/**
 * Pick the active rule file; `undefined` means the bundled default.
 *
 * A key change never drops a layer: the last good file the organisation gave stays active
 * (its signature state says why it is not verified with the current key) until a file
 * signed with the new key replaces it. Falling back to the default would silently lose
 * the organisation's client list, which is weaker than either. Only an explicit change of
 * source drops a layer: the URL removed, or user rules locked by the enterprise policy.
 */
function chooseActive(layers: RuleLayers, managed: ManagedConfig, settings: UserSettings): ActiveRules | undefined {
  if (managed.rulesInline && layers.managed)
    return { json: layers.managed.json, origin: 'managed', receivedAt: layers.managed.receivedAt };
  if (layers.url && effectiveRulesUrl(managed, settings)) {
    const { json, receivedAt, etag } = layers.url;
    return etag ? { json, origin: 'url', receivedAt, etag } : { json, origin: 'url', receivedAt };
  }
  if (layers.user && !managed.lockUserRules) return { json: layers.user.json, origin: 'user', receivedAt: layers.user.receivedAt };
  return undefined;
}

/** The stored layer behind an active origin. */
export function layerOf(layers: RuleLayers, origin: ActiveRules['origin'] | 'default'): StoredLayer | undefined {
  return origin === 'default' ? undefined : layers[origin];
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
  return !managed.lockUserRules && parsePublicKeys(managed.publicKey).length === 0 && typeof current.json === 'string' && loadPolicy(current.json).ok;
}
