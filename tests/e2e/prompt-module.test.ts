/**
 * The prompt's module (prompt-ui.js) could not be loaded, in Chromium (./module-builds.ts; the
 * same in Firefox: ./firefox/prompt-module.test.ts). The module arriving late is covered by
 * src/content/controller.test.ts; its normal load by every scenario that opens the prompt.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, test } from 'vitest';
import { fromPlaywright } from './driver';
import { EXTENSION, launchBrowser, setRules, startFixtureServer, type Browser, type FixtureServer } from './harness';
import { buildWithoutPrompt, heldWithoutModule } from './module-builds';
import { TEST_RULES } from './rules';

let server: FixtureServer;
let browser: Browser;
const build = buildWithoutPrompt(EXTENSION);

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

test('without prompt-ui.js a flagged post stays held, with a notice and the badge saying why, also on the second click', async () => {
  await heldWithoutModule({
    async open(site) {
      const page = await browser.context.newPage();
      await page.goto(server.url(site, ''));
      await page.waitForFunction(() => window.__ready === true);
      return fromPlaywright(page);
    },
  }, 'prompt');
});
