import { defineContentScript } from 'wxt/utils/define-content-script';
import { runContentScript } from '../src/content/main';
import { mountBadge } from '../src/ui/badge';
import { createHighlighter } from '../src/ui/highlights';
import { isOwnUiEvent, isOwnUiHost } from '../src/ui/host';
import { showPrompt } from '../src/ui/prompt';

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
    );
  },
});
