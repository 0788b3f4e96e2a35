/**
 * The options page of the Firefox build (moz-extension://, fixed uuid): a broken rule file chosen
 * through the file picker is rejected with its problems listed by path and the active rules stay;
 * a good file becomes active; a broken paste after it keeps the good one. And the harness itself:
 * an error thrown in the extension's code is seen in Firefox's output, so tests can fail on it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BROKEN_IMPORT as BROKEN, GOOD_IMPORT as GOOD } from '../rules';
import { useFirefox } from './harness';

const env = useFirefox(null);
let page: Page;
const dir = mkdtempSync(join(tmpdir(), 'vz-ff-rules-'));

const text = (selector: string) => page.$eval(selector, (el) => el.textContent ?? '');
const activeRules = async () => JSON.parse(await env.run.dumpStorage()).local.activeRules as { json: string } | undefined;

/** Choose `content` as a file in the import form's file picker and submit the form. */
async function importFile(name: string, content: string): Promise<void> {
  const path = join(dir, name);
  writeFileSync(path, content);
  const input = (await page.$('#import-file')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(path);
  await page.waitForFunction((c) => (document.querySelector('#import-text') as HTMLTextAreaElement).value === c, {}, content);
  await page.click('#import-submit');
}

describe('Firefox: options page', () => {
  beforeAll(async () => {
    page = await env.run.openExtensionPage('options.html');
    await page.waitForSelector('#active-title-value');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('a broken file is rejected with each problem listed by path; the default policy stays active', async () => {
    // The extension's own pages follow Firefox's UI language: Dutch first.
    expect(await text('#import-submit'), 'Dutch UI (needs firefox-esr-l10n-nl)').toBe('Importeren');
    expect(await page.$eval('#active-origin', (el) => el.getAttribute('data-origin'))).toBe('default');
    const before = await text('#active-title-value');
    await importFile('broken.json', JSON.stringify(BROKEN, null, 2));
    await page.waitForSelector('#import-errors .issue-path', { visible: true });
    const paths = await page.$$eval('#import-errors .issue-path', (els) => els.map((e) => e.textContent ?? ''));
    expect(paths).toEqual(
      expect.arrayContaining([expect.stringMatching(/^rules\[0\] \(id org\.no-code-names\).*severity/), expect.stringMatching(/^rules\[1\] \(id org\.twice\): pattern\.regex/)]),
    );
    expect(await page.$eval('#import-text', (el) => el.getAttribute('aria-invalid'))).toBe('true');
    expect(await text('#active-title-value')).toBe(before);
    expect(await activeRules()).toBeUndefined();
  });

  test('a good file becomes active; a broken paste after it keeps the good one', async () => {
    await importFile('good.json', JSON.stringify(GOOD, null, 2));
    await page.waitForFunction((t) => document.querySelector('#active-title-value')?.textContent === t, {}, GOOD.title);
    expect(await page.$eval('#active-origin', (el) => el.getAttribute('data-origin'))).toBe('user');
    expect(await page.$('#import-errors')).toBeNull();

    // A truncated file, pasted: the problem is the file itself; the good rules stay.
    await page.$eval('#import-text', (el) => {
      const area = el as HTMLTextAreaElement;
      area.value = '{ "format": 1, "id": "org.zorgvzw", ';
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page.click('#import-submit');
    await page.waitForSelector('#import-errors .issue-path');
    expect(await text('#import-errors .issue-path')).toBe('(file)');
    expect(await text('#active-title-value')).toBe(GOOD.title);
    expect(JSON.parse((await activeRules())!.json).title).toBe(GOOD.title);
  });

  test('an error thrown in the extension is caught from Firefox output (what fails every test here)', async () => {
    const popup = await env.run.openExtensionPage('popup.html');
    try {
      await popup.evaluate(() => {
        setTimeout(() => {
          throw new Error('vz-harness-probe');
        });
      });
      const end = Date.now() + 5_000;
      let errors: string[] = [];
      while (!errors.some((l) => l.includes('vz-harness-probe')) && Date.now() < end) {
        await new Promise((r) => setTimeout(r, 100));
        errors = errors.concat(env.run.takeExtensionErrors());
      }
      expect(errors).toEqual([expect.stringMatching(/^JavaScript error: moz-extension:\/\/[^ ]+\/popup\.html.*vz-harness-probe/)]);
    } finally {
      await popup.close();
    }
  });
});
