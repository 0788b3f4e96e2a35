/**
 * Override statistics: per rule and per day, how often a finding was shown in
 * the prompt, edited away (the person chose "Aanpassen"), posted anyway, or
 * marked "klopt niet". Counts only — no text, no names, no URLs, no sites, no
 * times finer than a day — kept in this browser's `storage.local`, so a policy
 * owner can learn which rules misfire. Off unless the rule file
 * (`statistics.overrides`) or the enterprise policy (`overrideStatistics`) turns it on.
 */
import { browser } from 'wxt/browser';
import type { LoadedPolicy } from '../policy';
import type { ManagedConfig } from './managed';
import { addOutcome, countableRules, dayOf, type OverrideStats, type PromptOutcomeMessage } from '../policy/override-stats';

export * from '../policy/override-stats';

export const OVERRIDE_STATS_KEY = 'overrideStats';

export function statisticsEnabled(policy: LoadedPolicy, managed: ManagedConfig): boolean {
  return managed.overrideStatistics === true || policy.file.statistics?.overrides === true;
}

export async function getOverrideStats(): Promise<OverrideStats> {
  const got = await browser.storage.local.get(OVERRIDE_STATS_KEY);
  return (got[OVERRIDE_STATS_KEY] as OverrideStats | undefined) ?? {};
}

/** Record a prompt outcome, when statistics are on; unknown rule ids are dropped. */
export async function recordOutcome(message: PromptOutcomeMessage, policy: LoadedPolicy, managed: ManagedConfig, known: ReadonlySet<string>, now = Date.now()): Promise<boolean> {
  if (!statisticsEnabled(policy, managed)) return false;
  const allowed = countableRules(policy, known);
  const rules = message.rules.filter((r) => allowed.has(r));
  if (rules.length === 0) return false;
  const stats = addOutcome(await getOverrideStats(), dayOf(now), rules, message.outcome);
  await browser.storage.local.set({ [OVERRIDE_STATS_KEY]: stats });
  return true;
}

