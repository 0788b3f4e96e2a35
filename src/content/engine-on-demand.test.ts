import { afterEach, describe, expect, test, vi } from 'vitest';
import * as engineModule from '../policy/engine-module';
import type { EngineModule } from '../policy/engine-module';
import { engineOnDemand } from './engine-on-demand';

/** An idle callback the test runs by hand. */
function manualIdle() {
  const waiting: Array<() => void> = [];
  return { idle: (fn: () => void) => void waiting.push(fn), run: () => waiting.splice(0).forEach((fn) => fn()), pending: () => waiting.length };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => vi.restoreAllMocks());

describe('the engine, loaded on demand', () => {
  test('a preload waits for idle time, fetches the module once, and every later call reuses it', async () => {
    const fetch = vi.fn(async () => engineModule as EngineModule);
    const { idle, run, pending } = manualIdle();
    const engine = engineOnDemand(fetch, idle);
    const first = engine.preload();
    const second = engine.preload();
    await flush();
    expect(fetch).not.toHaveBeenCalled();
    expect(pending()).toBe(1);
    expect(engine.loaded()).toBeUndefined();
    run();
    await expect(first).resolves.toBe(engineModule);
    await expect(second).resolves.toBe(engineModule);
    expect(engine.loaded()).toBe(engineModule);
    await engine.load();
    await engine.preload();
    expect(fetch).toHaveBeenCalledOnce();
    expect(pending()).toBe(0);
  });

  test('a publish does not wait for idle time: load starts the fetch at once, and the pending preload joins it', async () => {
    let arrive!: (m: EngineModule) => void;
    const fetch = vi.fn(() => new Promise<EngineModule>((r) => (arrive = r)));
    const { idle, run } = manualIdle();
    const engine = engineOnDemand(fetch, idle);
    const preloaded = engine.preload();
    const loaded = engine.load();
    expect(fetch).toHaveBeenCalledOnce();
    arrive(engineModule);
    await expect(loaded).resolves.toBe(engineModule);
    run();
    await expect(preloaded).resolves.toBe(engineModule);
    expect(fetch).toHaveBeenCalledOnce();
  });

  test('a failed load is said in the console and in failed(); the next call fetches again', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const fetch = vi
      .fn<() => Promise<EngineModule>>()
      .mockRejectedValueOnce(new Error('Failed to fetch dynamically imported module: chrome-extension://x/engine.js'))
      .mockResolvedValueOnce(engineModule);
    const engine = engineOnDemand(fetch, (fn) => fn());
    await expect(engine.preload()).rejects.toThrow('Failed to fetch');
    expect(engine.failed()).toBe(true);
    expect(engine.loaded()).toBeUndefined();
    expect(errors).toHaveBeenCalledWith(expect.stringMatching(/^Volle Zaal: the checking engine could not be loaded: Failed to fetch/));
    const again = engine.load();
    expect(engine.failed()).toBe(false); // a load is under way
    await expect(again).resolves.toBe(engineModule);
    expect(engine.failed()).toBe(false);
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
