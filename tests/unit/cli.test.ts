/**
 * The command line as policy owners and scripts use it: the built bin, real
 * processes, exit codes and the JSON-lines contract `npm run eval` relies on.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'dist', 'volle-zaal.mjs');
const dir = mkdtempSync(join(tmpdir(), 'volle-zaal-cli-'));

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', cwd: root });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function writeRules(name: string, extra: Record<string, unknown>): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify({ format: 1, id: 'org.cli', version: '1', title: 'CLI test', extends: 'volle-zaal:default', ...extra }));
  return path;
}

const projectRule = {
  id: 'org.project-names',
  category: 'internal',
  severity: 'warn',
  message: { nl: 'Projectnamen zijn intern.', en: 'Project names are internal.' },
  pattern: { words: ['project zeemeeuw'] },
  examples: { fires: ['Project Zeemeeuw start!'], clean: ['Een zeemeeuw op het dak.'] },
};

beforeAll(() => {
  // The tests exercise the bundled bin exactly as installed; build it once (about a second).
  const r = spawnSync('npm', ['run', 'build:cli'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
});

describe('volle-zaal check', () => {
  const rules = writeRules('project.json', { rules: [projectRule] });

  it('marks the offending text and exits 1 on a warning', () => {
    const r = run(['check', '--rules', rules, 'Nieuws: PROJECT Zeemeeuw gaat van start.']);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    const at = lines.findIndex((l) => l.includes('org.project-names'));
    expect(lines[at]).toMatch(/^\(text\):1:9 +warn +org\.project-names/);
    expect(lines[at + 1]).toBe('  Nieuws: PROJECT Zeemeeuw gaat van start.');
    expect(lines[at + 2]).toBe(`  ${' '.repeat(8)}${'^'.repeat('PROJECT Zeemeeuw'.length)}`);
    expect(lines[at + 3]).toBe('  Projectnamen zijn intern.');
  });

  it('cuts a long line to a window around the finding, and the mark still points at it', () => {
    const filler = 'Een lange zin over de werking van onze dienst en de mensen die er komen. '.repeat(6);
    const r = run(['check', '--rules', rules, `${filler}Morgen start Project Zeemeeuw.`]);
    const lines = r.stdout.split('\n');
    const at = lines.findIndex((l) => l.includes('org.project-names'));
    const shown = lines[at + 1]!;
    const mark = lines[at + 2]!;
    expect(shown.length).toBeLessThan(120);
    expect(shown).toMatch(/^  …/);
    expect(shown.slice(mark.indexOf('^'), mark.lastIndexOf('^') + 1)).toBe('Project Zeemeeuw');
  });

  it('exits 0 when nothing reaches warn, and reads a file or stdin', () => {
    const file = join(dir, 'clean.txt');
    writeFileSync(file, 'Een zeemeeuw op het dak van de voorziening.');
    expect(run(['check', '--rules', rules, file]).code).toBe(0);
    expect(run(['check', '--rules', rules, '-'], 'Een zonnige dag.').code).toBe(0);
  });

  it('a mistyped file name is an error, not a clean draft of those characters', () => {
    for (const missing of [join(dir, 'drafts', 'post1.txt'), 'post1.txt', 'concept.md']) {
      const r = run(['check', missing]);
      expect(r.code, missing).toBe(2);
      expect(r.stderr).toContain(`no such file: ${missing}`);
      expect(r.stdout).toBe('');
    }
    expect(run(['check', dir]).stderr).toContain(`${dir} is not a file`);
    // Words, an address or a link are still a draft.
    expect(run(['check', 'Mail jan.peeters@gmail.com']).code).toBe(1);
    expect(run(['check', 'https://example.org/nieuws']).code).toBe(0);
    expect(run(['check', '-'], 'drafts/post1.txt').code).toBe(0);
  });

  it('--format json gives the findings with spans and English messages on request', () => {
    const r = run(['check', '--rules', rules, '--format', 'json', '--locale', 'en', 'about Project Zeemeeuw']);
    const out = JSON.parse(r.stdout);
    const finding = out.findings.find((f: { rule: string }) => f.rule === 'org.project-names');
    expect(finding).toMatchObject({ category: 'internal', severity: 'warn', start: 6, end: 22, message: 'Project names are internal.' });
  });

  it('--jsonl keeps the contract: one line out per line in, in order, with exactly these fields', () => {
    const input = [
      { id: 'a', text: 'Project Zeemeeuw!' },
      { id: 2, text: 'Niets aan de hand.', platform: 'linkedin', account: 'organisation' },
      { id: 'c', text: '' },
    ]
      .map((l) => JSON.stringify(l))
      .join('\n');
    const r = run(['check', '--jsonl', '--rules', rules], input);
    expect(r.code).toBe(1);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['a', 2, 'c']);
    const finding = out[0].findings.find((f: { rule: string }) => f.rule === 'org.project-names');
    expect(Object.keys(finding).sort()).toEqual(['category', 'end', 'message', 'rule', 'severity', 'start']);
    expect(out[2].findings).toEqual([]);
  });

  it('--jsonl reports a bad line and goes on, then exits 2', () => {
    const r = run(['check', '--jsonl', '--rules', rules], '{"id":"ok","text":"hallo"}\nnot json\n{"id":"x","text":5}\n{"id":"y","text":"Project Zeemeeuw"}');
    expect(r.code).toBe(2);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(4);
    expect(out[1]).toEqual({ id: null, error: 'line 2: not valid JSON' });
    expect(out[2]).toEqual({ id: 'x', error: 'line 3: "text" must be a string' });
    expect(out[3].findings.length).toBeGreaterThan(0);
  });

  it('bad usage exits 2 with a message', () => {
    expect(run(['check', '--platform', 'myspace', 'x']).code).toBe(2);
    expect(run(['frobnicate']).stderr).toMatch(/unknown command "frobnicate"/);
    // A name every object has is no command either.
    expect(run(['toString']).stderr).toMatch(/unknown command "toString"/);
    expect(run(['check', '--nope']).code).toBe(2);
  });

  it('a broken rule file exits 2 with the path of the problem', () => {
    const broken = writeRules('broken.json', { rules: [{ ...projectRule, pattern: { regex: '(x)\\1' } }] });
    const r = run(['check', '--rules', broken, 'tekst']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/rules\[0\] \(id org\.project-names\): pattern\.regex: cannot be used/);
    expect(r.stderr).not.toMatch(/at .*\.mjs:\d+/);
  });
});

describe('volle-zaal entities', () => {
  it('--jsonl lists people and ages with their spans', () => {
    const r = run(['entities', '--jsonl'], JSON.stringify({ id: 1, text: 'Gisteren vierde Annelies Verbeke (16) haar verjaardag.' }));
    expect(r.code).toBe(0);
    const [line] = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(line.id).toBe(1);
    expect(line.entities).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'person', text: 'Annelies Verbeke', start: 16, end: 32 }),
        expect.objectContaining({ type: 'age', value: 16 }),
      ]),
    );
  });
});

describe('volle-zaal validate, test, schema', () => {
  it('validate: a good file exits 0 with a summary; a bad one exits 2 with paths', () => {
    const good = run(['validate', join(root, 'rules/examples/de-linde.json')]);
    expect(good.stderr).toBe('');
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(/OK — Vzw De Linde/);
    const notJson = join(dir, 'not.json');
    writeFileSync(notJson, '{"format": 1,\n"id": "x",,}');
    const bad = run(['validate', notJson]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/\(file\): is not valid JSON: .* at line 2, column 11/);
  });

  it('test: runs the default examples and the file\'s; a failing example exits 1 and is named', () => {
    const ok = run(['test', writeRules('ok.json', { rules: [projectRule] })]);
    expect(ok.stdout).toMatch(/^\d+ passed, 0 failed$/m);
    expect(ok.code).toBe(0);
    const wrong = { ...projectRule, examples: { fires: ['Geen project hier'], clean: ['Project Zeemeeuw'] } };
    const bad = run(['test', writeRules('wrong.json', { rules: [wrong] })]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/FAIL .*org\.project-names \(fires.*"Geen project hier" — nothing found/);
    expect(bad.stdout).toMatch(/FAIL .*org\.project-names \(clean.*found org\.project-names "Project Zeemeeuw"/);
    expect(bad.stdout).toMatch(/\d+ passed, 2 failed/);
  });

  it('a rule file adds a word, an exception and a phrase rule to the language data; check and test use them', () => {
    const language = {
      emotional: {
        words: { insult: ['zeurkous'] },
        except: { profanity: ['Kutjevo'] },
        rules: [
          {
            id: 'org.lastpak',
            subrule: 'insult',
            message: 'insult',
            patterns: ['@person ~3 @copula ~2 ?een [ lastpak|lastpakken ]'],
            target: 'person',
            examples: { match: ['Die ouders zijn echte [lastpakken].'], clean: ['Die printer is een lastpak.'] },
          },
        ],
      },
    };
    const draft = 'Kutjevo is een wijnstreek. Jij bent een zeurkous.';
    const before = run(['check', '--format', 'json', draft]);
    expect(JSON.parse(before.stdout).findings.map((f: { rule: string; start: number; end: number }) => `${f.rule} ${draft.slice(f.start, f.end)}`)).toEqual([
      'emotional/profanity Kutjevo',
    ]);
    const rules = writeRules('language.json', { language });
    const after = run(['check', '--format', 'json', '--rules', rules, draft]);
    expect(JSON.parse(after.stdout).findings.map((f: { rule: string; start: number; end: number }) => `${f.rule} ${draft.slice(f.start, f.end)}`)).toEqual([
      'emotional/insult zeurkous',
    ]);
    const ok = run(['test', rules]);
    expect(ok.stdout).toMatch(/^\d+ passed, 0 failed$/m);
    const wrong = { emotional: { rules: [{ ...language.emotional.rules[0], examples: { match: ['Die ouders zijn echte lastpakken [allemaal].'], clean: ['Jullie zijn lastpakken.'] } }] } };
    const bad = run(['test', writeRules('language-bad.json', { language: wrong })]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/FAIL .*emotional: org\.lastpak \(fires/);
    expect(bad.stdout).toMatch(/FAIL .*emotional: org\.lastpak \(clean.*found emotional\/insult "lastpakken"/);
  });

  it('a rule file adds care settings, confidentiality markers and exceptions for client-name and internal; check and test show them', () => {
    const language = {
      'client-name': {
        words: { 'care-setting': ['zorghoeve'] },
        except: { 'care-health': ['therapie'] },
        examples: { match: ['Met [Jos] naar de zorghoeve vandaag.'], clean: ['Sofie geeft vandaag therapie aan de paarden.'] },
      },
      internal: {
        words: { marker: ['niet voor de pers'] },
        except: { decision: ['sluiting'] },
        examples: { match: ['[Niet voor de pers]: de keuken verhuist naar campus Zuid.'], clean: ['De sluiting van het zomerkamp is zaterdag om 15 uur, de directie komt ook.'] },
      },
    };
    const drafts = [
      'Met Jos naar de zorghoeve vandaag.',
      'Sofie geeft vandaag therapie aan de paarden.',
      'Niet voor de pers: de keuken verhuist naar campus Zuid.',
      'De sluiting van het zomerkamp is zaterdag om 15 uur, de directie komt ook.',
    ];
    const rulesOf = (extra: string[]) => drafts.map((d) => JSON.parse(run(['check', '--format', 'json', ...extra, d]).stdout).findings.map((f: { rule: string }) => f.rule));
    expect(rulesOf([])).toEqual([[], ['client-name/context'], [], ['internal/decision']]);
    const rules = writeRules('language-families.json', { language });
    // The added marker is a cue of its own, and a second one for the move it announces.
    expect(rulesOf(['--rules', rules])).toEqual([['client-name/context'], [], ['internal/marker', 'internal/decision'], []]);
    const ok = run(['test', rules]);
    expect(ok.stdout).toMatch(/^\d+ passed, 0 failed$/m);
    // Without the added word the example fails, and test names the family's examples.
    const without = { 'client-name': { examples: language['client-name'].examples } };
    const bad = run(['test', writeRules('language-families-bad.json', { language: without })]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/FAIL .*client-name: examples \(fires.*"Met Jos naar de zorghoeve vandaag\." — nothing found/);
    expect(bad.stdout).toMatch(/FAIL .*client-name: examples \(clean.*found client-name\/context "Sofie"/);
    expect(run(['validate', writeRules('language-families-span.json', { language: { internal: { examples: { match: ['geen haakjes'] } } } })]).stderr).toMatch(
      /language\.internal\.examples\.match\[0\]: mark the span/,
    );
  });

  it('validate names unknown word classes, unmarked examples and mistyped family options by path', () => {
    const bad = run([
      'validate',
      writeRules('bad-language.json', {
        options: { minor: { maxAge: 'veertien' } },
        language: { emotional: { words: { belediging: ['x'] }, rules: [{ id: 'a', subrule: 'insult', message: 'insult', patterns: ['x'], examples: { match: ['x'], clean: ['y'] } }] } },
      }),
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/options\.minor\.maxAge: .*expected number/);
    expect(bad.stderr).toMatch(/language\.emotional: words\.belediging: unknown word class/);
    expect(bad.stderr).toMatch(/language\.emotional\.rules\[0\] \(id a\): examples\.match\[0\]: mark the span/);
    const pattern = run(['validate', writeRules('bad-pattern.json', { language: { emotional: { rules: [{ id: 'a', subrule: 'insult', message: 'insult', patterns: ['@nope'], examples: { match: ['[x]'], clean: ['y'] } }] } } })]);
    expect(pattern.code).toBe(2);
    expect(pattern.stderr).toMatch(/language\.emotional: pattern "@nope": unknown word class @nope/);
    expect(run(['validate', writeRules('unknown-option.json', { options: { emotional: { strict: true } } })]).stderr).toMatch(/options/);
  });

  it('schema prints the published rules/schema.json', () => {
    expect(run(['schema']).stdout).toBe(readFileSync(join(root, 'rules/schema.json'), 'utf8'));
  });
});

describe('volle-zaal keygen, sign, verify, setup-code', () => {
  const keyFile = join(dir, 'keys.json');
  beforeAll(() => {
    const r = run(['keygen', '--out', keyFile]);
    if (r.code !== 0) throw new Error(r.stderr);
  });

  it('keygen writes the key pair to a file only its owner can read, prints no private key, never overwrites', () => {
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    const { privateKey, publicKey } = JSON.parse(readFileSync(keyFile, 'utf8'));
    const again = run(['keygen', '--out', keyFile]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/exists/);
    expect(JSON.parse(readFileSync(keyFile, 'utf8')).privateKey).toBe(privateKey);
    const fresh = run(['keygen', '--out', join(dir, 'other-keys.json')]);
    expect(fresh.stdout).not.toContain(JSON.parse(readFileSync(join(dir, 'other-keys.json'), 'utf8')).privateKey);
    expect(fresh.stdout).toMatch(/Fingerprint: [0-9a-f]{4} [0-9a-f]{4}/);
    expect(publicKey).toMatch(/^MFkw/);
    // Printing the private key is an explicit choice.
    expect(run(['keygen']).code).toBe(2);
  });

  it('signs the exact bytes of a rule file so that the browser-side verifier accepts it, and nothing else', async () => {
    const { verifyRuleSignature } = await import('../../src/policy/signature');
    const rules = writeRules('signed.json', {});
    const r = run(['sign', rules, '--key', keyFile]);
    expect(r.code).toBe(0);
    const signature = readFileSync(`${rules}.sig`, 'utf8').trim();
    const { publicKey } = JSON.parse(readFileSync(keyFile, 'utf8'));
    const bytes = readFileSync(rules);
    expect(await verifyRuleSignature(bytes, signature, publicKey)).toBe(true);
    const changed = Buffer.from(bytes.toString('utf8').replace('CLI test', 'CLI tesT'));
    expect(await verifyRuleSignature(changed, signature, publicKey)).toBe(false);
  });

  it('sign refuses a broken rule file with exit 2 and the problems, and writes no .sig', () => {
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"format": 1, "id": "org.x",');
    const r = run(['sign', broken, '--key', keyFile]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not signed.*\n\(file\): is not valid JSON/);
    expect(existsSync(`${broken}.sig`)).toBe(false);
  });

  it('verify: exit 0 for a good signature, 1 for a changed file, another key or no signature', () => {
    const rules = writeRules('verify.json', {});
    expect(run(['sign', rules, '--key', keyFile]).code).toBe(0);
    const good = run(['verify', rules, '--key', keyFile]);
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(/good signature \(key [0-9a-f ]{19}\)/);
    // A public key alone (what a colleague who only checks gets) works too.
    const pubOnly = join(dir, 'public.txt');
    writeFileSync(pubOnly, JSON.parse(readFileSync(keyFile, 'utf8')).publicKey);
    expect(run(['verify', rules, '--key', pubOnly]).code).toBe(0);
    const other = join(dir, 'other-keys.json');
    expect(run(['verify', rules, '--key', other]).code).toBe(1);
    writeFileSync(rules, readFileSync(rules, 'utf8').replace('CLI test', 'CLI test!'));
    const changed = run(['verify', rules, '--key', keyFile]);
    expect(changed.code).toBe(1);
    expect(changed.stderr).toMatch(/BAD signature/);
    const unsigned = writeRules('unsigned.json', {});
    const missing = run(['verify', unsigned, '--key', keyFile]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no signature/);
  });

  it('the OpenSSL commands in the README verify and make signatures the extension accepts', async () => {
    const { verifyRuleSignature } = await import('../../src/policy/signature');
    const rules = writeRules('openssl.json', {});
    expect(run(['sign', rules, '--key', keyFile]).code).toBe(0);
    const { publicKey } = JSON.parse(readFileSync(keyFile, 'utf8'));
    const sh = (script: string) => spawnSync('sh', ['-c', script], { cwd: dir, encoding: 'utf8', env: { ...process.env, KEYS: keyFile, RULES: rules } });
    // Exactly the commands of src/distribution/README.md ("Checking a signature with OpenSSL").
    const script = readFileSync(join(root, 'src/distribution/README.md'), 'utf8').match(/```sh openssl-verify\n([\s\S]*?)```/)?.[1];
    expect(script).toBeDefined();
    const readme = sh(script!.replaceAll('keys.json', '"$KEYS"').replaceAll('rules.json', '"$RULES"'));
    expect(readme.stdout + readme.stderr).toMatch(/Verified OK/);
    // Signing with OpenSSL (DER) is accepted by the extension's verifier.
    const signScript = readFileSync(join(root, 'src/distribution/README.md'), 'utf8').match(/```sh openssl-sign\n([\s\S]*?)```/)?.[1];
    expect(signScript).toBeDefined();
    const signed = sh(signScript!.replaceAll('keys.json', '"$KEYS"').replaceAll('rules.json', '"$RULES"'));
    expect(signed.status).toBe(0);
    expect(await verifyRuleSignature(readFileSync(rules), readFileSync(`${rules}.sig`, 'utf8').trim(), publicKey)).toBe(true);
    // And a file changed after signing fails OpenSSL's check too.
    writeFileSync(rules, readFileSync(rules, 'utf8') + ' ');
    expect(sh(script!.replaceAll('keys.json', '"$KEYS"').replaceAll('rules.json', '"$RULES"')).stdout).toMatch(/Verification failure/);
  });

  it('setup-code makes the code the options page takes, with a link for a known extension id', async () => {
    const { decodeSetupCode } = await import('../../src/policy/setup-code');
    const r = run(['setup-code', '--url', 'https://intranet.zorg.example/vz/rules.json', '--key', keyFile, '--extension-id', 'abcdefghijklmnopabcdefghijklmnop']);
    expect(r.code).toBe(0);
    const code = r.stdout.split('\n')[0]!;
    const { publicKey } = JSON.parse(readFileSync(keyFile, 'utf8'));
    expect(decodeSetupCode(code)).toEqual({ ok: true, code: { rulesUrl: 'https://intranet.zorg.example/vz/rules.json', publicKeys: [publicKey] } });
    expect(r.stdout).toContain(`chrome-extension://abcdefghijklmnopabcdefghijklmnop/options.html#setup=${code}`);
    expect(r.stdout).not.toContain(JSON.parse(readFileSync(keyFile, 'utf8')).privateKey);
    expect(run(['setup-code', '--url', 'http://x.example/r.json', '--key', keyFile]).code).toBe(2);
  });

  it('without a key file it says how to use it', () => {
    const r = run(['sign', 'x.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/usage: volle-zaal sign FILE --key KEYFILE/);
  });
});

describe('volle-zaal validate: what the file contains', () => {
  it('counts the file\'s own rules apart from the default\'s, with severities and the disclaimer', () => {
    const r = run(['validate', writeRules('summary.json', { rules: [projectRule], people: { clients: ['Odilia Verbraeken'] } })]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/own rules: 1 \(plus 5 from the default policy\)/);
    expect(r.stdout).toMatch(/org\.project-names \(internal\): warn/);
    expect(r.stdout).toMatch(/clients: 1 plain, 0 hashed/);
    expect(r.stdout).toMatch(/disclaimer: required/);
    expect(run(['validate', '--locale', 'nl', writeRules('summary.json', { rules: [projectRule] })]).stdout).toMatch(/eigen regels: 1/);
  });

  it('lists every problem in one run', () => {
    const r = run(['validate', writeRules('many.json', { title: '', rules: [{ ...projectRule, pattern: { regex: '(?=x)' } }], severity: [{ rule: 'nope', severity: 'warn' }] })]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/3 problems/);
    expect(r.stderr).toMatch(/^title:/m);
    expect(r.stderr).toMatch(/pattern\.regex: cannot be used/);
    expect(r.stderr).toMatch(/severity\[0\]\.rule/);
  });
});

describe('volle-zaal hash-names', () => {
  it('turns a CSV of names into hashed full names that the engine recognises, with no readable name in the file', () => {
    const csv = 'voornaam;achternaam\nRoosmarijn;Vandewalle\nOmar;El Idrissi\n';
    const r = run(['hash-names', '-', '--salt', 'zout-voor-de-test-123'], csv);
    expect(r.code).toBe(0);
    const { hashedClients } = JSON.parse(r.stdout);
    expect(hashedClients.salt).toBe('zout-voor-de-test-123');
    expect(hashedClients.hashes).toHaveLength(2); // full names only, by default
    expect(hashedClients.firstNames).toBeUndefined();
    expect(r.stderr).toMatch(/see --first-names/);
    const rules = writeRules('hashed.json', { people: { hashedClients } });
    expect(readFileSync(rules, 'utf8')).not.toMatch(/Roosmarijn|Vandewalle/);
    const check = run(['check', '--rules', rules, '--format', 'json', 'Fijne wandeling gemaakt met Roosmarijn Vandewalle vandaag.']);
    const names = JSON.parse(check.stdout).findings.filter((f: { category: string }) => f.category === 'client-name');
    expect(names.map((f: { start: number; end: number }) => [f.start, f.end])).toContainEqual([28, 49]);
  });

  it('--first-names adds first names that count only with care context: a board member is not stopped', () => {
    const r = run(['hash-names', '-', '--first-names', '--salt', 'zout-voor-de-test-456'], 'Wout Maes\n');
    const { hashedClients } = JSON.parse(r.stdout);
    expect(hashedClients.hashes).toHaveLength(1);
    expect(hashedClients.firstNames).toHaveLength(1);
    const rules = writeRules('first.json', { people: { hashedClients } });
    const clientNames = (text: string) =>
      JSON.parse(run(['check', '--rules', rules, '--format', 'json', text]).stdout).findings.filter((f: { category: string }) => f.category === 'client-name');
    expect(clientNames('Wout is onze nieuwe voorzitter, welkom!')).toEqual([]);
    expect(clientNames('Onze bewoner Wout vierde vandaag zijn verjaardag.')).toHaveLength(1);
  });
});
