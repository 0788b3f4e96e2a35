import { render } from 'preact';
import { browser } from 'wxt/browser';
import { activePolicy } from '../../src/distribution/active-policy';
import { send } from '../../src/distribution/protocol';
import { siteForHost } from '../../src/sites';
import { bundledTranslator } from '../../src/ui/i18n';
import '../../src/ui/options/page.css';
import { PopupApp, type Protection } from '../../src/ui/popup/popup-app';

// The bundled messages of the UI language: browser.i18n may answer from another locale
// (Chromium without its language pack), and a page that mixes languages is worse.
const locale = browser.i18n.getUILanguage().toLowerCase().startsWith('nl') ? 'nl' : 'en';
document.documentElement.lang = locale;
const t = bundledTranslator(locale);
const root = document.getElementById('app')!;
const openOptions = () => void browser.runtime.openOptionsPage().then(() => window.close());

/**
 * The tab's URL is only visible on sites the extension has host access to, which are
 * the sites its content script runs on: no URL means "not protected here".
 */
async function protection(): Promise<Protection> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab?.url) return { state: 'unprotected' };
  let host: string;
  try {
    host = new URL(tab.url).hostname;
  } catch {
    return { state: 'unprotected' };
  }
  const policy = await activePolicy();
  const spec = siteForHost(host, policy);
  if (spec) return { state: 'protected', site: spec.platform };
  // A known site switched off by the rule file.
  for (const site of ['x', 'facebook', 'linkedin'] as const)
    if (!policy.sites[site].enabled && siteForHost(host, { ...policy, sites: { ...policy.sites, [site]: { ...policy.sites[site], enabled: true } } }))
      return { state: 'disabled', site };
  return { state: 'unprotected' };
}

const draw = (props: Pick<Parameters<typeof PopupApp>[0], 'status' | 'protection'>) =>
  render(<PopupApp {...props} t={t} locale={locale} openOptions={openOptions} />, root);

draw({ status: null, protection: null });
void Promise.all([send({ kind: 'get-status' }).catch(() => null), protection().catch(() => null)]).then(([status, prot]) =>
  draw({ status, protection: prot }),
);
