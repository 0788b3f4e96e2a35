// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Finding } from '../engine/types';
import nl from '../../assets/public/_locales/nl/messages.json';
import { createHighlighter, type Highlighter } from './highlights';
import { hasStyles } from './host';
import { createTranslator } from './i18n';

const t = createTranslator(nl);
const frame = () => new Promise((r) => requestAnimationFrame(r));

const finding = (severity: Finding['severity'], message = 'Dit klinkt boos.'): Finding => ({
  rule: 'emotional',
  category: 'emotional',
  severity,
  start: 0,
  end: 4,
  message,
});

function rect(left: number, top: number, width: number, height: number): DOMRect {
  return { left, top, width, height, right: left + width, bottom: top + height, x: left, y: top, toJSON() {} } as DOMRect;
}

let editor: HTMLElement;
let highlighter: Highlighter | undefined;
let other: Highlighter | undefined;

function rangeOver(text: string, rects: DOMRect[]): Range {
  const node = editor.firstChild!.firstChild as Text;
  const start = node.data.indexOf(text);
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, start + text.length);
  range.getClientRects = () => rects as unknown as DOMRectList;
  return range;
}

beforeEach(() => {
  editor = document.createElement('div');
  editor.contentEditable = 'true';
  editor.innerHTML = '<p>Wat een rotdag, echt waar.</p>';
  document.body.append(editor);
});

afterEach(() => {
  highlighter?.destroy();
  other?.destroy();
  highlighter = other = undefined;
  editor.remove();
});

const overlay = () => document.querySelector('volle-zaal-marks')?.shadowRoot;

describe('createHighlighter without the Highlight API', () => {
  it('draws a box per line rectangle in a shadow overlay, leaving the editor untouched', () => {
    expect((window as { CSS?: { highlights?: unknown } }).CSS?.highlights).toBeUndefined();
    const before = editor.innerHTML;
    highlighter = createHighlighter({ t });
    highlighter.set([
      { range: rangeOver('rotdag', [rect(10, 20, 60, 18)]), finding: finding('warn') },
      { range: rangeOver('echt waar', [rect(80, 20, 40, 18), rect(0, 40, 30, 18)]), finding: finding('block') },
    ]);
    const boxes = [...overlay()!.querySelectorAll<HTMLElement>('.box')];
    expect(boxes).toHaveLength(3);
    expect(boxes.map((b) => b.className)).toEqual(['box sev-warn', 'box sev-block', 'box sev-block']);
    expect(boxes[0]!.style.cssText).toContain('left: 10px');
    expect(boxes[0]!.style.cssText).toContain('width: 60px');
    expect(editor.innerHTML).toBe(before);
    expect(editor.querySelector('volle-zaal-marks')).toBeNull();

    highlighter.clear();
    expect(overlay()!.querySelectorAll('.box')).toHaveLength(0);
    highlighter.destroy();
    expect(document.querySelector('volle-zaal-marks')).toBeNull();
  });

  it('shows the reason in a tooltip when the mouse is over a marked word', async () => {
    highlighter = createHighlighter({ t });
    highlighter.set([{ range: rangeOver('rotdag', [rect(10, 20, 60, 18)]), finding: finding('warn') }]);
    document.dispatchEvent(new MouseEvent('mousemove', { clientX: 30, clientY: 28, bubbles: true }));
    await frame();
    const tip = overlay()!.querySelector<HTMLElement>('[role="tooltip"]')!;
    expect(tip.hidden).toBe(false);
    expect(tip.querySelector('strong')!.textContent).toBe('Volle Zaal · Let op');
    expect(tip.textContent).toContain('Dit klinkt boos.');

    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(tip.hidden).toBe(true);
  });

  it('shows no tooltip through our own prompt covering the text', async () => {
    highlighter = createHighlighter({ t });
    highlighter.set([{ range: rangeOver('rotdag', [rect(10, 20, 60, 18)]), finding: finding('warn') }]);
    const prompt = document.createElement('volle-zaal-prompt');
    prompt.setAttribute('data-volle-zaal', 'prompt');
    document.documentElement.append(prompt);
    prompt.dispatchEvent(new MouseEvent('mousemove', { clientX: 30, clientY: 28, bubbles: true, composed: true }));
    await frame();
    expect(overlay()!.querySelector<HTMLElement>('[role="tooltip"]')!.hidden).toBe(true);
    prompt.remove();
  });

  it('shows the reason when the caret is inside a marked range', async () => {
    highlighter = createHighlighter({ t });
    const range = rangeOver('rotdag', [rect(10, 20, 60, 18)]);
    highlighter.set([{ range, finding: finding('block', 'Niet toegestaan woord.') }]);
    const selection = document.getSelection()!;
    selection.collapse(range.startContainer, range.startOffset + 2);
    document.dispatchEvent(new Event('selectionchange'));
    await frame();
    const root = overlay()!;
    expect(root.querySelector<HTMLElement>('[role="tooltip"]')!.hidden).toBe(false);
    expect(root.querySelector('[aria-live="polite"]')!.textContent).toBe('Volle Zaal · Niet toegestaan: Niet toegestaan woord.');
    // It may cover the site's Post button: clicks pass through, and a click elsewhere closes it.
    expect(root.querySelector('[role="tooltip"]')!.classList.contains('passive')).toBe(true);
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true, composed: true }));
    expect(root.querySelector<HTMLElement>('[role="tooltip"]')!.hidden).toBe(true);
    selection.collapse(range.startContainer, range.startOffset + 3);
    document.dispatchEvent(new Event('selectionchange'));
    await frame();
    expect(root.querySelector<HTMLElement>('[role="tooltip"]')!.hidden).toBe(false);

    selection.collapse(editor.firstChild!.firstChild!, 0);
    document.dispatchEvent(new Event('selectionchange'));
    await frame();
    expect(root.querySelector<HTMLElement>('[role="tooltip"]')!.hidden).toBe(true);
  });

  it('while keys are coming, looks at the caret only once typing pauses', async () => {
    highlighter = createHighlighter({ t });
    const range = rangeOver('rotdag', [rect(10, 20, 60, 18)]);
    highlighter.set([{ range, finding: finding('warn', 'Dit klinkt boos.') }]);
    // A key, then the caret it moved into the marked word.
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    document.getSelection()!.collapse(range.startContainer, range.startOffset + 2);
    document.dispatchEvent(new Event('selectionchange'));
    await frame();
    expect(overlay()?.querySelector<HTMLElement>('[role="tooltip"]')?.hidden ?? true).toBe(true);
    await new Promise((r) => setTimeout(r, 200));
    expect(overlay()!.querySelector<HTMLElement>('[role="tooltip"]')!.hidden).toBe(false);
  });
});

describe('createHighlighter with the Highlight API', () => {
  class FakeHighlight extends Set<Range> {
    priority = 0;
  }
  let registry: Map<string, FakeHighlight>;
  let cssDescriptor: PropertyDescriptor | undefined;

  beforeEach(() => {
    registry = new Map();
    // The highlighter reads the page's window (document.defaultView), as in a content script.
    const win = document.defaultView!;
    (win as { Highlight?: unknown }).Highlight = FakeHighlight;
    // happy-dom has no CSS.highlights (and its CSS getter makes a new object each time).
    cssDescriptor = Object.getOwnPropertyDescriptor(win, 'CSS');
    Object.defineProperty(win, 'CSS', { value: { highlights: registry }, configurable: true });
  });
  afterEach(() => {
    const win = document.defaultView!;
    if (cssDescriptor) Object.defineProperty(win, 'CSS', cssDescriptor);
    delete (win as { Highlight?: unknown }).Highlight;
  });

  it('registers one highlight per severity, styled once by a page stylesheet, and draws no boxes', () => {
    highlighter = createHighlighter({ t });
    const a = rangeOver('rotdag', []);
    const b = rangeOver('echt', []);
    highlighter.set([
      { range: a, finding: finding('warn') },
      { range: b, finding: finding('block') },
    ]);
    expect([...registry.get('volle-zaal-warn')!]).toEqual([a]);
    expect([...registry.get('volle-zaal-block')!]).toEqual([b]);
    expect(registry.get('volle-zaal-block')!.priority).toBeGreaterThan(registry.get('volle-zaal-warn')!.priority);
    // One page style (a constructed sheet, which the page's CSP does not govern, or a <style> element).
    expect(document.adoptedStyleSheets.length + document.querySelectorAll('#volle-zaal-highlight-style').length).toBe(1);
    expect(hasStyles(document, 'volle-zaal-highlight-style')).toBe(true);
    expect(overlay()?.querySelectorAll('.box').length ?? 0).toBe(0);

    highlighter.set([{ range: b, finding: finding('warn') }]);
    expect([...registry.get('volle-zaal-warn')!]).toEqual([b]);
    expect(registry.get('volle-zaal-block')!.size).toBe(0);
  });

  it('keeps a range that still covers the same text: typing elsewhere repaints nothing', () => {
    highlighter = createHighlighter({ t });
    const a = rangeOver('rotdag', []);
    highlighter.set([{ range: a, finding: finding('warn') }]);
    const warn = registry.get('volle-zaal-warn')!;
    const changes: string[] = [];
    const add = warn.add.bind(warn);
    const del = warn.delete.bind(warn);
    warn.add = (r: Range) => (changes.push('add'), add(r));
    warn.delete = (r: Range) => (changes.push('delete'), del(r));
    // The next check maps the same text to a new Range object with the same boundaries.
    highlighter.set([{ range: rangeOver('rotdag', []), finding: finding('warn') }]);
    expect(changes).toEqual([]);
    expect([...warn]).toEqual([a]);
    // A different span, or another severity, does change the highlight.
    const b = rangeOver('echt', []);
    highlighter.set([{ range: b, finding: finding('warn') }]);
    expect(changes).toEqual(['delete', 'add']);
    expect([...warn]).toEqual([b]);
    highlighter.set([{ range: rangeOver('echt', []), finding: finding('block') }]);
    expect(warn.size).toBe(0);
    expect(registry.get('volle-zaal-block')!.size).toBe(1);
  });

  it('lets two highlighters (two composers) share the page highlights', () => {
    highlighter = createHighlighter({ t });
    other = createHighlighter({ t });
    const a = rangeOver('rotdag', []);
    const b = rangeOver('echt', []);
    highlighter.set([{ range: a, finding: finding('warn') }]);
    other.set([{ range: b, finding: finding('warn') }]);
    expect(registry.get('volle-zaal-warn')!.size).toBe(2);
    highlighter.destroy();
    expect([...registry.get('volle-zaal-warn')!]).toEqual([b]);
    other.destroy();
    expect(registry.has('volle-zaal-warn')).toBe(false);
  });
});
