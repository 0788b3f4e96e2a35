/**
 * The options page: which policy is active and where it came from, the rules
 * URL, importing a rule file, and the rule tester. Talks to the background only
 * through the message protocol; managed (enterprise) settings show as locked.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ImportReply, StatusReply } from '../../policy/protocol';
import type { LoadedPolicy, PolicyIssue } from '../../policy';
import type { Translate, UiLocale } from '../i18n';
import type { OptionsDeps } from './deps';
import { describeFallback, describeOrigin, describeOutcome, describeSignature, formatTime } from './describe';
import { IssueList, IssueSummary } from './issues';
import { RuleTester } from './tester';
import { ActiveContents, PersonalList, SetupCode, Statistics } from './trust';

/** What the page needs from the extension; injected so the views run in tests. */

export interface OptionsAppProps {
  deps: OptionsDeps;
  t: Translate;
  locale: UiLocale;
  /** A setup code from a setup link (`options.html#setup=vz1.…`). */
  setupCode?: string;
}

export type { OptionsDeps } from './deps';

export function OptionsApp({ deps, t, locale, setupCode }: OptionsAppProps) {
  const [status, setStatus] = useState<StatusReply | null>(null);
  const [policy, setPolicy] = useState<LoadedPolicy | null>(null);
  const [personal, setPersonal] = useState(0);
  const [loadError, setLoadError] = useState(false);

  // Storage changes come in bursts (a sync sets its running marker, removes it, then writes its
  // status), so refreshes overlap and their answers can arrive out of order: only the answer of
  // the latest refresh is shown, or a stale "bezig met ophalen" could stay on screen.
  const latest = useRef(0);
  const refresh = useCallback(async () => {
    const mine = ++latest.current;
    try {
      const [s, p, n] = await Promise.all([deps.send({ kind: 'get-status' }), deps.activePolicy(), deps.personal.count()]);
      if (mine !== latest.current) return;
      setStatus(s);
      setPolicy(p);
      setPersonal(n);
      setLoadError(false);
    } catch {
      if (mine === latest.current) setLoadError(true);
    }
  }, [deps]);

  useEffect(() => {
    void refresh();
    return deps.watch(() => void refresh());
  }, [deps, refresh]);

  return (
    <main>
      <h1>{t('options_title')}</h1>
      <p class="privacy">{t('options_privacy')}</p>
      {loadError && <p role="alert" class="warning">{t('options_load_error')}</p>}
      <ActivePolicy status={status} t={t} locale={locale} />
      <ActiveContents policy={policy} status={status} personal={personal} t={t} />
      <GenericHosts policy={policy} deps={deps} t={t} />
      <SetupCode status={status} deps={deps} t={t} locale={locale} initialCode={setupCode} onChange={refresh} />
      <RulesUrl status={status} deps={deps} t={t} onChange={refresh} />
      <ImportRules status={status} deps={deps} t={t} onChange={refresh} />
      <PersonalList deps={deps} t={t} count={personal} onChange={refresh} />
      <RuleTester policy={policy} t={t} locale={locale} />
      <Statistics status={status} policy={policy} deps={deps} t={t} />
    </main>
  );
}

/** "Volle Zaal ook gebruiken op: …" with the button that grants the permission, when the policy lists hosts without it. */
function GenericHosts({ policy, deps, t }: { policy: LoadedPolicy | null; deps: OptionsDeps; t: Translate }) {
  const [missing, setMissing] = useState<string[]>([]);
  const [denied, setDenied] = useState(false);
  const check = useCallback(async () => {
    if (!policy || !deps.missingGenericHosts) return setMissing([]);
    try {
      setMissing(await deps.missingGenericHosts(policy));
    } catch {
      setMissing([]);
    }
  }, [policy, deps]);
  useEffect(() => void check(), [check]);
  if (!missing.length || !deps.requestOrigins) return null;
  const grant = async () => {
    // Called straight from the click: the browser only shows its dialog during a user gesture.
    const ok = await deps.requestOrigins!(missing).catch(() => false);
    setDenied(!ok);
    await check();
  };
  const names = missing.map((p) => p.replace(/^https:\/\//, '').replace(/\/\*$/, ''));
  return (
    <section aria-labelledby="generic-title" class="generic-hosts">
      <h2 id="generic-title">{t('options_generic_title')}</h2>
      <p>
        {t('options_generic_use_on')} <strong>{names.join(', ')}</strong>{' '}
        <button type="button" onClick={() => void grant()}>
          {t('options_generic_grant')}
        </button>
      </p>
      <p class="hint">{t('options_generic_hint')}</p>
      {denied && <p role="alert" class="warning">{t('options_generic_denied')}</p>}
    </section>
  );
}

function ActivePolicy({ status, t, locale }: { status: StatusReply | null; t: Translate; locale: UiLocale }) {
  const sync = status?.status;
  return (
    <section aria-labelledby="active-title">
      <h2 id="active-title">{t('options_active_title')}</h2>
      {!status ? (
        <p>{t('options_loading')}</p>
      ) : (
        <dl id="active-policy">
          <dt>{t('options_active_name')}</dt>
          <dd id="active-title-value">{status.active.title}</dd>
          <dt>{t('options_active_id')}</dt>
          <dd>
            <code id="active-id">{status.active.id}</code> · {t('options_active_version', status.active.version)}
          </dd>
          <dt>{t('options_active_origin')}</dt>
          <dd id="active-origin" data-origin={status.active.origin}>
            {describeOrigin(status.active.origin, t)}
            {status.active.receivedAt !== undefined && ` (${formatTime(status.active.receivedAt, locale)})`}
            {status.active.url && <div class="hint" id="active-url">{status.active.url}</div>}
          </dd>
          <dt>{t('options_signature')}</dt>
          <dd id="active-signature" data-signature={status.active.signature} class={['previous-key', 'unsigned'].includes(status.active.signature) ? 'warning' : undefined}>
            {describeSignature(status.active, t)}
          </dd>
          {status.keys.fingerprints.length > 0 && (
            <>
              <dt>{t('options_keys')}</dt>
              <dd id="active-keys">
                {status.keys.fingerprints.join(', ')} ({t(status.keys.source === 'managed' ? 'options_keys_managed' : 'options_keys_pinned')})
              </dd>
            </>
          )}
          <dt>{t('options_last_sync')}</dt>
          <dd id="sync-status" data-ok={sync ? String(sync.ok) : undefined} data-syncing={status.syncing ? 'true' : undefined}>
            {status.syncing && (
              <div id="sync-running" role="status">
                ⏳ {t('options_syncing', status.syncing.url)}
              </div>
            )}
            {!sync ? (
              !status.syncing && t('options_sync_never')
            ) : (
              <>
                <span class={sync.ok ? 'ok' : 'warning'}>
                  {formatTime(sync.at, locale)}: {describeOutcome(sync, t)}
                  {!sync.ok && ` ${describeFallback(status, t)}`}
                </span>
                {sync.issues && sync.issues.length > 0 && <IssueList issues={sync.issues} />}
              </>
            )}
            {status.effectiveUrl && (
              <div class="hint" id="sync-schedule">
                {t('options_sync_schedule', [String(status.managed.refreshMinutes), status.effectiveUrl])}
              </div>
            )}
            {status.keys.fingerprints.length > 0 && <div class="hint">🔒 {t('options_signature_required')}</div>}
          </dd>
        </dl>
      )}
    </section>
  );
}

interface SectionProps {
  status: StatusReply | null;
  deps: OptionsDeps;
  t: Translate;
  onChange: () => Promise<void>;
}

function RulesUrl({ status, deps, t, onChange }: SectionProps) {
  const managedUrl = status?.managed.rulesUrl;
  const pinnedUrl = status?.pinned?.rulesUrl;
  const locked = !!managedUrl || !!status?.managed.lockUserRules || !!pinnedUrl;
  const [url, setUrl] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => setUrl(managedUrl ?? pinnedUrl ?? status?.userRulesUrl ?? ''), [managedUrl, pinnedUrl, status?.userRulesUrl]);

  const save = (event: Event) => {
    event.preventDefault();
    if (locked) return;
    const value = url.trim();
    // Ask for the origin now, inside the click: after an await the user gesture is gone.
    let permission: Promise<boolean> = Promise.resolve(true);
    if (value) {
      try {
        permission = deps.requestOrigin(new URL(value).origin).catch(() => false);
      } catch {
        // Not a URL: the background says so below.
      }
    }
    setBusy(true);
    void (async () => {
      const granted = await permission;
      const reply = await deps.send({ kind: 'set-rules-url', url: value || null });
      setBusy(false);
      if (!reply.ok) setMessage({ ok: false, text: t(`options_url_error_${reply.reason.replace(/-/g, '_')}`) });
      else {
        const outcome = reply.status ? describeOutcome(reply.status, t) : t('options_url_cleared');
        setMessage({ ok: !reply.status || reply.status.ok, text: granted ? outcome : `${outcome} ${t('options_url_no_permission')}` });
      }
      await onChange();
    })();
  };

  const syncNow = async () => {
    setBusy(true);
    const reply = await deps.send({ kind: 'sync-now' });
    setBusy(false);
    setMessage(reply ? { ok: reply.ok, text: describeOutcome(reply, t) } : { ok: true, text: t('options_sync_nothing') });
    await onChange();
  };

  return (
    <section aria-labelledby="url-title">
      <h2 id="url-title">{t('options_url_title')}</h2>
      <form onSubmit={save}>
        <label for="rules-url">{t('options_url_label')}</label>
        <input
          id="rules-url"
          type="url"
          inputMode="url"
          placeholder="https://"
          value={url}
          readOnly={locked}
          aria-readonly={locked}
          aria-describedby="rules-url-hint"
          onInput={(e) => setUrl(e.currentTarget.value)}
        />
        <p id="rules-url-hint" class="hint">
          {managedUrl
            ? `🔒 ${t('options_locked_managed')}`
            : pinnedUrl
              ? `🔒 ${t('options_locked_pinned')}`
              : locked
                ? `🔒 ${t('options_locked_user_rules')}`
                : t('options_url_hint')}
        </p>
        <div class="row">
          {!locked && (
            <button type="submit" disabled={busy}>
              {t('options_url_save')}
            </button>
          )}
          <button type="button" id="sync-now" disabled={busy} onClick={() => void syncNow()}>
            {t('options_sync_now')}
          </button>
        </div>
        <p role="status" id="url-message" class={message?.ok === false ? 'warning' : 'ok'}>
          {message?.text ?? ''}
        </p>
      </form>
    </section>
  );
}

type ImportState =
  | { kind: 'idle' }
  | { kind: 'ok'; title: string; shadowedBy?: string }
  | { kind: 'error'; reply: Extract<ImportReply, { ok: false }>; attempt: number };

function ImportRules({ status, deps, t, onChange }: SectionProps) {
  const [text, setText] = useState('');
  const [signature, setSignature] = useState('');
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const [busy, setBusy] = useState(false);
  const locked = !!status?.managed.lockUserRules;
  const needsSignature = (status?.keys.fingerprints.length ?? 0) > 0;

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    const reply = await deps.send({ kind: 'import-rules', json: text, ...(signature.trim() ? { signature: signature.trim() } : {}) });
    setBusy(false);
    if (!reply.ok) {
      setState((s) => ({ kind: 'error', reply, attempt: (s.kind === 'error' ? s.attempt : 0) + 1 }));
    } else {
      await onChange();
      let title = '';
      try {
        title = String((JSON.parse(text) as { title?: unknown }).title ?? '');
      } catch {
        // Validated by the background; cannot happen.
      }
      const origin = reply.active?.origin;
      setState({ kind: 'ok', title, ...(origin && origin !== 'user' ? { shadowedBy: describeOrigin(origin, t) } : {}) });
    }
  };

  const onFile = async (event: Event) => {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    if (file) setText(await file.text());
  };

  const clear = async () => {
    await deps.send({ kind: 'clear-user-rules' });
    setState({ kind: 'idle' });
    await onChange();
  };

  if (locked)
    return (
      <section aria-labelledby="import-title">
        <h2 id="import-title">{t('options_import_title')}</h2>
        <p>🔒 {t('options_locked_user_rules')}</p>
      </section>
    );

  const error = state.kind === 'error' ? state : null;
  const issues: PolicyIssue[] = error?.reply.issues ?? [];
  return (
    <section aria-labelledby="import-title">
      <h2 id="import-title">{t('options_import_title')}</h2>
      <p class="hint">{t('options_import_hint')}</p>
      {error && (
        <IssueSummary
          id="import-errors"
          attempt={error.attempt}
          title={
            error.reply.reason === 'invalid'
              ? issues.length === 1
                ? t('options_import_invalid_one')
                : t('options_import_invalid', String(issues.length))
              : t(`options_import_${error.reply.reason === 'signature' ? 'bad_signature' : 'locked'}`)
          }
          issues={issues}
        />
      )}
      <form onSubmit={(e) => void submit(e)}>
        <label for="import-file">{t('options_import_file')}</label>
        <input id="import-file" type="file" accept=".json,application/json" onChange={(e) => void onFile(e)} />
        <label for="import-text">{t('options_import_text')}</label>
        <textarea
          id="import-text"
          rows={10}
          spellcheck={false}
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'import-errors' : undefined}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        {needsSignature && (
          <>
            <label for="import-signature">{t('options_import_signature')}</label>
            <input id="import-signature" type="text" spellcheck={false} value={signature} onInput={(e) => setSignature(e.currentTarget.value)} />
          </>
        )}
        <div class="row">
          <button type="submit" id="import-submit" disabled={busy || !text.trim()}>
            {t('options_import_submit')}
          </button>
          {status?.hasUserRules && (
            <button type="button" id="import-clear" onClick={() => void clear()}>
              {t('options_import_clear')}
            </button>
          )}
        </div>
        <p role="status" id="import-message" class="ok">
          {state.kind === 'ok' && t('options_import_ok', state.title)}
          {state.kind === 'ok' && state.shadowedBy && ` ${t('options_import_shadowed', state.shadowedBy)}`}
        </p>
      </form>
    </section>
  );
}
