import { render } from 'preact';
import { browser } from 'wxt/browser';
import { activePolicy } from '../../src/distribution/active-policy';
import { bundledRegex } from '../../src/distribution/bundled-regex';
import { send } from '../../src/distribution/protocol';
import { siteForHost } from '../../src/sites';
import { bundledTranslator } from '../../src/ui/messages';
import '../../src/ui/options/page.css';
import { PopupApp } from '../../src/ui/popup/popup-app';
import { protectionFor } from '../../src/ui/popup/protection';

// The bundled messages of the UI language: browser.i18n may answer from another locale
// (Chromium without its language pack), and a page that mixes languages is worse.
const locale = browser.i18n.getUILanguage().toLowerCase().startsWith('nl') ? 'nl' : 'en';
document.documentElement.lang = locale;
const t = bundledTranslator(locale);
const root = document.getElementById('app')!;
const openOptions = () => void browser.runtime.openOptionsPage().then(() => window.close());

/** Opening the popup grants `activeTab`, which makes the current tab's URL readable. */
async function protection() {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return protectionFor(tab?.url, await activePolicy(bundledRegex), siteForHost);
}

const draw = (props: Pick<Parameters<typeof PopupApp>[0], 'status' | 'protection'>) =>
  render(<PopupApp {...props} t={t} locale={locale} openOptions={openOptions} />, root);

draw({ status: null, protection: null });
void Promise.all([send({ kind: 'get-status' }).catch(() => null), protection().catch(() => null)]).then(([status, prot]) =>
  draw({ status, protection: prot }),
);
