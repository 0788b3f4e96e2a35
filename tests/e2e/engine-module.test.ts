/**
 * The checking engine's module (engine.js) in Chromium, with builds from ./module-builds.ts (the same
 * in Firefox: ./firefox/engine-missing.test.ts and ./firefox/engine-late.test.ts): one without it,
 * and one whose engine arrives seconds late. Its normal load is proven by every scenario that checks a draft.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, test } from 'vitest';
import { fromPlaywright } from './driver';
import { EXTENSION, launchBrowser, setRules, startFixtureServer, type Browser, type FixtureServer } from './harness';
import { buildWithLateEngine, buildWithoutEngine, ENGINE_DELAY_MS, heldUntilEngine, heldWithoutModule } from './module-builds';
import { TEST_RULES } from './rules';
import type { ScenarioEnv } from './scenarios';

/** A browser with the build `make(EXTENSION)` and the test rules, for the tests of this describe block. */
function withBuild(make: (dir: string) => string): Pick<ScenarioEnv, 'open'> {
  let server: FixtureServer;
  let browser: Browser;
  const build = make(EXTENSION);
  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchBrowser(server, { extensionDir: build });
    await setRules(browser, TEST_RULES);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(build, { recursive: true, force: true });
  });
  return {
    async open(site) {
      const page = await browser.context.newPage();
      await page.goto(server.url(site, ''));
      await page.waitForFunction(() => window.__ready === true);
      return fromPlaywright(page);
    },
  };
}

describe('without engine.js', () => {
  const env = withBuild(buildWithoutEngine);
  test('a flagged post stays held, with a notice and the badge saying "niet beschermd hier" and why, also on the second click', async () => {
    await heldWithoutModule(env, 'engine');
  });
});

describe('with an engine that arrives late', () => {
  const env = withBuild(buildWithLateEngine);
  test('the badge says it is loading; a post made meanwhile is held, then prompted (flagged) or published once (clean)', { timeout: 4 * ENGINE_DELAY_MS + 30_000 }, async () => {
    await heldUntilEngine(env);
  });
});
