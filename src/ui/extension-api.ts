/**
 * `wxt/browser` inside the prompt module (wxt.config.ts builds it outside WXT): the extension API
 * of the content script that imports it. The module only calls browser.i18n, which is synchronous
 * in Chrome's `chrome` as in Firefox's `browser`, so no polyfill is needed.
 */
import type { browser as Browser } from 'wxt/browser';

const scope = globalThis as { browser?: typeof Browser; chrome?: typeof Browser };
export const browser = (scope.browser ?? scope.chrome) as typeof Browser;
