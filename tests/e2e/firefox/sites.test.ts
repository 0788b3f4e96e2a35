/**
 * The site scenarios of ../scenarios.ts (the same ones Chromium runs in ../sites.test.ts) in
 * Firefox ESR with the built `.output/firefox-mv2`, through the puppeteer adapter of ../driver.ts;
 * then what those scenarios left behind: no draft in storage, no request but the pages opened.
 */
import type { Page } from 'puppeteer-core';
import { afterEach, describe, expect, test } from 'vitest';
import { fromPuppeteer } from '../driver';
import { TEST_RULES } from '../rules';
import { CLEAN, FIXED, FLAGGED, closeAll, SCENARIOS, type ScenarioEnv } from '../scenarios';
import { useFirefox } from './harness';

const env = useFirefox(TEST_RULES);

/** Every page URL the scenarios opened, host and path, for the request check below. */
const visited = new Set<string>();
const opened: Page[] = [];
const closePages = () => closeAll(opened);
afterEach(closePages);
const scenarioEnv: ScenarioEnv = {
  async open(site, { query = '', path } = {}) {
    const url = env.run.server.url(site, query, path);
    const { host, pathname } = new URL(url);
    visited.add(`${host}${pathname}`);
    const page = await env.run.openSite(url);
    opened.push(page);
    return fromPuppeteer(page);
  },
  setRules: (rules) => env.run.setRules(rules),
  closePages,
};

describe('Firefox: site scenarios (shared with Chromium)', () => {
  for (const scenario of SCENARIOS) test(scenario.name, () => scenario.run(scenarioEnv));
});

describe('Firefox: privacy', () => {
  // These run after the scenarios above, which typed, held, edited and posted these drafts on every site.
  test('no draft text is in any extension storage area', async () => {
    const stored = await env.run.dumpStorage();
    expect(stored).toContain('test.zorg-oost'); // the active rule file is there…
    for (const text of [CLEAN, FLAGGED, FIXED]) {
      expect(stored).not.toContain(text); // …the drafts are not, whole or in part
      expect(stored).not.toContain(text.slice(0, 20));
    }
  });

  test('nothing but the fixture pages was requested, and no other host was tried', async () => {
    // Every request that reached the fixture server was a page a scenario opened, or its script, style or icon.
    expect(visited.size).toBeGreaterThan(0);
    const asset = /\/(fixture\.js|fixture\.css|favicon\.ico)$/;
    expect(env.run.server.served.filter((u) => !visited.has(u) && !asset.test(u))).toEqual([]);
    // The proxy refuses every other host; only Firefox's own services tried one.
    expect(env.run.proxy.refused.filter((h) => !/\.(mozilla\.(com|net|org)|firefox\.com):443$/.test(h))).toEqual([]);
  });
});
