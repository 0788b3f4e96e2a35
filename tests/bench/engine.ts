/**
 * `npm run bench`: how fast the engine is and how big the content script is.
 * Figures, not assertions: timed tests flake; numbers in a report do not.
 *
 * - one check of drafts of 280, 1,000 and 5,000 characters (median, p95) with the
 *   default policy plus 5,000 hashed client names;
 * - compromise's nlp(text).people() on the same drafts, as a yardstick;
 * - cold start in a fresh process: loading the engine and lexicons, compiling the policy, first check;
 * - the built content script's size, minified and gzipped.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import nlp from 'compromise';
import { checkDraft } from '../../src/engine';
import { hashName } from '../../src/engine/hash-name';
import { loadPolicy } from '../../src/policy';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Deterministic pseudo-random numbers, so every run measures the same drafts. */
function rng(seed: number) {
  return () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const SENTENCES = [
  'Gezellige namiddag gehad met de bewoners van de woongroep, iedereen genoot.',
  'Vandaag hadden we een teamoverleg over de nieuwe werking in Gent.',
  'Our volunteers ran a lovely bake sale for the neighbourhood last weekend.',
  'Bel gerust naar het onthaal als je vragen hebt over de inschrijving.',
  'Wendelien heeft samen met haar begeleider een fietstocht gemaakt langs de Schelde.',
  'De vrijwilligers bakten wafels voor het goede doel en haalden veel geld op.',
  'Ik ben het soms echt beu, die eindeloze wachtlijsten in de jeugdhulp!',
  'Meneer Vercauteren uit het dagcentrum vierde zijn verjaardag met taart en muziek.',
  'Interesting webinar today about media literacy for youth workers.',
  'Mail naar jan.devos@example.org of bel 0478 12 34 56 voor meer info.',
];

function draftOf(length: number, seed: number): string {
  const next = rng(seed);
  let text = '';
  while (text.length < length) text += `${SENTENCES[Math.floor(next() * SENTENCES.length)]} `;
  return text.slice(0, length);
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p95: at(0.95) };
}

function time(fn: () => void, iterations: number): number[] {
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return samples;
}

function policyWithClients(count: number) {
  const first = JSON.parse(readFileSync(join(root, 'node_modules/@zxcvbn-ts/language-nl-be/src/girlsFirstnames.json'), 'utf8')) as string[];
  const last = JSON.parse(readFileSync(join(root, 'node_modules/@zxcvbn-ts/language-nl-be/src/lastnames.json'), 'utf8')) as string[];
  const salt = 'bench-salt-0123456789abcdef';
  const hashes = new Set<string>();
  for (let i = 0; hashes.size < count; i++) hashes.add(hashName(salt, `${first[i % first.length]} ${last[(i * 7) % last.length]}`));
  const loaded = loadPolicy({
    format: 1,
    id: 'bench.org',
    version: '1',
    title: 'Bench',
    extends: 'volle-zaal:default',
    people: { hashedClients: { salt, hashes: [...hashes] } },
  });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return loaded.policy;
}

const ms = (n: number) => `${n.toFixed(3)} ms`;

interface ColdStart {
  /** Loading and evaluating the engine and policy modules (parse, lexicon tables). */
  modules: number;
  /** Compiling the bundled default policy. */
  policy: number;
  /** The first check, which builds the lazily made lexicon sets. */
  firstCheck: number;
  total: number;
}

async function coldStart(): Promise<ColdStart[]> {
  // A fresh process each time, loading what the content script loads (the engine and the
  // run-time policy path): module evaluation, lexicon sets and policy compilation all count.
  const dir = join(root, 'tests', '.tmp');
  mkdirSync(dir, { recursive: true });
  const entry = join(dir, 'cold-entry.ts');
  writeFileSync(
    entry,
    `const t0 = performance.now();
const { checkDraft } = await import('../../src/engine');
const { defaultPolicy } = await import('../../src/policy/runtime');
const t1 = performance.now();
const policy = defaultPolicy();
const t2 = performance.now();
checkDraft('Onze bewoonster Clementine (88) is jarig!', { platform: 'facebook', account: 'personal' }, policy.engine);
const t3 = performance.now();
console.log(JSON.stringify({ modules: t1 - t0, policy: t2 - t1, firstCheck: t3 - t2, total: t3 - t0 }));
`,
  );
  const out = join(dir, 'cold.mjs');
  await build({ entryPoints: [entry], bundle: true, minify: true, platform: 'node', format: 'esm', outfile: out, mainFields: ['module', 'main'], logLevel: 'silent' });
  return Array.from({ length: 9 }, () => {
    const r = spawnSync(process.execPath, [out], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`cold start run failed: ${r.stderr}`);
    return JSON.parse(r.stdout) as ColdStart;
  });
}

function contentScriptSize() {
  const dir = join(root, '.output', 'chrome-mv3', 'content-scripts');
  if (!existsSync(dir)) return undefined;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => {
      const bytes = readFileSync(join(dir, f));
      return { file: f, minified: statSync(join(dir, f)).size, gzipped: gzipSync(bytes, { level: 9 }).length };
    });
}

async function main() {
  const policy = policyWithClients(5000);
  const context = { platform: 'facebook', account: 'personal' } as const;
  console.log('Engine: one check, default policy + 5,000 hashed client names (Node %s, %s)', process.version, process.arch);
  console.log('draft chars   engine median   engine p95   compromise people() median   p95');
  for (const length of [280, 1000, 5000]) {
    const drafts = Array.from({ length: 20 }, (_, i) => draftOf(length, i + 1));
    let k = 0;
    time(() => checkDraft(drafts[k++ % drafts.length]!, context, policy.engine), 200); // warm-up
    const engine = stats(time(() => checkDraft(drafts[k++ % drafts.length]!, context, policy.engine), length >= 5000 ? 400 : 1000));
    time(() => nlp(drafts[k++ % drafts.length]!).people(), 20);
    const yard = stats(time(() => nlp(drafts[k++ % drafts.length]!).people().out('array'), length >= 5000 ? 40 : 150));
    console.log(`${String(length).padStart(11)}   ${ms(engine.median).padStart(13)}   ${ms(engine.p95).padStart(10)}   ${ms(yard.median).padStart(26)}   ${ms(yard.p95)}`);
  }
  const runs = await coldStart();
  const median = (key: keyof ColdStart) => stats(runs.map((r) => r[key])).median;
  console.log(
    `\nCold start, fresh process, median of ${runs.length}: ${ms(median('total'))} = modules ${ms(median('modules'))} (parse + lexicon tables)` +
      ` + default policy ${ms(median('policy'))} + first check ${ms(median('firstCheck'))} (lazy lexicon sets)`,
  );
  const file = { format: 1, id: 'bench.org', version: '1', title: 'Bench', extends: 'volle-zaal:default', people: policy.file.people };
  const t = performance.now();
  loadPolicy(JSON.stringify(file));
  console.log(`Loading a rule file with 5,000 hashed client names (parse, validate, compile): ${ms(performance.now() - t)}`);
  const sizes = contentScriptSize();
  if (!sizes) console.log('\nContent script: not built (run `npm run build`).');
  else for (const s of sizes) console.log(`\nContent script ${s.file}: ${(s.minified / 1024).toFixed(1)} KB minified, ${(s.gzipped / 1024).toFixed(1)} KB gzipped`);
}

await main();
