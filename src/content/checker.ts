/**
 * Running the engine on what a composer holds: one editor while typing, or every editor a
 * publish control sends (an X thread's "Post all") as one draft whose parts say which post
 * each finding is in. Also why a composer cannot be protected (the badge's reason). The engine
 * is loaded on demand (engine-on-demand.ts) and compiles this policy when it first arrives.
 */
import type { DraftContext, EnginePolicy, Finding, Locale } from '../engine/types';
import { type PageRules, withPersonal } from '../distribution/page-policy';
import type { EngineModule } from '../policy/engine-module';
import { bundledDefaultRules } from '../policy/stored';
import type { SiteAdapter } from '../sites/adapter';
import type { EditorHandle } from '../sites/editors';
import type { EngineOnDemand } from './engine-on-demand';

/** Why a composer is not protected; each has a badge text (`badge_reason_*`). */
export type Gap =
  | 'publish-control-not-found'
  | 'account-unknown'
  | 'editor-unreadable'
  | 'adapter-failed'
  | 'engine-error'
  | 'engine-not-loaded'
  | 'rules-not-loaded';

export interface Surroundings {
  context: DraftContext;
  gap: Gap | undefined;
}

export interface GroupDraft {
  /** The posts' texts joined by a blank line; findings' offsets point into it. */
  text: string;
  parts: Array<{ start: number; end: number }>;
  findings: Finding[];
  failed: boolean;
}

const safe = <T>(fn: () => T, fallback: T): T => {
  try {
    return fn();
  } catch {
    return fallback;
  }
};

export interface Checker {
  /** Whether the engine is here (it compiles this policy the first time it is asked). */
  ready(): boolean;
  /** Wait for the engine: loaded at idle, or `now` (a publish waits). Rejects when it cannot be loaded. */
  whenReady(now: boolean): Promise<void>;
  /** Whether the engine could not be loaded at the last attempt. */
  engineFailed(): boolean;
  /** Account, media, reply and what is missing to protect this composer (DOM queries: cache the result). */
  surroundings(root: HTMLElement): Surroundings;
  /** The engine on one text. `failed` when it could not check all of it (or is not here yet: ask `ready` first). */
  check(text: string, context: DraftContext): { findings: Finding[]; failed: boolean };
  /** Read and check every editor of a group; throws when an editor cannot be read. */
  checkGroup(editors: readonly EditorHandle[], context: DraftContext): GroupDraft;
}

export function createChecker(adapter: SiteAdapter, rules: PageRules, locale: Locale, engine: EngineOnDemand): Checker {
  let compiled: { module: EngineModule; policy: EnginePolicy } | undefined;
  const compile = (module: EngineModule) => {
    let policy: EnginePolicy;
    try {
      policy = module.compileEngine(rules.policy.file, rules.regex);
    } catch {
      // A stored file was validated when it came in; one that does not compile runs the default, not nothing.
      policy = module.compileEngine(bundledDefaultRules);
    }
    return (compiled = { module, policy: withPersonal(policy, rules.personal) });
  };
  /** The engine with this policy, once the module is here. */
  const current = () => {
    const module = compiled ? undefined : engine.loaded();
    return module ? compile(module) : compiled;
  };
  const check = (text: string, context: DraftContext) => {
    const run = current();
    if (!run) return { findings: [], failed: true };
    try {
      const result = run.module.checkDraft(text, context, run.policy, { locale });
      return { findings: result.findings, failed: result.errors.length > 0 };
    } catch {
      return { findings: [], failed: true };
    }
  };
  return {
    ready: () => current() !== undefined,
    async whenReady(now) {
      const module = await (now ? engine.load() : engine.preload());
      if (!compiled) compile(module);
    },
    engineFailed: () => engine.failed(),
    surroundings(root) {
      const account = safe(() => adapter.account(root), 'unknown' as const);
      const context: DraftContext = {
        platform: adapter.platform,
        // Unknown is checked as personal (the stricter disclaimer rules) and said on the badge.
        account: account === 'unknown' ? 'personal' : account,
        hasMedia: safe(() => adapter.hasMedia(root), false),
        isReply: safe(() => adapter.isReply(root), false),
      };
      let gap: Gap | undefined;
      try {
        if (!adapter.submitsOnEnter(root) && !adapter.findPublish(root)) gap = 'publish-control-not-found';
      } catch {
        gap = 'adapter-failed';
      }
      gap ??= account === 'unknown' ? 'account-unknown' : undefined;
      return { context, gap };
    },
    check,
    checkGroup(editors, context) {
      const parts: GroupDraft['parts'] = [];
      const findings: Finding[] = [];
      let text = '';
      let failed = false;
      for (const editor of editors) {
        if (text) text += '\n\n';
        const own = editor.read();
        const start = text.length;
        text += own;
        parts.push({ start, end: text.length });
        // Each post is checked on its own (a disclaimer belongs in the post that needs it).
        const result = check(own, context);
        failed ||= result.failed;
        for (const f of result.findings) findings.push({ ...f, start: f.start + start, end: f.end + start });
      }
      return { text, parts, findings, failed };
    },
  };
}
