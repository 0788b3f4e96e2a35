import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { RegexEngine } from '../src/engine/patterns';
import { REGEX_ENGINE_FILE } from '../src/policy/constants';
import { runContentScript } from '../src/content/main';
import { mountBadge } from '../src/ui/badge';
import { createHighlighter } from '../src/ui/highlights';
import { isOwnUiEvent, isOwnUiHost } from '../src/ui/host';
import { showPrompt } from '../src/ui/prompt';

/**
 * The regular-expression engine, imported from the extension only when the active rule file has
 * a `regex` rule: most policies have none, and it would be a third of this script.
 */
async function loadRegex(): Promise<RegexEngine> {
  const url = browser.runtime.getURL(`/${REGEX_ENGINE_FILE}` as Parameters<typeof browser.runtime.getURL>[0]);
  const module = (await import(/* @vite-ignore */ url)) as { re2?: RegexEngine };
  if (typeof module.re2 !== 'function') throw new Error(`${REGEX_ENGINE_FILE} has no regular-expression engine`);
  return module.re2;
}

export default defineContentScript({
  // Only the three sites; any other host would need a permission the organisation must grant.
  matches: ['https://*.x.com/*', 'https://*.twitter.com/*', 'https://*.facebook.com/*', 'https://*.linkedin.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    void runContentScript(
      {
        showPrompt,
        mountBadge: (composer, locale) => mountBadge(composer, { locale }),
        createHighlighter: (locale) => createHighlighter({ locale }),
        isOwnEvent: isOwnUiEvent,
        isOwnHost: isOwnUiHost,
      },
      ctx.signal,
      loadRegex,
    );
  },
});
