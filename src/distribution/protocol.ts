/**
 * Sending and recognising the messages between extension pages (options, popup) and the
 * background; each `kind` has one handler in `background.ts`. The message types are in
 * src/policy/protocol.ts, below both the UI and distribution.
 */
import { browser } from 'wxt/browser';
import type { Replies, Request, RequestKind } from '../policy/protocol';

export type { Replies, Request, RequestKind, StatusReply } from '../policy/protocol';

const REQUEST_KINDS: readonly RequestKind[] = ['get-status', 'sync-now', 'import-rules', 'clear-user-rules', 'set-rules-url', 'pin-setup', 'unpin-setup'];

/** Is this message one of ours? (Other listeners share `runtime.onMessage`.) */
export function isRequest(message: unknown): message is Request {
  return !!message && typeof message === 'object' && REQUEST_KINDS.includes((message as { kind?: unknown }).kind as RequestKind);
}

/** Send a request to the background and get its typed reply. */
export function send<K extends RequestKind>(request: Extract<Request, { kind: K }>): Promise<Replies[K]> {
  return browser.runtime.sendMessage(request) as Promise<Replies[K]>;
}
