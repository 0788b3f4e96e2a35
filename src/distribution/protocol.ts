/**
 * The one message protocol between extension pages (options, popup) and the
 * background. Plain JSON; each `kind` has one handler in `background.ts`.
 * Draft text never travels over it: the rule tester runs in the options page.
 */
import { browser } from 'wxt/browser';
import type { PolicyIssue } from '../policy';
import type { ActiveRules, RulesOrigin, SyncStatus } from './state';

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

export const REQUEST_KINDS: readonly RequestKind[] = ['get-status', 'sync-now', 'import-rules', 'clear-user-rules', 'set-rules-url'];

/** Is this message one of ours? (Other listeners share `runtime.onMessage`.) */
export function isRequest(message: unknown): message is Request {
  return !!message && typeof message === 'object' && REQUEST_KINDS.includes((message as { kind?: unknown }).kind as RequestKind);
}

/** Send a request to the background and get its typed reply. */
export function send<K extends RequestKind>(request: Extract<Request, { kind: K }>): Promise<Replies[K]> {
  return browser.runtime.sendMessage(request) as Promise<Replies[K]>;
}
