/** Self time per function (and per function + file line) from a V8 .cpuprofile: `npx tsx tests/bench/profile-summary.ts FILE [top]`. */
import { readFileSync } from 'node:fs';

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount: number; children?: number[] }
const [file, top = '40'] = process.argv.slice(2);
const profile = JSON.parse(readFileSync(file!, 'utf8')) as { nodes: Node[]; samples: number[] };
const counts = new Map<number, number>();
for (const s of profile.samples) counts.set(s, (counts.get(s) ?? 0) + 1);
const self = new Map<string, number>();
let total = 0;
for (const n of profile.nodes) {
  const c = counts.get(n.id) ?? 0;
  total += c;
  const key = `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + c);
}
for (const [k, c] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(top))) console.log(`${((100 * c) / total).toFixed(1).padStart(5)}%  ${k}`);

// Inclusive time per function name (each sample counted once per name on its stack).
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const inclusive = new Map<string, number>();
for (const n of profile.nodes) {
  const c = counts.get(n.id) ?? 0;
  if (!c) continue;
  const names = new Set<string>();
  for (let id: number | undefined = n.id; id !== undefined; id = parent.get(id)) names.add(byId.get(id)!.callFrame.functionName || '(anonymous)');
  for (const name of names) inclusive.set(name, (inclusive.get(name) ?? 0) + c);
}
console.log('\ninclusive:');
for (const [k, c] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, Number(top))) console.log(`${((100 * c) / total).toFixed(1).padStart(5)}%  ${k}`);
