/**
 * `wxt/browser` in what runs in the page (wxt.config.ts): the content script and the prompt
 * module. Chrome's MV3 `chrome` returns promises for every call they make (storage, runtime
 * messages and URLs, i18n), and Firefox's `browser` is the real thing, so they carry no
 * webextension-polyfill (3 KB gzipped); the extension's pages and background keep it. `browser`
 * counts only with a runtime id: a page element with id="browser" is a global of that name too.
 */
import type { browser as Browser } from 'wxt/browser';

const scope = globalThis as { browser?: typeof Browser; chrome?: typeof Browser };
export const browser = (scope.browser?.runtime?.id ? scope.browser : scope.chrome) as typeof Browser;
