/**
 * URL sync in real Chromium: the background fetches the rule file from an HTTPS
 * server that only sends CORS headers (no host permission granted, as with a URL
 * pushed by enterprise policy), revalidates with the ETag, never sends cookies,
 * and keeps the last good file when the server starts serving a broken one.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type FixtureServer, launchBrowser, startFixtureServer } from './harness';
import { startRulesServer } from './rules-server';

const file = (title: string) =>
  JSON.stringify({ format: 1, id: 'org.zorgvzw', version: '1', title, extends: 'volle-zaal:default' }, null, 2);

let fixtures: FixtureServer;
let server: Awaited<ReturnType<typeof startRulesServer>>;
/** The served rule file and the URLs of this test file. */
const rules = {
  state: { body: file('Beleid van de server'), etag: '"v1"' },
  get url() {
    return server.url('/rules.json');
  },
  get origin() {
    return server.origin;
  },
  get seen() {
    return server.seen;
  },
};
let browser: Browser;
let page: Page;

describe('rules URL sync', () => {
  beforeAll(async () => {
    [fixtures, server] = await Promise.all([startFixtureServer(), startRulesServer()]);
    server.files.set('/rules.json', rules.state);
    browser = await launchBrowser(fixtures);
    // A cookie the rules server would love to see: it must never be sent.
    await browser.context.addCookies([{ name: 'session', value: 'geheim', url: rules.origin, sameSite: 'None', secure: true }]);
    page = await browser.context.newPage();
    await page.goto(`chrome-extension://${new URL(browser.sw!.url()).host}/options.html`);
    await page.locator('#active-title-value').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await fixtures?.close();
  });

  it('fetches and activates the file from the URL, without cookies', async () => {
    // The options page would first ask for the origin; a headless browser cannot answer that
    // prompt, so send the protocol message itself (the CORS path of a managed URL).
    const reply = await page.evaluate((url) => (globalThis as any).chrome.runtime.sendMessage({ kind: 'set-rules-url', url }), rules.url);
    expect(reply).toMatchObject({ ok: true, status: { ok: true, message: 'updated' } });
    await expect.poll(() => page.locator('#active-title-value').textContent()).toBe('Beleid van de server');
    expect(await page.getAttribute('#active-origin', 'data-origin')).toBe('url');
    expect(await page.inputValue('#rules-url')).toBe(rules.url);
    const gets = rules.seen.filter((s) => s.method === 'GET');
    expect(gets).toHaveLength(1);
    expect(gets[0]!.cookie).toBeUndefined();
    expect(rules.seen.every((s) => s.bodyBytes === 0)).toBe(true);
  });

  it('control: a credentialed request from the same worker would carry the cookie', async () => {
    // Without this, "no cookie arrived" could just mean the browser never had one to send.
    await browser.sw!.evaluate((url) => fetch(url, { credentials: 'include' }).catch(() => undefined), rules.url.replace('rules.json', 'control'));
    expect(rules.seen.find((s) => s.path === '/control')?.cookie).toContain('session=geheim');
  });

  it('"Nu synchroniseren" revalidates with the ETag and keeps the file on 304', async () => {
    await page.click('#sync-now');
    await expect.poll(() => page.locator('#url-message').textContent()).toContain('geen wijzigingen');
    const last = rules.seen.filter((s) => s.method === 'GET').at(-1)!;
    expect(last.ifNoneMatch).toBe('"v1"');
    expect(last.cookie).toBeUndefined();
    expect(await page.locator('#active-title-value').textContent()).toBe('Beleid van de server');
  });

  it('a broken file on the server keeps the last good one and shows the problem by path', async () => {
    rules.state.body = JSON.stringify({ format: 1, id: 'org.zorgvzw', version: '2', title: 'Kapot', severity: [{ rule: 'bestaat-niet', severity: 'warn' }] });
    rules.state.etag = '"v2"';
    await page.click('#sync-now');
    await expect.poll(() => page.locator('#sync-status .issue-path').allTextContents()).toContain('severity[0].rule');
    expect(await page.getAttribute('#sync-status', 'data-ok')).toBe('false');
    expect(await page.locator('#active-title-value').textContent()).toBe('Beleid van de server');
  });

  it('a server error keeps the last good file too', async () => {
    const url404 = rules.url.replace('rules.json', 'missing.json');
    const reply = await page.evaluate((url) => (globalThis as any).chrome.runtime.sendMessage({ kind: 'set-rules-url', url }), url404);
    expect(reply).toMatchObject({ ok: true, status: { ok: false, message: 'http-404' } });
    await expect.poll(() => page.locator('#sync-status').textContent()).toContain('404');
    expect(await page.locator('#active-title-value').textContent()).toBe('Beleid van de server');
  });

  it('a server without CORS headers is reported as such, not as "unreachable"', async () => {
    server.files.set('/nocors.json', { body: file('Zonder CORS'), noCors: true });
    const reply = await page.evaluate((url) => (globalThis as any).chrome.runtime.sendMessage({ kind: 'set-rules-url', url }), server.url('/nocors.json'));
    expect(reply).toMatchObject({ ok: true, status: { ok: false, message: 'cors' } });
    await expect.poll(() => page.locator('#sync-status').textContent()).toContain('CORS-headers ontbreken');
    expect(await page.locator('#active-title-value').textContent()).toBe('Beleid van de server');
  });
});
