/**
 * Content-script lifetime: read the active rule file, pick the site adapter, run the
 * controller, and restart it when the rule file changes. The engine is loaded on demand
 * (engine-on-demand.ts) and shared by every restart.
 */
import { defaultPageRules, type PageRules, pageRules, type RegexLoader, watchActive } from '../distribution/page-policy';
import type { Locale } from '../engine/types';
import type { PolicySettings } from '../policy/settings';
import { adapterFor } from '../sites';
import type { Gap } from './checker';
import { startController } from './controller';
import type { EngineOnDemand } from './engine-on-demand';
import type { Ui } from '../ui/port';

/** The UI language: the browser's, when the policy speaks it; else the policy's first. */
function pickLocale(policy: PolicySettings, language: string = navigator.language): Locale {
  const langs = policy.file.languages ?? ['nl', 'en'];
  const wanted = language.toLowerCase().startsWith('en') ? 'en' : 'nl';
  return langs.includes(wanted) ? wanted : (langs[0] ?? 'nl');
}

/**
 * Run on this page until `signal` aborts. `loadRegex` gives the regular-expression engine when
 * the active rule file has a `regex` rule; `engine` the checking engine once a composer is found.
 * When the active rule file cannot be loaded here, the organisation's rules are not silently
 * dropped: the bundled default rules run and every composer says "niet beschermd hier" with the
 * reason; the console says why (no draft text).
 */
export async function runContentScript(ui: Ui, signal: AbortSignal, loadRegex: RegexLoader, engine: EngineOnDemand): Promise<void> {
  let current: AbortController | null = null;
  const start = (rules: PageRules, pageGap?: Gap) => {
    current?.abort();
    current = null;
    if (signal.aborted) return;
    const adapter = adapterFor(location.hostname, rules.policy);
    if (!adapter) return;
    current = new AbortController();
    startController({ adapter, rules, engine, ui, locale: pickLocale(rules.policy), signal: current.signal, pageGap });
  };
  const failed = (error: unknown) => {
    console.error(`Volle Zaal: the active rule file could not be loaded in this page: ${error instanceof Error ? error.message : String(error)}`);
    start(defaultPageRules(), 'rules-not-loaded');
  };
  const read = () => pageRules(loadRegex);
  const stopWatching = watchActive(read, (rules) => start(rules), failed);
  signal.addEventListener('abort', () => {
    stopWatching();
    current?.abort();
  });
  await read().then((rules) => start(rules), failed);
}
