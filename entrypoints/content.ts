import { defineContentScript } from 'wxt/utils/define-content-script';
import { runContentScript } from '../src/content/main';
import { showPrompt } from '../src/ui/prompt';

export default defineContentScript({
  // Only the three sites; any other host would need a permission the organisation must grant.
  matches: ['https://*.x.com/*', 'https://*.twitter.com/*', 'https://*.facebook.com/*', 'https://*.linkedin.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    // TODO(2026-11-21): mountBadge/createHighlighter from src/ui once they land.
    const noop = { update() {}, destroy() {}, set() {}, clear() {} };
    void runContentScript({ showPrompt, mountBadge: () => noop, createHighlighter: () => noop }, ctx.signal);
  },
});
