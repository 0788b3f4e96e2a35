/** linkedin.com: Quill composers (share box, comment boxes); company admin pages post as the organisation. */
import type { SiteSpec } from './adapter';

export const LINKEDIN_SPEC: SiteSpec = {
  id: 'linkedin',
  platform: 'linkedin',
  composer: ['.ql-editor[contenteditable="true"]', '[role="textbox"][contenteditable="true"]'],
  publish: ['.share-actions__primary-action', '.comments-comment-box__submit-button', 'button.comments-comment-box__submit-button--cr'],
  organisationContext: ['.share-box-feed-entry__actor--company', '[data-test-share-actor-type="company"]'],
  media: ['.share-creation-state__media img', '.share-creation-state__media video', '.share-images__image'],
  isReply: (editor) => !!editor.closest('.comments-comment-texteditor, .comments-comment-box'),
  account() {
    // Acting as a company page happens on its admin pages.
    if (/^\/company\/[^/]+\/admin\//.test(location.pathname)) return 'organisation';
    return undefined;
  },
};
