/** ../module-builds.ts in Firefox ESR: with an engine that arrives late, a post made meanwhile is held, then asked about or published. */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, test } from 'vitest';
import { fromPuppeteer } from '../driver';
import { buildWithLateEngine, ENGINE_DELAY_MS, heldUntilEngine } from '../module-builds';
import { TEST_RULES } from '../rules';
import { ROOT } from '../server';

// The harness reads the build's path (VZ_FIREFOX_EXTENSION) when it is first imported.
const build = buildWithLateEngine(process.env.VZ_FIREFOX_EXTENSION ?? join(ROOT, '.output/firefox-mv2'));
process.env.VZ_FIREFOX_EXTENSION = build;
const { useFirefox } = await import('./harness');
afterAll(() => rmSync(build, { recursive: true, force: true }));

const env = useFirefox(TEST_RULES);

test('the badge says it is loading; a post made meanwhile is held, then prompted (flagged) or published once (clean)', { timeout: 4 * ENGINE_DELAY_MS + 30_000 }, async () => {
  await heldUntilEngine({ open: async (site) => fromPuppeteer(await env.run.openSite(env.run.server.url(site, ''))) });
});
