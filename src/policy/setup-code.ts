/**
 * The setup code for organisations without device management: the rules URL
 * and the public key(s), in one string a policy owner sends to staff (or puts
 * behind a link to the options page). Entered once, it pins the key: from then
 * on only rule files signed with it are accepted. Pure: used by the CLI and the
 * options page.
 */

/** Every code starts with this, so a pasted URL or key is told apart from a code. */
const SETUP_CODE_PREFIX = 'vz1.';

export interface SetupCode {
  rulesUrl: string;
  /** Accepted public keys (SPKI base64): normally one, two while a key is being rolled. */
  publicKeys: string[];
}

const b64url = (text: string) => btoa(String.fromCharCode(...new TextEncoder().encode(text))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

function fromB64url(code: string): string {
  const b64 = code.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

export function encodeSetupCode(code: SetupCode): string {
  return SETUP_CODE_PREFIX + b64url(JSON.stringify({ u: code.rulesUrl, k: code.publicKeys }));
}

/** Decode a setup code (also found inside a setup link `…#setup=CODE`). Returns an error id when it is not one. */
export function decodeSetupCode(input: string): { ok: true; code: SetupCode } | { ok: false; error: 'not-a-code' | 'damaged' | 'not-https' | 'no-key' } {
  const text = input.trim();
  const at = text.indexOf(SETUP_CODE_PREFIX);
  if (at < 0) return { ok: false, error: 'not-a-code' };
  const body = text.slice(at + SETUP_CODE_PREFIX.length).match(/^[A-Za-z0-9_-]+/)?.[0] ?? '';
  let data: { u?: unknown; k?: unknown };
  try {
    data = JSON.parse(fromB64url(body)) as typeof data;
  } catch {
    return { ok: false, error: 'damaged' };
  }
  if (typeof data.u !== 'string' || !Array.isArray(data.k)) return { ok: false, error: 'damaged' };
  let url: URL;
  try {
    url = new URL(data.u);
  } catch {
    return { ok: false, error: 'damaged' };
  }
  if (url.protocol !== 'https:' || url.username || url.password) return { ok: false, error: 'not-https' };
  const keys = data.k.filter((k): k is string => typeof k === 'string' && k.trim().length > 0).map((k) => k.trim());
  if (keys.length === 0) return { ok: false, error: 'no-key' };
  return { ok: true, code: { rulesUrl: data.u, publicKeys: [...new Set(keys)] } };
}
