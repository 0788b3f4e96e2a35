import { render } from 'preact';
import { browser } from 'wxt/browser';
import { activePolicy } from '../../src/distribution/active-policy';
import { bundledRegex } from '../../src/distribution/bundled-regex';
import { genericHostStatus } from '../../src/distribution/generic-sites';
import { addPersonalNames, clearPersonalNames, getPersonalClients, PERSONAL_CLIENTS_KEY, removePersonalNames, splitNames } from '../../src/distribution/personal';
import { send } from '../../src/distribution/protocol';
import { ACTIVE_RULES_KEY, SETTINGS_KEY, SYNC_RUNNING_KEY, SYNC_STATUS_KEY } from '../../src/distribution/state';
import { getOverrideStats, OVERRIDE_STATS_KEY } from '../../src/distribution/stats';
import { bundledTranslator } from '../../src/ui/messages';
import { OptionsApp, type OptionsDeps } from '../../src/ui/options/options-app';
import '../../src/ui/options/page.css';

const WATCHED = [ACTIVE_RULES_KEY, SYNC_STATUS_KEY, SYNC_RUNNING_KEY, SETTINGS_KEY, PERSONAL_CLIENTS_KEY, OVERRIDE_STATS_KEY];

const deps: OptionsDeps = {
  send,
  activePolicy: () => activePolicy(bundledRegex),
  watch(cb) {
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'managed' || (area === 'local' && WATCHED.some((key) => key in changes))) cb();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
  requestOrigin: (origin) => browser.permissions.request({ origins: [`${origin}/*`] }),
  missingGenericHosts: async (policy) => (await genericHostStatus(policy)).missing,
  requestOrigins: (patterns) => browser.permissions.request({ origins: patterns }),
  personal: {
    split: splitNames,
    count: async () => (await getPersonalClients())?.hashes.length ?? 0,
    add: addPersonalNames,
    remove: removePersonalNames,
    clear: clearPersonalNames,
  },
  stats: getOverrideStats,
  download(name, text) {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const a = Object.assign(document.createElement('a'), { href: url, download: name });
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  },
  confirm: (question) => window.confirm(question),
};

// A setup link opens this page as options.html#setup=vz1.…: the code is filled in, never applied unasked.
const setupCode = /[#&]setup=([^&]+)/.exec(location.hash)?.[1];

// The bundled messages of the UI language: browser.i18n may answer from another locale
// (Chromium without its language pack), and a page that mixes languages is worse.
const locale = browser.i18n.getUILanguage().toLowerCase().startsWith('nl') ? 'nl' : 'en';
document.documentElement.lang = locale;
document.title = bundledTranslator(locale)('options_title');
render(
  <OptionsApp deps={deps} t={bundledTranslator(locale)} locale={locale} {...(setupCode ? { setupCode: decodeURIComponent(setupCode) } : {})} />,
  document.getElementById('app')!,
);
