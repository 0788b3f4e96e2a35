/**
 * facebook.com and business.facebook.com: Lexical composers (post dialog with its two-step
 * Next → Post settings → Post, comment boxes that publish on Enter) and Business Suite's
 * composer. Landmarks checked against real-sites.md §1.2.
 */
import type { SiteSpec } from './adapter';
import { visibleLabel } from './dom';

/** Comment and reply boxes ("Write a comment…", "Comment as Jan", "Reply to Jan"), in Dutch, English and French. */
const COMMENT_LABEL = /comment|opmerking|reactie|reageer|reageren|antwoord|reply|commentaire|répondre/i;

const label = (words: readonly string[]) => words.map((w) => `[role="button"][aria-label="${w}"]`);

export const FACEBOOK_SPEC: SiteSpec = {
  id: 'facebook',
  platform: 'facebook',
  checked: '2026-12-01',
  composer: ['[data-lexical-editor="true"][contenteditable="true"]', '[role="textbox"][contenteditable="true"]', '[contenteditable="true"]'],
  notComposer: ['[aria-label="Messenger"]', '[data-pagelet*="Messenger" i]', '[role="complementary"] [aria-label*="chat" i]'],
  publish: [
    // The post dialog: Post, or Next to the "Post settings" screen (checked there, before anything is published).
    ...label(['Posten', 'Plaatsen', 'Post', 'Publiceren', 'Publish', 'Publier', 'Next', 'Volgende', 'Suivant']).map((s) => `[role="dialog"] ${s}`),
    // The comment submit, rendered only once there is text; the action bar's "Comment" opener is not it.
    '#focused-state-composer-submit [role="button"]',
    '#focused-state-composer-submit[role="button"]',
  ],
  // Business Suite's buttons, whose names carry zero-width spaces; "Save draft" publishes nothing.
  publishLabel: /^(publish|publiceren|publier|schedule|plannen|inplannen|programmer|post|posten|plaatsen|next|volgende|suivant)$/i,
  landmarks: ['form', '[role="dialog"]', '[role="article"]', '[role="main"]'],
  organisationContext: ['[aria-label^="Posten als" i]', '[aria-label^="Plaatsen als" i]', '[aria-label^="Posting as" i]', '[aria-label^="Publier en tant que" i]'],
  // No typeahead selector: a bare [role=listbox] anywhere on the page would let Enter in a comment pass unchecked.
  media: ['[role="dialog"] img[data-visualcompletion="media-vc-image"]', '[role="dialog"] video', '[aria-label*="Foto verwijderen" i]', '[aria-label*="Remove photo" i]', '[aria-label*="Supprimer la photo" i]'],
  submitsOnEnter: (editor) => COMMENT_LABEL.test(editor.getAttribute('aria-label') ?? editor.getAttribute('aria-placeholder') ?? ''),
  isReply: (editor) => COMMENT_LABEL.test(editor.getAttribute('aria-label') ?? ''),
  account(editor, { handles, names }, doc) {
    // Business Suite composes for a Page, named in its account-context heading.
    if (/^business\./.test(doc.location?.hostname ?? '') || /\/latest\/composer/.test(doc.location?.pathname ?? '')) return 'organisation';
    if (handles.length === 0 && names.length === 0) return undefined;
    const own = [...handles, ...names];
    const speaks = (text: string) => {
      const t = text.toLowerCase();
      return own.some((n) => t.includes(n));
    };
    // "Comment as <Name>" on the box itself.
    const boxLabel = editor.getAttribute('aria-label') ?? '';
    if (/^(comment as|reageren als|reageer als|commenter en tant que)/i.test(boxLabel)) return speaks(boxLabel) ? 'organisation' : 'personal';
    // A Page session switches the whole profile: the "Your profile" control names the active identity.
    const profile = doc.querySelector('[aria-label="Your profile" i], [aria-label="Je profiel" i], [aria-label="Jouw profiel" i], [aria-label="Votre profil" i]');
    if (!profile) return 'unknown';
    const who = [...profile.querySelectorAll('[aria-label], [alt], [title]')].map((e) => e.getAttribute('aria-label') ?? e.getAttribute('alt') ?? e.getAttribute('title') ?? '').join(' ') + ' ' + visibleLabel(profile);
    return speaks(who) ? 'organisation' : 'personal';
  },
};
