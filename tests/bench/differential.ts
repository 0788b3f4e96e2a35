/**
 * Differential guard for speed work: runs `checkDraft` over every text of the eval corpora (ours in
 * tests/eval/corpus, the shared drafts, HateCheck and CoNLL-2002 sentences when ../shared/eval is there)
 * and the bench's kinds of synthetic drafts, under three policies and contexts, and writes every
 * finding (rule, category, severity, span, message) and error. With `--against` it compares with an
 * earlier run and lists the first differences: a change meant only to be faster must give none.
 *
 *   npx tsx tests/bench/differential.ts /tmp/before.json
 *   npx tsx tests/bench/differential.ts /tmp/after.json --against /tmp/before.json
 *
 * With VOLLE_ZAAL_ENGINE_MODULE=.output/chrome-mv3/engine.js the checks run in the built engine module
 * (its `compileEngine` and `checkDraft`), as a page runs them: build-time transforms must not change a finding.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { checkDraft } from '../../src/engine';
import { hashName } from '../../src/engine/hash-name';
import type { DraftContext } from '../../src/engine/types';
import { compileEngine, loadPolicy, type LoadedPolicy } from '../../src/policy';
import type { EngineModule } from '../../src/policy/engine-module';
import { re2 } from '../../src/engine/regex';
import { rng } from './drafts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const evalDir = resolve(process.env.VOLLE_ZAAL_EVAL_DIR ?? join(root, '..', 'shared', 'eval'));

function texts(): string[] {
  const out: string[] = [];
  const jsonl = (file: string) => {
    for (const line of readFileSync(file, 'utf8').split('\n')) if (line.trim()) out.push((JSON.parse(line) as { text: string }).text);
  };
  const corpus = join(root, 'tests', 'eval', 'corpus');
  for (const f of readdirSync(corpus).filter((f) => f.endsWith('.jsonl')).sort()) jsonl(join(corpus, f));
  if (existsSync(evalDir)) {
    for (const f of readdirSync(evalDir).filter((f) => f.endsWith('.jsonl')).sort()) jsonl(join(evalDir, f));
    for (const f of readdirSync(evalDir).filter((f) => f.endsWith('.csv')).sort()) {
      const rows = parse(readFileSync(join(evalDir, f), 'utf8'), { columns: true }) as Array<{ test_case: string }>;
      for (const r of rows) out.push(r.test_case);
    }
    const conll = join(evalDir, 'conll2002-nl');
    for (const [file, every] of [['ned.testa', 1], ['ned.train', 4]] as const) {
      const path = join(conll, file);
      if (!existsSync(path)) continue;
      let words: string[] = [];
      let n = 0;
      for (const line of readFileSync(path, 'utf8').split('\n')) {
        if (line.trim() === '' || line.startsWith('-DOCSTART-')) {
          if (words.length && n++ % every === 0) out.push(words.join(' '));
          words = [];
        } else words.push(line.split(' ')[0]!);
      }
    }
  }
  // The bench's kinds of drafts: long prose from the corpus sentences, capitals, made-up words, digits.
  const next = rng(7);
  const pool = out.slice(0, 2000);
  for (let i = 0; i < 40; i++) {
    let t = '';
    const length = [280, 1000, 5000][i % 3]!;
    while (t.length < length) t += `${pool[Math.floor(next() * pool.length)]} `;
    out.push(t, t.toUpperCase(), t.replace(/\p{L}+/gu, (w) => w[0]!.toUpperCase() + w.slice(1)));
  }
  const syllables = ['bra', 'ki', 'zol', 'mep', 'tru', 'van', 'sko', 'dil', 'wer', 'gun', 'fa', 'lo', 'xim', 'pe', 'dor'];
  for (let i = 0; i < 30; i++) {
    let t = '';
    while (t.length < 1000) {
      let w = '';
      for (let k = 2 + Math.floor(next() * 3); k > 0; k--) w += syllables[Math.floor(next() * syllables.length)];
      t += next() < 0.1 ? `${w}. ` : next() < 0.1 ? `${w[0]!.toUpperCase()}${w.slice(1)} ` : `${w} `;
    }
    out.push(t);
    let d = '';
    while (d.length < 400) d += `${Math.floor(next() * 1e10).toString().padStart(10, '0')} ${next() < 0.3 ? 'bel' : 'nr'} `;
    out.push(d);
  }
  return out;
}

function load(source: unknown): LoadedPolicy {
  const loaded = loadPolicy(source);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return loaded.policy;
}

function policies(all: string[]): Array<[string, LoadedPolicy, DraftContext]> {
  // Hash capitalised word pairs of the texts themselves, so that client-name matches do happen.
  const salt = 'differential-salt-42';
  const hashes = new Set<string>();
  for (const t of all) {
    for (const m of t.matchAll(/\b(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+)\b/gu)) {
      if (hashes.size < 3000 && hashes.size % 3 !== 2) hashes.add(hashName(salt, `${m[1]} ${m[2]}`));
      else if (hashes.size < 3000) hashes.add(hashName(salt, m[1]!));
    }
  }
  for (let i = 0; hashes.size < 5000; i++) hashes.add(hashName(salt, `Naam${i} Achternaam${i}`));
  const base = { format: 1, version: '1', title: 'Differential', extends: 'volle-zaal:default' };
  return [
    ['default', load({ ...base, id: 'diff.default' }), { platform: 'facebook', account: 'personal' }],
    ['de-linde', load(readFileSync(join(root, 'rules', 'examples', 'de-linde.json'), 'utf8')), { platform: 'linkedin', account: 'organisation', hasMedia: true }],
    ['hashed', load({ ...base, id: 'diff.hashed', people: { hashedClients: { salt, hashes: [...hashes] } } }), { platform: 'x', account: 'personal', isReply: true }],
  ];
}

const [outFile, flag, against] = process.argv.slice(2);
if (!outFile) throw new Error('usage: differential.ts OUT.json [--against BASE.json]');
const shipped = process.env.VOLLE_ZAAL_ENGINE_MODULE;
const engine: EngineModule = shipped ? ((await import(pathToFileURL(resolve(shipped)).href)) as EngineModule) : { checkDraft, compileEngine };
if (shipped) console.log(`engine module: ${shipped}`);
const all = texts();
const results: string[] = [];
const t0 = performance.now();
for (const [name, policy, context] of policies(all)) {
  const compiled = shipped ? engine.compileEngine(policy.file, re2) : policy.engine;
  for (let i = 0; i < all.length; i++) {
    const { findings, errors } = engine.checkDraft(all[i]!, context, compiled, { locale: i % 2 ? 'en' : 'nl' });
    results.push(JSON.stringify([name, i, findings.map((f) => [f.rule, f.category, f.severity, f.start, f.end, f.message, f.suggestion ?? '']), errors]));
  }
}
const findings = results.reduce((n, r) => n + (JSON.parse(r) as [string, number, unknown[]])[2].length, 0);
console.log(`${all.length} texts × 3 policies, ${findings} findings, ${((performance.now() - t0) / 1000).toFixed(1)} s`);
writeFileSync(outFile, results.join('\n'));
if (flag === '--against' && against) {
  const before = readFileSync(against, 'utf8').split('\n');
  let diffs = 0;
  for (let i = 0; i < Math.max(before.length, results.length); i++) {
    if (before[i] === results[i]) continue;
    if (diffs++ < 10) console.log(`- ${before[i]?.slice(0, 400)}\n+ ${results[i]?.slice(0, 400)}`);
  }
  console.log(diffs ? `DIFFERENT: ${diffs} of ${results.length} results differ` : `identical: ${results.length} results`);
  process.exitCode = diffs ? 1 : 0;
}
