/**
 * The active rule file as the content script reads it, without the engine: its settings at once
 * (site, prompt, handles), and what the engine module compiles once it is loaded — the merged
 * file, this browser's personal client list, and the regular-expression engine when the file has
 * a `regex` rule (src/content/engine-on-demand.ts). active-policy.ts compiles the same at once
 * for the extension's own pages.
 */
import { browser } from 'wxt/browser';
import type { RegexEngine } from '../engine/patterns';
import type { EnginePolicy, HashedNames } from '../engine/types';
import { needsRegexEngine, policySettings, type PolicySettings } from '../policy/settings';
import { bundledDefaultRules, storedRuleFile } from '../policy/stored';
import { PERSONAL_CLIENTS_KEY, type PersonalClients, personalHashedNames } from './personal';
import { ACTIVE_RULES_KEY, type ActiveRules } from './state';

/**
 * Gives the regular-expression engine of `regex` rules. Extension pages and the background hand
 * over the one they import (`src/engine/regex.ts`); the content script loads it from the
 * extension only when the active rule file has such a rule (entrypoints/content.ts).
 */
export type RegexLoader = () => Promise<RegexEngine>;

/** The active policy before the engine has compiled it. */
export interface PageRules {
  policy: PolicySettings;
  /** This browser's personal client list, added to the engine's policy. */
  personal: HashedNames | undefined;
  /** Present when the file has a `regex` rule. */
  regex: RegexEngine | undefined;
}

/** What storage holds now: the active rule file and the personal client list. */
export async function readActive(): Promise<{ active: ActiveRules | undefined; personal: PersonalClients | undefined }> {
  const got = await browser.storage.local.get([ACTIVE_RULES_KEY, PERSONAL_CLIENTS_KEY]);
  return { active: got[ACTIVE_RULES_KEY] as ActiveRules | undefined, personal: got[PERSONAL_CLIENTS_KEY] as PersonalClients | undefined };
}

/** The bundled default rules, without the personal list (the page's fallback when the active file cannot run). */
export function defaultPageRules(): PageRules {
  return { policy: policySettings(bundledDefaultRules), personal: undefined, regex: undefined };
}

/**
 * The active rule file (the bundled default when there is none, or one of another format), with
 * the personal client list. Rejects when the file needs the regular-expression engine and
 * `loadRegex` cannot give it: running the file without its `regex` rules, or the default
 * instead, would check less than the status says.
 */
export async function pageRules(loadRegex: RegexLoader): Promise<PageRules> {
  const { active, personal } = await readActive();
  const file = (typeof active?.json === 'string' ? storedRuleFile(active.json) : undefined) ?? bundledDefaultRules;
  const regex = needsRegexEngine(file) ? await loadRegex() : undefined;
  return { policy: policySettings(file), personal: personalHashedNames(personal), regex };
}

/** `engine` with the personal client list added (never replaced by the organisation's). */
export function withPersonal(engine: EnginePolicy, personal: HashedNames | undefined): EnginePolicy {
  if (!personal) return engine;
  return { ...engine, people: { ...engine.people, hashedClients: [...engine.people.hashedClients, personal] } };
}

/**
 * Call `cb` with `read()` whenever the active rule file or the personal client list changes
 * (sync, import, enterprise policy, options page). Returns the function that stops watching;
 * call it when the caller's lifetime ends (e.g. `ctx.onInvalidated`).
 */
export function watchActive<T>(read: () => Promise<T>, cb: (value: T) => void, onError?: (error: unknown) => void): () => void {
  let stopped = false;
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(ACTIVE_RULES_KEY in changes || PERSONAL_CLIENTS_KEY in changes)) return;
    read().then(
      (value) => {
        if (!stopped) cb(value);
      },
      (error: unknown) => onError?.(error),
    );
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    stopped = true;
    browser.storage.onChanged.removeListener(listener);
  };
}
