/**
 * Browser benchmark: typing 1,000 characters into each site's real editor, with
 * and without the extension. Reports the input-to-paint latency the extension adds
 * (keydown → next animation frame, measured in the page) and how long after the
 * last keystroke its underline appears. Targets: added p95 < 4 ms; underline < 300 ms.
 */
import type { Page } from 'playwright-core';
import { EDITOR, launchBrowser, openComposer, openSite, setRules, startFixtureServer, type Site } from '../e2e/harness';
import { TEST_RULES } from '../e2e/rules';

const SITES: Array<[Site, string]> = [
  ['x', 'home'],
  ['facebook', 'post'],
  ['linkedin', 'post'],
];
const WORDS = ['zon', 'zee', 'wandeling', 'koffie', 'taart', 'bloemen', 'muziek', 'dank', 'mooi', 'samen'];
const TAIL = ' Marie (82)';
let BODY = '';
for (let i = 0; BODY.length < 1000 - TAIL.length; i++) BODY += WORDS[(i * 3) % WORDS.length] + ' ';
BODY = BODY.slice(0, 1000 - TAIL.length).trimEnd();

function pct(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
}

/** Install the page-side probe: keydown → next rAF, per keystroke. */
async function probe(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    window.__lat = [];
    window.addEventListener('keydown', () => {
      const t0 = performance.now();
      requestAnimationFrame(() => window.__lat.push(performance.now() - t0));
    }, true);
  })()`);
}

async function typeRun(page: Page, site: Site, where: string, text: string): Promise<number[]> {
  await openComposer(page, site, where);
  await page.click(EDITOR[site][where]!);
  await probe(page);
  // A small gap per key, like fast typing (~100 wpm bursts), so keystrokes do not share a frame.
  await page.keyboard.type(text, { delay: 8 });
  return page.evaluate(() => (window as any).__lat as number[]);
}

/** Time from the last keystroke (completing a finding) to its underline, measured in the page. */
async function underlineDelay(page: Page): Promise<number> {
  // A string, so tsx's name helpers (`__name`) do not leak into the page.
  return page.evaluate(`new Promise((resolve) => {
    const count = () => {
      let n = 0;
      if (CSS.highlights) for (const [, h] of CSS.highlights) n += h.size;
      return n;
    };
    const base = count();
    let t0 = 0;
    window.addEventListener('keydown', () => (t0 = performance.now()), { capture: true, once: true });
    const tick = () => {
      if (t0 && count() > base) return resolve(performance.now() - t0);
      if (t0 && performance.now() - t0 > 3000) return resolve(Infinity);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    window.__armed = true;
  })`) as Promise<number>;
}

async function main() {
  const server = await startFixtureServer();
  const results: Record<string, { base: number[]; ext: number[]; underline: number }> = {};
  try {
    for (const withExt of [false, true]) {
      const browser = await launchBrowser(server, { extension: withExt });
      try {
        if (withExt) await setRules(browser, TEST_RULES);
        for (const [site, where] of SITES) {
          const page = await openSite(browser, server, site);
          // Warm-up, so JIT and first-layout costs do not count against either run.
          await openComposer(page, site, where);
          await page.click(EDITOR[site][where]!);
          await page.keyboard.type('warm up ', { delay: 5 });
          await page.keyboard.press('Control+A');
          await page.keyboard.press('Backspace');
          const lat = await typeRun(page, site, where, BODY + TAIL.slice(0, -1));
          const r = (results[site] ??= { base: [], ext: [], underline: NaN });
          if (withExt) {
            r.ext = lat;
            await page.waitForTimeout(400);
            const pending = underlineDelay(page);
            await page.waitForFunction(() => (window as any).__armed === true);
            await page.keyboard.type(TAIL.slice(-1));
            r.underline = await pending;
          } else r.base = lat;
          await page.close();
        }
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
  }
  const f = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '—');
  const rows = [
    ['site', 'keys', 'p50 base', 'p50 ext', 'added p50', 'p95 base', 'p95 ext', 'added p95', 'underline (ms)'],
    ...Object.entries(results).map(([site, r]) => {
      const b50 = pct(r.base, 50), e50 = pct(r.ext, 50), b95 = pct(r.base, 95), e95 = pct(r.ext, 95);
      return [site, String(r.ext.length), f(b50), f(e50), f(e50 - b50), f(b95), f(e95), f(e95 - b95), f(r.underline)];
    }),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  for (const row of rows) console.log(row.map((c, i) => c.padStart(widths[i]!)).join('  '));
  console.log('\nTargets: added p95 < 4 ms; underline visible < 300 ms after the last keystroke.');
}

void main().catch((e) => {
  console.error(e);
  process.exit(1);
});
