/**
 * Browser benchmark: what the extension adds to typing in each site's real editor.
 *
 * Two Chromium instances run side by side in the same process on the same machine, one
 * without and one with the extension, and the same text is typed into both, alternating
 * which goes first, round after round. Typing has a person's rhythm: fast keys inside words
 * and pauses between them, some longer than the extension's debounce, so its checks run
 * while typing goes on and a keystroke can land on one.
 *
 * Per keystroke, measured in the page (an init script, so its listeners come before the
 * extension's and the key's own `timeStamp` is the start):
 *   - input → frame: keydown → the end of the first frame after the character went in
 *     (requestAnimationFrame, then a message, which runs after that frame's style, layout
 *     and paint). What a person sees, so it moves in steps of a frame (16.7 ms).
 *   - handled: keydown → its keyup (the driver sends keyup once the page acknowledged the
 *     keydown: the key's whole synchronous handling, the page's and the extension's listeners,
 *     plus a wait behind a check that was running). Not quantised by frames.
 * Per run: main-thread time per key (CDP Performance metrics: task time / keys).
 * Time to underline: keydown of the key that completes a finding → the frame that shows it.
 *
 * Content-script load (Chromium trace, per page load of the X fixture with a draft in the home box,
 * before the typing runs): compile (v8.compile) and evaluate (EvaluateScript) of
 * content-scripts/content.js; the checking engine's module (engine.js, fetched once a composer is
 * found): its main-thread evaluation; the time from the composer found to the first finished check
 * (tests/bench/load-trace.ts); and whether the regex engine was fetched (it should not be, with a
 * policy without `regex` rules).
 *
 * Targets: added p95 < 4 ms; underline < 300 ms; content-script evaluation ≤ 25 ms.
 * `VZ_BENCH_ROUNDS` (default 2), `VZ_BENCH_CHARS` (default 1000), `VZ_BENCH_JSON` (write results),
 * `VZ_BENCH_BEFORE` (another built extension to measure alongside, e.g. the previous commit's),
 * `VZ_BENCH_LOADS` (content-script loads, default 9), `VZ_BENCH_LOAD_ONLY` (only those, no typing),
 * `VZ_BENCH_LOAD_REGEX` (those loads under the test policy, which has a `regex` rule),
 * `VZ_BENCH_SITES` (only these, e.g. `linkedin:post,x:home`), `VZ_BENCH_NO_FINDING` (a draft without the
 * client name, so no underline is drawn while typing: tells the highlight's cost from the rest).
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { EDITOR, launchBrowser, openComposer, setRules, startFixtureServer, type Browser, type FixtureServer, type Site } from '../e2e/harness';
import { TEST_RULES } from '../e2e/rules';
import { BADGE_TIMES, engineModuleLoad, LOAD_QUERY, type TraceEvent } from './load-trace';

// The realistic fixtures: Draft.js at X's depth, Lexical in Facebook's dialog, LinkedIn's Quill
// share box inside an open shadow root and its TipTap comment box.
const ALL_SITES: Array<[Site, string]> = [
  ['x', 'home'],
  ['facebook', 'post'],
  ['linkedin', 'post'],
  ['linkedin', 'comment'],
];
const SITES = process.env.VZ_BENCH_SITES ? ALL_SITES.filter(([site, where]) => process.env.VZ_BENCH_SITES!.split(',').includes(`${site}:${where}`)) : ALL_SITES;
const ROUNDS = Number(process.env.VZ_BENCH_ROUNDS ?? 2);
const CHARS = Number(process.env.VZ_BENCH_CHARS ?? 1000);
const UNDERLINE_TRIALS = 5;
/** Another build to measure in the same run (e.g. the previous commit's), shown as "before". */
const BEFORE = process.env.VZ_BENCH_BEFORE;

// A made-up draft: one client name with an age at the start (so the highlights, the badge and the
// caret tooltip have work while typing goes on), then ordinary words.
const WORDS = ['zon', 'zee', 'wandeling', 'koffie', 'taart', 'bloemen', 'muziek', 'dank', 'mooi', 'samen', 'tuin', 'liedjes'];
function draft(chars: number): string {
  let text = process.env.VZ_BENCH_NO_FINDING ? '' : 'Odilia (79) ';
  for (let i = 0; text.length < chars; i++) text += WORDS[(i * 5) % WORDS.length] + ' ';
  return text.slice(0, chars);
}

/** Deterministic pauses (mulberry32), the same for both browsers. */
function rhythm(text: string, seed = 7): number[] {
  let s = seed >>> 0;
  const rand = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  // Inside a word 8 ms (plus the driver's own ~3 ms per key); after a word 20–80 ms, or 1 in 3
  // times a pause of 100–320 ms, around the 150 ms debounce.
  return [...text].map((ch) => (ch === ' ' ? (rand() < 2 / 3 ? 20 + rand() * 60 : 100 + rand() * 220) : 8));
}

/** Page-side probe, installed before any other script (a string: tsx's helpers must not leak into the page). */
const PROBE = `(() => {
  const lat = (window.__vzBench = { frame: [], handled: [] });
  let pending = null;
  let down = null;
  const measure = (t0) => {
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => lat.frame.push(performance.now() - t0);
      ch.port2.postMessage(0);
    });
  };
  addEventListener('keydown', (e) => { pending = down = e.timeStamp; }, true);
  addEventListener('input', () => {
    if (pending === null) return;
    measure(pending);
    pending = null;
  }, true);
  // A key whose input event the editor swallowed still counts, from its keyup.
  addEventListener('keyup', () => {
    // The driver sends keyup once the page has acknowledged the keydown (all of its keydown,
    // keypress and input handling), so this is the key's synchronous handling, plus any wait
    // behind a task that was running when it came.
    if (down !== null) lat.handled.push(performance.now() - down);
    down = null;
    if (pending === null) return;
    measure(pending);
    pending = null;
  }, true);
})()`;

interface Config {
  name: string;
  browser: Browser;
}

interface Sample {
  frame: number[];
  handled: number[];
  /** CDP Performance metrics summed over the typed keys (ms). */
  task: number;
  script: number;
  layout: number;
  keys: number;
}
const emptySample = (): Sample => ({ frame: [], handled: [], task: 0, script: 0, layout: 0, keys: 0 });

async function openPage(context: BrowserContext, server: FixtureServer, site: Site, where: string): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript(PROBE);
  await page.goto(server.url(site));
  await page.waitForFunction(() => window.__ready === true);
  await openComposer(page, site, where);
  await page.click(EDITOR[site][where]!);
  // Warm-up, so JIT and first-layout costs count against neither browser.
  await page.keyboard.type('warm up Odilia (79) ', { delay: 10 });
  await page.waitForTimeout(400);
  await clear(page);
  return page;
}

async function clear(page: Page): Promise<void> {
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.waitForTimeout(400);
}

const METRICS = ['TaskDuration', 'ScriptDuration', 'LayoutDuration'] as const;
async function metrics(cdp: CDPSession): Promise<number[]> {
  const all = (await cdp.send('Performance.getMetrics')).metrics;
  return METRICS.map((name) => (all.find((m) => m.name === name)?.value ?? 0) * 1000);
}

/** Type one block of the draft and add its measurements to `into`. */
async function typeBlock(page: Page, cdp: CDPSession, text: string, delays: number[], into: Sample): Promise<void> {
  await page.evaluate(`(() => { window.__vzBench.frame = []; window.__vzBench.handled = []; })()`);
  const before = await metrics(cdp);
  for (let i = 0; i < text.length; i++) {
    await page.keyboard.type(text[i]!);
    await page.waitForTimeout(delays[i]!);
  }
  await page.waitForTimeout(300); // the last frames, and the check after the last key
  const after = await metrics(cdp);
  const lat = (await page.evaluate('window.__vzBench')) as { frame: number[]; handled: number[] };
  into.frame.push(...lat.frame);
  into.handled.push(...lat.handled);
  into.task += after[0]! - before[0]!;
  into.script += after[1]! - before[1]!;
  into.layout += after[2]! - before[2]!;
  into.keys += text.length;
}

/** Cut the draft into blocks of about `size` characters, at word ends. */
function blocks(text: string, size: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    const space = text.indexOf(' ', end - 1);
    end = space < 0 ? text.length : space + 1;
    out.push([start, end]);
    start = end;
  }
  return out;
}

/** Keydown of the key that completes a finding → the end of the frame that shows its underline. */
async function underline(page: Page): Promise<number> {
  await page.keyboard.type('zon en zee met Odilia (79', { delay: 8 });
  await page.waitForTimeout(500);
  const pending = page.evaluate(`new Promise((resolve) => {
    const count = () => {
      let n = 0;
      if (CSS.highlights) for (const [, h] of CSS.highlights) n += h.size;
      return n;
    };
    const base = count();
    let t0 = 0;
    addEventListener('keydown', (e) => (t0 = e.timeStamp), { capture: true, once: true });
    const tick = () => {
      if (t0 && count() > base) {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => resolve(performance.now() - t0);
        return ch.port2.postMessage(0);
      }
      if (t0 && performance.now() - t0 > 3000) return resolve(Infinity);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    window.__armed = true;
  })`) as Promise<number>;
  await page.waitForFunction(() => (window as unknown as { __armed?: boolean }).__armed === true);
  await page.keyboard.type(')');
  const ms = await pending;
  await page.evaluate(() => delete (window as unknown as { __armed?: boolean }).__armed);
  await clear(page);
  return ms;
}

const LOADS = Number(process.env.VZ_BENCH_LOADS ?? 9);

type Load = { compile: number[]; evaluate: number[]; engineEvaluate: number[]; firstCheck: number[]; regexFetched: number };

/**
 * Load the X fixture `LOADS` times in a fresh tab in each build, alternating builds load by load (so
 * they share the machine's busy moments), tracing, and note per load the compile and evaluate time
 * of the content script (ms); `regexFetched`: loads in which regex-engine.js was compiled too.
 */
async function contentScriptLoads(configs: Config[], server: FixtureServer): Promise<Map<string, Load>> {
  const out = new Map<string, Load>(configs.map((c) => [c.name, { compile: [], evaluate: [], engineEvaluate: [], firstCheck: [], regexFetched: 0 }]));
  for (let i = 0; i < LOADS; i++)
    for (const config of i % 2 ? [...configs].reverse() : configs) {
      const into = out.get(config.name)!;
      const page = await config.browser.context.newPage();
      const cdp = await config.browser.context.newCDPSession(page);
      const events: TraceEvent[] = [];
      cdp.on('Tracing.dataCollected', (e) => {
        events.push(...(e.value as unknown as TraceEvent[]));
      });
      await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8', transferMode: 'ReportEvents' });
      await page.goto(server.url('x', LOAD_QUERY));
      await page.waitForFunction(() => window.__ready === true);
      // The badge's first verdict means the content script ran, found the composer and (with the engine) checked its draft.
      await page.waitForFunction(() => window.__vzBadgeTimes?.checked !== undefined, undefined, { timeout: 10_000 }).catch(() => undefined);
      const times = JSON.parse(await page.evaluate<string>(BADGE_TIMES)) as { found?: number; checked?: number } | null;
      into.firstCheck.push((times?.checked ?? NaN) - (times?.found ?? NaN));
      const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await done;
      const url = (e: TraceEvent) => e.args?.data?.url ?? e.args?.fileName ?? '';
      const ofContent = events.filter((e) => e.ph === 'X' && url(e).endsWith('content-scripts/content.js'));
      into.compile.push(ofContent.filter((e) => e.name === 'v8.compile').reduce((t, e) => t + (e.dur ?? 0), 0) / 1000);
      into.evaluate.push(ofContent.filter((e) => e.name === 'EvaluateScript').reduce((t, e) => t + (e.dur ?? 0), 0) / 1000);
      into.engineEvaluate.push(engineModuleLoad(events)?.evaluate ?? NaN);
      if (events.some((e) => url(e).endsWith('regex-engine.js'))) into.regexFetched++;
      await page.close();
    }
  return out;
}

function pct(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

async function main() {
  const text = draft(CHARS);
  const delays = rhythm(text);
  const parts = blocks(text, 100);
  const server = await startFixtureServer();
  const configs: Config[] = [];
  const samples = new Map<string, Map<string, Sample>>(); // site → config → sample
  const underlines = new Map<string, Map<string, number[]>>();
  const load = [loadavg()[0]!];
  let loads = new Map<string, Load>();
  try {
    configs.push({ name: 'base', browser: await launchBrowser(server, { extension: false }) });
    if (BEFORE) configs.push({ name: 'before', browser: await launchBrowser(server, { extensionDir: BEFORE }) });
    configs.push({ name: 'ext', browser: await launchBrowser(server) });
    // Content-script load first, with the default policy (no `regex` rule), then the test policy.
    if (process.env.VZ_BENCH_LOAD_REGEX) for (const c of configs) if (c.name !== 'base') await setRules(c.browser, TEST_RULES);
    loads = await contentScriptLoads(configs.filter((c) => c.name !== 'base'), server);
    load.push(loadavg()[0]!);
    for (const c of configs) if (c.name !== 'base') await setRules(c.browser, TEST_RULES);
    for (const [site, where] of process.env.VZ_BENCH_LOAD_ONLY ? [] : SITES) {
      const bySite = new Map(configs.map((c) => [c.name, emptySample()]));
      const label = `${site} ${where}`;
      samples.set(label, bySite);
      const pages = await Promise.all(configs.map(async (c) => {
        const page = await openPage(c.browser.context, server, site, where);
        const cdp = await c.browser.context.newCDPSession(page);
        await cdp.send('Performance.enable');
        return { config: c, page, cdp };
      }));
      for (let round = 0; round < ROUNDS; round++) {
        // Small blocks, each typed into every browser in turn (the order rotating), so both
        // see the same moments of a busy machine.
        for (let b = 0; b < parts.length; b++) {
          const [from, to] = parts[b]!;
          const shift = (round * parts.length + b) % pages.length;
          for (const p of [...pages.slice(shift), ...pages.slice(0, shift)])
            await typeBlock(p.page, p.cdp, text.slice(from, to), delays.slice(from, to), bySite.get(p.config.name)!);
        }
        for (const p of pages) await clear(p.page);
        process.stderr.write(`${label}: round ${round + 1}/${ROUNDS}\n`);
      }
      const ul = new Map<string, number[]>();
      underlines.set(label, ul);
      for (const p of pages) {
        if (p.config.name === 'base') continue;
        const times: number[] = [];
        for (let i = 0; i < UNDERLINE_TRIALS; i++) times.push(await underline(p.page));
        ul.set(p.config.name, times);
      }
      for (const p of pages) await p.page.close();
      load.push(loadavg()[0]!);
    }
  } finally {
    // Every browser and the server are closed even when one browser has gone already: otherwise the open server
    // keeps the process alive and nothing is printed. A browser that went away is still reported.
    const closed = await Promise.allSettled(configs.map((c) => c.browser.close()));
    closed.forEach((r, i) => r.status === 'rejected' && process.stderr.write(`${configs[i]!.name}: closing failed: ${String(r.reason)}\n`));
    await server.close();
  }

  const f = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '—');
  const signed = (n: number) => (Number.isFinite(n) ? (n >= 0 ? '+' : '') + n.toFixed(1) : '—');
  const exts = configs.filter((c) => c.name !== 'base').map((c) => c.name);
  const header = ['site', 'build', 'keys', 'p50', 'p95', 'max', 'added p50', 'added p95', 'handled p95', 'added', 'main ms/key', 'added', 'script', 'layout', 'underline p50', 'max'];
  const rows: string[][] = [header];
  const summary: Record<string, unknown> = { chars: CHARS, rounds: ROUNDS, load };
  for (const [site, bySite] of samples) {
    const base = bySite.get('base')!;
    for (const name of ['base', ...exts]) {
      const s = bySite.get(name)!;
      const ul = underlines.get(site)?.get(name) ?? [];
      const row = {
        keys: s.frame.length,
        p50: pct(s.frame, 50),
        p95: pct(s.frame, 95),
        max: Math.max(...s.frame),
        handled95: pct(s.handled, 95),
        perKey: s.task / s.keys,
        script: s.script / s.keys,
        layout: s.layout / s.keys,
        underline: ul,
      };
      summary[`${site}.${name}`] = row;
      const isBase = name === 'base';
      rows.push([
        site, name, String(row.keys), f(row.p50), f(row.p95), f(row.max),
        isBase ? '' : signed(row.p50 - pct(base.frame, 50)),
        isBase ? '' : signed(row.p95 - pct(base.frame, 95)),
        f(row.handled95),
        isBase ? '' : signed(row.handled95 - pct(base.handled, 95)),
        f(row.perKey),
        isBase ? '' : signed(row.perKey - base.task / base.keys),
        f(row.script), f(row.layout),
        ul.length ? f(pct(ul, 50)) : '', ul.length ? f(Math.max(...ul)) : '',
      ]);
    }
  }
  const widths = header.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  console.log(`\nTyping ${CHARS} characters × ${ROUNDS} rounds per site into each browser, interleaved in ${parts.length} blocks (ms).`);
  console.log('p50/p95/max: keydown → end of the next frame. handled: keydown → its keyup (synchronous handling). added: minus base, same run.');
  console.log(`main ms/key: renderer main-thread task time per key (script, layout: parts of it). Load average during the run: ${load.map((l) => l.toFixed(1)).join(' → ')}.\n`);
  for (const row of rows) console.log(row.map((c, i) => c.padStart(widths[i]!)).join('  '));
  console.log(`\nunderline: keydown of the key completing a finding → end of the frame showing it (${UNDERLINE_TRIALS} trials).`);
  console.log('Targets: added p95 < 4 ms; underline visible < 300 ms after the last keystroke.');
  console.log(`\nContent-script load, X fixture, ${process.env.VZ_BENCH_LOAD_REGEX ? 'test policy (a regex rule)' : 'default policy'}, ${LOADS} page loads per build, alternating (ms, median / max; Chromium trace; load average ${load.slice(0, 2).map((l) => l.toFixed(1)).join(' → ')}):`);
  for (const [name, l] of loads) {
    console.log(
      `  ${name}: compile ${f(pct(l.compile, 50))} / ${f(Math.max(...l.compile))}, evaluate ${f(pct(l.evaluate, 50))} / ${f(Math.max(...l.evaluate))}` +
        `; engine module evaluate ${f(pct(l.engineEvaluate, 50))}; composer found → first check finished ${f(pct(l.firstCheck, 50))} / ${f(Math.max(...l.firstCheck))}` +
        `; regex engine loaded in ${l.regexFetched} of ${LOADS}`,
    );
    summary[`contentScript.${name}`] = l;
  }
  console.log('Target: evaluation ≤ 25 ms.');
  if (process.env.VZ_BENCH_JSON) writeFileSync(process.env.VZ_BENCH_JSON, JSON.stringify(summary, null, 2));
}

void main().catch((e) => {
  console.error(e);
  process.exit(1);
});
