/**
 * Options-page sections around trust in the rule file: what the active policy
 * contains, the setup code that pins the organisation's key (no device
 * management), the personal client list and the override statistics.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { StatusReply } from '../../distribution/protocol';
import type { OverrideStats } from '../../distribution/stats';
import { exportStats, totalsPerRule } from '../../distribution/stats';
import type { PinResult } from '../../distribution/sync';
import type { LoadedPolicy } from '../../policy';
import { summarisePolicy } from '../../policy/summary';
import type { Translate, UiLocale } from '../i18n';
import type { OptionsDeps } from './options-app';
import { describeOutcome, formatTime } from './describe';

/** "Wat het actieve beleid bevat": read-only; the organisation's file decides all of it. */
export function ActiveContents({ policy, status, personal, t }: { policy: LoadedPolicy | null; status: StatusReply | null; personal: number; t: Translate }) {
  if (!policy || !status) return null;
  const s = summarisePolicy(policy, personal);
  const own = s.rules.filter((r) => r.own);
  const inherited = s.rules.length - own.length;
  const d = s.disclaimer;
  const platform = (p: string) => t(`options_platform_${p}`);
  const account = (a: string) => t(`options_account_${a}`);
  return (
    <section aria-labelledby="contents-title">
      <h2 id="contents-title">{t('options_contents_title')}</h2>
      {status.active.origin !== 'user' && status.active.origin !== 'default' && <p class="hint">🔒 {t('options_contents_readonly')}</p>}
      <dl id="active-contents">
        <dt>{t('options_contents_clients')}</dt>
        <dd id="contents-clients">{t('options_contents_clients_value', [String(s.clients.plain), String(s.clients.hashed), String(s.clients.firstNames)])}</dd>
        <dt>{t('options_contents_personal')}</dt>
        <dd id="contents-personal">{String(s.personalNames)}</dd>
        <dt>{t('options_contents_staff')}</dt>
        <dd>{String(s.staff)}</dd>
        <dt>{t('options_contents_internal')}</dt>
        <dd>{String(s.internalTerms)}</dd>
        <dt>{t('options_contents_topics')}</dt>
        <dd>{String(s.sensitiveTopics)}</dd>
        <dt>{t('options_contents_rules')}</dt>
        <dd id="contents-rules">
          {String(own.length)}
          {inherited > 0 && ` (${t('options_contents_rules_inherited', String(inherited))})`}
          {own.length > 0 && (
            <ul>
              {own.map((r) => (
                <li key={r.id} data-rule={r.id}>
                  <code>{r.id}</code>: {t(`options_severity_${r.severity}`)}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t('options_contents_overrides')}</dt>
        <dd>{String(s.severityOverrides)}</dd>
        <dt>{t('options_contents_disclaimer')}</dt>
        <dd id="contents-disclaimer">
          {d.required
            ? t('options_contents_disclaimer_on', [
                d.platforms.map(platform).join(', '),
                d.accounts.map(account).join(', '),
                d.onlyWhenAboutOrganisation ? t('options_contents_disclaimer_about') : '',
                String(d.phrases),
              ])
            : t('options_contents_disclaimer_off')}
        </dd>
        <dt>{t('options_contents_statistics')}</dt>
        <dd id="contents-statistics">{status.statistics.enabled ? t('options_contents_on') : t('options_contents_off')}</dd>
      </dl>
    </section>
  );
}

/** Paste a setup code (or open a setup link): pins the rules URL and the key. */
export function SetupCode({ status, deps, t, locale, initialCode, onChange }: { status: StatusReply | null; deps: OptionsDeps; t: Translate; locale: UiLocale; initialCode?: string; onChange: () => Promise<void> }) {
  const [code, setCode] = useState(initialCode ?? '');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [confirming, setConfirming] = useState<Extract<PinResult, { reason: 'confirm' }> | null>(null);
  const [busy, setBusy] = useState(false);
  if (!status || status.managed.rulesUrl || status.managed.lockUserRules || status.keys.source === 'managed') return null;

  const pin = async (confirm: boolean) => {
    setBusy(true);
    const reply = await deps.send({ kind: 'pin-setup', code, confirm });
    setBusy(false);
    setConfirming(null);
    if (reply.ok) {
      setMessage({ ok: !reply.status || reply.status.ok, text: `${t('options_setup_done')} ${reply.status ? describeOutcome(reply.status, t) : ''}`.trim() });
      setCode('');
    } else if (reply.reason === 'confirm') setConfirming(reply);
    else setMessage({ ok: false, text: t(`options_setup_error_${reply.reason.replace(/-/g, '_')}`) });
    await onChange();
  };
  const unpin = async () => {
    if (!deps.confirm(t('options_setup_unpin_confirm'))) return;
    await deps.send({ kind: 'unpin-setup' });
    setMessage(null);
    await onChange();
  };
  const describe = (c: { rulesUrl: string; publicKeys: string[] }, fingerprints: string[]) => `${c.rulesUrl} · ${fingerprints.join(', ')}`;

  return (
    <section aria-labelledby="setup-title">
      <h2 id="setup-title">{t('options_setup_title')}</h2>
      {status.pinned && (
        <p id="setup-pinned" class="ok">
          🔒 {t('options_setup_pinned', [status.pinned.rulesUrl, status.pinned.fingerprints.join(', '), formatTime(status.pinned.pinnedAt, locale)])}{' '}
          <button type="button" id="setup-unpin" onClick={() => void unpin()}>
            {t('options_setup_unpin')}
          </button>
        </p>
      )}
      <p class="hint" id="setup-hint">{t('options_setup_hint')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void pin(false);
        }}
      >
        <label for="setup-code">{t('options_setup_label')}</label>
        <input id="setup-code" type="text" spellcheck={false} autoComplete="off" value={code} aria-describedby="setup-hint" onInput={(e) => setCode(e.currentTarget.value)} />
        <button type="submit" id="setup-submit" disabled={busy || !code.trim()}>
          {t('options_setup_submit')}
        </button>
      </form>
      {confirming && (
        <div id="setup-confirm" role="alertdialog" aria-labelledby="setup-confirm-title" class="error-summary">
          <h3 id="setup-confirm-title">{t('options_setup_confirm_title')}</h3>
          <p>
            {t('options_setup_confirm_text', [
              describe(confirming.current, confirming.currentFingerprints),
              describe(confirming.next, confirming.nextFingerprints),
            ])}
          </p>
          <button type="button" id="setup-confirm-yes" onClick={() => void pin(true)}>
            {t('options_setup_confirm_yes')}
          </button>
          <button type="button" id="setup-confirm-no" onClick={() => setConfirming(null)}>
            {t('options_setup_confirm_no')}
          </button>
        </div>
      )}
      <p role="status" id="setup-message" class={message?.ok === false ? 'warning' : 'ok'}>
        {message?.text ?? ''}
      </p>
    </section>
  );
}

/** The personal client list: names go in, only hashes are kept; a name is removed by typing it again. */
export function PersonalList({ deps, t, count, onChange }: { deps: OptionsDeps; t: Translate; count: number; onChange: () => Promise<void> }) {
  const [names, setNames] = useState('');
  const [message, setMessage] = useState('');
  const act = async (what: 'add' | 'remove') => {
    const list = deps.personal.split(names);
    if (list.length === 0) return;
    if (what === 'add') await deps.personal.add(list);
    else setMessage(t('options_personal_removed', String(await deps.personal.remove(list))));
    // The plain names leave the page's memory as soon as they are hashed.
    setNames('');
    await onChange();
  };
  const clear = async () => {
    await deps.personal.clear();
    setMessage('');
    await onChange();
  };
  return (
    <section aria-labelledby="personal-title">
      <h2 id="personal-title">{t('options_personal_title')}</h2>
      <p class="hint" id="personal-hint">{t('options_personal_hint')}</p>
      <label for="personal-names">{t('options_personal_label')}</label>
      <textarea id="personal-names" rows={3} spellcheck={false} autoComplete="off" value={names} aria-describedby="personal-hint" onInput={(e) => setNames(e.currentTarget.value)} />
      <div class="row">
        <button type="button" id="personal-add" disabled={!names.trim()} onClick={() => void act('add')}>
          {t('options_personal_add')}
        </button>
        <button type="button" id="personal-remove" disabled={!names.trim() || count === 0} onClick={() => void act('remove')}>
          {t('options_personal_remove')}
        </button>
        {count > 0 && (
          <button type="button" id="personal-clear" onClick={() => void clear()}>
            {t('options_personal_clear')}
          </button>
        )}
      </div>
      <p role="status" id="personal-count">
        {t('options_personal_count', String(count))} {message}
      </p>
    </section>
  );
}

/** Override statistics (counts only), with a JSON export. Shown when switched on or when counts exist. */
export function Statistics({ status, policy, deps, t }: { status: StatusReply | null; policy: LoadedPolicy | null; deps: OptionsDeps; t: Translate }) {
  const [stats, setStats] = useState<OverrideStats>({});
  const load = useCallback(async () => setStats(await deps.stats().catch(() => ({}))), [deps]);
  useEffect(() => {
    void load();
  }, [load, status]);
  const totals = totalsPerRule(stats);
  if (!status || !policy || (!status.statistics.enabled && totals.length === 0)) return null;
  const download = () => deps.download('volle-zaal-statistieken.json', exportStats(stats, { id: policy.file.id, version: policy.file.version }));
  return (
    <section aria-labelledby="stats-title">
      <h2 id="stats-title">{t('options_stats_title')}</h2>
      <p class="hint">
        {t('options_stats_hint')} {status.statistics.byManaged ? t('options_stats_by_managed') : status.statistics.enabled ? t('options_stats_by_file') : ''}
      </p>
      {totals.length === 0 ? (
        <p id="stats-none">{t('options_stats_none')}</p>
      ) : (
        <table id="stats-table">
          <thead>
            <tr>
              <th scope="col">{t('options_stats_rule')}</th>
              <th scope="col">{t('options_stats_shown')}</th>
              <th scope="col">{t('options_stats_edited')}</th>
              <th scope="col">{t('options_stats_posted')}</th>
              <th scope="col">{t('options_stats_wrong')}</th>
            </tr>
          </thead>
          <tbody>
            {totals.map((r) => (
              <tr key={r.rule} data-rule={r.rule}>
                <th scope="row">
                  <code>{r.rule}</code>
                </th>
                <td class="shown">{r.shown}</td>
                <td class="edited">{r.edited}</td>
                <td class="posted">{r.posted}</td>
                <td class="wrong">{r.wrong}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" id="stats-export" onClick={download}>
        {t('options_stats_export')}
      </button>
    </section>
  );
}
