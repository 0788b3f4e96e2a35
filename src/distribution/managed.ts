/**
 * Enterprise policy (`browser.storage.managed`, schema in assets/public/managed_schema.json).
 * Admins set these with GPO/Intune (Chrome, Edge) or policies.json (Firefox);
 * see README.md here.
 */
import { browser } from 'wxt/browser';

/** The managed configuration, normalised: wrong types are dropped, numbers clamped. */
export interface ManagedConfig {
  /** HTTPS URL of the organisation's rule file. */
  rulesUrl?: string;
  /** A whole rule file as JSON text; wins over every other source. */
  rulesInline?: string;
  /** SPKI base64 (or JWK JSON): when set, URL rules must carry a valid signature. */
  publicKey?: string;
  /** Minutes between syncs (1 … 1440). */
  refreshMinutes?: number;
  /** Staff cannot import rule files or set their own rules URL. */
  lockUserRules?: boolean;
  /** Count prompt outcomes per rule and day (no text); see stats.ts. */
  overrideStatistics?: boolean;
}

export const DEFAULT_REFRESH_MINUTES = 60;

/** Read the managed configuration; `{}` where there is none (Firefox throws without policies). */
export async function readManagedConfig(): Promise<ManagedConfig> {
  let raw: Record<string, unknown> = {};
  try {
    raw = (await browser.storage.managed.get(null)) ?? {};
  } catch {
    return {};
  }
  return normaliseManagedConfig(raw);
}

/** Keep only well-typed values, so a typo in a GPO cannot crash the background. */
function normaliseManagedConfig(raw: Record<string, unknown>): ManagedConfig {
  const out: ManagedConfig = {};
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  out.rulesUrl = str(raw.rulesUrl);
  // Inline JSON is kept verbatim: trimming would change nothing a parser sees, but keep bytes as given.
  out.rulesInline = typeof raw.rulesInline === 'string' && raw.rulesInline.trim() ? raw.rulesInline : undefined;
  out.publicKey = str(raw.publicKey);
  if (typeof raw.refreshMinutes === 'number' && Number.isFinite(raw.refreshMinutes))
    out.refreshMinutes = Math.min(1440, Math.max(1, Math.round(raw.refreshMinutes)));
  if (typeof raw.lockUserRules === 'boolean') out.lockUserRules = raw.lockUserRules;
  if (typeof raw.overrideStatistics === 'boolean') out.overrideStatistics = raw.overrideStatistics;
  for (const key of Object.keys(out) as (keyof ManagedConfig)[]) if (out[key] === undefined) delete out[key];
  return out;
}

/** Watch enterprise policy changes; returns the function that stops watching. */
export function watchManagedConfig(cb: () => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'managed') cb();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
