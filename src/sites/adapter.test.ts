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
