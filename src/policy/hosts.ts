/**
 * The generic adapter's hosts (`sites.generic.hosts` in the rule file) as match patterns.
 *
 * Accepted forms, lower-cased and trimmed:
 * - `intranet.example.org` — exactly that host (`https://intranet.example.org/*`);
 * - `*.example.org` — example.org and every subdomain (`https://*.example.org/*`);
 * - either of those written as a match pattern: `https://intranet.example.org/*`, `https://*.example.org/*`.
 * Only https, no port, no path, no IP-address literals, at least two labels, and none of the sites
 * with their own adapter (x.com, twitter.com, facebook.com, linkedin.com): those run already.
 */

export type HostEntry = { ok: true; host: string; wildcard: boolean; pattern: string } | { ok: false; entry: string; reason: string };

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const OWN_SITES = ['x.com', 'twitter.com', 'facebook.com', 'linkedin.com'];

/** Parse one entry of `sites.generic.hosts`. */
export function parseHostEntry(entry: string): HostEntry {
  const bad = (reason: string): HostEntry => ({ ok: false, entry, reason });
  let s = String(entry).trim().toLowerCase();
  if (s.includes('://')) {
    const m = /^https:\/\/([^/]+)\/\*$/.exec(s);
    if (!m) return bad('only https://<host>/* match patterns are accepted');
    s = m[1]!;
  }
  const wildcard = s.startsWith('*.');
  const host = wildcard ? s.slice(2) : s;
  if (!host) return bad('empty host');
  if (host.includes(':')) return bad('no port or IPv6 address');
  if (host.includes('*')) return bad('a wildcard is only allowed as the first label (*.example.org)');
  const labels = host.split('.');
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l))) return bad('not a host name');
  if (/^\d+$/.test(labels[labels.length - 1]!)) return bad('no IP addresses');
  if (OWN_SITES.some((d) => host === d || host.endsWith('.' + d) || (wildcard && d.endsWith('.' + host))))
    return bad('this site has its own adapter');
  return { ok: true, host, wildcard, pattern: `https://${wildcard ? '*.' : ''}${host}/*` };
}

/** The valid entries' match patterns (deduplicated, sorted) and the rejected ones. */
export function hostsToPatterns(hosts: readonly string[]): { patterns: string[]; rejected: Array<{ entry: string; reason: string }> } {
  const patterns = new Set<string>();
  const rejected: Array<{ entry: string; reason: string }> = [];
  for (const h of hosts) {
    const p = parseHostEntry(h);
    if (p.ok) patterns.add(p.pattern);
    else rejected.push({ entry: p.entry, reason: p.reason });
  }
  return { patterns: [...patterns].sort(), rejected };
}

/** Whether `hostname` is covered by one valid entry of `hosts` (same semantics as the patterns). */
export function hostMatches(hostname: string, hosts: readonly string[]): boolean {
  const h = hostname.toLowerCase();
  return hosts.some((entry) => {
    const p = parseHostEntry(entry);
    if (!p.ok) return false;
    return h === p.host || (p.wildcard && h.endsWith('.' + p.host));
  });
}
