/**
 * The shared site scenarios (./scenarios.ts) in Chromium with the built `.output/chrome-mv3`,
 * through the same page interface the Firefox runner uses (tests/e2e/firefox/sites.test.ts).
 */
import { describe, test } from 'vitest';
import { SITE_URL, useExtensionBrowser } from '../harness';
import { TEST_RULES } from '../rules';
import { fromPlaywright } from './driver';
import { siteCases } from './scenarios';

const env = useExtensionBrowser(TEST_RULES);

describe('Chromium: shared site scenarios', () => {
  test.each(siteCases())('%s', async (_name, composer, scenario) => {
    const page = await env.browser.context.newPage();
    try {
      await page.goto(SITE_URL[composer.site]);
      await page.waitForFunction(() => window.__ready === true);
      await scenario.run(fromPlaywright(page), composer);
    } finally {
      await page.close();
    }
  });
});
