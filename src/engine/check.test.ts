import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seededInts } from '../../tests/unit/seeded';
import { check, checkDraft, checks, emptyPolicy, resolveSeverity, worstSeverity, type DraftContext } from '.';
import { defaultPolicy, loadPolicy } from '../policy';
import { fill } from './check';

const personal: DraftContext = { platform: 'facebook', account: 'personal' };

describe('any draft gets findings or none, and never an exception', () => {
  const policy = defaultPolicy().engine;
  /** The checks' own example drafts, from which the generated drafts below are made. */
  const examples = checks.flatMap((c) => [...c.meta.examples.fires, ...c.meta.examples.clean]).map((e) => (typeof e === 'string' ? e : e.text));
  const odd: Array<[string, string]> = [
    ['empty', ''],
    ['whitespace', ' \n\t '],
    ['emoji only', '😀🙈👩‍👩‍👧‍👦🏳️‍🌈'],
    ['lone surrogates', '\uD800abc\uDFFF'],
    ['control characters', 'a\u0000b\u0007c\u001bd\u007f'],
    ['right-to-left', 'مرحبا بكم في المركز שלום עולם \u202Eevil\u202C'],
    ['combining marks', 'e\u0301\u0301\u0301\u0301 Z̴̡̢a̵l̷g̸o'],
    ['very long word', 'a'.repeat(100_000)],
    ['100,000 characters of text', 'Bewoonster Clementine (88) belt 0495 71 22 08. '.repeat(2300).slice(0, 100_000)],
    ['spaced letters everywhere', 'a b c d e f g h i j k l m n o p '.repeat(3000)],
  ];
  for (const [name, text] of odd) {
    it(name, () => {
      const { findings, errors } = checkDraft(text, personal, policy);
      expect(errors).toEqual([]);
      for (const f of findings) {
        expect(f.start).toBeGreaterThanOrEqual(0);
        expect(f.end).toBeLessThanOrEqual(text.length);
        expect(f.start).toBeLessThanOrEqual(f.end);
      }
    });
  }

  it('words that name members of every object ("constructor", "toString", "__proto__") are only words', () => {
    // Where the engine looks a word up (a number read out, a day of the month, a repeat word), in every check.
    const names = [...Object.getOwnPropertyNames(Object.prototype), 'prototype'];
    for (const name of names) {
      const w = name.toLowerCase();
      const text =
        `Bel nul vier ${w} zes of nul ${name} zeven, double ${w} oh. Geboren op ${w} mei 2011, de ${w}-first of June. ` +
        `${name} ${name.toUpperCase()}! Onze bewoner ${name} zegt ${w}. Mail Jan gerust op jan.peeters@gmail.com`;
      const { findings, errors } = checkDraft(text, personal, policy);
      expect(errors, name).toEqual([]);
      // personal-data ran to its end: the e-mail address comes last.
      expect(findings.map((f) => text.slice(f.start, f.end)), name).toContain('jan.peeters@gmail.com');
    }
  });

  it("the checks' own examples, mangled (inserted marks, emoji, digits, cuts, capitals, joins), give no errors and spans inside the text", () => {
    const random = seededInts(2026);
    const pieces = ['\u0301', '\u200b', '\u00ad', '\uD83D', '😀', '👩‍👩‍👧', '\n', '!!!', '@', '0', '06', '+32', '0476', '-', '/', "'", '(', 'İ', 'ß', 'ﬁ', '١٢', '\u202e', 'ı', '’', '𝟎', '０４７６', 'x'.repeat(60)];
    for (let n = 0; n < 3000; n++) {
      let text = examples[random(examples.length)]!;
      for (let k = 1 + random(5); k > 0; k--) {
        const at = random(text.length + 1);
        const edit = random(5);
        if (edit === 0) text = text.slice(0, at) + pieces[random(pieces.length)] + text.slice(at);
        else if (edit === 1) text = text.slice(0, at) + text.slice(at + 1 + random(4));
        else if (edit === 2) text = text.toUpperCase();
        else if (edit === 3) text = `${text} ${examples[random(examples.length)]}`;
        else text = text.slice(0, at) + String.fromCharCode(random(0x3000)) + text.slice(at);
      }
      const { findings, errors } = checkDraft(text, { platform: 'x', account: random(2) ? 'personal' : 'organisation' }, policy);
      expect(errors, JSON.stringify(text)).toEqual([]);
      for (const f of findings) expect(0 <= f.start && f.start <= f.end && f.end <= text.length, JSON.stringify(text)).toBe(true);
    }
  });

  it('findings do not depend on what was checked before: another order, two policies, a draft typed letter by letter', () => {
    // The engine keeps memos between checks (word readings, the last draft's care words, per-policy tables).
    const random = seededInts(515);
    const linde = loadPolicy(readFileSync(new URL('../../rules/examples/de-linde.json', import.meta.url), 'utf8'));
    if (!linde.ok) throw new Error('the example rule file no longer loads');
    const drafts = Array.from({ length: 600 }, () => {
      let text = examples[random(examples.length)]!;
      if (random(2)) text += ` ${examples[random(examples.length)]}`;
      if (random(3) === 0) text = text.toUpperCase();
      return text;
    });
    const run = (i: number, text = drafts[i]!) =>
      JSON.stringify(checkDraft(text, { platform: 'x', account: i % 2 ? 'personal' : 'organisation' }, i % 3 ? policy : linde.policy.engine));
    const inOrder = drafts.map((_, i) => run(i));
    const shuffled = drafts.map((_, i) => i);
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = random(i + 1);
      [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
    }
    for (const i of shuffled) expect(run(i), drafts[i]).toBe(inOrder[i]);
    for (let i = 0; i < 15; i++) {
      for (let n = 1; n < drafts[i]!.length; n++) run(i, drafts[i]!.slice(0, n));
      expect(run(i), drafts[i]).toBe(inOrder[i]);
    }
  });

  it('non-string input is treated as text', () => {
    expect(checkDraft(undefined as unknown as string, personal, policy)).toEqual({ findings: [], errors: [] });
    const boxed = { toString: () => 'Bel haar op 0496 38 71 25.' } as unknown as string;
    const { findings, errors } = checkDraft(boxed, personal, policy);
    expect(errors).toEqual([]);
    expect(findings.map((f) => f.rule)).toContain('personal-data/phone');
  });

  it('a family that fails is reported in errors, and the other families still report', () => {
    const failing = emptyPolicy({
      customRules: [
        {
          id: 'org.broken',
          category: 'other',
          severity: 'warn',
          message: { nl: 'kapot', en: 'broken' },
          find: () => {
            throw new Error('pattern exploded');
          },
        },
      ],
    });
    const { findings, errors } = checkDraft('Bel haar op 0496 38 71 25.', personal, failing);
    expect(errors).toEqual([{ check: 'custom', message: 'pattern exploded' }]);
    expect(findings.map((f) => f.rule)).toEqual(['personal-data/phone']);
    // check() returns the findings only: the failure is visible through checkDraft().
    expect(check('Bel haar op 0496 38 71 25.', personal, failing)).toEqual(findings);
  });
});

describe('severity resolution', () => {
  const policy = emptyPolicy({
    severities: [
      { rule: 'emotional', severity: 'info' },
      { rule: 'emotional/threat', severity: 'block' },
      { rule: 'emotional', severity: 'off', platforms: ['linkedin'] },
      { rule: 'personal-data', severity: 'block', accounts: ['organisation'] },
    ],
  });

  it('a sub-rule override beats its family, whatever the order', () => {
    expect(resolveSeverity(policy, 'emotional/threat', personal, 'warn')).toBe('block');
    expect(resolveSeverity(policy, 'emotional/shouting', personal, 'warn')).toBe('info');
  });

  it('scoped overrides apply only on their platform or account kind', () => {
    expect(resolveSeverity(policy, 'emotional/shouting', { platform: 'linkedin', account: 'personal' }, 'warn')).toBe('off');
    expect(resolveSeverity(policy, 'personal-data', { platform: 'x', account: 'organisation' }, 'warn')).toBe('block');
    expect(resolveSeverity(policy, 'personal-data', personal, 'warn')).toBe('warn');
  });
});

describe('findings', () => {
  it('carry the message in the requested language, the policy quote and sorted spans', () => {
    const policy = defaultPolicy().engine;
    const text = 'Ik denk aan zelfdoding. He talks about suicide.';
    const nl = check(text, personal, policy, { locale: 'nl' });
    const en = check(text, personal, policy, { locale: 'en' });
    expect(nl.map((f) => text.slice(f.start, f.end))).toEqual(['zelfdoding', 'suicide']);
    expect(nl[0]!.message).toMatch(/Zelfmoordlijn 1813/);
    expect(en[0]!.message).toMatch(/^Is this about suicide/);
    expect(worstSeverity(nl)).toBe('info');
  });

  it('fill a message\'s {placeholders} from the report, leaving anything else as written', () => {
    const template = '{{name}} {name}} {unknown} {} { name } {na-me} {name}{name} {NAME} {name_2 {name';
    const policy = emptyPolicy({ sensitiveTopics: ['fusie'], ruleText: { 'internal/topic': { message: { nl: template, en: 'About {name}.' } } } });
    const [nl] = check('De fusie gaat door.', personal, policy, { only: ['custom'] });
    expect(nl?.message).toBe('{fusie} fusie} {unknown} {} { name } {na-me} fusiefusie {NAME} {name_2 {name');
    expect(check('De fusie gaat door.', personal, policy, { only: ['custom'], locale: 'en' })[0]?.message).toBe('About fusie.');
  });

  it('fill gives what a replace of /\{(\w+)\}/g gives, over many generated templates', () => {
    const byRegex = (template: string, data: Record<string, unknown>) =>
      template.replace(/\{(\w+)\}/g, (whole, key: string) => (Object.hasOwn(data, key) ? String(data[key]) : whole));
    const pieces = ['{', '}', '{name}', '{word}', '{constructor}', '{toString}', '{__proto__}', '{x_1}', '{}', '{ name }', 'name', 'é', 'a', ' ', '{{', '}}', '{na-me}', '-'];
    const data = { name: 'Nora', word: '{name}', x_1: 7, empty: '' };
    const random = seededInts(11);
    for (let n = 0; n < 20000; n++) {
      const template = Array.from({ length: random(9) }, () => pieces[random(pieces.length)]!).join('');
      expect(fill(template, data), template).toBe(byRegex(template, data));
    }
    expect(fill('{name}', undefined)).toBe('{name}');
    // Only the report's own keys: not what every object inherits.
    expect(fill('{constructor} {toString} {__proto__} {word}', { word: 'x' })).toBe('{constructor} {toString} {__proto__} x');
  });

  it('a severity override to off removes the finding', () => {
    const base = defaultPolicy().engine;
    const policy = { ...base, severities: [...base.severities, { rule: 'default.distress-referral', severity: 'off' as const }] };
    expect(check('Ik denk aan zelfdoding.', personal, policy)).toEqual([]);
  });
});
