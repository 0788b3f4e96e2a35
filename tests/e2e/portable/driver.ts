/**
 * The few things an e2e scenario does with a page, as one small interface that a Playwright page
 * (Chromium) and a puppeteer page (Firefox over WebDriver BiDi) both satisfy. Scenarios written
 * against it (./scenarios.ts) run unchanged in both browsers.
 *
 * Selectors are CSS; `>>>` steps into an open shadow root (puppeteer's deep combinator; for
 * Playwright, whose CSS engine pierces open shadow roots anyway, it becomes a descendant step).
 */
import type { Page as PlaywrightPage } from 'playwright-core';
import type { KeyInput, Page as PuppeteerPage } from 'puppeteer-core';

export interface E2EPage {
  /** Which browser this is, for the odd assertion that must differ (none so far). */
  readonly browser: 'chromium' | 'firefox';
  /** Wait for the first element matching `selector` to be visible, then click it with the mouse. */
  click(selector: string): Promise<void>;
  /** Type `text` with real key events into the focused element. */
  type(text: string): Promise<void>;
  /** Press a key or a chord: `Enter`, `Escape`, `Control+Enter`, `Control+A`, `Shift+Enter`. */
  press(chord: string): Promise<void>;
  /** Run `fn` in the page and return its (serialisable) result. `fn` must be self-contained. */
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Wait until `fn` returns a truthy value in the page. */
  waitFor<A>(fn: (arg: A) => unknown, arg: A, timeout?: number): Promise<void>;
  close(): Promise<void>;
}

const DEFAULT_TIMEOUT = 10_000;

export function fromPlaywright(page: PlaywrightPage): E2EPage {
  return {
    browser: 'chromium',
    click: (selector) => page.click(selector.replaceAll('>>>', ' '), { timeout: DEFAULT_TIMEOUT }),
    type: (text) => page.keyboard.type(text),
    press: (chord) => page.keyboard.press(chord),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg as never) as never,
    waitFor: async (fn, arg, timeout = DEFAULT_TIMEOUT) => {
      // The library's own argument types (Unboxed, FlattenHandle) do not unify with a plain generic.
      await page.waitForFunction(fn as never, arg as never, { timeout });
    },
    close: () => page.close(),
  };
}

export function fromPuppeteer(page: PuppeteerPage): E2EPage {
  return {
    browser: 'firefox',
    click: async (selector) => {
      const handle = await page.waitForSelector(selector, { visible: true, timeout: DEFAULT_TIMEOUT });
      await handle!.click();
      await handle!.dispose();
    },
    type: (text) => page.keyboard.type(text),
    press: async (chord) => {
      // Playwright's chord syntax: modifiers held while the last key is pressed.
      const keys = chord.split('+') as KeyInput[];
      const key = keys.pop()!;
      for (const k of keys) await page.keyboard.down(k);
      await page.keyboard.press(key);
      for (const k of keys.reverse()) await page.keyboard.up(k);
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg as never) as never,
    waitFor: async (fn, arg, timeout = DEFAULT_TIMEOUT) => {
      await page.waitForFunction(fn as never, { timeout, polling: 50 }, arg as never);
    },
    close: () => page.close(),
  };
}
