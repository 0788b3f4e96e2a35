/**
 * Where composers can be: the document and every open shadow root in it, including roots
 * attached later (LinkedIn mounts its share box in `#interop-outlet`'s shadow root). One
 * MutationObserver per tree raises a flag; the owner decides when to look again.
 */
/** Which elements host our own UI (their shadow roots are never composers); injected by the UI layer. */
export type OwnHostTest = (element: Element) => boolean;

/** Every open shadow root under `root` (nested ones too), except those of our own UI. */
export function openShadowRoots(root: Document | ShadowRoot, isOwnHost: OwnHostTest = () => false): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  const visit = (tree: Document | ShadowRoot) => {
    for (const el of tree.querySelectorAll('*')) {
      const shadow = el.shadowRoot;
      if (shadow && !isOwnHost(el)) {
        out.push(shadow);
        visit(shadow);
      }
    }
  };
  visit(root);
  return out;
}

/** The element an event really happened on, inside open shadow roots (`target` is retargeted to the host). */
export function eventElement(event: Event): Element | null {
  const first = event.composedPath()[0] ?? event.target;
  if (first instanceof Element) return first;
  return first instanceof Node ? first.parentElement : null;
}

export interface TreeWatcher {
  /** The document and the open shadow roots known now (found again by `refresh`). */
  roots(): Array<Document | ShadowRoot>;
  /** Look for shadow roots again and observe the new ones. */
  refresh(): void;
  disconnect(): void;
}

/** Observe the document and its open shadow roots; `onChange` gets every batch of records. */
export function watchTrees(doc: Document, onChange: (records: MutationRecord[]) => void, isOwnHost?: OwnHostTest): TreeWatcher {
  const observed = new Set<Document | ShadowRoot>();
  const observer = new MutationObserver(onChange);
  const observe = (root: Document | ShadowRoot) => {
    if (observed.has(root)) return;
    observed.add(root);
    observer.observe(root === doc ? (doc.body ?? doc.documentElement) : root, { childList: true, subtree: true });
  };
  const refresh = () => {
    // Roots whose host left the page are dropped (the observer lets go of them with their nodes).
    for (const root of observed) if (root !== doc && !(root as ShadowRoot).host.isConnected) observed.delete(root);
    for (const shadow of openShadowRoots(doc, isOwnHost)) observe(shadow);
  };
  observe(doc);
  refresh();
  return { roots: () => [...observed], refresh, disconnect: () => observer.disconnect() };
}
