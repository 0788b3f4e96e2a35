/**
 * "Is this site protected?" for the popup. The site lookup is injected (src/sites
 * belongs to the content side; the UI does not import it).
 */
import type { LoadedPolicy } from '../../policy';
import type { Protection } from './popup-app';

/** The site id for a host under a policy, or null (the shape of `siteForHost` in src/sites). */
export type SiteLookup = (host: string, policy: LoadedPolicy) => { platform: string } | null;

const KNOWN = ['x', 'facebook', 'linkedin'] as const;

/** Whether the extension checks drafts on `url` under `policy`. */
export function protectionFor(url: string | undefined, policy: LoadedPolicy, siteFor: SiteLookup): Protection {
  let host: string;
  try {
    host = new URL(url ?? '').hostname;
  } catch {
    return { state: 'unprotected' };
  }
  const site = siteFor(host, policy);
  if (site) return { state: 'protected', site: site.platform };
  // A known site that the rule file switched off says so, rather than "not active".
  for (const id of KNOWN) {
    if (policy.sites[id].enabled) continue;
    const enabled = { ...policy, sites: { ...policy.sites, [id]: { ...policy.sites[id], enabled: true } } };
    if (siteFor(host, enabled)) return { state: 'disabled', site: id };
  }
  return { state: 'unprotected' };
}
