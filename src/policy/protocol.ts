/**
 * The one message protocol between extension pages (options, popup: src/ui) and the
 * background (src/distribution), and what the background reports about the active rule file.
 * Types only, in the policy layer so that both sides share them without importing each other;
 * `send` and the handlers live in src/distribution. Plain JSON. Draft text never travels over
 * it: the rule tester runs in the options page.
 */
import type { PolicyIssue } from './issues';

/** Where the active rule file came from. Absent `activeRules` means the bundled default. */
type RulesOrigin = 'url' | 'managed' | 'user';

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
  /**
   * A machine-readable outcome: `updated`, `not-modified`, `timeout`, `offline`, `unreachable`,
   * `cors`, `http-404`, `not-json`, `invalid`, `signature-missing`, `signature-http-500`,
   * `bad-signature`, `old-key`, `url-not-https`, …
   */
  message?: string;
  /** The browser's own error text, or for `timeout` the seconds waited (never draft text). */
  detail?: string;
}

/** A sync in flight, under {@link SYNC_RUNNING_KEY}: the pages show "bezig met ophalen". */
export interface SyncRunning {
  since: number;
  url: string;
  /** When the sync gives up (ms since epoch): a value past this is left over from a stopped worker. */
  deadline: number;
}

/** Who set the accepted public keys: the enterprise policy or a setup code pinned on the options page. */
export type KeySource = 'managed' | 'pinned';

/** A stored rule file's signature under the keys in force now. */
export type SignatureState = 'not-required' | 'verified' | 'previous-key' | 'unsigned';

/** What pinning a setup code (options page) gave. */
export type PinResult =
  | { ok: true; status: SyncStatus | null }
  | { ok: false; reason: 'locked' | 'not-a-code' | 'damaged' | 'not-https' | 'no-key' | 'bad-key' }
  /** The code changes the pinned URL or keys: the user must confirm (`confirm: true`). */
  | {
      ok: false;
      reason: 'confirm';
      current: { rulesUrl: string; publicKeys: string[] };
      next: { rulesUrl: string; publicKeys: string[] };
      currentFingerprints: string[];
      nextFingerprints: string[];
    };

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

type SetUrlReply = { ok: true; status: SyncStatus | null } | { ok: false; reason: string };

export interface Replies {
  'get-status': StatusReply;
  'sync-now': SyncStatus | null;
  'import-rules': ImportReply;
  'clear-user-rules': StatusReply;
  'set-rules-url': SetUrlReply;
  'pin-setup': PinResult;
  'unpin-setup': SyncStatus | null;
}
