/** Site adapters: pick the one for a host, with the rule file's overrides applied. */
import type { PolicySettings } from '../policy/settings';
import { createAdapter, type SiteAdapter, type SiteSpec } from './adapter';
import { FACEBOOK_SPEC } from './facebook';
import { GENERIC_SPEC } from './generic';
import { hostMatches } from '../policy/hosts';
import { LINKEDIN_SPEC } from './linkedin';
import { X_SPEC } from './x';

export type { SiteAdapter, SiteSpec } from './adapter';

/** Which site a host name is; null when the extension has nothing to do there. */
export function siteForHost(host: string, policy: PolicySettings): SiteSpec | null {
  const h = host.toLowerCase();
  const is = (d: string) => h === d || h.endsWith('.' + d);
  if (is('x.com') || is('twitter.com')) return policy.sites.x.enabled ? X_SPEC : null;
  if (is('facebook.com')) return policy.sites.facebook.enabled ? FACEBOOK_SPEC : null;
  if (is('linkedin.com')) return policy.sites.linkedin.enabled ? LINKEDIN_SPEC : null;
  const g = policy.sites.generic;
  if (g.enabled && hostMatches(h, g.hosts)) return GENERIC_SPEC;
  return null;
}

/** The adapter for this host under this policy, or null. */
export function adapterFor(host: string, policy: PolicySettings, doc: Document = document): SiteAdapter | null {
  const spec = siteForHost(host, policy);
  if (!spec) return null;
  const overrides = spec.id === 'generic' ? {} : policy.sites[spec.id].selectors;
  const org = policy.file.organisation;
  const names = org ? [org.name, ...(org.aliases ?? [])] : [];
  return createAdapter(spec, overrides, policy.handles[spec.platform] ?? [], doc, names);
}
