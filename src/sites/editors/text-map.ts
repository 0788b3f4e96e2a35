/**
 * Text of a contenteditable editor root and the mapping between offsets in that
 * text and DOM positions. One walk produces both, so findings computed on the
 * text always land on the right characters (emoji included: UTF-16 offsets).
 */

/** A run of the text that comes from one DOM text node. */
interface Segment {
  node: Text;
  /** Offset of the node's first character in the editor text. */
  start: number;
  end: number;
}

/** Positions that produced a character without a text node (`<br>`, block breaks). */
interface Anchor {
  offset: number;
  /** Place a collapsed range before this node. */
  before: Node;
}

export interface TextMap {
  text: string;
  /** A DOM range for `[start, end)`; null when the offsets fall outside the editor. */
  range(start: number, end: number): Range | null;
  /** A DOM position for one offset, for putting the caret there. */
  position(offset: number): { node: Node; offset: number } | null;
}

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL',
]);

/** Parts of editors that are not the user's text (Quill's list markers and cursor, non-editable widgets). */
function skipped(el: Element): boolean {
  return el.getAttribute('contenteditable') === 'false' || el.classList.contains('ql-ui') || el.classList.contains('ql-cursor') || el.getAttribute('aria-hidden') === 'true';
}

/**
 * Walk an editor root like `innerText` does for editors (blocks and `<br>` become
 * newlines; a `<br>` that only keeps an empty block open counts for nothing).
 */
export function mapText(root: Element): TextMap {
  const segments: Segment[] = [];
  const anchors: Anchor[] = [];
  let text = '';
  // A block boundary is written lazily, only when more text follows, so no trailing newlines appear.
  let pendingBreak = false;
  let started = false;

  const flushBreak = (before: Node) => {
    if (pendingBreak && started) {
      anchors.push({ offset: text.length, before });
      text += '\n';
    }
    pendingBreak = false;
  };

  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      const value = (node as Text).data.replace(/\uFEFF/g, '');
      if (value.length === 0) return;
      flushBreak(node);
      // \uFEFF is stripped above only when the whole node is one; mixed nodes keep offsets honest.
      const data = (node as Text).data;
      segments.push({ node: node as Text, start: text.length, end: text.length + data.length });
      text += data;
      started = true;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (skipped(el)) return;
    if (el.tagName === 'BR') {
      // A trailing <br> in a block is the browser's placeholder for an empty line.
      const isFiller = !hasContentAfter(el);
      if (isFiller) {
        // An empty block still is a line: Lexical's and Quill's `<p><br></p>`.
        if (!blockHasText(el)) {
          flushBreak(el);
          started = true;
        }
        return;
      }
      flushBreak(el);
      anchors.push({ offset: text.length, before: el });
      text += '\n';
      started = true;
      return;
    }
    const block = BLOCK.has(el.tagName) || el.getAttribute('data-block') === 'true';
    if (block) pendingBreak = true;
    for (let c = el.firstChild; c; c = c.nextSibling) visit(c);
    if (block) pendingBreak = true;
  };
  for (let c = root.firstChild; c; c = c.nextSibling) visit(c);

  const position = (offset: number, preferEnd: boolean): { node: Node; offset: number } | null => {
    if (offset < 0 || offset > text.length) return null;
    // Binary search would do; drafts are short and this runs on findings only.
    let candidate: Segment | undefined;
    for (const s of segments) {
      if (offset >= s.start && offset <= s.end) {
        candidate = s;
        if (preferEnd ? offset > s.start : offset < s.end) break;
      }
    }
    if (candidate) return { node: candidate.node, offset: offset - candidate.start };
    const anchor = anchors.find((a) => a.offset === offset);
    if (anchor?.before.parentNode) {
      const parent = anchor.before.parentNode;
      return { node: parent, offset: Array.prototype.indexOf.call(parent.childNodes, anchor.before) };
    }
    if (offset === 0 || segments.length === 0) return { node: root, offset: 0 };
    const last = segments[segments.length - 1]!;
    return { node: last.node, offset: last.node.data.length };
  };

  return {
    text,
    position: (offset) => position(offset, false),
    range(start, end) {
      const a = position(start, false);
      const b = position(end, true);
      if (!a || !b) return null;
      const doc = root.ownerDocument;
      const range = doc.createRange();
      try {
        range.setStart(a.node, a.offset);
        range.setEnd(b.node, b.offset);
      } catch {
        return null;
      }
      return range;
    },
  };
}

function hasContentAfter(el: Element): boolean {
  // Look at following siblings up to the enclosing block.
  let n: Node | null = el;
  while (n) {
    for (let s = n.nextSibling; s; s = s.nextSibling) {
      if (s.nodeType === 3 && (s as Text).data.length > 0) return true;
      if (s.nodeType === 1 && !skipped(s as Element)) return true;
    }
    const parent: Node | null = n.parentNode;
    if (!parent || parent.nodeType !== 1) break;
    const pe = parent as Element;
    if (BLOCK.has(pe.tagName) || pe.getAttribute('data-block') === 'true' || (pe as HTMLElement).isContentEditable === false || pe.getAttribute('contenteditable') === 'true') break;
    n = parent;
  }
  return false;
}

function blockHasText(el: Element): boolean {
  let n: Element | null = el.parentElement;
  while (n && !(BLOCK.has(n.tagName) || n.getAttribute('data-block') === 'true' || n.getAttribute('contenteditable') === 'true')) n = n.parentElement;
  return !!n && (n.textContent ?? '').length > 0;
}
