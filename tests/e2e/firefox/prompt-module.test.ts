/** ../module-builds.ts in Firefox ESR: a build without prompt-ui.js holds the post and says so. */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { fromPuppeteer } from '../driver';
import { buildWithoutPrompt, heldWithoutModule } from '../module-builds';
import { TEST_RULES } from '../rules';
import { ROOT } from '../server';

// The harness reads the build's path (VZ_FIREFOX_EXTENSION) when it is first imported.
const build = buildWithoutPrompt(process.env.VZ_FIREFOX_EXTENSION ?? join(ROOT, '.output/firefox-mv2'));
process.env.VZ_FIREFOX_EXTENSION = build;
const { useFirefox } = await import('./harness');
afterAll(() => rmSync(build, { recursive: true, force: true }));

const env = useFirefox(TEST_RULES);

test('without prompt-ui.js a flagged post stays held, with a notice and the badge saying why, also on the second click', async () => {
  await heldWithoutModule({ open: async (site) => fromPuppeteer(await env.run.openSite(env.run.server.url(site, ''))) }, 'prompt');
  // The failed import is reported (the console says why); nothing else went wrong.
  expect(env.run.takeExtensionErrors().filter((line) => !/prompt/i.test(line))).toEqual([]);
});
