/**
 * `npm run eval`: detection quality against ../shared/eval, through the same
 * command-line contract outside checks use (`check --jsonl`, `entities --jsonl`).
 * The data stays outside the project; this only reads it.
 *
 *   VOLLE_ZAAL_EVAL_DIR=/path/to/eval npm run eval   (default: ../shared/eval)
 *   npm run eval -- --json                           (machine-readable summary)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

const root = fileURLToPath(new URL('../..', import.meta.url));
const evalDir = resolve(process.env.VOLLE_ZAAL_EVAL_DIR ?? join(root, '..', 'shared', 'eval'));
const cli = join(root, 'dist', 'volle-zaal.mjs');
const SCORED = ['client-name', 'minor', 'personal-data', 'internal', 'emotional'] as const;

interface Finding { category: string; severity: string; start: number; end: number; rule: string }

function runCli(args: string[], lines: object[]): Array<Record<string, unknown>> {
  const input = lines.map((l) => JSON.stringify(l)).join('\n');
  const result = spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  if (result.status === 2 || result.error) throw new Error(`volle-zaal ${args.join(' ')} failed: ${result.stderr || result.error}`);
  return result.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

const flagged = (findings: Finding[], category: string) =>
  findings.some((f) => f.category === category && (f.severity === 'warn' || f.severity === 'block'));
const pct = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : ' n/a');

function evalDrafts(file: string) {
  const drafts = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  const out = runCli(['check', '--jsonl'], drafts.map(({ id, text, platform, account }) => ({ id, text, platform, account })));
  const byId = new Map(out.map((o) => [o.id, o.findings as Finding[]]));
  const rows = SCORED.map((category) => {
    let tp = 0, fp = 0, fn = 0;
    const misses: string[] = [];
    for (const d of drafts) {
      const want = (d.expect as string[]).includes(category);
      const got = flagged(byId.get(d.id) ?? [], category);
      if (want && got) tp++;
      else if (!want && got) (fp++, misses.push(`+${d.id}`));
      else if (want && !got) (fn++, misses.push(`-${d.id}`));
    }
    return { category, tp, fp, fn, precision: tp / (tp + fp), recall: tp / (tp + fn), misses };
  });
  return { file, drafts: drafts.length, rows };
}

const MUST_NOT = new Set(['ident_neutral_nh', 'ident_pos_nh', 'slur_homonym_nh', 'slur_reclaimed_nh', 'target_obj_nh', 'negate_neg_nh']);
const MUST_EXTRA = new Set(['profanity_nh', 'target_indiv_nh', 'target_group_nh']);

function evalHateCheck(file: string) {
  const rows = parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true }) as Array<Record<string, string>>;
  const cases = rows
    .map((r) => ({ id: r.case_id!, text: r.test_case!, functionality: r.functionality!, }))
    .map((c) => ({ ...c, expect: c.functionality.endsWith('_h') || MUST_EXTRA.has(c.functionality) ? 'warn' : MUST_NOT.has(c.functionality) ? 'clean' : 'unscored' }));
  const scored = cases.filter((c) => c.expect !== 'unscored');
  const out = runCli(['check', '--jsonl'], scored.map(({ id, text }) => ({ id, text, platform: 'x', account: 'personal' })));
  const warned = new Map(out.map((o) => [String(o.id), (o.findings as Finding[]).some((f) => f.severity === 'warn' || f.severity === 'block')]));
  const perFunctionality = new Map<string, { n: number; warned: number; expect: string }>();
  for (const c of scored) {
    const entry = perFunctionality.get(c.functionality) ?? { n: 0, warned: 0, expect: c.expect };
    entry.n++;
    if (warned.get(c.id)) entry.warned++;
    perFunctionality.set(c.functionality, entry);
  }
  const must = scored.filter((c) => c.expect === 'warn');
  const mustNot = scored.filter((c) => c.expect === 'clean');
  const recall = must.filter((c) => warned.get(c.id)).length / must.length;
  const fpr = mustNot.filter((c) => warned.get(c.id)).length / mustNot.length;
  const accuracy = (must.filter((c) => warned.get(c.id)).length + mustNot.filter((c) => !warned.get(c.id)).length) / scored.length;
  return { file, mustWarn: must.length, mustNotWarn: mustNot.length, recall, fpr, accuracy, perFunctionality: Object.fromEntries(perFunctionality) };
}

function evalConll(file: string) {
  const sentences: Array<{ text: string; persons: string[] }> = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  const flush = () => {
    if (tokens.length === 0) return;
    const persons: string[] = [];
    let offset = 0;
    let open: { start: number; end: number } | undefined;
    tokens.forEach((tok, i) => {
      const tag = tags[i]!;
      if (open && tag !== 'I-PER') (persons.push(`${open.start}:${open.end}`), (open = undefined));
      if (tag === 'B-PER' || (tag === 'I-PER' && !open)) open = { start: offset, end: offset + tok.length };
      else if (tag === 'I-PER' && open) open.end = offset + tok.length;
      offset += tok.length + 1;
    });
    if (open) persons.push(`${open.start}:${open.end}`);
    sentences.push({ text: tokens.join(' '), persons });
    tokens = [];
    tags = [];
  };
  for (const line of readFileSync(file, 'latin1').split('\n')) {
    const parts = line.trim().split(' ');
    if (parts.length < 3 || parts[0] === '-DOCSTART-') (flush());
    else (tokens.push(parts[0]!), tags.push(parts[2]!));
  }
  flush();
  const out = runCli(['entities', '--jsonl'], sentences.map((s, id) => ({ id, text: s.text })));
  let tp = 0, fp = 0, fn = 0;
  out.forEach((o, i) => {
    const gold = new Set(sentences[i]!.persons);
    const seen = new Set((o.entities as Array<{ type: string; start: number; end: number }>).filter((e) => e.type === 'person').map((e) => `${e.start}:${e.end}`));
    for (const s of seen) gold.has(s) ? tp++ : fp++;
    for (const g of gold) if (!seen.has(g)) fn++;
  });
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  return { file, sentences: sentences.length, persons: tp + fn, precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}

function main() {
  if (!existsSync(evalDir)) {
    console.error(`eval: no evaluation data at ${evalDir} (set VOLLE_ZAAL_EVAL_DIR)`);
    process.exit(2);
  }
  if (!existsSync(cli)) {
    console.error('eval: the command line is not built; run `npm run build:cli`');
    process.exit(2);
  }
  const json = process.argv.includes('--json');
  const files = readdirSync(evalDir);
  const drafts = files.filter((f) => f.endsWith('.jsonl')).map((f) => evalDrafts(join(evalDir, f)));
  const hate = files.filter((f) => /^hatecheck.*\.csv$/.test(f)).map((f) => evalHateCheck(join(evalDir, f)));
  const conllDir = join(evalDir, 'conll2002-nl');
  const conll = existsSync(conllDir)
    ? readdirSync(conllDir).filter((f) => f !== 'ned.train' || process.argv.includes('--train')).map((f) => evalConll(join(conllDir, f)))
    : [];
  if (json) {
    console.log(JSON.stringify({ drafts, hate, conll }, null, 2));
    return;
  }
  for (const d of drafts) {
    console.log(`\nDrafts: ${d.file} (${d.drafts} drafts; flagged = a finding at warn/block)`);
    console.log('category        precision  recall   tp  fp  fn   misses (+ false alarm, - missed)');
    for (const r of d.rows)
      console.log(`${r.category.padEnd(15)} ${pct(r.precision).padStart(9)} ${pct(r.recall).padStart(7)} ${String(r.tp).padStart(4)} ${String(r.fp).padStart(3)} ${String(r.fn).padStart(3)}   ${r.misses.join(' ')}`);
  }
  for (const h of hate) {
    console.log(`\nHateCheck-NL: ${h.file}`);
    console.log(`must warn: ${h.mustWarn} cases, recall ${pct(h.recall)}; must not warn: ${h.mustNotWarn} cases, false-positive rate ${pct(h.fpr)}; accuracy ${pct(h.accuracy)}`);
    for (const [name, f] of Object.entries(h.perFunctionality))
      console.log(`  ${name.padEnd(20)} ${f.expect === 'warn' ? 'recall' : 'FPR   '} ${pct(f.warned / f.n)}  (${f.warned}/${f.n})`);
  }
  for (const c of conll)
    console.log(`\nCoNLL-2002 ${c.file}: ${c.sentences} sentences, ${c.persons} PER; person spans exact match: precision ${pct(c.precision)}, recall ${pct(c.recall)}, F1 ${pct(c.f1)}`);
}

main();
