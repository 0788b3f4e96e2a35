/**
 * Shadow-root hosts for the in-page UI. Each piece of UI lives in its own host element
 * appended to `<html>` (outside `<body>`, so it is never inside the site's app root or
 * editor), with an open shadow root so the site's CSS cannot style it and ours cannot leak.
 */

/** Attribute every Volle Zaal host carries, so our own listeners can recognise our UI. */
export const HOST_ATTRIBUTE = 'data-volle-zaal';

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
  const style = doc.createElement('style');
  style.textContent = css;
  root.append(style);
  doc.documentElement.append(host);
  return { host, root, remove: () => host.remove() };
}

/**
 * True when an event came from Volle Zaal's own UI. The content script's capture-phase
 * listeners (Ctrl+Enter, clicks on "Post") should ignore such events.
 */
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
