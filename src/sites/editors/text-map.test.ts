// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { seededInts } from '../../../tests/unit/seeded';
import { mapText } from './text-map';

function root(html: string): HTMLElement {
  const el = document.createElement('div');
  el.contentEditable = 'true';
  el.innerHTML = html;
  document.body.append(el);
  return el;
}

describe('mapText', () => {
  test.each([
    ['Draft.js blocks', '<div data-contents="true"><div data-block="true"><div><span><span data-text="true">Hallo</span></span></div></div><div data-block="true"><div><span><br data-text="true"></span></div></div><div data-block="true"><div><span><span data-text="true">wereld</span></span></div></div></div>', 'Hallo\n\nwereld'],
    ['Lexical paragraphs and a line break', '<p><span data-lexical-text="true">Dag</span><br><span data-lexical-text="true">Odilia</span></p><p><br></p><p><span>tot</span></p>', 'Dag\nOdilia\n\ntot'],
    ['Quill lines, list marker skipped', '<p>een</p><ol><li data-list="bullet"><span class="ql-ui" contenteditable="false"></span>twee</li></ol>', 'een\ntwee'],
    ['emoji keep UTF-16 offsets', '<p>🎉 Odilia (79)</p>', '🎉 Odilia (79)'],
  ])('%s', (_name, html, text) => {
    expect(mapText(root(html)).text).toBe(text);
  });

  test('ranges cover exactly the finding, across emoji and blocks', () => {
    const el = root('<p>🎉 zon</p><p>Onze <b>Odilia</b> (79)</p>');
    const map = mapText(el);
    const start = map.text.indexOf('Odilia');
    expect(map.range(start, start + 6)!.toString()).toBe('Odilia');
    const age = map.text.indexOf('(79)');
    expect(map.range(age, age + 4)!.toString()).toBe('(79)');
  });
});

/** A range's text as the user sees it: without the widgets between its ends, which the page draws, and without zero-width no-break spaces. */
function userText(range: Range | null): string | undefined {
  if (!range) return undefined;
  const part = range.cloneContents();
  for (const widget of part.querySelectorAll('[contenteditable="false"]')) widget.remove();
  const walker = document.createTreeWalker(part, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) text += (node as Text).data;
  return text.replace(/\uFEFF/g, '');
}

describe('mapText over generated editor trees', () => {
  test("every span of the text maps to a range whose text is that span's (blocks, breaks, marks, emoji, skipped parts)", () => {
    const random = seededInts(7);
    const words = ['Onze', 'Odilia', '🎉', '(79)', ' ', 'zon', 'é', '\uFEFF', '\uFEFFx', 'a b', '👩‍👩‍👧'];
    const inline = (depth: number): string => {
      const n = random(6);
      if (n === 0 && depth < 3) return `<b>${inline(depth + 1)}${inline(depth + 1)}</b>`;
      if (n === 1 && depth < 3) return `<span data-lexical-text="true">${inline(depth + 1)}</span>`;
      if (n === 2) return '<br>';
      if (n === 3) return '<span contenteditable="false">widget</span>';
      return words[random(words.length)]!;
    };
    const block = (depth: number): string => {
      const tag = ['p', 'div', 'li', 'h2'][random(4)]!;
      const inner = Array.from({ length: 1 + random(4) }, () => (depth < 2 && random(4) === 0 ? block(depth + 1) : inline(0))).join('');
      return `<${tag}>${inner}</${tag}>`;
    };
    let spans = 0;
    for (let n = 0; n < 300; n++) {
      const el = root(Array.from({ length: 1 + random(4) }, () => (random(3) === 0 ? inline(0) : block(0))).join(''));
      const map = mapText(el);
      for (let start = 0; start < map.text.length; start++) {
        for (let end = start + 1; end <= Math.min(map.text.length, start + 12); end++) {
          const want = map.text.slice(start, end);
          // A finding never holds a line break: they end sentences, and a range across blocks reads differently.
          if (want.includes('\n')) break;
          expect(userText(map.range(start, end)), `${el.innerHTML} [${start}, ${end})`).toBe(want.replace(/\uFEFF/g, ''));
          spans++;
        }
      }
      el.remove();
    }
    expect(spans).toBeGreaterThan(5000);
  });
});
