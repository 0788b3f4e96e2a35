import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { RegexEngine } from '../src/engine/patterns';
import type { EngineModule } from '../src/policy/engine-module';
import { ENGINE_MODULE_FILE, REGEX_ENGINE_FILE } from '../src/policy/constants';
import { atIdle, engineOnDemand } from '../src/content/engine-on-demand';
import { runContentScript } from '../src/content/main';
import { mountBadge } from '../src/ui/badge';
import { createHighlighter } from '../src/ui/highlights';
import { isOwnUiEvent, isOwnUiHost } from '../src/ui/host';
import { defaultTranslator } from '../src/ui/i18n';
import { showNotice } from '../src/ui/notice';
import { PROMPT_MODULE_FILE } from '../src/ui/page-keys';
import { promptOnDemand, type PromptModule } from '../src/ui/prompt-on-demand';

/** The extension's ES module `file` (web accessible, wxt.config.ts), checked to export the functions `names`. */
async function importModule<T>(file: string, names: ReadonlyArray<keyof T & string>): Promise<T> {
  const url = browser.runtime.getURL(`/${file}` as Parameters<typeof browser.runtime.getURL>[0]);
  const module = (await import(/* @vite-ignore */ url)) as Record<string, unknown>;
  for (const name of names) if (typeof module[name] !== 'function') throw new Error(`${file} has no ${name}`);
  return module as T;
}

/**
 * The regular-expression engine, imported from the extension only when the active rule file has
 * a `regex` rule: most policies have none, and it would be a third of this script.
 */
const loadRegex = async () => (await importModule<{ re2: RegexEngine }>(REGEX_ENGINE_FILE, ['re2'])).re2;

/** The checking engine, imported once a composer is found (src/content/engine-on-demand.ts). */
const engine = engineOnDemand(() => importModule<EngineModule>(ENGINE_MODULE_FILE, ['compileEngine', 'checkDraft']));

/** The prompt and Preact, imported once a composer is found (src/ui/prompt-on-demand.ts). */
const prompt = promptOnDemand(() => importModule<PromptModule>(PROMPT_MODULE_FILE, ['showPrompt']));
let preloading = false;
const preloadPrompt = () => {
  if (preloading) return;
  preloading = true;
  atIdle(() => prompt.preload(), 2000);
};

export default defineContentScript({
  // Only the three sites; any other host would need a permission the organisation must grant.
  matches: ['https://*.x.com/*', 'https://*.twitter.com/*', 'https://*.facebook.com/*', 'https://*.linkedin.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    void runContentScript(
      {
        showPrompt: (request) => prompt.showPrompt(request),
        // A badge is mounted when a composer is found: the prompt's module is fetched then, at idle.
        mountBadge: (composer, locale) => (preloadPrompt(), mountBadge(composer, { locale })),
        createHighlighter: (locale) => createHighlighter({ locale }),
        engineUnavailable: (locale) => void showNotice('notice_engine_unavailable', defaultTranslator(locale)),
        isOwnEvent: isOwnUiEvent,
        isOwnHost: isOwnUiHost,
      },
      ctx.signal,
      loadRegex,
      engine,
    );
  },
});
