/**
 * The checking engine as the content script loads it: an ES module of its own (ENGINE_MODULE_FILE,
 * built by wxt.config.ts), fetched once a composer is found. Most of the content script's bytes
 * were the engine and its language data, which a page needs only once there is a draft to check;
 * discovery, the site adapters, the hold and the badge stay in the content script.
 */
import type { checkDraft } from '../engine/check';
import type { compileEngine } from './compile';

export { checkDraft } from '../engine/check';
export { compileEngine } from './compile';

/** What the module gives: the rule file in the engine's form, and a check of a draft under it. */
export interface EngineModule {
  compileEngine: typeof compileEngine;
  checkDraft: typeof checkDraft;
}

