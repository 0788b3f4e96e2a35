/** facebook.com: Lexical composers (post dialog, comment boxes); comments publish on Enter. */
import type { SiteSpec } from './adapter';

const COMMENT_LABEL = /comment|opmerking|reactie|reageer|antwoord|reply/i;

export const FACEBOOK_SPEC: SiteSpec = {
  id: 'facebook',
  platform: 'facebook',
  composer: ['[data-lexical-editor="true"][contenteditable="true"]', '[role="textbox"][contenteditable="true"]'],
  // Labels are localised; both Dutch and English.
  publish: [
    '[role="dialog"] [role="button"][aria-label="Posten"]',
    '[role="dialog"] [role="button"][aria-label="Plaatsen"]',
    '[role="dialog"] [role="button"][aria-label="Post"]',
    '[role="dialog"] [role="button"][aria-label="Publiceren"]',
    '[role="dialog"] [role="button"][aria-label="Publish"]',
    '[role="button"][aria-label="Opmerking plaatsen"]',
    '[role="button"][aria-label="Comment"]',
  ],
  // "Posting as <Page>": Facebook shows a switcher in the dialog when acting as a page.
  organisationContext: ['[aria-label^="Posten als" i]', '[aria-label^="Plaatsen als" i]', '[aria-label^="Posting as" i]', '[aria-label^="Commenting as" i]', '[aria-label^="Reageren als" i]'],
  media: ['[role="dialog"] img[data-visualcompletion="media-vc-image"]', '[role="dialog"] video', '[aria-label*="Foto verwijderen" i]', '[aria-label*="Remove photo" i]'],
  submitsOnEnter: (editor) => COMMENT_LABEL.test(editor.getAttribute('aria-label') ?? '') && !editor.closest('[role="dialog"]'),
  isReply: (editor) => COMMENT_LABEL.test(editor.getAttribute('aria-label') ?? ''),
  account(editor, handles) {
    if (handles.length === 0) return undefined;
    const label = editor.closest('[role="dialog"]')?.querySelector('[aria-label^="Posten als" i], [aria-label^="Posting as" i]')?.getAttribute('aria-label') ?? '';
    const l = label.toLowerCase();
    return handles.some((h) => l.includes(h)) ? 'organisation' : undefined;
  },
};
