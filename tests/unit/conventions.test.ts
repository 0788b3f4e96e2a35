/**
 * The conventions that keep check families uniform (like ESLint's rule tester
 * and refined-github's feature tests): every family registered under its file
 * name, described in both languages, and carrying examples that actually pass.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checks } from '../../src/engine';
import { defaultPolicy } from '../../src/policy';
import { runBuiltInExamples, runCustomExamples } from '../../src/policy/examples';

const checkDir = new URL('../../src/engine/checks/', import.meta.url);
const familyFiles = readdirSync(checkDir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts')
  .map((f) => f.replace(/\.ts$/, ''));

describe('check families', () => {
  it('every file in src/engine/checks is registered, in alphabetical order', () => {
    const ids = checks.map((c) => c.meta.id);
    expect(ids).toEqual([...familyFiles].sort());
  });

  for (const { meta } of checks) {
    describe(meta.id, () => {
      it('is described, with messages in Dutch and English', () => {
        expect(meta.description.nl.length).toBeGreaterThan(10);
        expect(meta.description.en.length).toBeGreaterThan(10);
        for (const [id, text] of Object.entries(meta.messages)) {
          expect(text.nl, `${meta.id} message ${id} (nl)`).not.toBe('');
          expect(text.en, `${meta.id} message ${id} (en)`).not.toBe('');
        }
      });

      // Custom rules carry their examples in the rule file (tested below).
      if (meta.id === 'custom') return;

      it('carries examples that must fire and examples that must stay clean', () => {
        expect(meta.examples.fires.length).toBeGreaterThanOrEqual(5);
        expect(meta.examples.clean.length).toBeGreaterThanOrEqual(5);
        expect(Object.keys(meta.messages).length).toBeGreaterThan(0);
      });
    });
  }
});

describe('examples, run against the bundled default policy', () => {
  const policy = defaultPolicy();
  const results = [...runBuiltInExamples(policy), ...runCustomExamples(policy.file, policy)];

  it('there are examples to run', () => {
    expect(results.length).toBeGreaterThan(60);
  });

  for (const result of results) {
    const label = `${result.rule} ${result.kind}: ${result.text}`;
    it(label, () => {
      const found = result.findings.map((f) => `${f.rule} ${JSON.stringify(result.text.slice(f.start, f.end))}`);
      if (result.kind === 'fires') expect(found.length, `${label} found nothing`).toBeGreaterThan(0);
      else expect(found, label).toEqual([]);
    });
  }

  it('every rule of the default policy carries examples', () => {
    for (const rule of policy.file.rules ?? []) {
      expect(rule.examples.fires.length, rule.id).toBeGreaterThan(0);
      expect(rule.examples.clean.length, rule.id).toBeGreaterThan(0);
    }
  });
});
