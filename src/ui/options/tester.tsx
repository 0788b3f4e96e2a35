/**
 * The rule tester: a policy owner types a sample draft and sees what the active
 * policy finds. The text lives only in this component's state: never stored,
 * never sent (the engine runs here, in the page).
 */
import { useMemo, useState } from 'preact/hooks';
import { checkDraft } from '../../engine';
import { ACCOUNT_KINDS, type AccountKind, type Finding, PLATFORMS, type Platform } from '../../engine/types';
import type { LoadedPolicy } from '../../policy';
import type { Translate, UiLocale } from '../i18n';

export interface RuleTesterProps {
  policy: LoadedPolicy | null;
  t: Translate;
  locale: UiLocale;
}

export function RuleTester({ policy, t, locale }: RuleTesterProps) {
  const [draft, setDraft] = useState('');
  const [platform, setPlatform] = useState<Platform>('facebook');
  const [account, setAccount] = useState<AccountKind>('personal');
  const result = useMemo(
    () => (policy && draft.trim() ? checkDraft(draft, { platform, account }, policy.engine, { locale }) : null),
    [policy, draft, platform, account, locale],
  );

  return (
    <section aria-labelledby="tester-title">
      <h2 id="tester-title">{t('options_tester_title')}</h2>
      <p class="hint" id="tester-hint">{t('options_tester_hint')}</p>
      <div class="row">
        <label>
          {t('options_tester_platform')}
          <select id="tester-platform" value={platform} onChange={(e) => setPlatform(e.currentTarget.value as Platform)}>
            {PLATFORMS.map((p) => (
              <option key={p} value={p}>{t(`options_platform_${p}`)}</option>
            ))}
          </select>
        </label>
        <label>
          {t('options_tester_account')}
          <select id="tester-account" value={account} onChange={(e) => setAccount(e.currentTarget.value as AccountKind)}>
            {ACCOUNT_KINDS.map((a) => (
              <option key={a} value={a}>{t(`options_account_${a}`)}</option>
            ))}
          </select>
        </label>
      </div>
      <label for="tester-draft">{t('options_tester_draft')}</label>
      <textarea
        id="tester-draft"
        rows={5}
        value={draft}
        aria-describedby="tester-hint"
        // Keep the browser from remembering or spell-checking what is typed here through a server.
        autoComplete="off"
        spellcheck={false}
        onInput={(e) => setDraft(e.currentTarget.value)}
      />
      <div id="tester-results" aria-live="polite">
        {result && <Findings draft={draft} findings={result.findings} errors={result.errors.length} t={t} />}
      </div>
    </section>
  );
}

function Findings({ draft, findings, errors, t }: { draft: string; findings: Finding[]; errors: number; t: Translate }) {
  return (
    <div>
      <p class="tester-summary">
        {findings.length === 0
          ? t('options_tester_none')
          : findings.length === 1
            ? t('options_tester_count_one')
            : t('options_tester_count', String(findings.length))}
      </p>
      {findings.length > 0 && (
        <ul class="findings">
          {findings.map((f, index) => (
            <li key={index} class={`finding severity-${f.severity}`} data-rule={f.rule}>
              <span class="severity">{t(`options_severity_${f.severity}`)}</span>{' '}
              <q class="excerpt">{draft.slice(f.start, f.end)}</q> — <span class="message">{f.message}</span>{' '}
              <code class="rule">{f.rule}</code>
              {f.suggestion && <div class="suggestion">{t('options_tester_suggestion', f.suggestion)}</div>}
            </li>
          ))}
        </ul>
      )}
      {errors > 0 && <p class="warning">{t('options_tester_engine_errors')}</p>}
    </div>
  );
}
