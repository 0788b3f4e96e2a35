/**
 * Other hosts, only where the rule file turns them on (`sites.generic`): any textarea or
 * contenteditable. The publish control is the nearest form's submit button, or else a nearby
 * button labelled Post/Plaatsen/Verzenden/Send/Publish/Publiceren; without one the badge says
 * "niet beschermd hier". Platform `other`, account `personal`.
 */
import type { SiteSpec } from './adapter';

const PUBLISH_LABEL = /^(post|posten|plaatsen|verzenden|versturen|send|publish|publiceren)$/i;

function label(el: HTMLElement): string {
  const value = el instanceof el.ownerDocument.defaultView!.HTMLInputElement ? el.value : '';
  return (el.getAttribute('aria-label') || value || el.textContent || '').trim();
}

/** A submit control of the editor's own form, or a button whose label says it publishes. */
function isGenericPublish(control: HTMLElement, editor: HTMLElement): boolean {
  const form = (editor as HTMLTextAreaElement).form ?? editor.closest('form');
  const c = control as HTMLButtonElement | HTMLInputElement;
  if (form && 'form' in c && c.form === form && c.type === 'submit') return true;
  return PUBLISH_LABEL.test(label(control));
}

export const GENERIC_SPEC: SiteSpec = {
  id: 'generic',
  platform: 'other',
  composer: [
    'textarea',
    '[contenteditable="true"]',
    '[contenteditable=""]',
    '[contenteditable="plaintext-only"]',
  ],
  publish: ['button', 'input[type="submit"]', 'input[type="button"]', '[role="button"]'],
  isPublish: isGenericPublish,
  // Always a personal account: there is no organisation context to recognise on an arbitrary site.
  organisationContext: [],
  landmarks: ['form'],
  maxDepth: 6,
  exclusive: true,
};
