import { startFixtureServer, launchBrowser, setRules, openSite, openComposer, typeInto, EDITOR, PUBLISH, published, promptOf, activations, highlightCount } from './harness';
import { TEST_RULES } from './rules';
const server = await startFixtureServer();
const b = await launchBrowser(server);
try {
  await setRules(b, TEST_RULES);
  for (const site of ['facebook', 'linkedin'] as const) {
    const page = await openSite(b, server, site);
    page.on('console', (m) => console.log(site, 'console:', m.text()));
    page.on('pageerror', (m) => console.log(site, 'pageerror:', m));
    await openComposer(page, site, 'post');
    await typeInto(page, EDITOR[site].post!, 'In het atelier schilderde Odilia (79) een vuurtoren!');
    await page.waitForTimeout(600);
    console.log('hl', await highlightCount(page), await page.evaluate(() => document.documentElement.outerHTML.slice(-1500)));
    await page.click(PUBLISH[site].post!);
    await page.waitForTimeout(500);
    console.log(site, 'prompt', await promptOf(page).host.count(), 'published', await published(page), 'act', await activations(page));
  }
} finally { await b.close(); await server.close(); }
