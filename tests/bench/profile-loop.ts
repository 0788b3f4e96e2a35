/**
 * A loop of checks for profiling the per-check path (not part of `npm run bench`):
 *   npx esbuild tests/bench/profile-loop.ts --bundle --platform=node --format=esm --outfile=/tmp/loop.mjs --main-fields=module,main
 *   node --cpu-prof --cpu-prof-interval 100 /tmp/loop.mjs [prose|unseen] [seconds]
 * then aggregate self time per function from the .cpuprofile (tests/bench/profile-summary.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDraft } from '../../src/engine';
import { hashName } from '../../src/engine/hash-name';
import { loadPolicy } from '../../src/policy';
import { draftOf, unseenWords } from './drafts';

const root = process.cwd();
const first = JSON.parse(readFileSync(join(root, 'node_modules/@zxcvbn-ts/language-nl-be/src/girlsFirstnames.json'), 'utf8')) as string[];
const last = JSON.parse(readFileSync(join(root, 'node_modules/@zxcvbn-ts/language-nl-be/src/lastnames.json'), 'utf8')) as string[];
const salt = 'bench-salt-0123456789abcdef';
const hashes = new Set<string>();
for (let i = 0; hashes.size < 5000; i++) hashes.add(hashName(salt, `${first[i % first.length]} ${last[(i * 7) % last.length]}`));
const loaded = loadPolicy({ format: 1, id: 'bench.org', version: '1', title: 'Bench', extends: 'volle-zaal:default', people: { hashedClients: { salt, hashes: [...hashes] } } });
if (!loaded.ok) throw new Error('policy');
const policy = loaded.policy.engine;
const kind = process.argv[2] ?? 'prose';
const seconds = Number(process.argv[3] ?? 8);
const context = { platform: 'facebook', account: 'personal' } as const;
const drafts = Array.from({ length: 20 }, (_, i) => draftOf(1000, i + 1));
let n = 0;
const t0 = performance.now();
const samples: number[] = [];
while (performance.now() - t0 < seconds * 1000) {
  const d = kind === 'unseen' ? unseenWords(1000, 1000 + n) : drafts[n % drafts.length]!;
  const t = performance.now();
  checkDraft(d, context, policy);
  samples.push(performance.now() - t);
  n++;
}
samples.sort((a, b) => a - b);
console.log(`${kind}: ${n} checks, median ${samples[n >> 1]!.toFixed(3)} ms, p95 ${samples[Math.floor(n * 0.95)]!.toFixed(3)} ms`);
