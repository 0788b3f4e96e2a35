/**
 * The content script's load in Chromium as a user's browser runs it: no inspector on the page.
 *
 * `npm run bench:browser` drives pages through Playwright, whose page session is an inspector; with
 * one attached, WXT's content-script context (its `stopOldScripts` event while the script's top level
 * is on the stack) makes V8 collect source positions, parsing the whole script twice more (about
 * 20 ms). Here the browser is traced through its own CDP connection only (puppeteer-core, attached to
 * no page): `Tracing.start`, open the X fixture as a new target, and read the content script's
 * `EvaluateScript` (its compile and run, and any source-position collection inside).
 *
 * Run after `npx wxt build`: `npx tsx tests/bench/browser-load.ts [extension dir] [loads]`; a second
 * directory in `VZ_BENCH_BEFORE` is loaded alternately, batch by batch, in a browser of its own.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM } from '../e2e/harness';
import { FIXTURE_HOSTS, startFixtureServer, type FixtureServer } from '../e2e/server';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  args?: { data?: { url?: string }; fileName?: string };
}

interface Load {
  evaluate: number;
  compile: number;
  run: number;
  sourcePositions: number;
}

const LOADS = Number(process.argv[3] ?? 9);
const builds: Array<[string, string]> = [['ext', resolve(process.argv[2] ?? '.output/chrome-mv3')]];
if (process.env.VZ_BENCH_BEFORE) builds.unshift(['before', resolve(process.env.VZ_BENCH_BEFORE)]);

/** One browser with the extension at `dir`, `n` loads of the X fixture, each traced on its own. */
async function loads(dir: string, server: FixtureServer, n: number): Promise<Load[]> {
  const profile = mkdtempSync(join(tmpdir(), 'vz-load-'));
  const ext = `${profile}-ext`;
  cpSync(dir, ext, { recursive: true });
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    userDataDir: profile,
    waitForInitialPage: false,
    // Attached to no page: an inspector session on the page is what this benchmark leaves out.
    targetFilter: (target) => target.type() === 'browser',
    args: [
      `--host-resolver-rules=${FIXTURE_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${server.port}`).join(', ')}`,
      '--ignore-certificate-errors', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update',
      `--disable-extensions-except=${ext}`, `--load-extension=${ext}`,
      // Chromium refuses to start as root with its sandbox (as Playwright, in the other benchmarks).
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  });
  const out: Load[] = [];
  try {
    const cdp = await browser.target().createCDPSession();
    // The extension's service worker starts with the browser.
    await new Promise((r) => setTimeout(r, 1500));
    for (let i = 0; i < n; i++) {
      const events: TraceEvent[] = [];
      cdp.on('Tracing.dataCollected', (e: { value: TraceEvent[] }) => void events.push(...e.value));
      const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
      await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8,disabled-by-default-v8.compile', transferMode: 'ReportEvents' });
      const { targetId } = await cdp.send('Target.createTarget', { url: server.url('x') });
      await new Promise((r) => setTimeout(r, 3000));
      await cdp.send('Tracing.end');
      await complete;
      cdp.removeAllListeners('Tracing.dataCollected');
      await cdp.send('Target.closeTarget', { targetId });
      const url = (e: TraceEvent) => e.args?.data?.url ?? e.args?.fileName ?? '';
      const evaluate = events.find((e) => e.ph === 'X' && e.name === 'EvaluateScript' && url(e).endsWith('content-scripts/content.js'));
      if (!evaluate) throw new Error('the content script did not run on the X fixture');
      const inside = events.filter((e) => e.ph === 'X' && e.tid === evaluate.tid && e.ts >= evaluate.ts && e.ts + (e.dur ?? 0) <= evaluate.ts + evaluate.dur!);
      const ms = (name: string) => inside.filter((e) => e.name === name).reduce((t, e) => t + (e.dur ?? 0), 0) / 1000;
      out.push({ evaluate: evaluate.dur! / 1000, compile: ms('v8.compile'), run: ms('v8.run'), sourcePositions: ms('V8.CollectSourcePositions') });
    }
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
    rmSync(ext, { recursive: true, force: true, maxRetries: 5 });
  }
  return out;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

const server = await startFixtureServer();
const load = [loadavg()[0]!];
const results = new Map<string, Load[]>(builds.map(([name]) => [name, []]));
try {
  // Batches of three loads, the builds taking turns, so they share the machine's busy moments.
  for (let done = 0; done < LOADS; done += 3)
    for (const [name, dir] of builds) results.get(name)!.push(...(await loads(dir, server, Math.min(3, LOADS - done))));
} finally {
  await server.close();
}
load.push(loadavg()[0]!);
console.log(`Content-script load, X fixture, default policy, no inspector on the page, ${LOADS} loads per build (ms, median; load average ${load.map((l) => l.toFixed(1)).join(' → ')}):`);
for (const [name, runs] of results) {
  const f = (key: keyof Load) => median(runs.map((r) => r[key])).toFixed(1);
  console.log(`  ${name}: evaluate ${f('evaluate')} = compile ${f('compile')} + run ${f('run')}; source positions collected ${f('sourcePositions')}`);
}
console.log('Target (issue 9): evaluation ≤ 25 ms.');
