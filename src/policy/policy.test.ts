import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check, resolveSeverity } from '../engine';
import { re2 } from '../engine/regex';
import { schemaText } from '../cli/commands/schema';
import { defaultPolicy, defaultRules, loadPolicy } from '.';
import { runCustomExamples } from './examples';

/** A rule file as a policy owner might write it; loosely typed on purpose, since bad files are tested too. */
const minimal = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  format: 1,
  id: 'org.test',
  version: '1',
  title: 'Test policy',
  extends: 'volle-zaal:default',
  ...extra,
});

const rule = (id: string, pattern: unknown, extra: Record<string, unknown> = {}) => ({
  id,
  category: 'internal',
  severity: 'warn',
  message: { nl: 'Niet doen.', en: "Don't." },
  pattern,
  examples: { fires: ['x'], clean: ['y'] },
  ...extra,
});

function issuesOf(source: unknown) {
  const result = loadPolicy(typeof source === 'string' ? source : JSON.stringify(source));
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.issues.map((i) => `${i.path}: ${i.message}`);
}

describe('bundled default policy', () => {
  it('is a valid rule file and compiles', () => {
    expect(defaultRules().id).toBe('volle-zaal.default');
    expect(defaultPolicy().engine.customRules.length).toBeGreaterThan(0);
  });

  it('requires a disclaimer on personal accounts only', () => {
    const { disclaimer } = defaultPolicy().engine;
    expect(disclaimer.required).toBe(true);
    expect(disclaimer.accounts).toEqual(['personal']);
  });
});

describe('rules/schema.json', () => {
  it('is generated from the zod schema (run `npm run schema` when this fails)', () => {
    expect(readFileSync(new URL('../../rules/schema.json', import.meta.url), 'utf8')).toBe(schemaText());
  });
});

describe('example organisation file', () => {
  const source = readFileSync(new URL('../../rules/examples/de-linde.json', import.meta.url), 'utf8');

  it('loads, extends the default and passes its own examples', () => {
    const loaded = loadPolicy(source);
    if (!loaded.ok) throw new Error(loaded.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
    const { policy } = loaded;
    expect(policy.engine.customRules.map((r) => r.id)).toEqual(
      expect.arrayContaining(['default.no-online-help', 'be.delinde.no-room-numbers', 'be.delinde.no-incident-details']),
    );
    const failed = runCustomExamples(policy.file, policy).filter((r) => !r.passed);
    expect(failed).toEqual([]);
  });
});

describe('broken rule files are rejected with the path of the problem', () => {
  it('not JSON: says where', () => {
    expect(issuesOf('{"format": 1,\n  "id": }')).toEqual([expect.stringMatching(/^\(file\): is not valid JSON: .*line 2/)]);
  });

  it('unknown format version', () => {
    expect(issuesOf({ ...minimal(), format: 2 })).toEqual([
      'format: this file has format 2; this version of Volle Zaal reads format 1',
    ]);
  });

  it('schema mismatch names the rule by index and id', () => {
    const issues = issuesOf(minimal({ rules: [rule('org.ok', { words: ['a'] }), rule('org.no-x', { words: [] })] }));
    expect(issues).toEqual([expect.stringMatching(/^rules\[1\] \(id org\.no-x\): pattern/)]);
  });

  it('a regular expression that could run away (backreference, lookaround) is rejected', () => {
    expect(issuesOf(minimal({ rules: [rule('org.backref', { regex: '(a+)\\1' })] }))).toEqual([
      expect.stringMatching(/^rules\[0\] \(id org\.backref\): pattern\.regex: cannot be used: .*invalid escape/),
    ]);
    expect(issuesOf(minimal({ rules: [rule('org.look', { regex: '(?=a)b' })] }))[0]).toMatch(/pattern\.regex/);
  });

  it('nested quantifiers are accepted because RE2 runs them in linear time', () => {
    const loaded = loadPolicy(JSON.stringify(minimal({ rules: [rule('org.nested', { regex: '(a+)+$' })] })));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const draft = `${'a'.repeat(50_000)}!`;
    const findings = check(draft, { platform: 'x', account: 'personal' }, loaded.policy.engine, { only: ['custom'] });
    expect(findings).toEqual([]);
  });

  it('duplicate rule ids', () => {
    expect(issuesOf(minimal({ rules: [rule('org.same', { words: ['a'] }), rule('org.same', { words: ['b'] })] }))).toEqual([
      'rules[1] (id org.same): id: duplicate id; rules[0] has the same id',
    ]);
  });

  it('a custom rule may not take a built-in check id', () => {
    expect(issuesOf(minimal({ rules: [rule('emotional', { words: ['a'] })] }))[0]).toMatch(/built-in/);
  });

  it('a severity override for a rule that does not exist', () => {
    expect(issuesOf(minimal({ severity: [{ rule: 'emotinal', severity: 'off' }] }))[0]).toMatch(
      /^severity\[0\]\.rule: unknown rule "emotinal"/,
    );
  });

  it('generic-adapter hosts that could never be registered', () => {
    expect(issuesOf(minimal({ sites: { generic: { enabled: true, hosts: ['forum.example.org', 'http://x.org', '*.org'] } } }))).toEqual([
      expect.stringMatching(/^sites\.generic\.hosts\[1\]: "http:\/\/x\.org": /),
      expect.stringMatching(/^sites\.generic\.hosts\[2\]: "\*\.org": /),
    ]);
  });

  it('unknown keys are errors, not silently ignored', () => {
    expect(issuesOf({ ...minimal(), organization: { name: 'x' } })[0]).toMatch(/organization/);
  });

  it('an absurdly large file', () => {
    const huge = JSON.stringify({ ...minimal(), internalTerms: Array.from({ length: 250_000 }, (_, i) => `term number ${i}`) });
    expect(issuesOf(huge)[0]).toMatch(/^\(file\): is \d+ bytes; a rule file may be at most/);
  });

  it('too many entries in a list', () => {
    expect(issuesOf(minimal({ internalTerms: Array.from({ length: 20_001 }, (_, i) => `t${i}`) }))[0]).toMatch(/^internalTerms/);
  });

  it('a plain object that is not a rule file', () => {
    expect(issuesOf('[1,2]')).toEqual(['(file): must be a JSON object']);
  });
});

describe('extends and overrides', () => {
  it("the organisation's severity overrides come after the default's and win", () => {
    const loaded = loadPolicy(JSON.stringify(minimal({ severity: [{ rule: 'disclaimer', severity: 'block', platforms: ['linkedin'] }] })));
    if (!loaded.ok) throw new Error('expected ok');
    const engine = loaded.policy.engine;
    expect(resolveSeverity(engine, 'disclaimer', { platform: 'linkedin', account: 'personal' }, 'warn')).toBe('block');
    // The default's own override (info) still applies elsewhere.
    expect(resolveSeverity(engine, 'disclaimer', { platform: 'x', account: 'personal' }, 'warn')).toBe('info');
  });

  it('an organisation rule with a default rule id replaces it', () => {
    const replaced = rule('default.no-online-help', { words: ['dm ons'] }, { severity: 'info' });
    const loaded = loadPolicy(JSON.stringify(minimal({ rules: [replaced] })));
    if (!loaded.ok) throw new Error('expected ok');
    const rules = loaded.policy.engine.customRules.filter((r) => r.id === 'default.no-online-help');
    expect(rules).toHaveLength(1);
    expect(rules[0]!.severity).toBe('info');
  });

  it('a file without extends does not inherit the default rules', () => {
    const loaded = loadPolicy(JSON.stringify({ ...minimal(), extends: undefined }));
    if (!loaded.ok) throw new Error('expected ok');
    expect(loaded.policy.engine.customRules).toEqual([]);
    expect(loaded.policy.engine.disclaimer.required).toBe(false);
  });
});

describe('custom rule patterns', () => {
  const load = (pattern: unknown, extra: Record<string, unknown> = {}) => {
    const loaded = loadPolicy(JSON.stringify(minimal({ rules: [rule('org.r', pattern, extra)] })));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
    return (text: string, account: 'personal' | 'organisation' = 'personal') =>
      check(text, { platform: 'x', account }, loaded.policy.engine, { only: ['custom'] }).map((f) => text.slice(f.start, f.end));
  };

  it('words match folded text and compounds with *, spans point at what was typed', () => {
    const find = load({ words: ['project kompas', 'reorganisatie*'] });
    expect(find('Nieuws over PROJECT  Kómpas en de reorganisatieplannen')).toEqual(['PROJECT  Kómpas', 'reorganisatieplannen']);
    expect(find('Het kompas wijst naar het noorden')).toEqual([]);
  });

  it('regex runs on the text without invisible characters and maps back', () => {
    const find = load({ regex: 'dossier\\s*\\d{4}/\\d+' });
    const text = 'Zie dossier\u200B 2024/117 voor meer';
    expect(find(text)).toEqual(['dossier\u200B 2024/117']);
  });

  it('near: A within N words of B, in either order', () => {
    const find = load({ near: { a: ['ontslag'], b: ['collega'], within: 2 } });
    expect(find('Het ontslag van mijn collega')).toEqual(['ontslag van mijn collega']);
    expect(find('Mijn collega kreeg eindelijk na lang wachten ontslag')).toEqual([]);
  });

  it('exceptions cancel a match they contain', () => {
    const find = load({ words: ['fusie'] }, { exceptions: ['fusiekeuken'] });
    expect(find('De fusiekeuken was lekker')).toEqual([]);
    expect(find('De fusie gaat door')).toEqual(['fusie']);
  });

  it('rules scoped to an account kind only fire there', () => {
    const find = load({ words: ['fusie'] }, { accounts: ['organisation'] });
    expect(find('De fusie gaat door', 'personal')).toEqual([]);
    expect(find('De fusie gaat door', 'organisation')).toEqual(['fusie']);
  });
});

// The custom family reads all rules' trigger phrases (words, a near rule's first list) in one pass and runs only the
// rules it saw: every rule of a file must still fire on any one of its phrases, wherever it stands in the file.
describe('many custom rules in one file', () => {
  const rules = [
    rule('org.words', { words: ['project kompas', 'reorganisatie*', 'Écht geheim'] }),
    rule('org.near', { near: { a: ['vertel', 'beschrijf'], b: ['je verhaal'], within: 3 } }),
    rule('org.same', { words: ['reorganisatie'] }),
    rule('org.regex', { regex: 'dossier\\s*\\d{4}' }),
    rule('org.excepted', { words: ['fusie'] }, { exceptions: ['fusiekeuken'] }),
  ];
  const loaded = loadPolicy(JSON.stringify(minimal({ rules })));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  const fired = (text: string) =>
    check(text, { platform: 'x', account: 'personal' }, loaded.policy.engine, { only: ['custom'] })
      .filter((f) => f.rule.startsWith('org.'))
      .map((f) => `${f.rule} ${text.slice(f.start, f.end)}`);

  it.each([
    ['Nieuws over Project Kompas.', ['org.words Project Kompas']],
    ['De reorganisatieplannen liggen klaar.', ['org.words reorganisatieplannen']],
    ['Dit is echt geheim, hoor.', ['org.words echt geheim']],
    ['Beschrijf hier je verhaal.', ['org.near Beschrijf hier je verhaal']],
    ['De reorganisatie gaat door.', ['org.words reorganisatie', 'org.same reorganisatie']],
    ['Zie dossier 2024 voor meer.', ['org.regex dossier 2024']],
    ['De fusie gaat door, de fusiekeuken niet.', ['org.excepted fusie']],
    ['Je verhaal is mooi, dank je.', []],
    ['Een gewone zin zonder iets.', []],
  ])('%s', (text, expected) => {
    expect(fired(text).sort()).toEqual([...expected].sort());
  });
});

describe('compileStoredRules: the page compiles stored files without the validator', () => {
  it('compiles a stored file the same way loadPolicy does, default included', async () => {
    const { compileStoredRules } = await import('./runtime');
    const json = JSON.stringify(minimal({ rules: [rule('org.stored', { words: ['project zeester'] })] }));
    const viaLoad = loadPolicy(json);
    const stored = compileStoredRules(json);
    if (!viaLoad.ok || !stored) throw new Error('expected both to compile');
    expect(stored.engine.customRules.map((r) => r.id)).toEqual(viaLoad.policy.engine.customRules.map((r) => r.id));
    const text = 'Project Zeester start morgen.';
    expect(check(text, { platform: 'x', account: 'personal' }, stored.engine)).toEqual(
      check(text, { platform: 'x', account: 'personal' }, viaLoad.policy.engine),
    );
  });

  it('a file of another format, or not a rule file at all, gives nothing so the caller keeps the default', async () => {
    const { compileStoredRules } = await import('./runtime');
    expect(compileStoredRules(JSON.stringify({ ...minimal(), format: 2 }))).toBeUndefined();
    expect(compileStoredRules('not json')).toBeUndefined();
    expect(compileStoredRules('null')).toBeUndefined();
    expect(compileStoredRules(JSON.stringify({ ...minimal(), rules: [{ id: 'x', pattern: { regex: '(' } }] }), re2)).toBeUndefined();
  });

  it('a file with a regex rule compiles only with a regular-expression engine (the page loads it on demand)', async () => {
    const { compileStoredRules } = await import('./runtime');
    const json = JSON.stringify(minimal({ rules: [rule('org.room', { regex: 'kamer [a-z]-\\d{3}' })] }));
    expect(compileStoredRules(json)).toBeUndefined();
    const stored = compileStoredRules(json, re2);
    if (!stored) throw new Error('expected it to compile with the engine');
    expect(check('Zij woont in Kamer B-214.', { platform: 'x', account: 'personal' }, stored.engine).map((f) => [f.rule, f.start, f.end])).toContainEqual(['org.room', 13, 24]);
  });
});
