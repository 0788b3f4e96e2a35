/**
 * Each e2e test may run twice (`retry` in ../vitest.config.ts). A test that passes on its retry
 * would hide why its first run failed: this writes that reason to the log.
 */
import { beforeEach, onTestFailed } from 'vitest';

beforeEach(() => {
  onTestFailed(({ task }) => {
    // `actual` holds what an assertion received in full (the message shortens arrays).
    const reasons = (task.result?.errors ?? []).map((e) => [e.message.split('\n')[0], e.actual].filter(Boolean).join(': ')).join(' | ');
    console.warn(`Attempt ${(task.result?.retryCount ?? 0) + 1} of "${task.name}" failed: ${reasons}`);
  });
});
