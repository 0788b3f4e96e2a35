/** DOM helpers that see through open shadow roots and the invisible characters sites put in labels. */

/** The parent element, or the shadow host when `el` is at the top of a shadow tree. */
export function parentAcross(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const parent = el.parentNode;
  return parent && 'host' in parent ? (parent as ShadowRoot).host : null;
}

/** `inner` is `outer` or inside it, also across shadow boundaries. */
export function containsAcross(outer: Node, inner: Node): boolean {
  for (let n: Node | null = inner; n; n = n.parentNode ?? ((n as ShadowRoot).host as Node | undefined) ?? null) if (n === outer) return true;
  return false;
}

/** Zero-width and other invisible characters (Business Suite puts U+200B in its button names). */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;

/** A control's name as a person reads it: aria-label, else its text; invisible characters gone, spaces collapsed. */
export function visibleLabel(el: Element): string {
  const raw = el.getAttribute('aria-label') || el.textContent || '';
  return raw.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}
