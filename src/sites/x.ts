/**
 * x.com / twitter.com: Draft.js composers (home box, compose/reply/quote modal, inline reply,
 * threads) and the narrow layout's textarea. Landmarks checked against real-sites.md §1.1.
 */
import type { SiteSpec } from './adapter';

export const X_SPEC: SiteSpec = {
  id: 'x',
  platform: 'x',
  checked: '2026-12-01',
  // The contenteditable carries `tweetTextarea_N` (N per post of a thread); the narrow layout has a textarea inside it.
  composer: ['[data-testid^="tweetTextarea_"]', '.public-DraftEditor-content[contenteditable="true"]', '[data-testid^="tweetTextarea_"] textarea'],
  // Direct messages are not publications (DM composer names from public scripts; unverified in 2026).
  notComposer: ['[data-testid="dmComposerTextInput"]', '[data-testid="DMDrawer"]', '[data-testid="DmActivityContainer"]'],
  // One `tweetButton` ("Post all") for a whole thread; X moves it when posts are added.
  publish: ['[data-testid="tweetButton"]', '[data-testid="tweetButtonInline"]'],
  // The modal, the home box's or status page's primary column: the editor sits ~20 levels below.
  landmarks: ['[role="dialog"]', '[data-testid="primaryColumn"]', 'main'],
  organisationContext: [],
  typeahead: ['[id^="typeaheadDropdown"]', '[data-testid="typeaheadDropdown"]'],
  media: ['[data-testid="attachments"] img', '[data-testid="attachments"] video'],
  // A reply says so in its label ("Post your reply"); a new post or quote from a modal on a status page is not one.
  isReply: (editor) =>
    /reply|antwoord|répon/i.test(`${editor.getAttribute('aria-label') ?? ''} ${editor.closest('[data-testid^="tweetTextarea"]')?.getAttribute('aria-label') ?? ''}`) ||
    (!editor.closest('[role="dialog"]') && /\/status\//.test(editor.ownerDocument.location?.pathname ?? '')),
  account(_editor, { handles }, doc) {
    if (handles.length === 0) return undefined;
    // The side navigation's account switcher shows the signed-in handle; the narrow layout has none.
    const switcher = doc.querySelector('[data-testid="SideNav_AccountSwitcher_Button"]');
    if (!switcher) return 'unknown';
    const avatar = switcher.querySelector('[data-testid^="UserAvatar-Container-"]')?.getAttribute('data-testid')?.slice('UserAvatar-Container-'.length);
    const m = (switcher.textContent ?? '').match(/@([A-Za-z0-9_]{1,15})/);
    const handle = (avatar || m?.[1] || '').toLowerCase();
    if (!handle) return 'unknown';
    return handles.includes(handle) ? 'organisation' : 'personal';
  },
};
