/**
 * The one message protocol between extension pages (options, popup: src/ui) and the
 * background (src/distribution), and what the background reports about the active rule file.
 * Types only, in the policy layer so that both sides share them without importing each other;
 * `send` and the handlers live in src/distribution. Plain JSON. Draft text never travels over
 * it: the rule tester runs in the options page.
 */
import type { PolicyIssue } from './issues';

/** Where the active rule file came from. Absent `activeRules` means the bundled default. */
export type RulesOrigin = 'url' | 'managed' | 'user';

/**
 * The rule file the extension runs, in storage under `ACTIVE_RULES_KEY` (distribution/state.ts). The content script
 * reads this exact shape; change it only together with `active-policy.ts`.
 */
export interface ActiveRules {
  /** The rule file's text, exactly as received (what a signature covers). */
  json: string;
  origin: RulesOrigin;
  /** ms since epoch when these bytes were received or imported. */
  receivedAt: number;
  etag?: string;
}

/** The outcome of the last attempt to get rules from a source (sync, managed inline). */
export interface SyncStatus {
  ok: boolean;
  /** ms since epoch. */
  at: number;
  source: RulesOrigin;
  /** For `source: 'url'`: the URL that was fetched. */
  url?: string;
  /** Validation problems, with paths into the file. */
  issues?: PolicyIssue[];
  /** A machine-readable outcome: `updated`, `not-modified`, `http-404`, `network`, `bad-signature`, … */
  message?: string;
}

export type Request =
  | { kind: 'get-status' }
  | { kind: 'sync-now' }
  | { kind: 'import-rules'; json: string; signature?: string }
  | { kind: 'clear-user-rules' }
  | { kind: 'set-rules-url'; url: string | null };

export type RequestKind = Request['kind'];

/** What the options page and popup show about distribution. */
export interface StatusReply {
  active: {
    origin: RulesOrigin | 'default';
    id: string;
    title: string;
    version: string;
    receivedAt?: number;
  };
  status: SyncStatus | null;
  managed: {
    rulesUrl?: string;
    hasInline: boolean;
    hasPublicKey: boolean;
    refreshMinutes: number;
    lockUserRules: boolean;
  };
  /** The user's own rules URL setting (may be overridden by a managed one). */
  userRulesUrl?: string;
  /** The URL that is actually synced. */
  effectiveUrl?: string;
  hasUserRules: boolean;
}

export type ImportReply =
  | { ok: true; active: ActiveRules | undefined }
  | { ok: false; reason: 'locked' | 'invalid' | 'signature'; issues?: PolicyIssue[] };

export type SetUrlReply = { ok: true; status: SyncStatus | null } | { ok: false; reason: string };

export interface Replies {
  'get-status': StatusReply;
  'sync-now': SyncStatus | null;
  'import-rules': ImportReply;
  'clear-user-rules': StatusReply;
  'set-rules-url': SetUrlReply;
}
