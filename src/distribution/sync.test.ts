import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { encodeSetupCode } from '../policy/setup-code';
import { generateSigningKeys, keyFingerprint, signRuleFile } from '../policy/signature';
import { activePolicy } from './active-policy';
import { bundledRegex } from './bundled-regex';
import { createHandlers, ensureSyncAlarm, getStatus, startDistribution, SYNC_ALARM } from './background';
import type { ActiveRules, SyncStatus } from './state';
import { importUserRules, pinSetup, setUserRulesUrl, signatureUrl, syncRules, type SyncDeps } from './sync';

vi.mock('wxt/browser', () => import('./test-browser'));

const URL_ = 'https://beleid.zorg.example/volle-zaal/rules.json';
const ruleFile = (title: string, extra: object = {}) =>
  JSON.stringify({ format: 1, id: 'org.zorg', version: '1', title, extends: 'volle-zaal:default', ...extra }, null, 2);

/** A fake server: each call to `fetch` takes the next scripted response and records the request. */
function server(...responses: Array<Response | Error | ((url: string) => Response)>) {
  const calls: Array<{ url: string; init: RequestInit | undefined }> = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    calls.push({ url, init });
    const next = responses.shift();
    if (!next) throw new Error(`unexpected fetch ${url}`);
    if (next instanceof Error) throw next;
    return typeof next === 'function' ? next(url) : next;
  });
  const deps: SyncDeps = { fetch: fetch as unknown as typeof globalThis.fetch, now: () => 1_700_000_000_000 };
  return { deps, calls };
}

const ok = (body: string, etag?: string) => new Response(body, { status: 200, headers: etag ? { ETag: etag } : {} });
const active = async () => (await fakeBrowser.storage.local.get('activeRules')).activeRules as ActiveRules | undefined;
const status = async () => (await fakeBrowser.storage.local.get('syncStatus')).syncStatus as SyncStatus | undefined;

describe('URL sync', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.managed.set({ rulesUrl: URL_ });
  });

  it('activates a valid file from a 200, with its ETag, fetched without cookies or cache', async () => {
    const { deps, calls } = server(ok(ruleFile('Beleid A'), '"v1"'));
    const result = await syncRules(deps);
    expect(result).toMatchObject({ ok: true, source: 'url', message: 'updated' });
    expect(await active()).toMatchObject({ json: ruleFile('Beleid A'), origin: 'url', etag: '"v1"' });
    expect((await activePolicy(bundledRegex)).file.title).toBe('Beleid A');
    expect(calls[0]!.url).toBe(URL_);
    expect(calls[0]!.init).toMatchObject({ credentials: 'omit', cache: 'no-store' });
    expect(calls[0]!.init?.body).toBeUndefined();
  });

  it('sends the stored ETag and keeps the rules on 304', async () => {
    await syncRules(server(ok(ruleFile('Beleid A'), '"v1"')).deps);
    const { deps, calls } = server(new Response(null, { status: 304 }));
    expect(await syncRules(deps)).toMatchObject({ ok: true, message: 'not-modified' });
    expect((calls[0]!.init?.headers as Record<string, string>)['If-None-Match']).toBe('"v1"');
    expect((await active())?.json).toBe(ruleFile('Beleid A'));
  });

  it('keeps the last good rules when the new file is broken, and records issues with paths', async () => {
    await syncRules(server(ok(ruleFile('Beleid A'), '"v1"')).deps);
    const broken = ruleFile('Beleid B', { rules: [{ id: 'org.x', category: 'other', severity: 'loud' }] });
    await syncRules(server(ok(broken, '"v2"')).deps);
    expect((await active())?.json).toBe(ruleFile('Beleid A'));
    const s = await status();
    expect(s).toMatchObject({ ok: false, source: 'url', message: 'invalid' });
    expect(s!.issues!.map((i) => i.path)).toEqual(expect.arrayContaining([expect.stringMatching(/^rules\[0\] \(id org\.x\)/)]));

    await syncRules(server(ok('{"format": 1,')).deps);
    expect((await status())!.issues![0]!.path).toBe('(file)');
    expect((await active())?.json).toBe(ruleFile('Beleid A'));
  });

  it('keeps the last good rules on network errors and HTTP errors', async () => {
    await syncRules(server(ok(ruleFile('Beleid A'))).deps);
    // Unreachable: the opaque probe fails too (DNS, TLS, refused).
    await syncRules(server(new TypeError('Failed to fetch'), new TypeError('Failed to fetch')).deps);
    expect(await status()).toMatchObject({ ok: false, message: 'unreachable', detail: 'Failed to fetch' });
    // The server answers an opaque request but the real one failed: CORS headers are missing.
    const cors = server(new TypeError('Failed to fetch'), new Response(null, { status: 200 }));
    await syncRules(cors.deps);
    expect(await status()).toMatchObject({ ok: false, message: 'cors' });
    expect(cors.calls[1]!.init).toMatchObject({ mode: 'no-cors', credentials: 'omit' });
    // The browser says it is offline.
    await syncRules({ ...server(new TypeError('Failed to fetch')).deps, online: () => false });
    expect(await status()).toMatchObject({ ok: false, message: 'offline' });
    await syncRules(server(new Response('nope', { status: 500 })).deps);
    expect(await status()).toMatchObject({ ok: false, message: 'http-500' });
    expect((await activePolicy(bundledRegex)).file.title).toBe('Beleid A');
  });

  it('refuses a redirect to plain http and an oversized file', async () => {
    await syncRules(server(ok(ruleFile('Beleid A'))).deps);
    const redirected = ok(ruleFile('Via http'));
    Object.defineProperty(redirected, 'url', { value: 'http://beleid.zorg.example/rules.json' });
    expect(await syncRules(server(redirected).deps)).toMatchObject({ ok: false, message: 'url-not-https' });
    const huge = new Response('{}', { status: 200, headers: { 'Content-Length': String(50_000_000) } });
    expect(await syncRules(server(huge).deps)).toMatchObject({ ok: false, message: 'invalid' });
    expect((await activePolicy(bundledRegex)).file.title).toBe('Beleid A');
  });

  it('refuses plain-http URLs without fetching', async () => {
    await fakeBrowser.storage.managed.set({ rulesUrl: 'http://beleid.zorg.example/rules.json' });
    const { deps, calls } = server();
    expect(await syncRules(deps)).toMatchObject({ ok: false, message: 'url-not-https' });
    expect(calls).toHaveLength(0);
  });
});

describe('signed rules', () => {
  beforeEach(() => fakeBrowser.reset());

  it('activates a file whose detached signature (at <url>.sig) verifies, and rejects a bad one', async () => {
    const keys = await generateSigningKeys();
    const other = await generateSigningKeys();
    await fakeBrowser.storage.managed.set({ rulesUrl: URL_, publicKey: keys.publicKeySpkiB64 });
    const good = ruleFile('Getekend beleid');
    const sig = await signRuleFile(good, keys.privateKeyPkcs8B64);
    const first = server(ok(good, '"s1"'), ok(sig));
    expect(await syncRules(first.deps)).toMatchObject({ ok: true, message: 'updated' });
    expect(first.calls[1]!.url).toBe(`${URL_}.sig`);
    expect((await activePolicy(bundledRegex)).file.title).toBe('Getekend beleid');

    // Signed with another key: not activated, the signed file stays.
    const forged = ruleFile('Vervalst beleid');
    await syncRules(server(ok(forged, '"s2"'), ok(await signRuleFile(forged, other.privateKeyPkcs8B64))).deps);
    expect(await status()).toMatchObject({ ok: false, message: 'bad-signature' });
    expect((await activePolicy(bundledRegex)).file.title).toBe('Getekend beleid');

    // A valid signature of the old file does not cover new bytes.
    await syncRules(server(ok(forged, '"s3"'), ok(sig)).deps);
    expect(await status()).toMatchObject({ ok: false, message: 'bad-signature' });
    // No signature file at all.
    await syncRules(server(ok(forged, '"s4"'), new Response('', { status: 404 })).deps);
    expect(await status()).toMatchObject({ ok: false, message: 'signature-missing' });
    await syncRules(server(ok(forged, '"s5"'), new Response('', { status: 503 })).deps);
    expect(await status()).toMatchObject({ ok: false, message: 'signature-http-503' });
    expect((await activePolicy(bundledRegex)).file.title).toBe('Getekend beleid');
  });

  it('an unsigned import stays active when a key is set, marked unsigned; a new unsigned import is refused', async () => {
    await importUserRules(ruleFile('Eigen, ongetekend'));
    expect((await active())?.origin).toBe('user');
    await fakeBrowser.storage.managed.set({ publicKey: (await generateSigningKeys()).publicKeySpkiB64 });
    await syncRules(server().deps);
    // Dropping it would silently run the default policy; the status says what runs instead.
    expect((await active())?.origin).toBe('user');
    expect((await getStatus()).active).toMatchObject({ origin: 'user', signature: 'unsigned' });
    expect(await importUserRules(ruleFile('Nog een, ongetekend'))).toEqual({ ok: false, reason: 'signature' });
    expect((await activePolicy(bundledRegex)).file.title).toBe('Eigen, ongetekend');
  });

  it('puts .sig on the path, not after the query', () => {
    expect(signatureUrl('https://a.example/r.json?t=1')).toBe('https://a.example/r.json.sig?t=1');
  });

  it('requires a signature for an import when a key is configured', async () => {
    const keys = await generateSigningKeys();
    await fakeBrowser.storage.managed.set({ publicKey: keys.publicKeySpkiB64 });
    const file = ruleFile('Eigen beleid');
    expect(await importUserRules(file)).toMatchObject({ ok: false, reason: 'signature' });
    expect(await active()).toBeUndefined();
    expect(await importUserRules(file, await signRuleFile(file, keys.privateKeyPkcs8B64))).toMatchObject({ ok: true });
    expect((await active())?.origin).toBe('user');
  });
});

describe('layering', () => {
  beforeEach(() => fakeBrowser.reset());

  it('managed inline rules win over URL rules, which win over an import', async () => {
    await importUserRules(ruleFile('Geïmporteerd'));
    expect((await active())?.origin).toBe('user');

    await fakeBrowser.storage.managed.set({ rulesUrl: URL_ });
    await syncRules(server(ok(ruleFile('Van URL'))).deps);
    expect((await active())?.origin).toBe('url');

    await fakeBrowser.storage.managed.set({ rulesUrl: URL_, rulesInline: ruleFile('Van het beleid') });
    await syncRules(server(ok(ruleFile('Van URL'))).deps);
    expect(await active()).toMatchObject({ origin: 'managed', json: ruleFile('Van het beleid') });
    expect((await activePolicy(bundledRegex)).file.title).toBe('Van het beleid');
    expect((await getStatus()).active).toMatchObject({ origin: 'managed', title: 'Van het beleid' });
  });

  it('a broken managed inline file keeps the previous one and is reported', async () => {
    await fakeBrowser.storage.managed.set({ rulesInline: ruleFile('Goed') });
    await syncRules(server().deps);
    await fakeBrowser.storage.managed.set({ rulesInline: '{"format":1,"id":"x"}' });
    await syncRules(server().deps);
    expect((await activePolicy(bundledRegex)).file.title).toBe('Goed');
    expect(await status()).toMatchObject({ ok: false, source: 'managed' });
    expect((await status())!.issues!.length).toBeGreaterThan(0);
  });

  it('the user cannot import, nor set a URL, when lockUserRules', async () => {
    await fakeBrowser.storage.managed.set({ lockUserRules: true });
    expect(await importUserRules(ruleFile('Eigen'))).toEqual({ ok: false, reason: 'locked' });
    expect(await setUserRulesUrl(URL_, server().deps)).toEqual({ ok: false, reason: 'locked' });
    expect(await active()).toBeUndefined();
  });

  it('an import made before the lock stops counting once the lock is set', async () => {
    await importUserRules(ruleFile('Eigen'));
    await fakeBrowser.storage.managed.set({ lockUserRules: true });
    await syncRules(server().deps);
    expect(await active()).toBeUndefined();
  });

  it('keeps an activeRules written without a layer (older version, test harness) as the import', async () => {
    await fakeBrowser.storage.local.set({ activeRules: { json: ruleFile('Direct geschreven'), origin: 'user', receivedAt: 5 } });
    await syncRules(server().deps);
    expect((await activePolicy(bundledRegex)).file.title).toBe('Direct geschreven');
    await createHandlers()['clear-user-rules']({ kind: 'clear-user-rules' });
    expect(await active()).toBeUndefined();
    // A broken one is not adopted.
    await fakeBrowser.storage.local.set({ activeRules: { json: '{', origin: 'user', receivedAt: 5 } });
    await syncRules(server().deps);
    expect(await active()).toBeUndefined();
  });

  it('an invalid import changes nothing and returns issues with paths', async () => {
    await importUserRules(ruleFile('Eerst'));
    const reply = await importUserRules(ruleFile('Daarna', { severity: [{ rule: 'bestaat-niet', severity: 'warn' }] }));
    expect(reply).toMatchObject({ ok: false, reason: 'invalid' });
    expect(reply.ok ? [] : reply.issues!.map((i) => i.path)).toContain('severity[0].rule');
    expect((await activePolicy(bundledRegex)).file.title).toBe('Eerst');
  });

  it('a user URL is synced, and a managed URL locks it', async () => {
    const { deps } = server(ok(ruleFile('Van mijn URL')));
    expect(await setUserRulesUrl(URL_, deps)).toMatchObject({ ok: true, status: { ok: true } });
    expect((await activePolicy(bundledRegex)).file.title).toBe('Van mijn URL');
    await fakeBrowser.storage.managed.set({ rulesUrl: 'https://other.example/r.json' });
    expect(await setUserRulesUrl('https://mine.example/r.json', deps)).toEqual({ ok: false, reason: 'locked' });
  });
});

describe('background', () => {
  beforeEach(() => fakeBrowser.reset());

  it('creates the sync alarm with the managed period, and leaves a matching one alone', async () => {
    await fakeBrowser.storage.managed.set({ refreshMinutes: 15 });
    await ensureSyncAlarm();
    const alarm = await fakeBrowser.alarms.get(SYNC_ALARM);
    expect(alarm?.periodInMinutes).toBe(15);
    await ensureSyncAlarm();
    expect((await fakeBrowser.alarms.get(SYNC_ALARM))?.scheduledTime).toBe(alarm?.scheduledTime);
    await fakeBrowser.storage.managed.set({ refreshMinutes: 0.1 });
    await ensureSyncAlarm();
    expect((await fakeBrowser.alarms.get(SYNC_ALARM))?.periodInMinutes).toBe(1);
  });

  it('syncs when the alarm fires', async () => {
    await fakeBrowser.storage.managed.set({ rulesUrl: URL_ });
    const { deps, calls } = server(ok(ruleFile('Start')), ok(ruleFile('Na alarm')));
    const stop = startDistribution(deps);
    await vi.waitFor(async () => expect((await activePolicy(bundledRegex)).file.title).toBe('Start'));
    await fakeBrowser.alarms.onAlarm.trigger({ name: SYNC_ALARM, scheduledTime: Date.now() });
    await vi.waitFor(async () => expect((await activePolicy(bundledRegex)).file.title).toBe('Na alarm'));
    expect(calls).toHaveLength(2);
    stop();
  });

  it('dispatches each message kind to its handler', async () => {
    const handlers = createHandlers(server().deps);
    expect((await handlers['get-status']({ kind: 'get-status' })).active.origin).toBe('default');
    const reply = await handlers['import-rules']({ kind: 'import-rules', json: ruleFile('Via bericht') });
    expect(reply.ok).toBe(true);
    expect((await handlers['get-status']({ kind: 'get-status' })).active).toMatchObject({ origin: 'user', title: 'Via bericht' });
    expect((await handlers['clear-user-rules']({ kind: 'clear-user-rules' })).active.origin).toBe('default');
  });
});

describe('key rotation', () => {
  beforeEach(() => fakeBrowser.reset());

  async function setup() {
    const [oldKey, newKey] = await Promise.all([generateSigningKeys(), generateSigningKeys()]);
    const v1 = ruleFile('Versie 1', { people: { clients: ['Odilia Verbraeken'] } });
    await fakeBrowser.storage.managed.set({ rulesUrl: URL_, publicKey: oldKey.publicKeySpkiB64 });
    await syncRules(server(ok(v1, '"a"'), ok(await signRuleFile(v1, oldKey.privateKeyPkcs8B64))).deps);
    expect((await getStatus()).active).toMatchObject({ title: 'Versie 1', signature: 'verified' });
    return { oldKey, newKey, v1 };
  }

  it('with an overlap key (old and new configured) a file signed with either is accepted', async () => {
    const { oldKey, newKey } = await setup();
    await fakeBrowser.storage.managed.set({ rulesUrl: URL_, publicKey: `${oldKey.publicKeySpkiB64}\n${newKey.publicKeySpkiB64}` });
    const v2 = ruleFile('Versie 2');
    await syncRules(server(ok(v2, '"b"'), ok(await signRuleFile(v2, newKey.privateKeyPkcs8B64))).deps);
    const s = await getStatus();
    expect(s.active).toMatchObject({ title: 'Versie 2', signature: 'verified', verifiedWith: await keyFingerprint(newKey.publicKeySpkiB64) });
    expect(s.keys.fingerprints).toHaveLength(2);
  });

  it('without an overlap key the last good file stays active (never the default), and the status says why', async () => {
    const { newKey, v1 } = await setup();
    // The admin sets the new key before the file was re-signed.
    await fakeBrowser.storage.managed.set({ rulesUrl: URL_, publicKey: newKey.publicKeySpkiB64 });
    const oldSig = ((await fakeBrowser.storage.local.get('ruleLayers')).ruleLayers as { url: { verifiedWith?: string } }).url.verifiedWith;
    expect(oldSig).toBeDefined();
    const { deps, calls } = server(ok(v1, '"a"'), ok(await signRuleFile(v1, (await setupKeyOf(v1)).privateKeyPkcs8B64)));
    await syncRules(deps);
    // The unchanged file was fetched whole (no ETag): it must be checked against the new key.
    expect((calls[0]!.init?.headers as Record<string, string>)['If-None-Match']).toBeUndefined();
    const s = await getStatus();
    expect(s.active).toMatchObject({ origin: 'url', title: 'Versie 1', signature: 'previous-key' });
    expect(s.status).toMatchObject({ ok: false, message: 'bad-signature' });
    // The client list of the organisation still protects.
    expect((await activePolicy(bundledRegex)).engine.people.clients).toContain('Odilia Verbraeken');
    // Re-signed with the new key: verified again.
    await syncRules(server(ok(v1, '"a"'), ok(await signRuleFile(v1, newKey.privateKeyPkcs8B64))).deps);
    expect((await getStatus()).active).toMatchObject({ signature: 'verified' });
  });

  it('says "signed with the old key" when the file is intact but signed with a key that is no longer accepted', async () => {
    const { oldKey, newKey } = await setup();
    await fakeBrowser.storage.managed.set({ rulesUrl: URL_, publicKey: newKey.publicKeySpkiB64 });
    const v2 = ruleFile('Versie 2');
    await syncRules(server(ok(v2, '"b"'), ok(await signRuleFile(v2, oldKey.privateKeyPkcs8B64))).deps);
    expect(await status()).toMatchObject({ ok: false, message: 'old-key' });
    expect((await activePolicy(bundledRegex)).file.title).toBe('Versie 1');
  });
});

// A fresh unrelated key: signatures with it verify under neither the old nor the new key.
const setupKeyOf = async (_file: string) => generateSigningKeys();

describe('sync timeout and imports', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.managed.set({ rulesUrl: URL_ });
  });

  it('gives up on a server that never answers, says so, and an import does not wait for it', async () => {
    const hanging: SyncDeps = {
      fetch: ((_url: string, init?: RequestInit) =>
        new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)))) as typeof fetch,
      now: Date.now,
      timeoutMs: 300,
    };
    const syncing = syncRules(hanging);
    await vi.waitFor(async () => expect((await getStatus()).syncing).toMatchObject({ url: URL_ }));
    // The import goes through while the sync is still waiting for the server.
    const imported = await importUserRules(ruleFile('Geïmporteerd'));
    expect(imported.ok).toBe(true);
    expect((await getStatus()).syncing).toBeDefined();
    expect(await syncing).toMatchObject({ ok: false, message: 'timeout' });
    const s = await getStatus();
    expect(s.syncing).toBeUndefined();
    expect(s.status).toMatchObject({ ok: false, message: 'timeout' });
    expect(s.active).toMatchObject({ origin: 'user', title: 'Geïmporteerd' });
  });

  it('a fetch that ignores the abort signal still cannot hang the sync', async () => {
    const deaf: SyncDeps = { fetch: (() => new Promise(() => undefined)) as typeof fetch, now: Date.now, timeoutMs: 100 };
    expect(await syncRules(deaf)).toMatchObject({ ok: false, message: 'timeout' });
  });

  it('reports "not JSON" apart from schema errors', async () => {
    expect(await syncRules(server(ok('<html>login</html>')).deps)).toMatchObject({ ok: false, message: 'not-json' });
    expect(await syncRules(server(ok(ruleFile('X', { severity: 'hoog' }))).deps)).toMatchObject({ ok: false, message: 'invalid' });
  });
});

describe('pinned setup code (no device management)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('pins URL and key: then only files signed with that key are accepted; a key change needs confirmation', async () => {
    const [k1, k2] = await Promise.all([generateSigningKeys(), generateSigningKeys()]);
    const good = ruleFile('Ondertekend');
    const code1 = encodeSetupCode({ rulesUrl: URL_, publicKeys: [k1.publicKeySpkiB64] });
    const first = await pinSetup(code1, false, server(ok(good), ok(await signRuleFile(good, k1.privateKeyPkcs8B64))).deps);
    expect(first).toMatchObject({ ok: true, status: { ok: true, message: 'updated' } });
    expect((await getStatus()).active).toMatchObject({ origin: 'url', signature: 'verified' });
    expect((await getStatus()).keys).toMatchObject({ source: 'pinned', fingerprints: [await keyFingerprint(k1.publicKeySpkiB64)] });

    // Unsigned and wrongly signed files are refused; the signed one stays.
    const bad = ruleFile('Vervalst');
    await syncRules(server(ok(bad), new Response('', { status: 404 })).deps);
    expect(await status()).toMatchObject({ ok: false, message: 'signature-missing' });
    await syncRules(server(ok(bad), ok(await signRuleFile(bad, k2.privateKeyPkcs8B64))).deps);
    expect(await status()).toMatchObject({ ok: false, message: 'bad-signature' });
    expect(await importUserRules(bad)).toEqual({ ok: false, reason: 'signature' });
    expect((await activePolicy(bundledRegex)).file.title).toBe('Ondertekend');
    // The URL cannot be changed behind the pin.
    expect(await setUserRulesUrl('https://elders.example/r.json', server().deps)).toEqual({ ok: false, reason: 'pinned' });

    // Another key: nothing changes without explicit confirmation.
    const code2 = encodeSetupCode({ rulesUrl: URL_, publicKeys: [k2.publicKeySpkiB64] });
    const asked = await pinSetup(code2, false, server().deps);
    expect(asked).toMatchObject({ ok: false, reason: 'confirm', current: { publicKeys: [k1.publicKeySpkiB64] } });
    expect((await getStatus()).keys.fingerprints).toEqual([await keyFingerprint(k1.publicKeySpkiB64)]);
    // Confirmed: the old file stays active (previous key) until the new-key file arrives.
    await pinSetup(code2, true, server(ok(good), ok(await signRuleFile(good, k1.privateKeyPkcs8B64))).deps);
    expect((await getStatus()).active).toMatchObject({ title: 'Ondertekend', signature: 'previous-key' });
    expect(await status()).toMatchObject({ message: 'old-key' });
  });

  it('refuses damaged codes and codes with a key that is not a P-256 public key', async () => {
    expect(await pinSetup('hallo', false, server().deps)).toEqual({ ok: false, reason: 'not-a-code' });
    expect(await pinSetup('vz1.@@@', false, server().deps)).toMatchObject({ ok: false });
    expect(await pinSetup(encodeSetupCode({ rulesUrl: URL_, publicKeys: ['bm90IGEga2V5'] }), false, server().deps)).toEqual({ ok: false, reason: 'bad-key' });
    expect(await pinSetup(encodeSetupCode({ rulesUrl: 'http://a.example/r.json', publicKeys: ['x'] }), false, server().deps)).toEqual({ ok: false, reason: 'not-https' });
  });

  it('enterprise policy wins: no pinning under a managed URL or key', async () => {
    await fakeBrowser.storage.managed.set({ rulesUrl: URL_ });
    const k = await generateSigningKeys();
    expect(await pinSetup(encodeSetupCode({ rulesUrl: URL_, publicKeys: [k.publicKeySpkiB64] }), false, server().deps)).toEqual({ ok: false, reason: 'locked' });
  });
});
