import { render } from 'preact';
import { browser } from 'wxt/browser';
import { activePolicy } from '../../src/distribution/active-policy';
import { genericHostStatus } from '../../src/distribution/generic-sites';
import { send } from '../../src/distribution/protocol';
import { ACTIVE_RULES_KEY, SYNC_STATUS_KEY } from '../../src/distribution/state';
import { bundledTranslator } from '../../src/ui/i18n';
import { OptionsApp, type OptionsDeps } from '../../src/ui/options/options-app';
import '../../src/ui/options/page.css';

const deps: OptionsDeps = {
  send,
  activePolicy,
  watch(cb) {
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'managed' || (area === 'local' && (ACTIVE_RULES_KEY in changes || SYNC_STATUS_KEY in changes))) cb();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
  requestOrigin: (origin) => browser.permissions.request({ origins: [`${origin}/*`] }),
  missingGenericHosts: async (policy) => (await genericHostStatus(policy)).missing,
  requestOrigins: (patterns) => browser.permissions.request({ origins: patterns }),
};

// The bundled messages of the UI language: browser.i18n may answer from another locale
// (Chromium without its language pack), and a page that mixes languages is worse.
const locale = browser.i18n.getUILanguage().toLowerCase().startsWith('nl') ? 'nl' : 'en';
document.documentElement.lang = locale;
document.title = bundledTranslator(locale)('options_title');
render(<OptionsApp deps={deps} t={bundledTranslator(locale)} locale={locale} />, document.getElementById('app')!);
