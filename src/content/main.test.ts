// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://x.com/home" }
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bundledRegex } from '../distribution/bundled-regex';
import * as engineModule from '../policy/engine-module';
import type { BadgeState, Ui } from '../ui/port';
import { engineOnDemand } from './engine-on-demand';
import { runContentScript } from './main';

vi.mock('wxt/browser', () => import('../distribution/test-browser'));

const regexFile = JSON.stringify({
  format: 1,
  id: 'org.rooms',
  version: '1',
  title: 'Kamernummers',
  extends: 'volle-zaal:default',
  rules: [{ id: 'org.room', category: 'internal', severity: 'block', message: { nl: 'Intern.', en: 'Internal.' }, pattern: { regex: 'kamer [a-z]-\\d{3}' } }],
});

/** A page of the X fixture's shape: one composer with its publish button. */
function xPage() {
  document.body.innerHTML =
    '<div data-testid="primaryColumn"><div data-testid="tweetTextarea_0" role="textbox" contenteditable="true"></div><button data-testid="tweetButtonInline">Post</button></div>';
}

function ui(): Ui & { badges: number; states: BadgeState[] } {
  const u = {
    badges: 0,
    states: [] as BadgeState[],
    showPrompt: vi.fn(),
    mountBadge: () => {
      u.badges++;
      return { update: (state: BadgeState) => u.states.push(state), remove: () => undefined };
    },
    createHighlighter: () => ({ update: () => undefined, clear: () => undefined, destroy: () => undefined }),
    engineUnavailable: () => undefined,
    isOwnEvent: () => false,
    isOwnHost: () => false,
  };
  return u as unknown as Ui & { badges: number; states: BadgeState[] };
}

describe('runContentScript and the regular-expression engine', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    xPage();
  });

  test('a rule file whose regex engine cannot be loaded leaves no silent pass: the default rules run and the badge says "niet beschermd hier" with the reason', async () => {
    await fakeBrowser.storage.local.set({ activeRules: { json: regexFile, origin: 'url', receivedAt: 1 } });
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const page = ui();
    const stop = new AbortController();
    await runContentScript(page, stop.signal, () => Promise.reject(new Error('regex-engine.js did not load')), engineOnDemand(async () => engineModule));
    expect(error).toHaveBeenCalledWith(expect.stringMatching(/could not be loaded in this page: regex-engine\.js did not load/));
    await vi.waitFor(() => expect(page.states.at(-1)).toMatchObject({ status: 'unprotected', reason: 'rules-not-loaded' }));
    stop.abort();
    error.mockRestore();
  });

  test('with the engine, the same file runs on the page', async () => {
    await fakeBrowser.storage.local.set({ activeRules: { json: regexFile.replace('org.rooms', 'org.rooms-2'), origin: 'url', receivedAt: 1 } });
    const page = ui();
    const stop = new AbortController();
    await runContentScript(page, stop.signal, bundledRegex, engineOnDemand(async () => engineModule));
    await vi.waitFor(() => expect(page.badges).toBeGreaterThan(0));
    stop.abort();
  });

  test('a rule-file change while the page is open restarts with the new rules; the engine module is fetched once', async () => {
    document.querySelector('[data-testid="tweetTextarea_0"]')!.textContent = 'Project Kwakkel start morgen.';
    const fetch = vi.fn(async () => engineModule);
    const page = ui();
    const stop = new AbortController();
    await runContentScript(page, stop.signal, bundledRegex, engineOnDemand(fetch, (fn) => fn()));
    await vi.waitFor(() => expect(page.states.at(-1)).toMatchObject({ status: 'ok', findings: [] }));
    const kwakkel = JSON.stringify({
      format: 1,
      id: 'org.kwakkel',
      version: '1',
      title: 'Projecten',
      extends: 'volle-zaal:default',
      rules: [{ id: 'org.project', category: 'internal', severity: 'warn', message: { nl: 'Intern project.', en: 'Internal project.' }, pattern: { words: ['kwakkel'] } }],
    });
    await fakeBrowser.storage.local.set({ activeRules: { json: kwakkel, origin: 'url', receivedAt: 2 } });
    await vi.waitFor(() => expect(page.states.at(-1)).toMatchObject({ status: 'ok', findings: [{ rule: 'org.project' }] }));
    expect(fetch).toHaveBeenCalledOnce();
    stop.abort();
  });
});
