/**
 * Content-script lifetime: load the active policy, pick the site adapter, run the
 * controller, and restart it when the rule file changes.
 */
import { activePolicy, type RegexLoader, watchActivePolicy } from '../distribution/active-policy';
import type { Locale } from '../engine/types';
import { defaultPolicy, type LoadedPolicy } from '../policy';
import { adapterFor } from '../sites';
import type { Gap } from './checker';
import { startController } from './controller';
import type { Ui } from '../ui/port';

/** The UI language: the browser's, when the policy speaks it; else the policy's first. */
export function pickLocale(policy: LoadedPolicy, language: string = navigator.language): Locale {
  const langs = policy.file.languages ?? ['nl', 'en'];
  const wanted = language.toLowerCase().startsWith('en') ? 'en' : 'nl';
  return langs.includes(wanted) ? wanted : (langs[0] ?? 'nl');
}

/**
 * Run on this page until `signal` aborts. `loadRegex` gives the regular-expression engine when
 * the active rule file has a `regex` rule. When the active rule file cannot be loaded here, the
 * organisation's rules are not silently dropped: the bundled default rules run and every composer
 * says "niet beschermd hier" with the reason; the console says why (no draft text).
 */
export async function runContentScript(ui: Ui, signal: AbortSignal, loadRegex: RegexLoader): Promise<void> {
  let current: AbortController | null = null;
  const start = (policy: LoadedPolicy, pageGap?: Gap) => {
    current?.abort();
    current = null;
    if (signal.aborted) return;
    const adapter = adapterFor(location.hostname, policy);
    if (!adapter) return;
    current = new AbortController();
    startController({ adapter, policy, ui, locale: pickLocale(policy), signal: current.signal, pageGap });
  };
  const failed = (error: unknown) => {
    console.error(`Volle Zaal: the active rule file could not be loaded in this page: ${error instanceof Error ? error.message : String(error)}`);
    start(defaultPolicy(), 'rules-not-loaded');
  };
  const stopWatching = watchActivePolicy((policy) => start(policy), loadRegex, failed);
  signal.addEventListener('abort', () => {
    stopWatching();
    current?.abort();
  });
  await activePolicy(loadRegex).then((policy) => start(policy), failed);
}
