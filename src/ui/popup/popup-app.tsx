/**
 * The popup: which policy is active, whether the current site is protected,
 * and the way to the options page.
 */
import type { StatusReply } from '../../distribution/protocol';
import type { Translate, UiLocale } from '../i18n';
import { describeFallback, describeOrigin, describeOutcome, describeSignature, formatTime } from '../options/describe';

/** Whether the extension checks drafts on the current tab's site. */
export type Protection =
  | { state: 'protected'; site: string }
  /** A site we know, switched off by the organisation's rule file. */
  | { state: 'disabled'; site: string }
  | { state: 'unprotected' };

export interface PopupAppProps {
  status: StatusReply | null;
  protection: Protection | null;
  t: Translate;
  locale: UiLocale;
  openOptions: () => void;
}

export function PopupApp({ status, protection, t, locale, openOptions }: PopupAppProps) {
  const sync = status?.status;
  return (
    <main>
      <h1>{t('extName')}</h1>
      {protection && (
        <p id="protection" class={`protection ${protection.state}`} data-state={protection.state}>
          {protection.state === 'protected'
            ? `✓ ${t('popup_protected', t(`options_platform_${protection.site}`))}`
            : protection.state === 'disabled'
              ? t('popup_disabled', t(`options_platform_${protection.site}`))
              : t('popup_unprotected')}
        </p>
      )}
      {status ? (
        <section aria-label={t('options_active_title')}>
          <p id="popup-policy">
            <strong>{status.active.title}</strong> <span class="hint">({status.active.version})</span>
          </p>
          <p class="hint">{describeOrigin(status.active.origin, t)}</p>
          {status.active.signature !== 'none' && (
            <p id="popup-signature" data-signature={status.active.signature} class={['previous-key', 'unsigned'].includes(status.active.signature) ? 'warning' : 'hint'}>
              {t('options_signature')}: {describeSignature(status.active, t)}
            </p>
          )}
          {status.syncing && (
            <p id="popup-syncing" role="status">
              ⏳ {t('options_syncing', status.syncing.url)}
            </p>
          )}
          {sync && (
            <p class={sync.ok ? 'ok' : 'warning'} id="popup-sync">
              {t('options_last_sync')}: {formatTime(sync.at, locale)} — {describeOutcome(sync, t)}
              {!sync.ok && ` ${describeFallback(status, t)}`}
            </p>
          )}
        </section>
      ) : (
        <p>{t('options_loading')}</p>
      )}
      <p>
        <button type="button" id="open-options" onClick={openOptions}>
          {t('popup_open_options')}
        </button>
      </p>
      <p class="hint">{t('popup_privacy')}</p>
    </main>
  );
}
