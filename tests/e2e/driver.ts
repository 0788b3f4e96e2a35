/**
 * The scenarios' page interface (./scenarios.ts) over the two browser drivers: Playwright for
 * Chromium (sites.test.ts) and puppeteer over WebDriver BiDi for Firefox (firefox/sites.test.ts).
 * Selectors may cross an open shadow root with ` >>> ` (puppeteer's deep combinator; Playwright's
 * CSS engine pierces open roots anyway, so there it becomes a descendant step).
 */
import type { Page as PlaywrightPage } from 'playwright-core';
import type { KeyInput, Page as PuppeteerPage } from 'puppeteer-core';
import type { ScenarioPage } from './scenarios';

const TIMEOUT = 10_000;

export function fromPlaywright(page: PlaywrightPage): ScenarioPage {
  const css = (selector: string) => selector.replaceAll(' >>> ', ' ');
  return {
    click: (selector) => page.locator(css(selector)).first().click({ timeout: TIMEOUT }),
    type: (text) => page.keyboard.type(text),
    press: (key) => page.keyboard.press(key),
    evaluate: (expression) => page.evaluate(expression),
  };
}

export function fromPuppeteer(page: PuppeteerPage): ScenarioPage {
  return {
    // A locator waits for the element to be visible, enabled and still, like Playwright's click.
    click: (selector) => page.locator(selector).setTimeout(TIMEOUT).click(),
    type: (text) => page.keyboard.type(text),
    press: async (chord) => {
      // Playwright's chord syntax: the modifiers are held while the last key is pressed.
      const keys = chord.split('+') as KeyInput[];
      const key = keys.pop()!;
      for (const k of keys) await page.keyboard.down(k);
      await page.keyboard.press(key);
      for (const k of keys.reverse()) await page.keyboard.up(k);
    },
    evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
  };
}
