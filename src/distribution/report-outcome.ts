/**
 * The content script's side of the override statistics: one small message with
 * the rule ids of the prompt's findings and what the person chose. No text,
 * no positions, no page address. The background counts it only when statistics
 * are switched on (stats.ts); otherwise it is dropped there.
 */
import { browser } from 'wxt/browser';
import type { PromptOutcome, PromptOutcomeMessage } from './stats';

export function reportPromptOutcome(findings: ReadonlyArray<{ rule: string }>, outcome: PromptOutcome): void {
  const message: PromptOutcomeMessage = { kind: 'prompt-outcome', rules: [...new Set(findings.map((f) => f.rule))], outcome };
  // Best effort: a missing background (extension reloading) must never disturb the page.
  try {
    void Promise.resolve(browser.runtime.sendMessage(message)).catch(() => undefined);
  } catch {
    // ignore
  }
}
