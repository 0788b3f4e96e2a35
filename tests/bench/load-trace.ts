/**
 * What the load benchmarks (browser-load.ts, browser.ts) read from a Chromium trace of one page
 * load and from the page: the content script's evaluation, the checking engine's module
 * (engine.js, fetched once a composer is found) and the time from the composer found to the first
 * finished check (the X fixture records when our badge appeared and first showed a verdict:
 * tests/e2e/fixtures/shared.ts, recordBadgeTimes).
 */
import { ENGINE_MODULE_FILE } from '../../src/policy/constants';

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  args?: { data?: { url?: string; worldName?: string }; fileName?: string };
}

/** The X fixture with a draft already in the home box (as X restores one), so the first check has a real post to read. */
export const LOAD_QUERY = `draft=${encodeURIComponent(
  'Vandaag in het atelier schilderde Odilia (79) een vuurtoren voor de gang. Morgen hangen we alles op in de inkomhal, ' +
    'iedereen is welkom om te komen kijken. Dank aan alle vrijwilligers die hielpen met de lijsten en de koffie!',
)}`;

/** The page expression giving the badge's times (ms on the page's clock, or null). */
export const BADGE_TIMES = 'JSON.stringify(window.__vzBadgeTimes ?? null)';

export interface ModuleLoad {
  /** Parsing, on a background thread (streamed while it downloads): not the page's main thread. */
  parse: number;
  /** Main-thread compile and evaluation of the module. */
  compile: number;
  evaluate: number;
}

const url = (e: TraceEvent) => e.args?.data?.url ?? e.args?.fileName ?? '';
const X = (events: TraceEvent[]) => events.filter((e) => e.ph === 'X');
const total = (events: TraceEvent[]) => events.reduce((t, e) => t + (e.dur ?? 0), 0) / 1000;

/** The content script's `EvaluateScript` and the compile, run and source-position collection inside it (ms). */
export function contentScriptLoad(events: TraceEvent[]): { evaluate: number; compile: number; run: number; sourcePositions: number } {
  const evaluate = X(events).find((e) => e.name === 'EvaluateScript' && url(e).endsWith('content-scripts/content.js'));
  if (!evaluate) throw new Error('the content script did not run on the X fixture');
  const end = evaluate.ts + evaluate.dur!;
  const inside = X(events).filter((e) => e.tid === evaluate.tid && e.ts >= evaluate.ts && e.ts + (e.dur ?? 0) <= end);
  const ms = (name: string) => total(inside.filter((e) => e.name === name));
  return { evaluate: evaluate.dur! / 1000, compile: ms('v8.compile'), run: ms('v8.run'), sourcePositions: ms('V8.CollectSourcePositions') };
}

/**
 * The engine module's load, when it was loaded: V8 names a module's evaluation only by its world,
 * so its evaluation is the first `v8.evaluateModule` after its `v8.compileModule` on that thread.
 */
export function engineModuleLoad(events: TraceEvent[]): ModuleLoad | undefined {
  const ofEngine = X(events).filter((e) => url(e).endsWith(`/${ENGINE_MODULE_FILE}`));
  const compiled = ofEngine.find((e) => e.name === 'v8.compileModule');
  if (!compiled) return undefined;
  const evaluated = X(events)
    .filter((e) => e.name === 'v8.evaluateModule' && e.tid === compiled.tid && e.ts >= compiled.ts)
    .sort((a, b) => a.ts - b.ts)[0];
  return { parse: total(ofEngine.filter((e) => e.name === 'v8.parseOnBackground')), compile: total(ofEngine.filter((e) => e.name === 'v8.compileModule')), evaluate: (evaluated?.dur ?? NaN) / 1000 };
}
