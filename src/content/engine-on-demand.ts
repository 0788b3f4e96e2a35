/**
 * The checking engine, loaded on demand. Its code (the engine, its language data and the policy's
 * compiler: src/policy/engine-module.ts) is an ES module of its own that the content script
 * fetches once it finds a composer, at idle, and keeps for the page's lifetime: a rule change
 * compiles the new file with the module already here. Until it has arrived nothing says
 * "checked": the badge says it is loading, and a publish waits for it (src/content/hold.ts). When
 * it cannot be loaded, the reason goes to the console (no draft text), the composers say "niet
 * beschermd hier", and the next publish tries again.
 */
import type { EngineModule } from '../policy/engine-module';

export interface EngineOnDemand {
  /** The module, once it has arrived. */
  loaded(): EngineModule | undefined;
  /** Load it when the page is idle (a composer was found); joins a load under way. */
  preload(): Promise<EngineModule>;
  /** Load it now (a publish is waiting). A failure is logged, and the next call tries again. */
  load(): Promise<EngineModule>;
  /** Whether the last attempt failed and none is under way. */
  failed(): boolean;
}

/** Run `fn` when the page is idle, or after `timeoutMs` at the latest. */
export function atIdle(fn: () => void, timeoutMs: number): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => fn(), { timeout: timeoutMs });
  else setTimeout(fn, 0);
}

/**
 * `fetch` gives the module; `idle` defers a preload. The first check waits for the preload, so it
 * waits at most half a second for idle time (the prompt, needed only at a publish, waits longer).
 */
export function engineOnDemand(fetch: () => Promise<EngineModule>, idle: (fn: () => void) => void = (fn) => atIdle(fn, 500)): EngineOnDemand {
  let module: EngineModule | undefined;
  let loading: Promise<EngineModule> | undefined;
  let idling: Promise<void> | undefined;
  let failed = false;
  const load = (): Promise<EngineModule> => {
    if (module) return Promise.resolve(module);
    return (loading ??= fetch().then(
      (m) => {
        module = m;
        failed = false;
        return m;
      },
      (error: unknown) => {
        loading = undefined;
        failed = true;
        // The reason for the console; no draft text is in it.
        console.error(`Volle Zaal: the checking engine could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
        throw error;
      },
    ));
  };
  return {
    loaded: () => module,
    load,
    preload() {
      if (module || loading) return load();
      idling ??= new Promise<void>((resolve) => idle(resolve)).finally(() => (idling = undefined));
      return idling.then(load);
    },
    failed: () => failed && !loading,
  };
}
