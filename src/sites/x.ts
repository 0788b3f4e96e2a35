/** x.com / twitter.com: Draft.js composers (home inline box, compose modal, replies). */
import type { SiteSpec } from './adapter';

export const X_SPEC: SiteSpec = {
  id: 'x',
  platform: 'x',
  composer: ['[data-testid^="tweetTextarea_"]', '.public-DraftEditor-content[contenteditable="true"]'],
  publish: ['[data-testid="tweetButton"]', '[data-testid="tweetButtonInline"]'],
  organisationContext: [],
  media: ['[data-testid="attachments"] img', '[data-testid="attachments"] video'],
  isReply: (editor) =>
    !!editor.closest('[aria-labelledby][role="dialog"]')?.querySelector('[data-testid="tweet"]') ||
    /reply|antwoord|beantwoord/i.test(editor.getAttribute('aria-label') ?? '') ||
    location.pathname.includes('/status/'),
  account(_editor, handles, doc) {
    if (handles.length === 0) return undefined;
    // The side navigation's account switcher shows the signed-in handle.
    const who = doc.querySelector('[data-testid="SideNav_AccountSwitcher_Button"]')?.textContent ?? '';
    const m = who.match(/@([A-Za-z0-9_]{1,15})/);
    return m && handles.includes(m[1]!.toLowerCase()) ? 'organisation' : 'personal';
  },
};
