/**
 * Reusable e2e harness: fixture pages under the real host names over local HTTPS,
 * Chromium with the built extension, and helpers to set rules, type and read
 * what the page published. Nothing here touches the network beyond 127.0.0.1.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { fromPlaywright } from './driver';
import type { Published } from './fixtures/shared';
import type { ScenarioEnv } from './scenarios';
import { FIXTURE_HOSTS, ROOT, startFixtureServer, type FixtureServer, type Site } from './server';

export { GENERIC_URL, ROOT, startFixtureServer, type FixtureServer, type Site } from './server';

/** The built extension; `VZ_EXTENSION` points elsewhere (e.g. a private copy while others rebuild). */
const EXTENSION = process.env.VZ_EXTENSION ?? join(ROOT, '.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';

export interface Browser {
  context: BrowserContext;
  /** The extension's service worker (null without the extension). */
  sw: Worker | null;
  /** Every request the browser made (pages, scripts, the service worker). */
  requests: string[];
  close(): Promise<void>;
}

/** Launch Chromium with the built extension (or without, for the benchmark's baseline). */
export async function launchBrowser(
  server: FixtureServer,
  options: {
    extension?: boolean;
    locale?: string;
    /** Another build than EXTENSION (the benchmark's "before"). */
    extensionDir?: string;
    /**
     * Match patterns to grant as host permissions. Headless Chromium cannot click the permission
     * dialog (and CDP's Browser.grantPermissions does not cover extension host permissions), so the
     * private copy's manifest lists them in `host_permissions`: an unpacked extension gets those at
     * load, and `permissions.contains` then answers true as after the user's "Toestemming geven".
     */
    grantHosts?: string[];
  } = {},
): Promise<Browser> {
  const withExtension = options.extension ?? true;
  const source = options.extensionDir ?? EXTENSION;
  if (withExtension && !existsSync(join(source, 'manifest.json'))) throw new Error(`Build the extension first: npx wxt build (no ${source}/manifest.json)`);
  const profile = mkdtempSync(join(tmpdir(), 'vz-profile-'));
  const p = server.port;
  const args = [
    `--host-resolver-rules=${FIXTURE_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${p}`).join(', ')}`,
    '--ignore-certificate-errors', '--disable-gpu', '--disable-quic', '--disable-background-networking',
    '--disable-component-update', '--no-first-run', '--disable-features=Translate,OptimizationHints,MediaRouter',
  ];
  // The extension's UI language follows the browser's (chrome.i18n), the findings' follow navigator.language.
  args.push(`--lang=${options.locale ?? 'nl-BE'}`);
  // A private copy: a rebuild during the run must not pull the extension from under the browser.
  const ext = join(profile, '..', `${profile.split('/').pop()}-ext`);
  if (withExtension) {
    cpSync(source, ext, { recursive: true });
    if (options.grantHosts?.length) {
      const manifestPath = join(ext, 'manifest.json');
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions?: string[] };
      manifest.host_permissions = [...(manifest.host_permissions ?? []), ...options.grantHosts];
      writeFileSync(manifestPath, JSON.stringify(manifest));
    }
    args.push(`--disable-extensions-except=${ext}`, `--load-extension=${ext}`);
  }
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args,
    locale: options.locale ?? 'nl-BE',
    // Chromium on Linux takes its UI language (chrome.i18n) from LANGUAGE.
    env: { ...process.env, LANGUAGE: (options.locale ?? 'nl-BE').replace('-', '_') },
    viewport: { width: 1000, height: 760 },
  });
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  let sw: Worker | null = null;
  if (withExtension) sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  return {
    context,
    sw,
    requests,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      rmSync(ext, { recursive: true, force: true });
    },
  };
}

/** Make `rules` (a rule-file object) the active policy, as distribution would; null restores the default. */
export async function setRules(browser: Browser, rules: object | null): Promise<void> {
  if (!browser.sw) throw new Error('no extension');
  const value = rules ? { json: JSON.stringify(rules), origin: 'user', receivedAt: Date.now() } : null;
  await browser.sw.evaluate(async (v) => {
    const c = (globalThis as any).chrome;
    if (v) await c.storage.local.set({ activeRules: v });
    else await c.storage.local.remove('activeRules');
  }, value);
}

/** Dump all extension storage areas as one string (for "no draft text stored" checks). */
export async function dumpStorage(browser: Browser): Promise<string> {
  if (!browser.sw) return '';
  return browser.sw.evaluate(async () => {
    const c = (globalThis as any).chrome;
    const areas: Record<string, unknown> = {};
    for (const name of ['local', 'sync', 'session']) areas[name] = c.storage[name] ? await c.storage[name].get(null) : null;
    return JSON.stringify(areas);
  });
}

/** Open a fixture page and wait until its editors are mounted and the content script is watching. */
export async function openSite(browser: Browser, server: FixtureServer, site: Site | 'control', query = ''): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url(site, query));
  await page.waitForFunction(() => window.__ready === true);
  return page;
}

/** Selectors (Playwright's CSS pierces open shadow roots) of each site's composers in the fixtures. */
export const EDITOR: Record<Site, Record<string, string>> = {
  x: { home: '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]', reply: '#layers [role="dialog"] [data-testid="tweetTextarea_0"]' },
  facebook: { post: '[role="dialog"] [data-lexical-editor="true"]', comment: '[role="article"] [data-lexical-editor="true"]' },
  linkedin: { post: '#interop-outlet .ql-editor', comment: '[data-view-name="comment-box"] .ProseMirror' },
};
export const PUBLISH: Record<Site, Record<string, string>> = {
  x: { home: '[data-testid="tweetButtonInline"]', reply: '#layers [role="dialog"] [data-testid="tweetButton"]' },
  facebook: { post: '[role="dialog"] [role="button"][aria-label="Posten"]' },
  linkedin: { post: '#interop-outlet .share-actions__primary-action', comment: 'button[data-view-name="comment-post"]' },
};

/** Open the composer that only appears on demand (Facebook's dialog, LinkedIn's share box, X's reply modal). */
export async function openComposer(page: Page, site: Site, where: string): Promise<void> {
  if (site === 'facebook' && where === 'post') await page.click('[aria-label="Maak een bericht"]');
  if (site === 'linkedin' && where === 'post') await page.click('[aria-label="Bijdrage starten"]');
  if (site === 'x' && where === 'reply') await page.click('[data-testid="reply"]');
  await page.waitForSelector(EDITOR[site][where]!);
}

/** Focus an editor and type like a person (real key events). */
export async function typeInto(page: Page, selector: string, text: string, delay = 0): Promise<void> {
  await page.click(selector);
  await page.keyboard.type(text, { delay });
}

/** What the page's own submit handlers published so far. */
export function published(page: Page): Promise<Published[]> {
  return page.evaluate(() => window.__published);
}

/** Publish activations that reached the page's own handlers. */
export function activations(page: Page): Promise<number> {
  return page.evaluate(() => window.__publishActivations);
}

/** Text the editor shows (innerText, as the user sees it). */
export function editorText(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (el) => (el as HTMLElement).innerText.replace(/\n$/, ''));
}

export { until } from './scenarios';

/** The Volle Zaal prompt (an open shadow root; Playwright's locators pierce it). */
export function promptOf(page: Page) {
  const host = page.locator('volle-zaal-prompt');
  return {
    host,
    dialog: host.getByRole('dialog'),
    // Dutch UI, or English where the browser's UI language wins.
    edit: host.getByRole('button', { name: /^(Aanpassen|Edit)$/ }),
    postAnyway: host.getByRole('button', { name: /^(Toch plaatsen|Post anyway)$/ }),
    dismiss: host.getByRole('button', { name: /^(Deze melding klopt niet|This warning is wrong)$/ }),
  };
}

/** Caret position as an offset into the editor's innerText-like text, or -1 when the focus is elsewhere. */
export function caretOffset(page: Page, selector: string): Promise<number> {
  return page.$eval(selector, (el) => {
    // An editor in a shadow root: Chromium's document selection hides the nodes inside it.
    const tree = el.getRootNode() as Document & { getSelection?: () => Selection | null };
    const sel = tree.getSelection ? tree.getSelection() : document.getSelection();
    if (!sel || sel.rangeCount === 0 || !el.contains(sel.anchorNode)) return -1;
    const r = document.createRange();
    r.setStart(el, 0);
    r.setEnd(sel.anchorNode!, sel.anchorOffset);
    return r.toString().length;
  });
}

/** One fixture server and one browser with the extension and `rules`, for the tests of one file. */
export function useExtensionBrowser(rules: object | null, options: Parameters<typeof launchBrowser>[1] = {}): { server: FixtureServer; browser: Browser } {
  const env = {} as { server: FixtureServer; browser: Browser };
  beforeAll(async () => {
    env.server = await startFixtureServer();
    env.browser = await launchBrowser(env.server, options);
    await setRules(env.browser, rules);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/**
 * useExtensionBrowser with a changed copy of the build (`make(EXTENSION)`, e.g. one of
 * tests/e2e/module-builds.ts), removed afterwards; `open` opens a fixture page as the shared
 * scenarios take one.
 */
export function useBuildCopy(make: (dir: string) => string, rules: object | null): Pick<ScenarioEnv, 'open'> {
  const build = make(EXTENSION);
  const env = useExtensionBrowser(rules, { extensionDir: build });
  afterAll(() => rmSync(build, { recursive: true, force: true }));
  return {
    async open(site, { query = '', path } = {}) {
      const page = await env.browser.context.newPage();
      await page.goto(env.server.url(site, query, path));
      await page.waitForFunction(() => window.__ready === true);
      return fromPlaywright(page);
    },
  };
}
