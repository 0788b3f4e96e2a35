// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
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
