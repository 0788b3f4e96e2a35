/**
 * The checking engine's module (engine.js) in Chromium, with builds from ./module-builds.ts (the same
 * in Firefox: ./firefox/engine-missing.test.ts and ./firefox/engine-late.test.ts): one without it,
 * and one whose engine arrives seconds late. Its normal load is proven by every scenario that checks a draft.
 */
import { describe, test } from 'vitest';
import { useBuildCopy } from './harness';
import { buildWithLateEngine, buildWithoutEngine, ENGINE_DELAY_MS, heldUntilEngine, heldWithoutModule } from './module-builds';
import { TEST_RULES } from './rules';

describe('without engine.js', () => {
  const env = useBuildCopy(buildWithoutEngine, TEST_RULES);
  test('a flagged post stays held, with a notice and the badge saying "niet beschermd hier" and why, also on the second click', async () => {
    await heldWithoutModule(env, 'engine');
  });
});

describe('with an engine that arrives late', () => {
  const env = useBuildCopy(buildWithLateEngine, TEST_RULES);
  test('the badge says it is loading; a post made meanwhile is held, then prompted (flagged) or published once (clean)', { timeout: 4 * ENGINE_DELAY_MS + 30_000 }, async () => {
    await heldUntilEngine(env);
  });
});
