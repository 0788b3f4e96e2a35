/**
 * Firefox e2e harness: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi, with the
 * built `.output/firefox-mv2` installed as a temporary add-on, the fixture pages of
 * `../harness.ts` reached under the real host names through a local CONNECT proxy, and every
 * error Firefox logs from `moz-extension://` collected so a test can fail on it.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { type FixtureServer, ROOT, startFixtureServer, until } from '../harness';
import { type ConnectProxy, startConnectProxy } from './proxy';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The built Firefox extension; `VZ_FIREFOX_EXTENSION` points elsewhere. */
const FIREFOX_EXTENSION = process.env.VZ_FIREFOX_EXTENSION ?? join(ROOT, '.output/firefox-mv2');
/** The gecko id from wxt.config.ts, and a fixed internal uuid so extension pages have a known URL. */
const GECKO_ID = 'volle-zaal@volle-zaal.org';
const EXTENSION_UUID = '3c0d8f4e-7a51-4b2e-9c1d-5e6f7a8b9c0d';
const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** Host names the proxy tunnels to the fixture server (the sites the fixtures stand in for, and the control page). */
const FIXTURE_HOSTS = /^(x\.com|twitter\.com|localhost)$|\.(x\.com|twitter\.com|facebook\.com|linkedin\.com|volle-zaal\.test)$/;

export interface FirefoxRun {
  browser: Browser;
  server: FixtureServer;
  proxy: ConnectProxy;
  /** Lines Firefox printed to stdout/stderr (page and extension console, with prefs below). */
  output: string[];
  /** Lines reporting an error from the extension's own code since the last call (each line once). */
  takeExtensionErrors(): string[];
  /** A new tab on a fixture site, once its editors are mounted. */
  openSite(url: string): Promise<Page>;
  /** A tab on one of the extension's own pages (`options.html`, `popup.html`), loaded. */
  openExtensionPage(path: string): Promise<Page>;
  setRules(rules: object | null): Promise<void>;
  /** All extension storage areas as one string (for "no draft text stored" checks). */
  dumpStorage(): Promise<string>;
  close(): Promise<void>;
}

/**
 * An error line from the extension. Firefox prints uncaught exceptions and rejections with their
 * source, for content scripts as for extension pages (`JavaScript error:
 * moz-extension://<uuid>/content-scripts/content.js, line 2: Error: …`, checked on Firefox 153
 * ESR), but console messages without it (`console.error: "…"`), so those count when they carry
 * the extension's own "Volle Zaal" prefix. Firefox's own chrome code logs errors too; not ours.
 * A `JavaScript warning: moz-extension://… Script terminated by timeout` counts too: Firefox
 * killed a content-script run that exceeded `dom.max_ext_content_script_run_time`.
 */
function isExtensionError(line: string): boolean {
  return (
    /^JavaScript (error|warning): moz-extension:\/\//.test(line) ||
    /^console\.(error|warn): "?Volle Zaal\b/.test(line) ||
    (/moz-extension:\/\//.test(line) && /error|blocked|denied|refused/i.test(line) && !/^console\.(log|info|debug)/.test(line))
  );
}

export async function launchFirefox(options: { locale?: string } = {}): Promise<FirefoxRun> {
  if (!existsSync(join(FIREFOX_EXTENSION, 'manifest.json'))) {
    throw new Error(`Build the extension first: npx wxt build -b firefox (no ${FIREFOX_EXTENSION}/manifest.json)`);
  }
  if (!existsSync(FIREFOX)) throw new Error(`No Firefox at ${FIREFOX}: apt-get install -y firefox-esr (or set FIREFOX_PATH)`);
  const server = await startFixtureServer();
  const proxy = await startConnectProxy(server.port, (host) => FIXTURE_HOSTS.test(host));
  // A private copy: a rebuild during the run must not change the add-on under the browser.
  const ext = mkdtempSync(join(tmpdir(), 'vz-ff-ext-'));
  cpSync(FIREFOX_EXTENSION, ext, { recursive: true });
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    acceptInsecureCerts: true,
    // Needed to open moz-extension:// pages from the driver.
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1000, height: 760 },
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // Page, content-script and extension console messages and errors on stdout.
      'devtools.console.stdout.content': true,
      'devtools.console.stdout.chrome': true,
      // Page language (navigator.language) and, with Debian's firefox-esr-l10n-nl, the UI language
      // that the extension's own text follows (i18n.getUILanguage).
      // Firefox stops an extension content script that runs longer than 5 s of wall time; 30 s
      // still catches a real hang on a starved two-core machine. Users keep 5 s. Firefox prints the
      // same "Script terminated by timeout" for any script still running when its page closes
      // (checked 2026-12-02), which is why scenarios close their pages before changing rules.
      'dom.max_ext_content_script_run_time': 30,
      'intl.accept_languages': options.locale === 'en' ? 'en-GB, en' : 'nl-BE, nl',
      'intl.locale.requested': options.locale === 'en' ? 'en-US' : 'nl',
    },
  });
  const output: string[] = [];
  const child = browser.process();
  for (const stream of [child?.stdout, child?.stderr]) {
    let rest = '';
    stream?.on('data', (chunk: Buffer) => {
      const lines = (rest + chunk.toString('utf8')).split('\n');
      rest = lines.pop() ?? '';
      output.push(...lines);
    });
  }
  await browser.installExtension(ext);
  let seen = 0;

  const openExtensionPage = async (path: string): Promise<Page> => {
    const page = await browser.newPage();
    const url = `${EXTENSION_ORIGIN}/${path}`;
    // page.goto to a moz-extension URL never resolves although the page loads: start it, then poll.
    page.goto(url).catch(() => undefined);
    await until(() => page.evaluate((u) => location.href === u && document.readyState === 'complete', url), { timeout: 15_000, interval: 50, what: url });
    return page;
  };
  /** Run `fn` in an extension page (the MV2 background has no service worker to evaluate in). */
  const inExtension = async <T, A>(fn: (arg: A) => Promise<T>, arg: A): Promise<T> => {
    const page = await openExtensionPage('popup.html');
    try {
      return (await page.evaluate(fn as never, arg as never)) as T;
    } finally {
      await page.close();
    }
  };

  return {
    browser,
    server,
    proxy,
    output,
    takeExtensionErrors: () => {
      const fresh = output.slice(seen);
      seen = output.length;
      // A watchdog warning ends in "… terminated by timeout at:"; the line after it says where.
      return fresh.flatMap((line, i) =>
        !isExtensionError(line) ? [] : /terminated by timeout at:\s*$/.test(line) && fresh[i + 1] ? [`${line} ${fresh[i + 1]}`] : [line],
      );
    },
    openSite: async (url) => {
      const page = await browser.newPage();
      await page.goto(url);
      await page.waitForFunction(() => window.__ready === true);
      return page;
    },
    openExtensionPage,
    setRules: (rules) =>
      inExtension(async (v) => {
        const api = (globalThis as any).browser;
        if (v) await api.storage.local.set({ activeRules: v });
        else await api.storage.local.remove('activeRules');
      }, rules ? { json: JSON.stringify(rules), origin: 'user', receivedAt: Date.now() } : null),
    dumpStorage: () =>
      inExtension(async () => {
        const api = (globalThis as any).browser;
        const areas: Record<string, unknown> = {};
        for (const name of ['local', 'sync', 'session']) areas[name] = api.storage[name] ? await api.storage[name].get(null) : null;
        return JSON.stringify(areas);
      }, null),
    close: async () => {
      await browser.close();
      await proxy.close();
      await server.close();
      rmSync(ext, { recursive: true, force: true });
    },
  };
}

/**
 * One Firefox with the extension and `rules` for the tests of one file. A test fails when the
 * extension logged an error while it ran: a scenario that passed while the add-on threw is no pass.
 */
export function useFirefox(rules: object | null, options: Parameters<typeof launchFirefox>[0] = {}): { run: FirefoxRun } {
  const env = {} as { run: FirefoxRun };
  // Bundling the fixtures, a TLS key and a cold Firefox: slow on a busy two-core machine.
  beforeAll(async () => {
    env.run = await launchFirefox(options);
    await env.run.setRules(rules);
  }, 180_000);
  afterEach(async () => {
    // Errors reach stdout a moment after the page raised them.
    await new Promise((r) => setTimeout(r, 100));
    expect(env.run.takeExtensionErrors(), 'errors from moz-extension:// in Firefox output').toEqual([]);
  });
  afterAll(async () => {
    await env.run?.close();
  });
  return env;
}
