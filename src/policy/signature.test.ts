import { createSign, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateSigningKeys, SIGNATURE_DOMAIN, signRuleFile, verifyRuleSignature } from './signature';

const file = '{"format":1,"id":"org.test","version":"1","title":"Testbeleid"}\n';

describe('rule file signatures', () => {
  it('verifies a good signature over the exact bytes (string or Uint8Array)', async () => {
    const keys = await generateSigningKeys();
    const sig = await signRuleFile(file, keys.privateKeyPkcs8B64);
    expect(await verifyRuleSignature(file, sig, keys.publicKeySpkiB64)).toBe(true);
    expect(await verifyRuleSignature(new TextEncoder().encode(file), sig, keys.publicKeySpkiB64)).toBe(true);
  });

  it('rejects a file with one byte changed', async () => {
    const keys = await generateSigningKeys();
    const sig = await signRuleFile(file, keys.privateKeyPkcs8B64);
    const bytes = new TextEncoder().encode(file);
    bytes[10] = bytes[10]! ^ 1;
    expect(await verifyRuleSignature(bytes, sig, keys.publicKeySpkiB64)).toBe(false);
    // Even trailing whitespace counts: the signature is over bytes, not over the JSON value.
    expect(await verifyRuleSignature(file + ' ', sig, keys.publicKeySpkiB64)).toBe(false);
  });

  it('rejects a signature made with another key', async () => {
    const [a, b] = await Promise.all([generateSigningKeys(), generateSigningKeys()]);
    const sig = await signRuleFile(file, a.privateKeyPkcs8B64);
    expect(await verifyRuleSignature(file, sig, b.publicKeySpkiB64)).toBe(false);
  });

  it('rejects a signature over the bytes without the domain prefix', async () => {
    const keys = await generateSigningKeys();
    const key = await crypto.subtle.importKey(
      'pkcs8',
      Buffer.from(keys.privateKeyPkcs8B64, 'base64'),
      { name: 'ECDSA', namedCurve: 'P-256' },
      false,
      ['sign'],
    );
    const bare = await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, key, new TextEncoder().encode(file));
    expect(await verifyRuleSignature(file, Buffer.from(bare).toString('base64'), keys.publicKeySpkiB64)).toBe(false);
  });

  it('returns false (never throws) for garbage keys and signatures', async () => {
    const keys = await generateSigningKeys();
    const sig = await signRuleFile(file, keys.privateKeyPkcs8B64);
    expect(await verifyRuleSignature(file, 'not base64!', keys.publicKeySpkiB64)).toBe(false);
    expect(await verifyRuleSignature(file, sig, 'AAAA')).toBe(false);
    expect(await verifyRuleSignature(file, '', keys.publicKeySpkiB64)).toBe(false);
  });

  it('accepts a JWK public key and an OpenSSL-style DER signature over prefix + file', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const der = createSign('sha256').update(SIGNATURE_DOMAIN + file).sign(privateKey).toString('base64');
    const jwk = JSON.stringify(publicKey.export({ format: 'jwk' }));
    const spki = publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
    expect(await verifyRuleSignature(file, der, jwk)).toBe(true);
    expect(await verifyRuleSignature(file, der, spki)).toBe(true);
    expect(await verifyRuleSignature(file + 'x', der, spki)).toBe(false);
  });
});
