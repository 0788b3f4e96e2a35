/**
 * Screenshots of the prompt on each site for the README (assets/screenshots/*.png).
 * Run: `npx wxt build && npx tsx tests/e2e/screenshots.ts`.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { EDITOR, launchBrowser, openComposer, openSite, promptOf, PUBLISH, ROOT, setRules, startFixtureServer, typeInto, type Site } from './harness';
import { TEST_RULES } from './rules';

// Made-up drafts. Facebook's names a listed client in full: the built-in check and the test
// rule file's own rule flag the same name, shown as one card with both reasons.
const SHOTS: Array<[Site, string, string]> = [
  ['x', 'home', 'In het atelier schilderde Odilia (79) een vuurtoren!'],
  ['facebook', 'post', 'In het atelier schilderde Odilia Verbraeken (79) een vuurtoren!'],
  ['linkedin', 'post', 'In het atelier schilderde Odilia (79) een vuurtoren!'],
];

async function main() {
  const out = join(ROOT, 'assets/screenshots');
  mkdirSync(out, { recursive: true });
  const server = await startFixtureServer();
  const browser = await launchBrowser(server);
  try {
    await setRules(browser, TEST_RULES);
    for (const [site, where, draft] of SHOTS) {
      const page = await openSite(browser, server, site);
      await openComposer(page, site, where);
      await typeInto(page, EDITOR[site][where]!, draft);
      await page.click(PUBLISH[site][where]!);
      await promptOf(page).dialog.waitFor();
      await page.waitForTimeout(300); // let the dialog's entry transition finish
      await page.screenshot({ path: join(out, `prompt-${site}.png`), type: 'png', scale: 'css' });
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

void main().catch((e) => {
  console.error(e);
  process.exit(1);
});
