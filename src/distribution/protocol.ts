/**
 * The one message protocol between extension pages (options, popup) and the
 * background. Plain JSON; each `kind` has one handler in `background.ts`.
 * Draft text never travels over it: the rule tester runs in the options page.
 */
import { browser } from 'wxt/browser';
import type { PolicyIssue } from '../policy';
import type { KeySource, SignatureState } from './layers';
import type { PinResult } from './sync';
import type { ActiveRules, RulesOrigin, SyncRunning, SyncStatus } from './state';

export type Request =
  | { kind: 'get-status' }
  | { kind: 'sync-now' }
  | { kind: 'import-rules'; json: string; signature?: string }
  | { kind: 'clear-user-rules' }
  | { kind: 'set-rules-url'; url: string | null }
  | { kind: 'pin-setup'; code: string; confirm?: boolean }
  | { kind: 'unpin-setup' };

export type RequestKind = Request['kind'];

/** What the options page and popup show about distribution. */
export interface StatusReply {
  active: {
    origin: RulesOrigin | 'default';
    id: string;
    title: string;
    version: string;
    receivedAt?: number;
    /** For URL rules: the URL this file came from (after a URL change, until the new one syncs). */
    url?: string;
    /**
     * The active file's signature under the current keys; `managed-channel` for inline rules
     * from the enterprise policy (same channel as the key), `none` for the bundled default.
     */
    signature: SignatureState | 'managed-channel' | 'none';
    /** Fingerprint of the key the active file was verified with. */
    verifiedWith?: string;
  };
  status: SyncStatus | null;
  /** A sync that is fetching right now ("bezig met ophalen"). */
  syncing?: SyncRunning;
  /** The accepted public keys (fingerprints) and who set them. */
  keys: { source?: KeySource; fingerprints: string[] };
  /** A setup code pinned on the options page. */
  pinned?: { rulesUrl: string; fingerprints: string[]; pinnedAt: number };
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
  /** Override statistics (counts only): on by the rule file or the enterprise policy. */
  statistics: { enabled: boolean; byManaged: boolean };
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
  'pin-setup': PinResult;
  'unpin-setup': SyncStatus | null;
}

export const REQUEST_KINDS: readonly RequestKind[] = ['get-status', 'sync-now', 'import-rules', 'clear-user-rules', 'set-rules-url', 'pin-setup', 'unpin-setup'];

/** Is this message one of ours? (Other listeners share `runtime.onMessage`.) */
export function isRequest(message: unknown): message is Request {
  return !!message && typeof message === 'object' && REQUEST_KINDS.includes((message as { kind?: unknown }).kind as RequestKind);
}

/** Send a request to the background and get its typed reply. */
export function send<K extends RequestKind>(request: Extract<Request, { kind: K }>): Promise<Replies[K]> {
  return browser.runtime.sendMessage(request) as Promise<Replies[K]>;
}
