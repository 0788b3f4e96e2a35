/**
 * Detached signatures over a rule file's raw bytes: ECDSA P-256 with SHA-256,
 * verified with WebCrypto (Node 20, extension service workers, Firefox).
 *
 * What is signed is `"volle-zaal-rules-v1\n" + bytes`: the prefix keeps a
 * signature made with the same key for something else from passing as a rule
 * file signature. Bytes, not parsed JSON: no canonicalisation to get wrong.
 */

/** Prepended to the file's bytes before signing and verifying. */
export const SIGNATURE_DOMAIN = 'volle-zaal-rules-v1\n';

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN_PARAMS = { name: 'ECDSA', hash: 'SHA-256' } as const;

/** A signing key pair, as the CLI prints it and admins configure it. */
export interface SigningKeys {
  /** SubjectPublicKeyInfo, base64: the `publicKey` value for the managed policy. */
  publicKeySpkiB64: string;
  /** PKCS#8, base64: keep secret; only the signing machine needs it. */
  privateKeyPkcs8B64: string;
}

/**
 * Verify a detached signature. Never throws: a malformed key or signature is
 * simply not a valid signature.
 *
 * @param bytes the rule file exactly as received (a string is UTF-8 encoded)
 * @param signatureB64 raw r||s (IEEE P1363, 64 bytes) in base64; an ASN.1 DER
 *   signature as `openssl dgst -sign` makes is accepted too
 * @param publicKey SPKI in base64, or a JWK as JSON text
 */
export async function verifyRuleSignature(
  bytes: Uint8Array | string,
  signatureB64: string,
  publicKey: string,
): Promise<boolean> {
  try {
    const key = await importRulePublicKey(publicKey);
    let signature = fromBase64(signatureB64.trim());
    if (signature.length !== 64) signature = derToP1363(signature);
    return await crypto.subtle.verify(SIGN_PARAMS, key, signature, withDomain(bytes));
  } catch {
    return false;
  }
}

/**
 * Import a public key given as SPKI base64 or JWK JSON. Throws with a readable
 * message, so the CLI and options page can say why an admin's key is unusable.
 */
export async function importRulePublicKey(publicKey: string): Promise<CryptoKey> {
  const text = publicKey.trim();
  if (text.startsWith('{')) {
    const jwk = JSON.parse(text) as JsonWebKey;
    return crypto.subtle.importKey('jwk', { ...jwk, key_ops: ['verify'] }, ALGORITHM, false, ['verify']);
  }
  const der = fromBase64(text.replace(/-----[A-Z ]+-----/g, ''));
  return crypto.subtle.importKey('spki', der, ALGORITHM, false, ['verify']);
}

/** Sign a rule file (CLI). Returns the signature as base64 of raw r||s. */
export async function signRuleFile(bytes: Uint8Array | string, privateKeyPkcs8B64: string): Promise<string> {
  const der = fromBase64(privateKeyPkcs8B64.trim().replace(/-----[A-Z ]+-----/g, ''));
  const key = await crypto.subtle.importKey('pkcs8', der, ALGORITHM, false, ['sign']);
  const signature = await crypto.subtle.sign(SIGN_PARAMS, key, withDomain(bytes));
  return toBase64(new Uint8Array(signature));
}

/** Make a new P-256 key pair for signing rule files (CLI). */
export async function generateSigningKeys(): Promise<SigningKeys> {
  const pair = await crypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify']);
  const spki = new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey));
  const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
  return { publicKeySpkiB64: toBase64(spki), privateKeyPkcs8B64: toBase64(pkcs8) };
}

function withDomain(bytes: Uint8Array | string): Uint8Array<ArrayBuffer> {
  const body = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  const prefix = new TextEncoder().encode(SIGNATURE_DOMAIN);
  const out = new Uint8Array(prefix.length + body.length);
  out.set(prefix, 0);
  out.set(body, prefix.length);
  return out;
}

/** ASN.1 `SEQUENCE { INTEGER r, INTEGER s }` → 64-byte r||s. Throws on anything else. */
function derToP1363(der: Uint8Array): Uint8Array<ArrayBuffer> {
  let at = 0;
  const byte = () => {
    const b = der[at++];
    if (b === undefined) throw new Error('truncated signature');
    return b;
  };
  if (byte() !== 0x30) throw new Error('not a DER signature');
  let length = byte();
  if (length & 0x80) length = byte(); // P-256 signatures fit in one length byte after 0x81
  if (length !== der.length - at) throw new Error('bad DER length');
  const out = new Uint8Array(64);
  for (const offset of [0, 32]) {
    if (byte() !== 0x02) throw new Error('not a DER integer');
    let n = byte();
    while (n > 32 && der[at] === 0) (at++, n--); // sign-padding zero
    if (n > 32) throw new Error('integer too long');
    out.set(der.subarray(at, at + n), offset + 32 - n);
    at += n;
  }
  return out;
}

function fromBase64(b64: string): Uint8Array<ArrayBuffer> {
  const clean = b64.replace(/\s+/g, '').replace(/-/g, '+').replace(/_/g, '/');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) throw new Error('not base64');
  const binary = atob(clean);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/**
 * The public keys in one configuration value: one key, several separated by
 * whitespace or commas (SPKI base64 or PEM), or a JSON array of keys / one JWK.
 * Several keys let an owner roll keys without a gap: configure current and next.
 */
export function parsePublicKeys(value: string | readonly string[] | undefined): string[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return [...new Set(value.flatMap((v) => parsePublicKeys(v)))];
  const text = (value as string).trim();
  if (!text) return [];
  if (text.startsWith('[')) {
    try {
      const list = JSON.parse(text) as unknown;
      if (Array.isArray(list)) return parsePublicKeys(list.map((k) => (typeof k === 'string' ? k : JSON.stringify(k))));
    } catch {
      return [text];
    }
  }
  if (text.startsWith('{')) return [text];
  const pems = text.match(/-----BEGIN PUBLIC KEY-----[\s\S]*?-----END PUBLIC KEY-----/g);
  if (pems) return [...new Set(pems.map((p) => p.replace(/-----[A-Z ]+-----|\s+/g, '')))];
  return [...new Set(text.split(/[\s,;]+/).filter(Boolean))];
}

/**
 * The first of `keys` that verifies the signature, or undefined. Never throws.
 */
export async function verifyWithAnyKey(bytes: Uint8Array | string, signatureB64: string, keys: readonly string[]): Promise<string | undefined> {
  for (const key of keys) if (await verifyRuleSignature(bytes, signatureB64, key)) return key;
  return undefined;
}

/**
 * A short, stable name for a public key that people can compare by eye or read
 * over the phone: the first 8 bytes of SHA-256 over the key (SPKI bytes, or the
 * JWK text), as four groups of hex. `volle-zaal keygen` prints the same.
 */
export async function keyFingerprint(publicKey: string): Promise<string> {
  const text = publicKey.trim();
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = text.startsWith('{') ? new TextEncoder().encode(text) : fromBase64(text.replace(/-----[A-Z ]+-----/g, ''));
  } catch {
    bytes = new TextEncoder().encode(text);
  }
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  const hex = [...digest.subarray(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return hex.match(/.{4}/g)!.join(' ');
}
