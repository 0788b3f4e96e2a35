/**
 * Editor adapters by framework, not by site: how to recognise an editor root,
 * read its text and map text offsets to DOM positions. They only read the DOM;
 * nothing here writes into an editor.
 */
import { draftRoot } from './draft';
import { lexicalRoot } from './lexical';
import { quillRoot } from './quill';
import { mapText, type TextMap } from './text-map';

type EditorKind = 'draft' | 'lexical' | 'quill' | 'prosemirror' | 'contenteditable' | 'textarea';

export interface EditorHandle {
  kind: EditorKind;
  /** The element that holds the text and takes focus. */
  root: HTMLElement;
  /** The draft as the user sees it: blocks and line breaks as `\n`. */
  read(): string;
  /** Text plus offset ↔ DOM mapping, from one walk. Null for a textarea (no DOM ranges inside it). */
  map(): TextMap | null;
  /** Focus the editor with the caret at `offset`, without changing its content. */
  placeCaret(offset: number): void;
}

/** Selectors of every editor root we know, most specific first. */
export const EDITOR_SELECTOR = [
  '.public-DraftEditor-content[contenteditable="true"]',
  '[data-lexical-editor="true"][contenteditable="true"]',
  '.ql-editor[contenteditable="true"]',
  '.ProseMirror[contenteditable="true"]',
  '[data-slate-editor="true"][contenteditable="true"]',
  '[contenteditable="true"][role="textbox"]',
  'textarea',
].join(', ');

function kindOf(el: HTMLElement): EditorKind {
  if (el instanceof el.ownerDocument.defaultView!.HTMLTextAreaElement || el.tagName === 'TEXTAREA') return 'textarea';
  if (draftRoot(el)) return 'draft';
  if (lexicalRoot(el)) return 'lexical';
  if (quillRoot(el)) return 'quill';
  if (el.classList.contains('ProseMirror')) return 'prosemirror';
  return 'contenteditable';
}

/** The editor root an element belongs to (the element itself, an ancestor, or a descendant root). */
export function editorRootOf(el: Element): HTMLElement | null {
  const inside = el.closest<HTMLElement>(EDITOR_SELECTOR);
  if (inside) return outermostEditable(inside);
  if ((el as HTMLElement).isContentEditable) {
    return outermostEditable(el as HTMLElement);
  }
  return null;
}

/** Nested contenteditables (Draft's blocks) belong to the outermost editing host. */
function outermostEditable(el: HTMLElement): HTMLElement {
  let root = el;
  let p = el.parentElement;
  while (p && p.isContentEditable && p.getAttribute('contenteditable') !== 'false') {
    root = p;
    p = p.parentElement;
  }
  return root;
}

/** Wrap an editor root. */
export function editorHandle(root: HTMLElement): EditorHandle {
  const kind = kindOf(root);
  if (kind === 'textarea') {
    const ta = root as HTMLTextAreaElement;
    return {
      kind,
      root,
      read: () => ta.value,
      map: () => null,
      placeCaret(offset) {
        ta.focus();
        ta.setSelectionRange(offset, offset);
      },
    };
  }
  return {
    kind,
    root,
    read: () => mapText(root).text,
    map: () => mapText(root),
    placeCaret(offset) {
      root.focus();
      const pos = mapText(root).position(offset);
      const sel = root.ownerDocument.getSelection();
      if (!pos || !sel) return;
      // Moving the selection is all the editors need: each listens to selectionchange.
      sel.collapse(pos.node, pos.offset);
    },
  };
}
