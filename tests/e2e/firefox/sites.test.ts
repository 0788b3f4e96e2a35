/**
 * The shared site scenarios (../portable/scenarios.ts) in Firefox ESR with the built
 * `.output/firefox-mv2`: the same assertions the Chromium runner makes, in the other engine.
 */
import { describe, expect, test } from 'vitest';
import { SITE_URL } from '../harness';
import { TEST_RULES } from '../rules';
import { fromPuppeteer } from '../portable/driver';
import { CLEAN, FLAGGED, FLAGGED_FIXED, siteCases } from '../portable/scenarios';
import { useFirefox } from './harness';

const env = useFirefox(TEST_RULES);

describe('Firefox: site scenarios', () => {
  test.each(siteCases())('%s', async (_name, composer, scenario) => {
    const page = fromPuppeteer(await env.run.openSite(SITE_URL[composer.site]));
    try {
      await scenario.run(page, composer);
    } finally {
      await page.close();
    }
  });
});

describe('Firefox: privacy', () => {
  // These run after the scenarios above, which typed, held, edited and posted these drafts on every site.
  test('no draft text is in any extension storage area', async () => {
    const stored = await env.run.dumpStorage();
    expect(stored).toContain('test.zorg-oost'); // the active rule file is there…
    for (const text of [CLEAN, FLAGGED, FLAGGED_FIXED]) {
      expect(stored).not.toContain(text); // …the drafts are not, whole or in part
      expect(stored).not.toContain(text.slice(0, 20));
    }
  });

  test('nothing but the fixture pages was requested, and no other host was tried', async () => {
    // Every request that reached the fixture server (the three sites' hosts) was a page or its script.
    expect(env.run.server.served.length).toBeGreaterThan(0);
    const allowed = /^(x\.com|www\.facebook\.com|www\.linkedin\.com)\/(home|feed\/|fixture\.js|favicon\.ico)?$/;
    expect(env.run.server.served.filter((u) => !allowed.test(u))).toEqual([]);
    // The proxy refuses every other host; only Firefox's own services tried one.
    expect(env.run.proxy.refused.filter((h) => !/\.(mozilla\.(com|net|org)|firefox\.com):443$/.test(h))).toEqual([]);
  });
});
