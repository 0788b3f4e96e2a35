/** ../module-builds.ts in Firefox ESR: with an engine that arrives late, a post made meanwhile is held, then asked about or published. */
import { test } from 'vitest';
import { buildWithLateEngine, ENGINE_DELAY_MS, heldUntilEngine, useFirefoxBuildCopy } from '../module-builds';

const env = await useFirefoxBuildCopy(buildWithLateEngine);

test('the badge says it is loading; a post made meanwhile is held, then prompted (flagged) or published once (clean)', { timeout: 4 * ENGINE_DELAY_MS + 30_000 }, async () => {
  await heldUntilEngine(env);
});
