/**
 * "Run this once typing has paused": the keystroke itself only records its time; one timer per
 * quiet period (re-armed for the rest of the quiet time when it fires early), then the work
 * waits for idle time so it does not push a keystroke's paint, capped so it still runs soon.
 */
export interface QuietTimer {
  /** Something changed at `at` (an event's timeStamp, same clock as performance.now()). */
  poke(at?: number): void;
  cancel(): void;
  /** Waiting to run. */
  pending(): boolean;
}

export function quietTimer(win: Window, run: () => void, debounceMs: number, idleTimeoutMs: number): QuietTimer {
  const now = () => win.performance?.now() ?? Date.now();
  // Content scripts have requestIdleCallback in Chromium and Firefox; a plain timer elsewhere.
  const requestIdle = (fn: () => void): number =>
    typeof win.requestIdleCallback === 'function' ? win.requestIdleCallback(fn, { timeout: idleTimeoutMs }) : (win.setTimeout(fn, 0) as unknown as number);
  const cancelIdle = (id: number) => (typeof win.cancelIdleCallback === 'function' ? win.cancelIdleCallback(id) : win.clearTimeout(id));
  let changedAt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;

  const settle = () => {
    timer = undefined;
    const quietFor = now() - changedAt;
    if (quietFor < debounceMs - 1) {
      timer = setTimeout(settle, debounceMs - quietFor);
      return;
    }
    idle = requestIdle(() => {
      idle = undefined;
      // Typing resumed while waiting for idle time: wait for the next quiet period.
      if (now() - changedAt < debounceMs - 1) settle();
      else run();
    });
  };
  return {
    poke(at = now()) {
      changedAt = at;
      if (timer === undefined && idle === undefined) timer = setTimeout(settle, debounceMs);
    },
    cancel() {
      if (timer !== undefined) clearTimeout(timer);
      if (idle !== undefined) cancelIdle(idle);
      timer = undefined;
      idle = undefined;
    },
    pending: () => timer !== undefined || idle !== undefined,
  };
}
