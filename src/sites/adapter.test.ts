// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { createAdapter } from './adapter';
import { FACEBOOK_SPEC } from './facebook';
import { LINKEDIN_SPEC } from './linkedin';
import { X_SPEC } from './x';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe('site adapters', () => {
  test('X: the inline composer and its button; the account is the organisation when the handle is listed', () => {
    const doc = page(`<div data-testid="SideNav_AccountSwitcher_Button">Zorg Oost @ZorgOost</div>
      <div class="c"><div class="public-DraftEditor-content" contenteditable="true" data-testid="tweetTextarea_0"></div>
      <div data-testid="toolBar"><button data-testid="tweetButtonInline">Posten</button></div></div>`);
    const a = createAdapter(X_SPEC, {}, ['@zorgoost'], doc);
    const [editor] = a.findComposers(doc);
    expect(editor?.getAttribute('data-testid')).toBe('tweetTextarea_0');
    expect(a.findPublish(editor!)?.getAttribute('data-testid')).toBe('tweetButtonInline');
    expect(a.account(editor!)).toBe('organisation');
    expect(createAdapter(X_SPEC, {}, ['@iemandanders'], doc).account(editor!)).toBe('personal');
  });

  test('Facebook: a comment box never claims the post dialog\'s button, and publishes on Enter', () => {
    const doc = page(`<div id="root">
      <div role="article"><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Schrijf een opmerking…"></div></div>
      <div role="dialog"><div aria-label="Posten als Zorg Oost"></div><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Waar denk je aan?"></div>
      <div role="button" aria-label="Posten">Posten</div></div></div>`);
    const a = createAdapter(FACEBOOK_SPEC, {}, [], doc);
    const [comment, post] = a.findComposers(doc);
    expect(a.findPublish(comment!)).toBeNull();
    expect(a.submitsOnEnter(comment!)).toBe(true);
    expect(a.findPublish(post!)?.getAttribute('aria-label')).toBe('Posten');
    expect(a.submitsOnEnter(post!)).toBe(false);
    expect(a.account(post!)).toBe('organisation');
  });

  test('LinkedIn: rule-file selectors replace the built-in ones', () => {
    const doc = page(`<div class="share"><div class="ql-editor" contenteditable="true"></div><button class="new-post-btn">Posten</button></div>`);
    const builtIn = createAdapter(LINKEDIN_SPEC, {}, [], doc);
    const [editor] = builtIn.findComposers(doc);
    expect(builtIn.findPublish(editor!)).toBeNull();
    const fixed = createAdapter(LINKEDIN_SPEC, { publish: ['button.new-post-btn'] }, [], doc);
    expect(fixed.findPublish(editor!)?.className).toBe('new-post-btn');
  });
});

/** `n` wrapper divs around `inner`. */
const nest = (n: number, inner: string) => '<div>'.repeat(n) + inner + '</div>'.repeat(n);

describe('landmarks instead of a climb limit', () => {
  test('X: the button 20 levels away in the primary column is found; a thread shares one "Post all"', () => {
    const editor = (i: number) => `<div class="public-DraftEditor-content" contenteditable="true" role="textbox" data-testid="tweetTextarea_${i}"></div>`;
    const doc = page(`<main><div data-testid="primaryColumn">${nest(20, editor(9))}<div data-testid="toolBar"><button data-testid="tweetButtonInline">Posten</button></div></div></main>
      <div id="layers"><div role="dialog">${nest(12, editor(0))}${nest(12, editor(1))}${nest(8, '<button data-testid="tweetButton">Alles posten</button>')}</div></div>`);
    const a = createAdapter(X_SPEC, {}, [], doc);
    const [home, first, second] = a.findComposers(doc);
    expect(a.findPublish(home!)?.getAttribute('data-testid')).toBe('tweetButtonInline');
    expect(a.findPublish(first!)?.getAttribute('data-testid')).toBe('tweetButton');
    expect(a.findPublish(second!)).toBe(a.findPublish(first!));
  });

  test('X: without the account switcher (narrow layout) the account is unknown when the policy has handles', () => {
    const doc = page(`<main><div data-testid="tweetTextarea_0"><textarea></textarea></div><button data-testid="tweetButtonInline">Posten</button></main>`);
    const [editor] = createAdapter(X_SPEC, {}, [], doc).findComposers(doc);
    expect(editor?.tagName).toBe('TEXTAREA');
    expect(createAdapter(X_SPEC, {}, ['@zorgoost'], doc).account(editor!)).toBe('unknown');
    expect(createAdapter(X_SPEC, {}, [], doc).account(editor!)).toBe('personal');
  });

  test('LinkedIn: an editor in an open shadow root finds its button there; messaging is not a composer', () => {
    const doc = page(`<div id="interop-outlet"></div><div class="msg-form"><div class="msg-form__contenteditable" contenteditable="true" role="textbox"></div><button>Verzenden</button></div>
      <div data-view-name="comment-box">${nest(5, '<div class="tiptap ProseMirror" contenteditable="true" role="textbox"></div>')}<button data-view-name="comment-post" disabled>Reageren</button></div>`);
    const shadow = doc.getElementById('interop-outlet')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<div data-test-modal>${nest(6, '<div class="ql-editor" contenteditable="true"></div>')}<button class="share-actions__primary-action">Posten</button></div>`;
    const a = createAdapter(LINKEDIN_SPEC, {}, [], doc);
    const found = a.findComposers(doc, shadow);
    expect(found.map((e) => e.className)).toEqual(['tiptap ProseMirror', 'ql-editor']);
    expect(a.findPublish(found[0]!)?.getAttribute('data-view-name')).toBe('comment-post');
    expect(a.findPublish(found[1]!)?.className).toBe('share-actions__primary-action');
    expect(a.composerOf(doc.querySelector('.msg-form__contenteditable')!)).toBeNull();
  });

  test('Facebook: two-step Next, the comment submit (not the "Comment" opener), Business Suite names with zero-width spaces', () => {
    const doc = page(`<div role="dialog"><form>${nest(15, '<div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Waar denk je aan, Jan?"></div>')}
        <div class="extra" contenteditable="true" role="textbox" aria-label="Bijschrift"></div>
        <div role="button" aria-label="Volgende">Volgende</div></form></div>
      <div role="dialog"><div role="button" aria-label="Opmerking">Opmerking</div>
        <form role="presentation">${nest(8, '<div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Schrijf een opmerking…"></div>')}
        <div id="focused-state-composer-submit"><div role="button" aria-label="Opmerking">Opmerking</div></div></form></div>
      <div role="main"><div contenteditable="true" aria-label="Tekst"></div><div role="button" aria-label="Concept opslaan\u200B">Concept opslaan</div>
        <div role="button" aria-label="Plannen\u200B">\u200BPlannen</div><div role="button" aria-label="Publiceren\u200B">Publiceren\u200B</div></div>`);
    const a = createAdapter(FACEBOOK_SPEC, {}, [], doc);
    const [post, caption, comment, business] = a.findComposers(doc);
    expect(a.findPublish(post!)?.getAttribute('aria-label')).toBe('Volgende');
    expect(a.findPublish(caption!)).toBe(a.findPublish(post!));
    expect(a.findPublish(comment!)?.parentElement?.id).toBe('focused-state-composer-submit');
    expect(a.submitsOnEnter(comment!)).toBe(true);
    expect(a.publishControls(business!).map((b) => b.textContent!.replace(/\u200B/g, ''))).toEqual(['Plannen', 'Publiceren']);
  });

  test('Facebook: the identity is read from the profile control; without it the account is unknown', () => {
    const box = '<div role="dialog"><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Waar denk je aan?"></div><div role="button" aria-label="Posten"></div></div>';
    const asPage = page(`<div role="button" aria-label="Je profiel"><svg aria-label="Zorg Oost"></svg></div>${box}`);
    const a = createAdapter(FACEBOOK_SPEC, {}, [], asPage, ['Zorg Oost']);
    expect(a.account(a.findComposers(asPage)[0]!)).toBe('organisation');
    const asPerson = page(`<div role="button" aria-label="Je profiel"><svg aria-label="Jan Peeters"></svg></div>${box}`);
    expect(a.account(a.findComposers(asPerson)[0]!)).toBe('personal');
    const unknown = page(box);
    expect(a.account(a.findComposers(unknown)[0]!)).toBe('unknown');
  });
});
