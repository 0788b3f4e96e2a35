/**
 * URL sync in real Chromium: the background fetches the rule file from an HTTPS
 * server that only sends CORS headers (no host permission granted, as with a URL
 * pushed by enterprise policy), revalidates with the ETag, never sends cookies,
 * and keeps the last good file when the server starts serving a broken one.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type FixtureServer, launchBrowser, startFixtureServer } from './harness';

const file = (title: string) =>
  JSON.stringify({ format: 1, id: 'org.zorgvzw', version: '1', title, extends: 'volle-zaal:default' }, null, 2);

interface Seen {
  method: string;
  path: string;
  cookie?: string;
  ifNoneMatch?: string;
  bodyBytes: number;
}

/** A rules server on 127.0.0.1 (an IP: the harness's host mapping leaves it alone). */
async function startRulesServer() {
  const dir = mkdtempSync(join(tmpdir(), 'vz-rules-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'k.pem'), '-out', join(dir, 'c.pem'), '-days', '1', '-subj', '/CN=127.0.0.1'], { stdio: 'ignore' });
  const state = { body: file('Beleid van de server'), etag: '"v1"' };
  const seen: Seen[] = [];
  const server: Server = createServer({ key: readFileSync(join(dir, 'k.pem')), cert: readFileSync(join(dir, 'c.pem')) }, (req, res) => {
    let bodyBytes = 0;
    req.on('data', (chunk: Buffer) => (bodyBytes += chunk.length));
    req.on('end', () => {
      seen.push({ method: req.method!, path: req.url!, cookie: req.headers.cookie, ifNoneMatch: req.headers['if-none-match'] as string | undefined, bodyBytes });
      const cors = {
        'access-control-allow-origin': '*',
        'access-control-allow-headers': 'If-None-Match',
        'access-control-expose-headers': 'ETag',
      };
      if (req.method === 'OPTIONS') return void res.writeHead(204, cors).end();
      if (req.url !== '/rules.json') return void res.writeHead(404, cors).end();
      if (req.headers['if-none-match'] === state.etag) return void res.writeHead(304, { ...cors, etag: state.etag }).end();
      res.writeHead(200, { ...cors, 'content-type': 'application/json', etag: state.etag }).end(state.body);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `https://127.0.0.1:${port}/rules.json`,
    origin: `https://127.0.0.1:${port}`,
    state,
    seen,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => (rmSync(dir, { recursive: true, force: true }), r()));
      }),
  };
}

let fixtures: FixtureServer;
let rules: Awaited<ReturnType<typeof startRulesServer>>;
let browser: Browser;
let page: Page;

describe('rules URL sync', () => {
  beforeAll(async () => {
    [fixtures, rules] = await Promise.all([startFixtureServer(), startRulesServer()]);
    browser = await launchBrowser(fixtures);
    // A cookie the rules server would love to see: it must never be sent.
    await browser.context.addCookies([{ name: 'session', value: 'geheim', url: rules.origin, sameSite: 'None', secure: true }]);
    page = await browser.context.newPage();
    await page.goto(`chrome-extension://${new URL(browser.sw!.url()).host}/options.html`);
    await page.locator('#active-title-value').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await rules?.close();
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
});
