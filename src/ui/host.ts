/**
 * Shadow-root hosts for the in-page UI. Each piece of UI lives in its own host element
 * appended to `<html>` (outside `<body>`, so it is never inside the site's app root or
 * editor), with an open shadow root so the site's CSS cannot style it and ours cannot leak.
 */

/** Attribute every Volle Zaal host carries, so our own listeners can recognise our UI. */
const HOST_ATTRIBUTE = 'data-volle-zaal';

export interface ShadowHost {
  host: HTMLElement;
  root: ShadowRoot;
  remove(): void;
}

/** Create a host `<volle-zaal-{kind}>` with a shadow root holding `css`. */
export function createShadowHost(kind: string, css: string, doc: Document = document): ShadowHost {
  const host = doc.createElement(`volle-zaal-${kind}`);
  host.setAttribute(HOST_ATTRIBUTE, kind);
  const root = host.attachShadow({ mode: 'open' });
  addStyles(root, css);
  doc.documentElement.append(host);
  return { host, root, remove: () => host.remove() };
}

/**
 * Give `root` (a shadow root, or the page for the highlight colours) our CSS. A constructed style
 * sheet first: the page's CSP (`style-src 'self'`) does not govern it. Where that is not allowed
 * (older engines, Firefox content scripts' wrappers), a `<style>` element.
 */
export function addStyles(root: ShadowRoot | Document, css: string, id?: string): void {
  const isDoc = root.nodeType === 9;
  const doc = isDoc ? (root as Document) : (root as ShadowRoot).ownerDocument;
  if (id && (root.querySelector?.(`style#${id}`) || adopted.get(root)?.has(id))) return;
  try {
    const Sheet = doc.defaultView?.CSSStyleSheet;
    if (Sheet && 'adoptedStyleSheets' in root && 'replaceSync' in Sheet.prototype) {
      const sheet = new Sheet();
      sheet.replaceSync(css);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      if (root.adoptedStyleSheets.includes(sheet)) {
        if (id) (adopted.get(root) ?? adopted.set(root, new Set()).get(root)!).add(id);
        return;
      }
    }
  } catch {
    // fall through to a <style> element
  }
  const style = doc.createElement('style');
  if (id) style.id = id;
  style.textContent = css;
  if (isDoc) ((root as Document).head ?? (root as Document).documentElement).append(style);
  else root.append(style);
}
const adopted = new WeakMap<ShadowRoot | Document, Set<string>>();

/** Whether `addStyles` gave `root` the sheet named `id`. */
export function hasStyles(root: ShadowRoot | Document, id: string): boolean {
  return !!(root.querySelector?.(`style#${id}`) || adopted.get(root)?.has(id));
}

/**
 * True when an event came from Volle Zaal's own UI. The content script's capture-phase
 * listeners (Ctrl+Enter, clicks on "Post") should ignore such events.
 */
export function isOwnUiHost(element: Element): boolean {
  return element.hasAttribute(HOST_ATTRIBUTE);
}

export function isOwnUiEvent(event: Event): boolean {
  return event.composedPath().some((node) => node instanceof Element && node.hasAttribute(HOST_ATTRIBUTE));
}

/** Keep events inside a host: the site's document/window listeners never see them. */
export function containEvents(host: HTMLElement, types: readonly string[], signal: AbortSignal): void {
  for (const type of types) host.addEventListener(type, (e) => e.stopPropagation(), { signal });
}

/** Events a modal must keep from the site (keys, and clicks the site may read as "clicked outside"). */
export const CONTAINED_EVENTS = [
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'paste',
  'copy',
  'cut',
  'pointerdown',
  'pointerup',
  'mousedown',
  'mouseup',
  'click',
  'dblclick',
  'touchstart',
  'touchend',
  'focusin',
  'focusout',
  'wheel',
  'contextmenu',
] as const;
