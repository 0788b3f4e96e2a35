/**
 * Running the engine on what a composer holds: one editor while typing, or every editor a
 * publish control sends (an X thread's "Post all") as one draft whose parts say which post
 * each finding is in. Also why a composer cannot be protected (the badge's reason).
 */
import { checkDraft } from '../engine/check';
import type { DraftContext, Finding, Locale } from '../engine/types';
import type { LoadedPolicy } from '../policy';
import type { SiteAdapter } from '../sites/adapter';
import type { EditorHandle } from '../sites/editors';

/** Why a composer is not protected; each has a badge text (`badge_reason_*`). */
export type Gap = 'publish-control-not-found' | 'account-unknown' | 'editor-unreadable' | 'adapter-failed' | 'engine-error' | 'rules-not-loaded';

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
  /** Account, media, reply and what is missing to protect this composer (DOM queries: cache the result). */
  surroundings(root: HTMLElement): Surroundings;
  /** The engine on one text. `failed` when it could not check all of it. */
  check(text: string, context: DraftContext): { findings: Finding[]; failed: boolean };
  /** Read and check every editor of a group; throws when an editor cannot be read. */
  checkGroup(editors: readonly EditorHandle[], context: DraftContext): GroupDraft;
}

export function createChecker(adapter: SiteAdapter, policy: LoadedPolicy, locale: Locale): Checker {
  const check = (text: string, context: DraftContext) => {
    try {
      const result = checkDraft(text, context, policy.engine, { locale });
      return { findings: result.findings, failed: result.errors.length > 0 };
    } catch {
      return { findings: [], failed: true };
    }
  };
  return {
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
