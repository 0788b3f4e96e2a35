/**
 * One small interface over the sites: where staff write, what they wrote, which
 * control publishes it, and for whom (personal or organisation account).
 * Site quirks stay in the site files; editor quirks in `editors/`.
 */
import type { AccountKind, Platform } from '../engine/types';
import { EDITOR_SELECTOR, editorHandle, editorRootOf, type EditorHandle } from './editors';

export type SiteId = 'x' | 'facebook' | 'linkedin' | 'generic';

/** Selectors a rule file may override (`sites.<site>.selectors`). */
export interface SelectorOverrides {
  composer?: readonly string[];
  publish?: readonly string[];
  organisationContext?: readonly string[];
}

/** What one site adds to the shared logic. */
export interface SiteSpec {
  id: SiteId;
  platform: Platform;
  /** Editor roots where staff write posts, comments and replies. */
  composer: readonly string[];
  /** Controls that publish; looked up in the composer's nearest container that has one. */
  publish: readonly string[];
  /** Elements whose presence means "posting as the organisation". */
  organisationContext: readonly string[];
  /** How many ancestors to climb looking for the publish control. */
  maxDepth?: number;
  /** Keep only candidates (matches of `publish`) that really publish this editor's draft (generic adapter). */
  isPublish?(control: HTMLElement, editor: HTMLElement): boolean;
  /** The site publishes a comment on plain Enter (Facebook comments). */
  submitsOnEnter?(editor: HTMLElement): boolean;
  isReply?(editor: HTMLElement): boolean;
  /** Organisation context the selectors cannot express (X handles, LinkedIn admin URLs). */
  account?(editor: HTMLElement, handles: readonly string[], doc: Document): AccountKind | undefined;
  /** Media previews attached to this composer. */
  media?: readonly string[];
}

export interface SiteAdapter {
  id: SiteId;
  platform: Platform;
  /** Editor roots under `root` (default: the document). */
  findComposers(root?: ParentNode): HTMLElement[];
  /** The editor root an event target belongs to, if it is a composer of this site. */
  composerOf(target: Element): HTMLElement | null;
  editor(root: HTMLElement): EditorHandle;
  /** The control that publishes this composer's draft; null when the structure is not what we expect. */
  findPublish(editor: HTMLElement): HTMLElement | null;
  submitsOnEnter(editor: HTMLElement): boolean;
  isReply(editor: HTMLElement): boolean;
  account(editor: HTMLElement): AccountKind;
  hasMedia(editor: HTMLElement): boolean;
}

/** Normalise an account handle for comparison (`@Org_BE` → `org_be`). */
export function normalizeHandle(h: string): string {
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

/** Build an adapter from a site spec, with the rule file's selector overrides on top. */
export function createAdapter(spec: SiteSpec, overrides: SelectorOverrides = {}, handles: readonly string[] = [], doc: Document = document): SiteAdapter {
  const composer = overrides.composer?.length ? overrides.composer : spec.composer;
  const publish = overrides.publish?.length ? overrides.publish : spec.publish;
  const orgContext = overrides.organisationContext?.length ? overrides.organisationContext : spec.organisationContext;
  const normalized = handles.map(normalizeHandle);
  const maxDepth = spec.maxDepth ?? 14;

  /**
   * The composer's container: the nearest ancestor holding a publish control. Climbing stops
   * at an ancestor that also holds another composer: controls beyond it belong to that one
   * (a comment box must not claim the post dialog's button).
   */
  const container = (editor: HTMLElement): { box: Element; publish: HTMLElement } | null => {
    let el: Element | null = editor.parentElement;
    for (let i = 0; el && i < maxDepth; i++, el = el.parentElement) {
      if (queryAll(el, composer).some((c) => !editor.contains(c) && !c.contains(editor))) return null;
      const found = queryAll(el, publish).filter((b) => !editor.contains(b) && (!spec.isPublish || spec.isPublish(b as HTMLElement, editor)));
      if (found.length) return { box: el, publish: found[0] as HTMLElement };
    }
    return null;
  };

  const toRoot = (el: Element): HTMLElement | null => {
    const root = editorRootOf(el);
    return root && matches(root, composer) ? root : null;
  };

  return {
    id: spec.id,
    platform: spec.platform,
    findComposers(root: ParentNode = doc) {
      const out = new Set<HTMLElement>();
      for (const el of queryAll(root, composer)) {
        const r = editorRootOf(el) ?? (el as HTMLElement);
        if (r.matches(EDITOR_SELECTOR) || r.isContentEditable) out.add(r);
      }
      return [...out];
    },
    composerOf(target) {
      const direct = toRoot(target);
      if (direct) return direct;
      // Override selectors may name a wrapper around the editor.
      const wrapper = queryAll(doc, composer).find((w) => w.contains(target));
      return wrapper ? editorRootOf(target) : null;
    },
    editor: editorHandle,
    findPublish: (editor) => container(editor)?.publish ?? null,
    submitsOnEnter: (editor) => spec.submitsOnEnter?.(editor) ?? false,
    isReply: (editor) => spec.isReply?.(editor) ?? false,
    account(editor) {
      const own = spec.account?.(editor, normalized, doc);
      if (own) return own;
      const scope = container(editor)?.box ?? editor.closest('[role="dialog"]') ?? doc;
      return queryAll(scope, orgContext).length > 0 ? 'organisation' : 'personal';
    },
    hasMedia(editor) {
      if (!spec.media?.length) return false;
      const scope = container(editor)?.box ?? editor.parentElement;
      return !!scope && queryAll(scope, spec.media).length > 0;
    },
  };
}
