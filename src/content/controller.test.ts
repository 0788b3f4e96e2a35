// @vitest-environment happy-dom
/**
 * The controller's units on a page: composers in open shadow roots, the hold and replay from
 * inside the shadow tree, threads as one publish, typeahead Enter, and fail-closed.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { PageRules } from '../distribution/page-policy';
import { loadPolicy, type LoadedPolicy } from '../policy';
import * as engineModule from '../policy/engine-module';
import { createAdapter } from '../sites/adapter';
import { LINKEDIN_SPEC } from '../sites/linkedin';
import { X_SPEC } from '../sites/x';
import type { BadgeState, PromptRequest, PromptResult, Ui } from '../ui/port';
import { promptOnDemand, type PromptModule } from '../ui/prompt-on-demand';
import { startController } from './controller';
import { eventElement, openShadowRoots } from './discovery';
import { engineOnDemand, type EngineOnDemand } from './engine-on-demand';

/** The engine as the page has it once loaded. */
const loadedEngine = engineOnDemand(async () => engineModule);
await loadedEngine.load();

function policy(prompt: object = {}): LoadedPolicy {
  const result = loadPolicy({
    format: 1,
    id: 'test.unit',
    version: '1',
    title: 'Unit',
    extends: 'volle-zaal:default',
    prompt,
    rules: [{ id: 'test.name', category: 'client-name', severity: 'warn', pattern: { words: ['Odilia'] }, message: { nl: 'Naam.', en: 'Name.' }, examples: { fires: ['Odilia schildert'], clean: ['Jan schildert'] } }],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.policy;
}

/** A UI that records what it is asked and answers the prompt with `decision`. */
function fakeUi(decision: PromptResult['decision'] = 'post') {
  const prompts: PromptRequest[] = [];
  const badges: BadgeState[] = [];
  const ui: Ui = {
    showPrompt: async (request) => {
      prompts.push(request);
      return { decision };
    },
    mountBadge: () => ({ update: (s) => badges.push(s), destroy: () => undefined }),
    createHighlighter: () => ({ set: () => undefined, clear: () => undefined, destroy: () => undefined }),
    engineUnavailable: () => undefined,
    isOwnEvent: () => false,
    isOwnHost: () => false,
  };
  return { ui, prompts, badges };
}

const lifetime: AbortController[] = [];
afterEach(() => {
  for (const a of lifetime.splice(0)) a.abort();
  document.body.innerHTML = '';
});

function start(spec: typeof X_SPEC, ui: Ui, p: LoadedPolicy = policy(), engine: EngineOnDemand = loadedEngine) {
  const abort = new AbortController();
  lifetime.push(abort);
  const rules: PageRules = { policy: p, personal: undefined, regex: undefined };
  return startController({ adapter: createAdapter(spec, {}, [], document), rules, engine, ui, locale: 'nl', signal: abort.signal, debounceMs: 1, idleTimeoutMs: 1 });
}

const flush = () => new Promise((r) => setTimeout(r, 20));

describe('discovery', () => {
  test('finds nested open shadow roots and the real target of an event inside one', () => {
    document.body.innerHTML = '<div id="outer"></div>';
    const outer = document.getElementById('outer')!.attachShadow({ mode: 'open' });
    outer.innerHTML = '<div id="inner"></div>';
    const inner = (outer.getElementById('inner') as HTMLElement).attachShadow({ mode: 'open' });
    inner.innerHTML = '<button id="b">Posten</button>';
    expect(openShadowRoots(document)).toEqual([outer, inner]);
    let seen: Element | null = null;
    window.addEventListener('click', (e) => (seen = eventElement(e)), { once: true, capture: true });
    (inner.getElementById('b') as HTMLElement).click();
    expect(seen).toBe(inner.getElementById('b'));
  });
});

describe('controller', () => {
  test('a click on the share box button inside a shadow root is held, then replayed from inside the tree once', async () => {
    document.body.innerHTML = '<div id="interop-outlet"></div>';
    const shadow = document.getElementById('interop-outlet')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div data-test-modal><div class="ql-editor" contenteditable="true">Odilia schildert</div><button class="share-actions__primary-action">Posten</button></div>';
    const button = shadow.querySelector('button')!;
    const siteClicks = vi.fn();
    button.addEventListener('click', siteClicks);
    const { ui, prompts } = fakeUi('post');
    const c = start(LINKEDIN_SPEC, ui);
    expect(c.composers()).toHaveLength(1);
    button.click();
    expect(prompts).toHaveLength(1);
    expect(prompts[0]!.draft).toBe('Odilia schildert');
    await flush();
    // Held once (the person's click), replayed once (our click from inside the shadow tree).
    expect(siteClicks).toHaveBeenCalledTimes(1);
  });

  test('"Post all" checks every post of a thread; findings carry their post', () => {
    const post = (i: number, text: string) => `<div><div><div class="public-DraftEditor-content" contenteditable="true" data-testid="tweetTextarea_${i}">${text}</div></div></div>`;
    document.body.innerHTML = `<div role="dialog">${post(0, 'Mooie dag.')}${post(1, 'Met Odilia!')}<button data-testid="tweetButton">Alles posten</button></div>`;
    const { ui, prompts } = fakeUi('edit');
    start(X_SPEC, ui);
    document.querySelector<HTMLElement>('[data-testid="tweetButton"]')!.click();
    expect(prompts).toHaveLength(1);
    const { draft, parts, findings } = prompts[0]!;
    expect(draft).toBe('Mooie dag.\n\nMet Odilia!');
    expect(parts).toEqual([{ start: 0, end: 10 }, { start: 12, end: 23 }]);
    expect(draft.slice(findings[0]!.start, findings[0]!.end)).toBe('Odilia');
  });

  test('Ctrl+Enter while a mention typeahead is open is not a publish', () => {
    document.body.innerHTML = `<main><div class="public-DraftEditor-content" contenteditable="true" data-testid="tweetTextarea_0">Odilia @zo</div>
      <button data-testid="tweetButtonInline">Posten</button></main><div id="layers"><div id="typeaheadDropdown-1" role="listbox"></div></div>`;
    const { ui, prompts } = fakeUi();
    start(X_SPEC, ui);
    const editor = document.querySelector<HTMLElement>('[data-testid="tweetTextarea_0"]')!;
    const press = () => editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }));
    expect(press()).toBe(true);
    expect(prompts).toHaveLength(0);
    document.getElementById('typeaheadDropdown-1')!.remove();
    expect(press()).toBe(false);
    expect(prompts).toHaveLength(1);
  });

  test('no publish control: the badge says so; fail-closed stops a click on a button that reads as publishing', () => {
    document.body.innerHTML = `<main><div class="public-DraftEditor-content" contenteditable="true" data-testid="tweetTextarea_0">Mooie dag.</div>
      <button data-testid="newPostButton">Posten</button><button id="emoji">☺</button></main>`;
    const { ui, badges } = fakeUi();
    start(X_SPEC, ui, policy({ failClosed: true }));
    expect(badges.at(-1)).toMatchObject({ status: 'unprotected', reason: 'publish-control-not-found' });
    const click = (el: Element) => el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
    expect(click(document.querySelector('[data-testid="newPostButton"]')!)).toBe(false);
    expect(click(document.getElementById('emoji')!)).toBe(true);
  });

  test('without fail-closed the same click goes through (the badge stays)', () => {
    document.body.innerHTML = `<main><div class="public-DraftEditor-content" contenteditable="true" data-testid="tweetTextarea_0">Mooie dag.</div><button data-testid="newPostButton">Posten</button></main>`;
    const { ui } = fakeUi();
    start(X_SPEC, ui);
    expect(document.querySelector('[data-testid="newPostButton"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }))).toBe(true);
  });
});

describe('the prompt, loaded on demand (src/ui/prompt-on-demand.ts)', () => {
  /** LinkedIn's share box with a client name, its button, and the clicks the site receives. */
  function shareBox() {
    document.body.innerHTML = '<div data-test-modal><div class="ql-editor" contenteditable="true">Odilia schildert</div><button class="share-actions__primary-action">Posten</button></div>';
    const button = document.querySelector('button')!;
    const siteClicks = vi.fn();
    button.addEventListener('click', siteClicks);
    const click = () => button.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
    return { siteClicks, click };
  }

  /** A UI whose prompt comes from `load`, like the content script's. */
  function onDemandUi(load: () => Promise<PromptModule>) {
    const { ui, badges } = fakeUi();
    const prompt = promptOnDemand(load);
    return { ui: { ...ui, showPrompt: (request: PromptRequest) => prompt.showPrompt(request) }, badges, preload: prompt.preload };
  }

  test('while the module is still loading, the publish is held (a second click too); the prompt opens when it arrives', async () => {
    const { siteClicks, click } = shareBox();
    let arrive!: (module: PromptModule) => void;
    const load = vi.fn(() => new Promise<PromptModule>((r) => (arrive = r)));
    const { ui } = onDemandUi(load);
    start(LINKEDIN_SPEC, ui);
    expect(click()).toBe(false);
    expect(click()).toBe(false);
    await flush();
    expect(siteClicks).not.toHaveBeenCalled();
    const prompts: PromptRequest[] = [];
    arrive({ showPrompt: async (request) => (prompts.push(request), { decision: 'post' }) });
    await flush();
    expect(load).toHaveBeenCalledOnce();
    expect(prompts.map((p) => p.draft)).toEqual(['Odilia schildert']);
    expect(siteClicks).toHaveBeenCalledOnce(); // the replay after "post anyway"
  });

  test('when the module cannot be loaded, the publish stays held (not fail-closed either), a notice says so, the badge says why; the next click loads it again', async () => {
    const { siteClicks, click } = shareBox();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const prompts: PromptRequest[] = [];
    const load = vi
      .fn<() => Promise<PromptModule>>()
      .mockRejectedValueOnce(new Error('Failed to fetch dynamically imported module'))
      .mockResolvedValueOnce({ showPrompt: async (request) => (prompts.push(request), { decision: 'edit' }) });
    const { ui, badges } = onDemandUi(load);
    const p = policy();
    expect(p.prompt.failClosed).toBe(false);
    start(LINKEDIN_SPEC, ui, p);
    expect(click()).toBe(false);
    await flush();
    expect(siteClicks).not.toHaveBeenCalled();
    const notice = document.querySelector('volle-zaal-notice')!.shadowRoot!.querySelector('[role="alert"]')!;
    expect(notice.textContent).toContain('je bericht is niet geplaatst');
    expect(badges.at(-1)).toMatchObject({ status: 'unprotected', reason: 'prompt-not-loaded' });
    expect(errors).toHaveBeenCalledWith(expect.stringContaining('the prompt could not be loaded'));
    expect(JSON.stringify(errors.mock.calls)).not.toContain('Odilia');
    errors.mockRestore();

    expect(click()).toBe(false);
    await flush();
    expect(load).toHaveBeenCalledTimes(2);
    expect(prompts).toHaveLength(1);
    expect(siteClicks).not.toHaveBeenCalled(); // "edit": back to the draft
    document.querySelector('volle-zaal-notice')?.remove();
  });

  test('preloading fetches the module once; a failed preload is retried when a publish needs the prompt', async () => {
    const load = vi
      .fn<() => Promise<PromptModule>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue({ showPrompt: async () => ({ decision: 'edit' }) });
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const prompt = promptOnDemand(load, () => undefined);
    prompt.preload();
    await flush();
    errors.mockRestore();
    const request = { findings: [], draft: '', locale: 'nl', hasMedia: false } as unknown as PromptRequest;
    await expect(prompt.showPrompt(request)).resolves.toEqual({ decision: 'edit' });
    prompt.preload();
    await expect(prompt.showPrompt(request)).resolves.toEqual({ decision: 'edit' });
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe('the engine, loaded on demand (src/content/engine-on-demand.ts)', () => {
  /** An engine whose module arrives when the test says so (idle time comes at once). */
  function lateEngine() {
    let arrive!: () => void;
    let fail!: (error: Error) => void;
    const fetch = vi.fn(
      () =>
        new Promise<typeof engineModule>((resolve, reject) => {
          arrive = () => resolve(engineModule);
          fail = reject;
        }),
    );
    const engine = engineOnDemand(fetch, (fn) => fn());
    return { engine, fetch, arrive: () => arrive(), fail: (error: Error) => fail(error) };
  }

  /** X's home box with `text`, its button, and the clicks the site receives. */
  function homeBox(text: string) {
    document.body.innerHTML = `<main><div class="public-DraftEditor-content" contenteditable="true" data-testid="tweetTextarea_0">${text}</div><button data-testid="tweetButtonInline">Posten</button></main>`;
    const button = document.querySelector('button')!;
    const siteClicks = vi.fn();
    button.addEventListener('click', siteClicks);
    const click = () => button.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
    return { siteClicks, click };
  }

  test('until it arrives the badge says it is loading, never "no findings"; then the draft is checked and underlined', async () => {
    homeBox('Met Odilia naar de markt.');
    const { engine, arrive } = lateEngine();
    const { ui, badges } = fakeUi();
    start(X_SPEC, ui, policy(), engine);
    await flush();
    expect(badges.length).toBeGreaterThan(0);
    expect(badges.every((b) => b.status === 'loading' && b.findings.length === 0)).toBe(true);
    arrive();
    await flush();
    expect(badges.at(-1)).toMatchObject({ status: 'ok', findings: [{ rule: 'test.name' }] });
  });

  test('a Post before it arrives is held (a second click too), then asked about exactly as with the engine ready', async () => {
    const { siteClicks, click } = homeBox('Met Odilia naar de markt.');
    const { engine, arrive, fetch } = lateEngine();
    const { ui, prompts } = fakeUi('post');
    start(X_SPEC, ui, policy(), engine);
    expect(click()).toBe(false);
    expect(click()).toBe(false);
    await flush();
    expect(siteClicks).not.toHaveBeenCalled();
    expect(prompts).toHaveLength(0);
    arrive();
    await flush();
    expect(fetch).toHaveBeenCalledOnce();
    expect(prompts.map((p) => [p.draft, p.findings.map((f) => f.rule)])).toEqual([['Met Odilia naar de markt.', ['test.name']]]);
    expect(siteClicks).toHaveBeenCalledOnce(); // "post anyway": replayed once
  });

  test('a clean Post before it arrives is held, checked, then let through once, with no question', async () => {
    const { siteClicks, click } = homeBox('Mooie dag aan zee.');
    const { engine, arrive } = lateEngine();
    const { ui, prompts } = fakeUi();
    start(X_SPEC, ui, policy(), engine);
    expect(click()).toBe(false);
    arrive();
    await flush();
    expect(prompts).toHaveLength(0);
    expect(siteClicks).toHaveBeenCalledOnce();
    // From now on the engine is here: a click goes straight through, nothing held.
    expect(click()).toBe(true);
  });

  test('Ctrl+Enter before it arrives is held, then prompted; "edit" leaves the draft unpublished', async () => {
    const { siteClicks } = homeBox('Met Odilia naar de markt.');
    const { engine, arrive } = lateEngine();
    const { ui, prompts } = fakeUi('edit');
    start(X_SPEC, ui, policy(), engine);
    const editor = document.querySelector<HTMLElement>('[data-testid="tweetTextarea_0"]')!;
    const keys = vi.fn();
    editor.addEventListener('keydown', keys);
    expect(editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }))).toBe(false);
    arrive();
    await flush();
    expect(prompts).toHaveLength(1);
    expect(keys).not.toHaveBeenCalled();
    expect(siteClicks).not.toHaveBeenCalled();
    expect(editor.textContent).toBe('Met Odilia naar de markt.');
  });

  test('when it cannot be loaded: "niet beschermd hier" with the reason, a Post stays held and the person is told; the next Post loads it again', async () => {
    const { siteClicks, click } = homeBox('Met Odilia naar de markt.');
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const fetch = vi
      .fn<() => Promise<typeof engineModule>>()
      .mockRejectedValueOnce(new Error('Failed to fetch dynamically imported module'))
      .mockRejectedValueOnce(new Error('Failed to fetch dynamically imported module'))
      .mockResolvedValueOnce(engineModule);
    const engine = engineOnDemand(fetch, (fn) => fn());
    const { ui, prompts, badges } = fakeUi('edit');
    const told = vi.fn();
    const p = policy();
    expect(p.prompt.failClosed).toBe(false);
    start(X_SPEC, { ...ui, engineUnavailable: told }, p, engine);
    await flush();
    expect(badges.at(-1)).toMatchObject({ status: 'unprotected', reason: 'engine-not-loaded' });
    // Typing again does not fetch again after a failure: only a publish does.
    expect(fetch).toHaveBeenCalledOnce();

    expect(click()).toBe(false);
    await flush();
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(siteClicks).not.toHaveBeenCalled();
    expect(told).toHaveBeenCalledWith('nl');
    expect(badges.at(-1)).toMatchObject({ status: 'unprotected', reason: 'engine-not-loaded' });
    expect(errors).toHaveBeenCalledWith(expect.stringContaining('the checking engine could not be loaded'));
    expect(JSON.stringify(errors.mock.calls)).not.toContain('Odilia');
    errors.mockRestore();

    expect(click()).toBe(false);
    await flush();
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(prompts).toHaveLength(1);
    expect(siteClicks).not.toHaveBeenCalled(); // "edit": back to the draft
    expect(badges.at(-1)).toMatchObject({ status: 'ok', findings: [{ rule: 'test.name' }] });
  });
});
