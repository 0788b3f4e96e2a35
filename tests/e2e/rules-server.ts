/**
 * A rule-file server for the distribution e2e tests: HTTPS on 127.0.0.1 (an IP: the harness's
 * host mapping leaves it alone), with the CORS headers a managed rules URL needs, scripted
 * files per path, and a path that never answers. Records every request.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Seen {
  method: string;
  path: string;
  cookie?: string;
  ifNoneMatch?: string;
  bodyBytes: number;
}

export interface Served {
  body: string;
  etag?: string;
  status?: number;
  /** Never answer (the connection stays open until the server closes). */
  hang?: boolean;
  /** Answer without CORS headers (a misconfigured server for a managed URL). */
  noCors?: boolean;
}

export async function startRulesServer() {
  const dir = mkdtempSync(join(tmpdir(), 'vz-rules-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'k.pem'), '-out', join(dir, 'c.pem'), '-days', '1', '-subj', '/CN=127.0.0.1'], { stdio: 'ignore' });
  /** Path → what to serve. */
  const files = new Map<string, Served>();
  const seen: Seen[] = [];
  const server: Server = createServer({ key: readFileSync(join(dir, 'k.pem')), cert: readFileSync(join(dir, 'c.pem')) }, (req, res) => {
    let bodyBytes = 0;
    req.on('data', (chunk: Buffer) => (bodyBytes += chunk.length));
    req.on('end', () => {
      seen.push({ method: req.method!, path: req.url!, cookie: req.headers.cookie, ifNoneMatch: req.headers['if-none-match'] as string | undefined, bodyBytes });
      const file = files.get(req.url!.split('?')[0]!);
      const cors = file?.noCors ? {} : { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'If-None-Match', 'access-control-expose-headers': 'ETag' };
      if (req.method === 'OPTIONS') return void res.writeHead(204, cors).end();
      if (!file) return void res.writeHead(404, cors).end();
      if (file.hang) return; // never answers
      if (file.etag && req.headers['if-none-match'] === file.etag) return void res.writeHead(304, { ...cors, etag: file.etag }).end();
      res.writeHead(file.status ?? 200, { ...cors, 'content-type': 'application/json', ...(file.etag ? { etag: file.etag } : {}) }).end(file.body);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  const origin = `https://127.0.0.1:${port}`;
  return {
    origin,
    url: (path: string) => `${origin}${path}`,
    files,
    seen,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => (rmSync(dir, { recursive: true, force: true }), r()));
      }),
  };
}
