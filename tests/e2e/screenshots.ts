/**
 * Screenshots for the README (assets/screenshots/*.png), on the realistic fixtures: the prompt on
 * each site (LinkedIn's share box inside its shadow root), an X thread whose second post is
 * flagged, and the "niet beschermd hier" badge after a selector drift.
 * Run: `npm run screenshots` (builds first).
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
    // A thread: "Post all" held, the finding named by its post.
    const thread = await browser.context.newPage();
    await thread.goto(server.url('x', '', '/compose/post'));
    await typeInto(thread, '#layers [role="dialog"] [data-testid="tweetTextarea_0"]', 'Open atelier vandaag, iedereen welkom.');
    await thread.click('#layers [role="dialog"] [data-testid="addButton"]');
    await typeInto(thread, '#layers [role="dialog"] [data-testid="tweetTextarea_1"]', 'Odilia (79) schilderde een vuurtoren!');
    await thread.click('#layers [role="dialog"] [data-testid="tweetButton"]');
    await promptOf(thread).dialog.waitFor();
    await thread.waitForTimeout(300);
    await thread.screenshot({ path: join(out, 'prompt-x-thread.png'), type: 'png', scale: 'css' });
    await thread.close();
    // Selector drift: the share box's Post button renamed; the badge says so instead of passing silently.
    const drift = await openSite(browser, server, 'linkedin', 'drift=button');
    await openComposer(drift, 'linkedin', 'post');
    await typeInto(drift, EDITOR.linkedin.post!, 'Mooie dag in het park vandaag.');
    await drift.locator('volle-zaal-badge .badge[data-severity="unprotected"]').first().waitFor();
    await drift.waitForTimeout(300);
    await drift.screenshot({ path: join(out, 'badge-unprotected.png'), type: 'png', scale: 'css' });
    await drift.close();
  } finally {
    await browser.close();
    await server.close();
  }
}

void main().catch((e) => {
  console.error(e);
  process.exit(1);
});
