/**
 * The content script's load in Chromium as a user's browser runs it: no inspector on the page; then
 * the checking engine's module, which the content script fetches once it finds a composer, and the
 * time from the composer found to the first finished check.
 *
 * `npm run bench:browser` drives pages through Playwright, whose page session is an inspector; with
 * one attached, WXT's content-script context (its `stopOldScripts` event while the script's top level
 * is on the stack) makes V8 collect source positions, parsing the whole script twice more (about
 * 20 ms). Here the browser is traced through its own CDP connection only (puppeteer-core, attached to
 * no page): `Tracing.start`, open the X fixture as a new target, and read the content script's
 * `EvaluateScript` (its compile and run, and any source-position collection inside), and engine.js's
 * parse (on a background thread), compile and evaluation. The fixture opens with a draft in X's home
 * box and records when our badge appeared and first showed a verdict (load-trace.ts); those are read
 * through a session attached to the page only after the trace has ended.
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
import { BADGE_TIMES, contentScriptLoad, engineModuleLoad, LOAD_QUERY, type TraceEvent } from './load-trace';

interface Load {
  evaluate: number;
  compile: number;
  run: number;
  sourcePositions: number;
  /** engine.js (NaN when the build has none). */
  engineParse: number;
  engineCompile: number;
  engineEvaluate: number;
  /** Page clock: navigation → the badge appeared (a composer found) → it first showed a verdict (the first check done). */
  found: number;
  checked: number;
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
      const { targetId } = await cdp.send('Target.createTarget', { url: server.url('x', LOAD_QUERY) });
      await new Promise((r) => setTimeout(r, 3000));
      await cdp.send('Tracing.end');
      await complete;
      cdp.removeAllListeners('Tracing.dataCollected');
      // Only now a session on the page, to read what it recorded.
      const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: true });
      const page = cdp.connection()!.session(sessionId)!;
      const { result } = await page.send('Runtime.evaluate', { expression: BADGE_TIMES, returnByValue: true });
      const times = JSON.parse(result.value as string) as { found?: number; checked?: number } | null;
      await cdp.send('Target.closeTarget', { targetId });
      const engine = engineModuleLoad(events);
      out.push({
        ...contentScriptLoad(events),
        engineParse: engine?.parse ?? NaN,
        engineCompile: engine?.compile ?? NaN,
        engineEvaluate: engine?.evaluate ?? NaN,
        found: times?.found ?? NaN,
        checked: times?.checked ?? NaN,
      });
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
console.log(`Load of the X fixture with a draft in the home box, default policy, no inspector on the page, ${LOADS} loads per build (ms, median; load average ${load.map((l) => l.toFixed(1)).join(' → ')}):`);
for (const [name, runs] of results) {
  const f = (key: keyof Load) => median(runs.map((r) => r[key])).toFixed(1);
  console.log(`  ${name}: content script evaluate ${f('evaluate')} = compile ${f('compile')} + run ${f('run')}; source positions collected ${f('sourcePositions')}`);
  if (runs.some((r) => !Number.isNaN(r.engineEvaluate)))
    console.log(`  ${name}: engine module (engine.js, once a composer is found) parse ${f('engineParse')} off the main thread; main thread compile ${f('engineCompile')} + evaluate ${f('engineEvaluate')}`);
  else console.log(`  ${name}: no engine module (the engine is part of the content script)`);
  const gaps = runs.map((r) => r.checked - r.found);
  console.log(
    `  ${name}: page clock: composer found (badge appears) at ${f('found')}, first check shown at ${f('checked')}; composer found → first check finished ${median(gaps).toFixed(1)} (max ${Math.max(...gaps).toFixed(1)})`,
  );
}
console.log('Target (issue 9): content-script evaluation ≤ 25 ms. A build with the engine in the content script checks in the task that finds the composer (found and checked then coincide).');
