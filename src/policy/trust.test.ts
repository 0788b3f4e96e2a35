import { describe, expect, it } from 'vitest';
import { checkDraft } from '../engine';
import { hashName } from '../engine/hash-name';
import { loadPolicy, parseRuleFile } from '.';
import { decodeSetupCode, encodeSetupCode } from './setup-code';
import { generateSigningKeys, keyFingerprint, parsePublicKeys, signRuleFile, verifyWithAnyKey } from './signature';
import { summarisePolicy } from './summary';

const base = { format: 1, id: 'org.t', version: '1', title: 'T', extends: 'volle-zaal:default' };
const rule = (id: string, pattern: object, extra: object = {}) => ({
  id, category: 'other', severity: 'warn', pattern, message: { nl: 'x', en: 'x' }, examples: { fires: ['a'], clean: ['b'] }, ...extra,
});
const load = (file: object) => {
  const r = loadPolicy({ ...base, ...file });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.policy;
};
const findings = (policy: ReturnType<typeof load>, text: string) => checkDraft(text, { platform: 'facebook', account: 'personal' }, policy.engine).findings;

describe('rule-file fixes', () => {
  it('sensitiveTopics fire on their own, as internal/topic, and follow severity overrides', () => {
    const policy = load({ sensitiveTopics: ['nieuwbouw Zonnehof'] });
    const found = findings(policy, 'Benieuwd naar de nieuwbouw Zonnehof, wie weet er meer?').filter((f) => f.rule === 'internal/topic');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warn', category: 'internal' });
    const blocked = load({ sensitiveTopics: ['nieuwbouw Zonnehof'], severity: [{ rule: 'internal/topic', severity: 'block' }] });
    expect(findings(blocked, 'De nieuwbouw Zonnehof komt er.').find((f) => f.rule === 'internal/topic')?.severity).toBe('block');
    expect(findings(policy, 'Een mooie nieuwbouw in de buurt.').filter((f) => f.rule === 'internal/topic')).toEqual([]);
  });

  it('a leading or inner "*" is rejected with the path and a way out; a trailing one still works', () => {
    const r = parseRuleFile({ ...base, rules: [rule('org.zorg', { words: ['*zorg'] })], internalTerms: ['pro*ject'] });
    expect(r.ok).toBe(false);
    const paths = r.ok ? [] : r.issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['rules[0] (id org.zorg): pattern.words[0]', 'internalTerms[0]']));
    expect(r.ok ? '' : r.issues[0]!.message).toMatch(/may only end a word/);
    const ok = load({ rules: [rule('org.zorg', { words: ['zorg*'] })] });
    expect(findings(ok, 'Mijn zorgverlener is top').some((f) => f.rule === 'org.zorg')).toBe(true);
  });

  it('an exception cancels a near match it overlaps, not only one it contains whole', () => {
    const policy = load({
      rules: [rule('org.foto', { near: { a: ['bewoner'], b: ['foto'], within: 5 } }, { exceptions: ['foto van de tuin'] })],
    });
    expect(findings(policy, 'Een bewoner nam een foto van de tuin.').some((f) => f.rule === 'org.foto')).toBe(false);
    expect(findings(policy, 'Een bewoner op de foto, kijk!').some((f) => f.rule === 'org.foto')).toBe(true);
  });

  it('validate reports schema problems and rule problems in one pass', () => {
    const r = parseRuleFile({
      ...base,
      title: '',
      rules: [rule('org.a', { regex: '(?<=x)y' }), rule('org.a', { words: ['b'] })],
      severity: [{ rule: 'bestaat-niet', severity: 'warn' }],
    });
    const paths = r.ok ? [] : r.issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['title', 'rules[0] (id org.a): pattern.regex', 'rules[1] (id org.a): id', 'severity[0].rule']));
  });
});

describe('first-name hashes', () => {
  it('count only with care context; full names on their own', () => {
    const salt = 'zout-van-de-test-0001';
    const policy = load({ people: { hashedClients: { salt, hashes: [hashName(salt, 'Wout Maes')], firstNames: [hashName(salt, 'Wout')] } } });
    const clientHits = (text: string) => findings(policy, text).filter((f) => f.category === 'client-name');
    expect(clientHits('Wout is onze nieuwe voorzitter, welkom!')).toEqual([]);
    expect(clientHits('Onze bewoner Wout vierde vandaag zijn verjaardag.')).toHaveLength(1);
    expect(clientHits('Op stap met Wout Maes vandaag.')).toMatchObject([{ rule: 'client-name/listed' }]);
    expect(summarisePolicy(policy).clients).toEqual({ plain: 0, hashed: 1, firstNames: 1 });
  });
});

describe('keys and setup codes', () => {
  it('accepts several keys (current and next) in one value', async () => {
    const [a, b] = await Promise.all([generateSigningKeys(), generateSigningKeys()]);
    const keys = parsePublicKeys(`${a.publicKeySpkiB64}\n ${b.publicKeySpkiB64}, ${a.publicKeySpkiB64}`);
    expect(keys).toEqual([a.publicKeySpkiB64, b.publicKeySpkiB64]);
    expect(parsePublicKeys(JSON.stringify([a.publicKeySpkiB64]))).toEqual([a.publicKeySpkiB64]);
    const sig = await signRuleFile('{}', b.privateKeyPkcs8B64);
    expect(await verifyWithAnyKey('{}', sig, keys)).toBe(b.publicKeySpkiB64);
    expect(await verifyWithAnyKey('{ }', sig, keys)).toBeUndefined();
    expect(await keyFingerprint(a.publicKeySpkiB64)).toMatch(/^[0-9a-f]{4}( [0-9a-f]{4}){3}$/);
    expect(await keyFingerprint(a.publicKeySpkiB64)).not.toBe(await keyFingerprint(b.publicKeySpkiB64));
  });

  it('a setup code carries URL and keys, also inside a link, and a damaged one is refused', () => {
    const code = encodeSetupCode({ rulesUrl: 'https://intranet.zorg.example/vz/rules.json', publicKeys: ['K1', 'K2'] });
    expect(code.startsWith('vz1.')).toBe(true);
    expect(decodeSetupCode(code)).toEqual({ ok: true, code: { rulesUrl: 'https://intranet.zorg.example/vz/rules.json', publicKeys: ['K1', 'K2'] } });
    expect(decodeSetupCode(`chrome-extension://abc/options.html#setup=${code}`).ok).toBe(true);
    expect(decodeSetupCode(code.slice(0, -6))).toMatchObject({ ok: false });
    expect(decodeSetupCode('https://intranet.zorg.example/vz/rules.json')).toEqual({ ok: false, error: 'not-a-code' });
  });
});
