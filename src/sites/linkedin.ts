/**
 * linkedin.com: the share box (Quill, since 2026 inside the open shadow root `#interop-outlet`),
 * comment boxes of the new feed (TipTap/ProseMirror under `comment-box`, no form) and the legacy
 * comment form, side by side. Messaging is not publishing. Checked against real-sites.md §1.3.
 */
import type { SiteSpec } from './adapter';

export const LINKEDIN_SPEC: SiteSpec = {
  id: 'linkedin',
  platform: 'linkedin',
  checked: '2026-12-01',
  composer: ['.ql-editor[contenteditable="true"]', '.ProseMirror[contenteditable="true"]', '[role="textbox"][contenteditable="true"]'],
  notComposer: ['.msg-form', '[class*="msg-form"]', '[data-view-name^="messaging"]', '.msg-overlay-conversation-bubble'],
  publish: [
    '.share-actions__primary-action',
    'button[data-view-name="comment-post"]',
    '.comments-comment-box__submit-button',
    'button.comments-comment-box__submit-button--cr',
  ],
  landmarks: ['[data-test-modal]', '[role="dialog"]', '[data-view-name="comment-box"]', 'form', '.comments-comment-box', '[role="listitem"]', '[data-view-name="feed-full-update"]', '.feed-shared-update-v2'],
  organisationContext: ['.share-box-feed-entry__actor--company', '[data-test-share-actor-type="company"]'],
  typeahead: ['.editor-typeahead-fetch [role="listbox"]', '[role="listbox"][id*="typeahead" i]'],
  media: ['.share-creation-state__media img', '.share-creation-state__media video', '.share-images__image'],
  isReply: (editor) => !!editor.closest('.comments-comment-texteditor, .comments-comment-box, [data-view-name="comment-box"], [componentkey^="commentBox-"]'),
  account(_editor, _identity, doc) {
    // Acting as a company page happens on its admin pages.
    if (/^\/company\/[^/]+\/admin\//.test(doc.location?.pathname ?? '')) return 'organisation';
    return undefined;
  },
};
