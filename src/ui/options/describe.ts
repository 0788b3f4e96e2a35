/**
 * Words for distribution states, shared by the options page and the popup.
 * Pure: takes a translator, so it is tested without a browser.
 */
import type { StatusReply, SyncStatus } from '../../policy/protocol';
import type { Translate } from '../i18n';

/** "Where the active rules come from", e.g. "Ingesteld door je organisatie". */
export function describeOrigin(origin: StatusReply['active']['origin'], t: Translate): string {
  return t(`options_origin_${origin}`);
}

/** One sentence for a sync outcome's message id (`updated`, `http-404`, `network: …`). */
export function describeOutcome(status: SyncStatus, t: Translate): string {
  const m = status.message ?? (status.ok ? 'updated' : 'invalid');
  if (m.startsWith('network')) return t('options_outcome_network');
  const http = /^(signature-)?http-(\d+)$/.exec(m);
  if (http) return t(http[1] ? 'options_outcome_signature_http' : 'options_outcome_http', http[2]!);
  const known = ['updated', 'not-modified', 'invalid', 'bad-signature', 'url-not-https', 'url-invalid', 'url-credentials'];
  return known.includes(m) ? t(`options_outcome_${m.replace(/-/g, '_')}`) : m;
}

/** A timestamp in the page's language. */
export function formatTime(ms: number, locale: string): string {
  return new Date(ms).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
}
