// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { defaultPolicy, type LoadedPolicy } from '../policy';
import { createAdapter } from './adapter';
import { GENERIC_SPEC } from './generic';
import { siteForHost } from './index';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

function withGeneric(enabled: boolean, hosts: string[]): LoadedPolicy {
  const p = defaultPolicy();
  return { ...p, sites: { ...p.sites, generic: { enabled, hosts } } };
}

describe('generic adapter', () => {
  test('runs only on the hosts the rule file lists, with the same semantics as the match patterns', () => {
    const on = withGeneric(true, ['forum.example.org', '*.wiki.example']);
    expect(siteForHost('forum.example.org', on)?.id).toBe('generic');
    expect(siteForHost('wiki.example', on)?.id).toBe('generic');
    expect(siteForHost('a.wiki.example', on)?.id).toBe('generic');
    expect(siteForHost('sub.forum.example.org', on)).toBeNull();
    expect(siteForHost('elders.example.org', on)).toBeNull();
    expect(siteForHost('forum.example.org', withGeneric(false, ['forum.example.org']))).toBeNull();
  });

  test("a textarea's publish control is its form's submit button, not another button; platform other, account personal", () => {
    const doc = page(`<form><textarea id="m"></textarea><button type="button">Voorbeeld</button><button id="go">Verstuur reactie</button></form>`);
    const a = createAdapter(GENERIC_SPEC, {}, [], doc);
    const [editor] = a.findComposers(doc);
    expect(editor?.id).toBe('m');
    expect(a.findPublish(editor!)?.id).toBe('go');
    expect(a.platform).toBe('other');
    expect(a.account(editor!)).toBe('personal');
  });

  test('a contenteditable without a form: a nearby button labelled Publiceren/Post; none → null (not protected)', () => {
    const doc = page(`<div><div id="e" contenteditable="true"></div><div><button>Annuleren</button><button id="p">Publiceren</button></div></div>
      <section><div id="lonely" contenteditable="true"></div><button>Opslaan</button></section>`);
    const a = createAdapter(GENERIC_SPEC, {}, [], doc);
    expect(a.findComposers(doc).map((e) => e.id)).toEqual(['e', 'lonely']);
    expect(a.findPublish(doc.getElementById('e')!)?.id).toBe('p');
    expect(a.findPublish(doc.getElementById('lonely')!)).toBeNull();
  });
});
