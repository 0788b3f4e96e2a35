/**
 * The fixture pages, served over local HTTPS under the real host names, independent of any
 * browser driver: the Chromium harness (harness.ts) and the Firefox harness both start this.
 * Every page carries a strict Content-Security-Policy like the real sites' (nonce scripts,
 * `style-src 'self'`), so the extension's injected UI is tested against CSP.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

export type Site = 'x' | 'facebook' | 'linkedin';
/** Each site's start page; other paths of the same host serve the same fixture (it routes on `location`). */
const SITE_URL: Record<Site | 'control', string> = {
  x: 'https://x.com/home',
  facebook: 'https://www.facebook.com/',
  linkedin: 'https://www.linkedin.com/feed/',
  control: 'https://localhost/',
};
const HOST_FIXTURE: Array<[RegExp, string]> = [
  [/(^|\.)x\.com$|(^|\.)twitter\.com$/, 'x'],
  [/(^|\.)facebook\.com$/, 'facebook'],
  [/(^|\.)linkedin\.com$/, 'linkedin'],
  [/^localhost$/, 'x'],
  // The generic adapter's tests: one plain form page on any *.volle-zaal.test host.
  [/\.volle-zaal\.test$/, 'generic'],
];
/** Hosts for the generic adapter's fixture (tests/e2e/generic.test.ts). */
export const GENERIC_URL = { listed: 'https://forum.volle-zaal.test/', unlisted: 'https://elders.volle-zaal.test/' };
/** Host names the browser must resolve to the server (Chromium `--host-resolver-rules`, Firefox's DNS override). */
export const FIXTURE_HOSTS = ['x.com', '*.x.com', 'twitter.com', '*.twitter.com', '*.facebook.com', '*.linkedin.com', 'localhost', '*.volle-zaal.test'];

export interface FixtureServer {
  port: number;
  /** URL paths the server answered, for the privacy test. */
  served: string[];
  /** PEM certificate the server uses (a browser that cannot skip certificate checks can trust it). */
  certificate: string;
  /** `site`'s start page, or `path` on its host (e.g. `/jan/status/1`, `https://business.facebook.com/latest/composer/`). */
  url(site: Site | 'control', query?: string, path?: string): string;
  close(): Promise<void>;
}

const FIXTURES = ['x.tsx', 'facebook.ts', 'linkedin.ts', 'generic.ts'];

/** Bundle the fixture pages (real Draft.js, Lexical, Quill and TipTap) into `dir`. */
async function bundleFixtures(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  await Promise.all(
    FIXTURES.map(async (file) => {
      const name = file.replace(/\.tsx?$/, '');
      const outfile = join(dir, `${name}.js`);
      await build({
        entryPoints: [join(ROOT, 'tests/e2e/fixtures', file)],
        bundle: true,
        outfile,
        format: 'iife',
        jsx: 'automatic',
        jsxImportSource: 'react',
        define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
        logLevel: 'warning',
        // The repo's tsconfig points JSX at Preact; fixtures are React like the sites.
        tsconfigRaw: { compilerOptions: { jsx: 'react-jsx', jsxImportSource: 'react' } },
      });
      out[name] = readFileSync(outfile, 'utf8');
    }),
  );
  return out;
}

/** The sites' own look, served as a file: inline styles are forbidden by the pages' CSP. */
const FIXTURE_CSS = `
body { font: 15px/1.4 system-ui, sans-serif; margin: 0; }
[contenteditable="true"], textarea { display: block; min-height: 48px; border: 1px solid #bbb; padding: 8px; white-space: pre-wrap; }
[role="dialog"] { border: 1px solid #888; padding: 12px; margin: 8px; background: #fff; }
[hidden] { display: none !important; }
button[disabled], [aria-disabled="true"] { opacity: .5; }
.ProseMirror p, .ql-editor p { margin: 0; }
`;

/** Start the HTTPS fixture server on a free port with a throwaway self-signed certificate. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const dir = mkdtempSync(join(tmpdir(), 'vz-fixtures-'));
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
    '-days', '2', '-subj', '/CN=x.com',
    '-addext', 'subjectAltName=DNS:x.com,DNS:*.x.com,DNS:twitter.com,DNS:*.twitter.com,DNS:*.facebook.com,DNS:*.linkedin.com,DNS:localhost,DNS:*.volle-zaal.test',
  ], { stdio: 'ignore' });
  const scripts = await bundleFixtures(dir);
  const certificate = readFileSync(join(dir, 'cert.pem'), 'utf8');
  const served: string[] = [];
  const server: Server = createServer({ key: readFileSync(join(dir, 'key.pem')), cert: certificate }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = (req.url ?? '/').split('?')[0]!;
    served.push(`${host}${path}`);
    const fixture = HOST_FIXTURE.find(([re]) => re.test(host))?.[1];
    if (!fixture) {
      res.writeHead(404).end();
      return;
    }
    if (path === '/fixture.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' }).end(scripts[fixture]);
      return;
    }
    if (path === '/fixture.css') {
      res.writeHead(200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'no-store' }).end(FIXTURE_CSS);
      return;
    }
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const nonce = randomBytes(16).toString('base64');
    res
      .writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        // As strict as the sites' own: only this page's nonce runs, only same-origin style sheets apply.
        'content-security-policy': `default-src 'self'; script-src 'nonce-${nonce}'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'`,
      })
      .end(
        `<!doctype html><html lang="nl"><head><meta charset="utf-8"><link rel="icon" href="data:,"><link rel="stylesheet" href="/fixture.css"><title>${fixture} fixture</title></head>` +
          `<body><div id="root"></div><script nonce="${nonce}" src="/fixture.js"></script></body></html>`,
      );
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    served,
    certificate,
    url: (site, query = '', path) => {
      const base = site === 'control' ? `https://localhost:${port}/` : SITE_URL[site];
      const url = path ? new URL(path, base).href : base;
      return url + (query ? `?${query}` : '');
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => {
          rmSync(dir, { recursive: true, force: true });
          r();
        });
      }),
  };
}
