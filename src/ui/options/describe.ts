/**
 * Words for distribution states, shared by the options page and the popup.
 * Pure: takes a translator, so it is tested without a browser. A status must
 * never say something untrue: these sentences are built from the state alone.
 */
import type { StatusReply } from '../../distribution/protocol';
import type { SyncStatus } from '../../distribution/state';
import type { Translate } from '../i18n';

/** "Where the active rules come from", e.g. "Ingesteld door je organisatie". */
export function describeOrigin(origin: StatusReply['active']['origin'], t: Translate): string {
  return t(`options_origin_${origin}`);
}

const KNOWN_OUTCOMES = [
  'updated', 'not-modified', 'invalid', 'bad-signature', 'url-not-https', 'url-invalid', 'url-credentials',
  'offline', 'unreachable', 'cors', 'not-json', 'signature-missing', 'old-key', 'http-304',
];

/** One sentence for a sync outcome's message id (`updated`, `http-404`, `timeout`, …). */
export function describeOutcome(status: SyncStatus, t: Translate): string {
  const m = status.message ?? (status.ok ? 'updated' : 'invalid');
  if (m === 'timeout') return t('options_outcome_timeout', status.detail ?? '30');
  if (m.startsWith('network')) return t('options_outcome_unreachable');
  if (KNOWN_OUTCOMES.includes(m)) return t(`options_outcome_${m.replace(/-/g, '_')}`);
  const http = /^(signature-)?http-(\d+)$/.exec(m);
  if (http) return t(http[1] ? 'options_outcome_signature_http' : 'options_outcome_http', http[2]!);
  return m;
}

/**
 * After a failed sync: what runs instead, by name — the previous file, or the
 * built-in default when no good file ever arrived. Never "the previous one stays"
 * when there is none.
 */
export function describeFallback(status: StatusReply, t: Translate): string {
  return status.active.origin === 'default'
    ? t('options_kept_default')
    : t('options_kept_previous', [status.active.title, status.active.version]);
}

/** The active file's signature state in one sentence. */
export function describeSignature(active: StatusReply['active'], t: Translate): string {
  const key = active.verifiedWith ?? '?';
  switch (active.signature) {
    case 'verified':
      return t('options_signature_verified', key);
    case 'previous-key':
      return t('options_signature_previous_key', key);
    default:
      return t(`options_signature_${active.signature.replace(/-/g, '_')}`);
  }
}

/** A timestamp in the page's language. */
export function formatTime(ms: number, locale: string): string {
  return new Date(ms).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
}
