/**
 * Underlines for findings without touching the editor's DOM. Editor frameworks (Draft.js,
 * Lexical, Quill) own their DOM; inserting spans broke them for others (draft-js #616,
 * quill #574). So: the CSS Custom Highlight API where it exists, and otherwise boxes drawn
 * from `range.getClientRects()` in a shadow-root overlay. A tooltip with the reason follows
 * the mouse (hit-testing the ranges' rectangles) and the caret (selectionchange).
 */
import { SEVERITY_RANK, type Finding, type ReportedSeverity } from '../engine/types';
import { addStyles, createShadowHost, isOwnUiEvent, type ShadowHost } from './host';
import { defaultTranslator, type Translate, type UiLocale } from './i18n';
import { HIGHLIGHT_PAGE_CSS, MARKS_CSS } from './styles';

interface Mark {
  range: Range;
  finding: Finding;
}

export interface HighlighterOptions {
  t?: Translate;
  locale?: UiLocale;
  document?: Document;
  /** Draw boxes even where the Highlight API exists (tests, or a site whose CSS hides highlights). */
  forceFallback?: boolean;
}

export interface Highlighter {
  /** Replace all marks. The only call that does real work; ranges stay live as the editor changes. */
  set(marks: Mark[]): void;
  clear(): void;
  destroy(): void;
}

const SEVERITIES: readonly ReportedSeverity[] = ['info', 'warn', 'block'];
/** Highlight names (and `::highlight()` selectors in the page style). */
const HIGHLIGHT_NAMES: Record<ReportedSeverity, string> = {
  info: 'volle-zaal-info',
  warn: 'volle-zaal-warn',
  block: 'volle-zaal-block',
};
const PAGE_STYLE_ID = 'volle-zaal-highlight-style';
const HIDE_DELAY_MS = 300;
/** While keys are coming, the caret's tooltip waits until typing pauses this long (no work per keystroke). */
const TYPING_QUIET_MS = 150;

/** The Highlight API's shapes, typed here so older DOM typings do not matter. */
interface HighlightLike {
  add(range: Range): unknown;
  delete(range: Range): boolean;
  priority: number;
  readonly size: number;
}
interface HighlightApi {
  registry: Map<string, HighlightLike>;
  create(): HighlightLike;
}

function highlightApi(win: Window): HighlightApi | undefined {
  const css = (win as unknown as { CSS?: { highlights?: Map<string, HighlightLike> } }).CSS;
  const Ctor = (win as unknown as { Highlight?: new () => HighlightLike }).Highlight;
  if (!css?.highlights || typeof Ctor !== 'function') return undefined;
  return { registry: css.highlights, create: () => new Ctor() };
}

/**
 * One Highlight per severity per document, shared by all highlighters (one per composer):
 * `CSS.highlights` is page-global, so instances add and remove only their own ranges.
 */
interface SharedHighlights {
  bySeverity: Map<ReportedSeverity, HighlightLike>;
  users: number;
}
const shared = new WeakMap<Document, SharedHighlights>();

function acquireShared(doc: Document, api: HighlightApi): SharedHighlights {
  let entry = shared.get(doc);
  if (!entry) {
    entry = { bySeverity: new Map(), users: 0 };
    for (const severity of SEVERITIES) {
      const highlight = api.create();
      // A range marked twice shows the stronger colour.
      highlight.priority = SEVERITY_RANK[severity];
      entry.bySeverity.set(severity, highlight);
      api.registry.set(HIGHLIGHT_NAMES[severity], highlight);
    }
    shared.set(doc, entry);
  }
  entry.users++;
  addStyles(doc, HIGHLIGHT_PAGE_CSS, PAGE_STYLE_ID);
  return entry;
}

function releaseShared(doc: Document, api: HighlightApi): void {
  const entry = shared.get(doc);
  if (!entry || --entry.users > 0) return;
  for (const severity of SEVERITIES) {
    if (api.registry.get(HIGHLIGHT_NAMES[severity]) === entry.bySeverity.get(severity)) api.registry.delete(HIGHLIGHT_NAMES[severity]);
  }
  shared.delete(doc);
}

/** Same boundary points (live ranges: a range the editor's re-render collapsed no longer matches). */
function sameRange(a: Range, b: Range): boolean {
  return a === b || (a.startContainer === b.startContainer && a.startOffset === b.startOffset && a.endContainer === b.endContainer && a.endOffset === b.endOffset);
}

function rectsOf(range: Range): DOMRect[] {
  try {
    return [...range.getClientRects()].filter((r) => r.width > 0 || r.height > 0);
  } catch {
    return []; // a range whose nodes left the document
  }
}

/** Create a highlighter for the page (one per composer is fine; they share the highlights). */
export function createHighlighter(options: HighlighterOptions = {}): Highlighter {
  const doc = options.document ?? document;
  const win = doc.defaultView ?? window;
  const t = options.t ?? defaultTranslator(options.locale);
  const api = options.forceFallback ? undefined : highlightApi(win);
  const registry = api ? acquireShared(doc, api) : undefined;
  const lifetime = new AbortController();
  const signal = lifetime.signal;

  let marks: Mark[] = [];
  let overlay: ShadowHost | undefined;
  let boxes: HTMLElement | undefined;
  let tooltip: HTMLElement | undefined;
  let announcer: HTMLElement | undefined;
  let shown: { mark: Mark; by: 'mouse' | 'caret' } | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;

  // One overlay for boxes (fallback) and the tooltip; created when first needed.
  const ensureOverlay = (): ShadowHost => {
    if (overlay) return overlay;
    overlay = createShadowHost('marks', MARKS_CSS, doc);
    boxes = doc.createElement('div');
    tooltip = doc.createElement('div');
    tooltip.className = 'tooltip';
    tooltip.setAttribute('role', 'tooltip');
    tooltip.hidden = true;
    announcer = doc.createElement('div');
    announcer.className = 'sr-only';
    announcer.setAttribute('role', 'status');
    announcer.setAttribute('aria-live', 'polite');
    overlay.root.append(boxes, tooltip, announcer);
    // The tooltip must stay while the pointer is on it (WCAG 1.4.13, hoverable).
    tooltip.addEventListener('mouseenter', () => clearTimeout(hideTimer), { signal });
    tooltip.addEventListener('mouseleave', () => scheduleHide(), { signal });
    return overlay;
  };

  const drawBoxes = () => {
    if (api || !boxes) return;
    boxes.replaceChildren();
    for (const { range, finding } of marks) {
      for (const rect of rectsOf(range)) {
        const box = doc.createElement('div');
        box.className = `box sev-${finding.severity}`;
        box.style.left = `${rect.left}px`;
        box.style.top = `${rect.top}px`;
        box.style.width = `${rect.width}px`;
        box.style.height = `${rect.height}px`;
        boxes.append(box);
      }
    }
  };

  const hide = () => {
    clearTimeout(hideTimer);
    shown = undefined;
    if (tooltip) tooltip.hidden = true;
  };
  const scheduleHide = () => {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hide, HIDE_DELAY_MS);
  };

  const show = (mark: Mark, by: 'mouse' | 'caret', anchor: DOMRect) => {
    clearTimeout(hideTimer);
    ensureOverlay();
    const tip = tooltip!;
    if (shown?.mark !== mark) {
      tip.className = `tooltip sev-${mark.finding.severity}`;
      const label = doc.createElement('strong');
      // Named, so nobody mistakes it for the site's own tooltip.
      label.textContent = `${t('mark_label')} · ${t(`prompt_severity_${mark.finding.severity}`)}`;
      tip.replaceChildren(label, doc.createTextNode(mark.finding.message));
      // Keyboard users get the reason read out once when the caret enters a marked range.
      if (by === 'caret' && announcer) announcer.textContent = `${label.textContent}: ${mark.finding.message}`;
    }
    shown = { mark, by };
    // A caret tooltip may sit over the site's buttons (Post is often right below the text):
    // clicks go through it. A hover tooltip stays hoverable (WCAG 1.4.13).
    tip.classList.toggle('passive', by === 'caret');
    tip.hidden = false;
    const height = tip.getBoundingClientRect().height || 0;
    const below = anchor.bottom + 6;
    const top = below + height > win.innerHeight && anchor.top - 6 - height > 0 ? anchor.top - 6 - height : below;
    tip.style.top = `${Math.round(top)}px`;
    tip.style.left = `${Math.round(Math.max(8, Math.min(anchor.left, win.innerWidth - 8 - (tip.getBoundingClientRect().width || 0))))}px`;
  };

  const hitTest = (x: number, y: number): { mark: Mark; rect: DOMRect } | undefined => {
    // Later marks win, like the stronger highlight painted on top.
    let hit: { mark: Mark; rect: DOMRect } | undefined;
    for (const mark of marks) {
      for (const rect of rectsOf(mark.range)) {
        if (x >= rect.left && x <= rect.right && y >= rect.top - 2 && y <= rect.bottom + 2) {
          if (!hit || SEVERITY_RANK[mark.finding.severity] >= SEVERITY_RANK[hit.mark.finding.severity]) hit = { mark, rect };
        }
      }
    }
    return hit;
  };

  // Mouse: at most one hit test per frame, and none at all without marks.
  let pointer: { x: number; y: number; onTooltip: boolean } | undefined;
  let pointerFrame = 0;
  const onPointerFrame = () => {
    pointerFrame = 0;
    if (!pointer) return;
    if (pointer.onTooltip) return clearTimeout(hideTimer);
    const hit = hitTest(pointer.x, pointer.y);
    if (hit) show(hit.mark, 'mouse', hit.rect);
    else if (shown?.by === 'mouse') scheduleHide();
  };
  doc.addEventListener(
    'mousemove',
    (event) => {
      if (marks.length === 0) return;
      const onTooltip = !!tooltip && event.composedPath().includes(tooltip);
      // Over our own UI (the prompt's backdrop covers the marked text): no tooltip from below it.
      if (!onTooltip && isOwnUiEvent(event)) {
        pointer = undefined;
        if (shown?.by === 'mouse') hide();
        return;
      }
      pointer = { x: event.clientX, y: event.clientY, onTooltip };
      if (!pointerFrame) pointerFrame = win.requestAnimationFrame(onPointerFrame);
    },
    { passive: true, signal },
  );

  // Caret: when it sits inside a marked range, show that finding's reason. Typing moves the caret
  // on every key: then the look (a hit test and a layout read) waits for a pause in typing.
  const now = () => win.performance?.now() ?? Date.now();
  let lastKeyAt = -Infinity;
  let caretFrame = 0;
  let caretTimer: ReturnType<typeof setTimeout> | undefined;
  const onCaretSettled = () => {
    caretTimer = undefined;
    const typedAgo = now() - lastKeyAt;
    if (typedAgo < TYPING_QUIET_MS) caretTimer = setTimeout(onCaretSettled, TYPING_QUIET_MS - typedAgo);
    else onCaretFrame();
  };
  const onCaretFrame = () => {
    caretFrame = 0;
    const selection = doc.getSelection();
    const node = selection?.focusNode;
    if (!selection || !node) return;
    const mark = marks.find(({ range }) => {
      try {
        return range.isPointInRange(node, selection.focusOffset);
      } catch {
        return false;
      }
    });
    if (mark) {
      const rect = rectsOf(mark.range)[0];
      if (rect) show(mark, 'caret', rect);
    } else if (shown?.by === 'caret') hide();
  };
  doc.addEventListener(
    'selectionchange',
    () => {
      if ((marks.length === 0 && !shown) || caretFrame || caretTimer !== undefined) return;
      if (now() - lastKeyAt < TYPING_QUIET_MS) caretTimer = setTimeout(onCaretSettled, TYPING_QUIET_MS);
      else caretFrame = win.requestAnimationFrame(onCaretFrame);
    },
    { signal },
  );

  // A click elsewhere (the site's Post button, say) closes the tooltip.
  doc.addEventListener(
    'pointerdown',
    (event) => {
      if (shown && !(tooltip && event.composedPath().includes(tooltip))) hide();
    },
    { capture: true, passive: true, signal },
  );

  // Esc dismisses the tooltip (WCAG 1.4.13); it is not consumed, the site may use it too.
  win.addEventListener(
    'keydown',
    (event) => {
      lastKeyAt = event.timeStamp || now();
      if (event.key === 'Escape') hide();
    },
    { capture: true, passive: true, signal },
  );

  // Boxes are positioned in the viewport: redraw (once per frame) when anything scrolls or resizes.
  let layoutFrame = 0;
  const onLayout = () => {
    if (marks.length === 0 || layoutFrame) return;
    layoutFrame = win.requestAnimationFrame(() => {
      layoutFrame = 0;
      drawBoxes();
      if (shown) {
        const rect = rectsOf(shown.mark.range)[0];
        if (rect) show(shown.mark, shown.by, rect);
        else hide();
      }
    });
  };
  if (!api) {
    win.addEventListener('scroll', onLayout, { capture: true, passive: true, signal });
    win.addEventListener('resize', onLayout, { passive: true, signal });
  } else {
    win.addEventListener('scroll', () => shown && onLayout(), { capture: true, passive: true, signal });
  }

  const removeOwnRanges = () => {
    if (!registry) return;
    for (const { range, finding } of marks) registry.bySeverity.get(finding.severity)?.delete(range);
  };

  const set = (next: Mark[]) => {
    if (signal.aborted) return;
    const wanted = next.filter((m) => m.finding.severity in HIGHLIGHT_NAMES);
    if (registry) {
      // Each change to a highlight repaints its ranges: keep the ranges that cover exactly the same
      // text with the same severity (typing elsewhere in the draft), and only add and remove the rest.
      const old = [...marks];
      marks = wanted.map((mark) => {
        const i = old.findIndex((o) => o.finding.severity === mark.finding.severity && sameRange(o.range, mark.range));
        if (i < 0) return mark;
        const kept = old.splice(i, 1)[0]!;
        return { range: kept.range, finding: mark.finding };
      });
      for (const { range, finding } of old) registry.bySeverity.get(finding.severity)?.delete(range);
      const added = new Set(wanted);
      for (const mark of marks) {
        if (!added.has(mark)) continue;
        registry.bySeverity.get(mark.finding.severity)?.add(mark.range);
        // A page style does not reach into a shadow tree: an editor in one (LinkedIn's share box) gets the colours there.
        const tree = mark.range.startContainer.getRootNode();
        if (tree !== doc && 'host' in tree) addStyles(tree as ShadowRoot, HIGHLIGHT_PAGE_CSS, PAGE_STYLE_ID);
      }
      // The tooltip stays on a kept range (now carrying the new finding), and goes with a removed one.
      const still = shown && marks.find((m) => m.range === shown!.mark.range);
      if (shown && still) shown.mark = still;
      else if (shown) hide();
      return;
    }
    marks = wanted;
    ensureOverlay();
    drawBoxes();
    if (shown && !marks.includes(shown.mark)) hide();
  };

  return {
    set,
    clear: () => set([]),
    destroy() {
      if (signal.aborted) return;
      removeOwnRanges();
      marks = [];
      lifetime.abort();
      clearTimeout(hideTimer);
      clearTimeout(caretTimer);
      for (const frame of [pointerFrame, caretFrame, layoutFrame]) if (frame) win.cancelAnimationFrame(frame);
      if (api) releaseShared(doc, api);
      overlay?.remove();
    },
  };
}
