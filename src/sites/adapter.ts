/**
 * One small interface over the sites: where staff write, what they wrote, which
 * control publishes it, and for whom (personal or organisation account).
 * Site quirks stay in the site files; editor quirks in `editors/`. Shadow roots and
 * several editors per composer are handled here, for every site alike.
 */
import type { AccountKind, Platform } from '../engine/types';
import { EDITOR_SELECTOR, editorHandle, editorRootOf, type EditorHandle } from './editors';
import { parentAcross, visibleLabel } from './dom';

type SiteId = 'x' | 'facebook' | 'linkedin' | 'generic';

/** An account kind, or `unknown` when the page does not say (the badge then says so). */
type AccountReading = AccountKind | 'unknown';

/** Selectors a rule file may override (`sites.<site>.selectors`). */
export interface SelectorOverrides {
  composer?: readonly string[];
  publish?: readonly string[];
  organisationContext?: readonly string[];
}

/** Who the policy says the organisation is on this platform. */
interface Identity {
  /** Handles (`@zorgoost`), normalised. */
  handles: readonly string[];
  /** The organisation's name and aliases. */
  names: readonly string[];
}

/** What one site adds to the shared logic. Each site keeps its landmarks in its own file. */
export interface SiteSpec {
  id: SiteId;
  platform: Platform;
  /** When the landmarks were last checked against `real-sites.md` (its sources), as YYYY-MM-DD. */
  checked?: string;
  /** Editor roots where staff write posts, comments and replies. */
  composer: readonly string[];
  /** Editors inside these are not publishing composers (direct messages). */
  notComposer?: readonly string[];
  /** Controls that publish (or lead to the screen that does: Facebook's Next). */
  publish: readonly string[];
  /**
   * Labels of publish controls that no selector names (Business Suite): matched against a
   * `button`/`[role=button]`'s accessible name with invisible characters removed.
   */
  publishLabel?: RegExp;
  /**
   * The site's own landmarks around a composer (dialog, toolbar region, primary column, comment
   * box). The publish control is the nearest one on the way up from the editor, and the climb
   * never goes past the first landmark: no fixed number of levels.
   */
  landmarks: readonly string[];
  /** Only for sites without landmarks (the generic adapter): how far to climb. */
  maxDepth?: number;
  /** Stop climbing at an ancestor holding another composer (sites without landmarks: no shared controls). */
  exclusive?: boolean;
  /** Elements whose presence means "posting as the organisation". */
  organisationContext: readonly string[];
  /** An open mention typeahead: Enter picks a name then, it does not publish. */
  typeahead?: readonly string[];
  /** Keep only candidates (matches of `publish`) that really publish this editor's draft (generic adapter). */
  isPublish?(control: HTMLElement, editor: HTMLElement): boolean;
  /** The site publishes on plain Enter (Facebook comments). */
  submitsOnEnter?(editor: HTMLElement): boolean;
  isReply?(editor: HTMLElement): boolean;
  /** Organisation context the selectors cannot express (X handles, Facebook's active profile, LinkedIn admin URLs). */
  account?(editor: HTMLElement, identity: Identity, doc: Document): AccountReading | undefined;
  /** Media previews attached to this composer. */
  media?: readonly string[];
}

export interface SiteAdapter {
  id: SiteId;
  platform: Platform;
  /** Editor roots under each of `roots` (the document and open shadow roots). */
  findComposers(...roots: ParentNode[]): HTMLElement[];
  /** The editor root an element belongs to, if it is a composer of this site. */
  composerOf(target: Element): HTMLElement | null;
  editor(root: HTMLElement): EditorHandle;
  /** The control that publishes this composer's draft; null when the structure is not what we expect. */
  findPublish(editor: HTMLElement): HTMLElement | null;
  /** Every control that publishes it (Business Suite: Publish and Schedule), the main one first. */
  publishControls(editor: HTMLElement): HTMLElement[];
  /** The landmark (or nearest container) the composer lives in: where its siblings and controls are. */
  scope(editor: HTMLElement): Element | null;
  /** A button-like element that, by its label, publishes (for holding when the selectors failed). */
  looksLikePublish(control: Element): boolean;
  submitsOnEnter(editor: HTMLElement): boolean;
  isReply(editor: HTMLElement): boolean;
  account(editor: HTMLElement): AccountReading;
  hasMedia(editor: HTMLElement): boolean;
  /** A mention typeahead is open for this editor. */
  typeaheadOpen(editor: HTMLElement): boolean;
}

/** Normalise an account handle for comparison (`@Org_BE` → `org_be`). */
function normalizeHandle(h: string): string {
  return h.trim().replace(/^@/, '').toLowerCase();
}

function matches(el: Element, selectors: readonly string[]): boolean {
  for (const s of selectors) {
    try {
      if (el.matches(s)) return true;
    } catch {
      // A bad selector from a rule file must not take the others down.
    }
  }
  return false;
}

function queryAll(root: ParentNode, selectors: readonly string[]): Element[] {
  const out: Element[] = [];
  for (const s of selectors) {
    try {
      out.push(...root.querySelectorAll(s));
    } catch {
      /* see matches() */
    }
  }
  return out;
}

function closestOf(el: Element, selectors: readonly string[]): Element | null {
  for (let e: Element | null = el; e; e = e.parentElement) if (matches(e, selectors)) return e;
  return null;
}

/** Rendered (not `hidden`, not display:none): the second screen of a dialog may keep the first in the DOM. */
function shown(el: Element): boolean {
  return !el.closest('[hidden], [aria-hidden="true"]');
}

/** Publish labels in Dutch, English and French, for the fail-closed hold when the selectors found nothing. */
const PUBLISH_WORDS = /^(post|post all|posten|alles posten|plaatsen|publish|publiceren|publier|reply|antwoorden|beantwoorden|répondre|comment|reageren|commenter|next|volgende|suivant|share|delen|partager|send|verzenden|envoyer|schedule|plannen|programmer)$/i;

/** Build an adapter from a site spec, with the rule file's selector overrides on top. */
export function createAdapter(
  spec: SiteSpec,
  overrides: SelectorOverrides = {},
  handles: readonly string[] = [],
  doc: Document = document,
  names: readonly string[] = [],
): SiteAdapter {
  const composer = overrides.composer?.length ? overrides.composer : spec.composer;
  const publish = overrides.publish?.length ? overrides.publish : spec.publish;
  const orgContext = overrides.organisationContext?.length ? overrides.organisationContext : spec.organisationContext;
  const identity: Identity = { handles: handles.map(normalizeHandle), names: names.map((n) => n.toLowerCase()).filter(Boolean) };
  const maxDepth = spec.maxDepth ?? Infinity;

  const candidates = (box: Element, editor: HTMLElement): HTMLElement[] => {
    const found = queryAll(box, publish);
    if (spec.publishLabel) {
      const label = spec.publishLabel;
      for (const b of queryAll(box, ['button', '[role="button"]'])) if (label.test(visibleLabel(b))) found.push(b);
    }
    return (found as HTMLElement[]).filter((b) => !editor.contains(b) && (!spec.isPublish || spec.isPublish(b, editor)));
  };

  /**
   * The composer's container: the nearest ancestor (across shadow boundaries) holding a publish
   * control, never beyond the first landmark. Rendered controls win over hidden ones.
   */
  const container = (editor: HTMLElement): { box: Element; publish: HTMLElement | null; all: HTMLElement[] } | null => {
    let el = parentAcross(editor);
    for (let i = 0; el && i < maxDepth; i++, el = parentAcross(el)) {
      if (spec.exclusive && queryAll(el, composer).some((c) => !editor.contains(c) && !c.contains(editor))) return null;
      const found = candidates(el, editor);
      if (found.length) {
        const visible = found.filter(shown);
        return { box: el, publish: visible[0] ?? found[0]!, all: visible.length ? visible : found };
      }
      if (matches(el, spec.landmarks)) return { box: el, publish: null, all: [] };
    }
    return null;
  };

  const isComposer = (root: HTMLElement) => !(spec.notComposer && closestOf(root, spec.notComposer));

  const toRoot = (el: Element): HTMLElement | null => {
    const root = editorRootOf(el);
    return root && matches(root, composer) && isComposer(root) ? root : null;
  };

  return {
    id: spec.id,
    platform: spec.platform,
    findComposers(...roots: ParentNode[]) {
      const out = new Set<HTMLElement>();
      for (const root of roots.length ? roots : [doc]) {
        for (const el of queryAll(root, composer)) {
          const r = editorRootOf(el) ?? (el as HTMLElement).querySelector?.<HTMLElement>(EDITOR_SELECTOR) ?? (el as HTMLElement);
          if ((r.matches(EDITOR_SELECTOR) || r.isContentEditable) && isComposer(r)) out.add(r);
        }
      }
      // Page order (a thread's posts, then the next composer); trees of different roots keep their order.
      return [...out].sort((a, b) => (a.getRootNode() === b.getRootNode() && b.compareDocumentPosition(a) & 4 ? 1 : a.getRootNode() === b.getRootNode() ? -1 : 0));
    },
    composerOf(target) {
      const direct = toRoot(target);
      if (direct) return direct;
      // Override selectors may name a wrapper around the editor.
      const root = editorRootOf(target);
      if (!root || !isComposer(root)) return null;
      return closestOf(root, composer) ? root : null;
    },
    editor: editorHandle,
    findPublish: (editor) => container(editor)?.publish ?? null,
    publishControls: (editor) => container(editor)?.all ?? [],
    scope: (editor) => container(editor)?.box ?? closestOf(editor, spec.landmarks),
    looksLikePublish: (control) => PUBLISH_WORDS.test(visibleLabel(control)),
    submitsOnEnter: (editor) => spec.submitsOnEnter?.(editor) ?? false,
    isReply: (editor) => spec.isReply?.(editor) ?? false,
    account(editor) {
      const own = spec.account?.(editor, identity, doc);
      if (own) return own;
      const scope = container(editor)?.box ?? editor.closest('[role="dialog"]') ?? doc;
      return queryAll(scope, orgContext).length > 0 ? 'organisation' : 'personal';
    },
    hasMedia(editor) {
      if (!spec.media?.length) return false;
      const scope = container(editor)?.box ?? editor.parentElement;
      return !!scope && queryAll(scope, spec.media).length > 0;
    },
    typeaheadOpen(editor) {
      // The combobox pattern (Lexical's typeahead menu sets these on the editor).
      if (editor.getAttribute('aria-expanded') === 'true' || editor.getAttribute('aria-activedescendant')) return true;
      if (!spec.typeahead?.length) return false;
      const root = editor.getRootNode() as ParentNode;
      return [root, ...(root === doc ? [] : [doc])].some((r) => queryAll(r, spec.typeahead!).some(shown));
    },
  };
}
