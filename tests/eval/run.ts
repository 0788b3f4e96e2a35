/**
 * `npm run eval`: detection quality through the same command-line contract outside checks use
 * (`check --jsonl`, `entities --jsonl`).
 *
 * Sets measured:
 * - the shared sample drafts (`*.jsonl` in ../shared/eval) and our own corpora in tests/eval/corpus:
 *   `dev.jsonl` (for tuning), `paraphrases.jsonl` (for tuning; five wordings per group) and
 *   `held-aside.jsonl`, `held-aside-paraphrases.jsonl`, the second, later set `held-aside-2.jsonl` and
 *   `held-aside-2-paraphrases.jsonl`, the third `held-aside-3.jsonl` and `held-aside-3-paraphrases.jsonl`, and
 *   the fourth `held-aside-4.jsonl` and `held-aside-4-paraphrases.jsonl` (never tuned on: figures only, their
 *   misses are never printed);
 * - HateCheck-NL and English HateCheck (recall, false-positive rate, block rate on counter-speech);
 * - CoNLL-2002: person names on `ned.testa`, and the share of ordinary sentences (`ned.train`) that
 *   get a warn or block, with the rules that fired.
 * It ends with issue 7's targets, met or missed, on the held-aside and shared sets.
 * The shared data stays outside the project; this only reads it.
 *
 *   VOLLE_ZAAL_EVAL_DIR=/path/to/eval npm run eval   (default: ../shared/eval)
 *   npm run eval -- --json                           (machine-readable summary)
 *   npm run eval -- --train-sample=N                 (every k-th ned.train sentence so that ~N are checked)
 *   npm run eval -- --persons-train                  (also person names on ned.train: the set to tune names on)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hateCheckHalf } from './half';
import { parse } from 'csv-parse/sync';

const root = fileURLToPath(new URL('../..', import.meta.url));
const evalDir = resolve(process.env.VOLLE_ZAAL_EVAL_DIR ?? join(root, '..', 'shared', 'eval'));
const corpusDir = join(root, 'tests', 'eval', 'corpus');
const cli = join(root, 'dist', 'volle-zaal.mjs');
const SCORED = ['client-name', 'minor', 'personal-data', 'internal', 'emotional'] as const;
/** Above this many ordinary sentences per run, ned.train is sampled (every k-th sentence) unless --train-sample says otherwise. */
const DEFAULT_TRAIN_SAMPLE = 16_000;

interface Finding { category: string; severity: string; start: number; end: number; rule: string }
interface Draft { id: string; platform?: string; account?: string; lang?: string; text: string; expect: string[]; group?: string }

function runCli(args: string[], lines: object[]): Array<Record<string, unknown>> {
  const input = lines.map((l) => JSON.stringify(l)).join('\n');
  const result = spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  if (result.status === 2 || result.error) throw new Error(`volle-zaal ${args.join(' ')} failed: ${result.stderr || result.error}`);
  return result.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

/** Findings per id for a list of texts. */
function check(items: Array<{ id: string | number; text: string; platform?: string; account?: string }>): Map<string, Finding[]> {
  const out = runCli(['check', '--jsonl'], items.map(({ id, text, platform, account }) => ({ id, text, platform, account })));
  return new Map(out.map((o) => [String(o.id), o.findings as Finding[]]));
}

const raised = (f: Finding) => f.severity === 'warn' || f.severity === 'block';
const flagged = (findings: Finding[], category: string) => findings.some((f) => f.category === category && raised(f));
const ratio = (n: number, d: number) => (d === 0 ? NaN : n / d);
const pct = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : ' n/a');

function readDrafts(file: string): Draft[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Draft);
}

/**
 * Per-category precision/recall over drafts, and the share of clean drafts (expect []) with any
 * warn/block. `listMisses` is false for held-aside data: its lines must never steer tuning.
 */
function evalDrafts(name: string, drafts: Draft[], listMisses: boolean) {
  const byId = check(drafts);
  const rows = SCORED.map((category) => {
    let tp = 0, fp = 0, fn = 0;
    const misses: string[] = [];
    for (const d of drafts) {
      const want = d.expect.includes(category);
      const got = flagged(byId.get(d.id) ?? [], category);
      if (want && got) tp++;
      else if (!want && got) (fp++, misses.push(`+${d.id}`));
      else if (want && !got) (fn++, misses.push(`-${d.id}`));
    }
    return { category, tp, fp, fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn), ...(listMisses ? { misses } : {}) };
  });
  const clean = drafts.filter((d) => d.expect.length === 0);
  const cleanWarned = clean.filter((d) => (byId.get(d.id) ?? []).some(raised));
  const cleanByLang: Record<string, { n: number; warned: number }> = {};
  for (const d of clean) {
    const entry = (cleanByLang[d.lang ?? '?'] ??= { n: 0, warned: 0 });
    entry.n++;
    if (cleanWarned.includes(d)) entry.warned++;
  }
  // Pooled over the scored categories, to see whether one language or variant lags.
  const byLang: Record<string, { tp: number; fp: number; fn: number; precision: number; recall: number }> = {};
  for (const d of drafts) {
    const entry = (byLang[d.lang ?? '?'] ??= { tp: 0, fp: 0, fn: 0, precision: NaN, recall: NaN });
    for (const category of SCORED) {
      const want = d.expect.includes(category);
      const got = flagged(byId.get(d.id) ?? [], category);
      if (want && got) entry.tp++;
      else if (got) entry.fp++;
      else if (want) entry.fn++;
    }
  }
  for (const e of Object.values(byLang)) (e.precision = ratio(e.tp, e.tp + e.fp)), (e.recall = ratio(e.tp, e.tp + e.fn));
  const groups = paraphraseGroups(drafts, byId);
  return {
    name,
    heldAside: !listMisses,
    drafts: drafts.length,
    rows,
    clean: clean.length,
    cleanWarned: cleanWarned.length,
    cleanWarnedShare: ratio(cleanWarned.length, clean.length),
    cleanByLang,
    byLang,
    ...(listMisses ? { cleanWarnedIds: cleanWarned.map((d) => d.id) } : {}),
    ...(groups ? { groups: listMisses ? groups : { ...groups, inconsistent: undefined } } : {}),
  };
}

/** Paraphrase groups: do all wordings of one idea get the same flagged categories, and the right ones? */
function paraphraseGroups(drafts: Draft[], byId: Map<string, Finding[]>) {
  if (!drafts.some((d) => d.group)) return undefined;
  const byGroup = new Map<string, Draft[]>();
  for (const d of drafts) if (d.group) byGroup.set(d.group, [...(byGroup.get(d.group) ?? []), d]);
  let consistent = 0, allCorrect = 0;
  const inconsistent: string[] = [];
  for (const [group, members] of byGroup) {
    const verdicts = members.map((d) => SCORED.filter((c) => flagged(byId.get(d.id) ?? [], c)).join(','));
    const expected = SCORED.filter((c) => members[0]!.expect.includes(c)).join(',');
    if (verdicts.every((v) => v === verdicts[0])) consistent++;
    else inconsistent.push(`${group} (${verdicts.filter((v) => v === expected).length}/${members.length} right)`);
    if (verdicts.every((v) => v === expected)) allCorrect++;
  }
  return { groups: byGroup.size, consistent, consistentShare: consistent / byGroup.size, allCorrect, allCorrectShare: allCorrect / byGroup.size, inconsistent };
}

const MUST_NOT = new Set(['ident_neutral_nh', 'ident_pos_nh', 'slur_homonym_nh', 'slur_reclaimed_nh', 'target_obj_nh', 'negate_neg_nh']);
const MUST_EXTRA = new Set(['profanity_nh', 'target_indiv_nh', 'target_group_nh']);
const COUNTER = new Set(['counter_quote_nh', 'counter_ref_nh']);

function evalHateCheck(file: string) {
  const rows = parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true }) as Array<Record<string, string>>;
  const cases = rows
    .map((r) => ({ id: r.case_id!, text: r.test_case!, functionality: r.functionality!, half: hateCheckHalf(r.templ_id ?? r.case_id!) }))
    .map((c) => ({
      ...c,
      expect: c.functionality.endsWith('_h') || MUST_EXTRA.has(c.functionality) ? 'warn' : MUST_NOT.has(c.functionality) ? 'clean' : COUNTER.has(c.functionality) ? 'counter' : 'unscored',
    }))
    .filter((c) => c.expect !== 'unscored');
  const byId = check(cases.map(({ id, text }) => ({ id, text, platform: 'x', account: 'personal' })));
  const warned = (id: string) => (byId.get(id) ?? []).some(raised);
  const blocked = (id: string) => (byId.get(id) ?? []).some((f) => f.severity === 'block');
  const summarise = (part: typeof cases) => {
    const perFunctionality: Record<string, { n: number; warned: number; blocked: number; expect: string }> = {};
    for (const c of part) {
      const entry = (perFunctionality[c.functionality] ??= { n: 0, warned: 0, blocked: 0, expect: c.expect });
      entry.n++;
      if (warned(c.id)) entry.warned++;
      if (blocked(c.id)) entry.blocked++;
    }
    const must = part.filter((c) => c.expect === 'warn');
    const mustNot = part.filter((c) => c.expect === 'clean');
    const counter = part.filter((c) => c.expect === 'counter');
    const hits = must.filter((c) => warned(c.id)).length;
    const falseAlarms = mustNot.filter((c) => warned(c.id)).length;
    return {
      mustWarn: must.length,
      mustNotWarn: mustNot.length,
      recall: ratio(hits, must.length),
      fpr: ratio(falseAlarms, mustNot.length),
      accuracy: ratio(hits + mustNot.length - falseAlarms, must.length + mustNot.length),
      counterSpeech: counter.length,
      counterBlockRate: ratio(counter.filter((c) => blocked(c.id)).length, counter.length),
      counterWarnRate: ratio(counter.filter((c) => warned(c.id)).length, counter.length),
      perFunctionality,
    };
  };
  return {
    file: basename(file),
    ...summarise(cases),
    halves: { tune: summarise(cases.filter((c) => c.half === 'tune')), check: summarise(cases.filter((c) => c.half === 'check')) },
  };
}

/** CoNLL-2002 sentences (tokens joined by single spaces) with their PER spans. */
function readConll(file: string) {
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
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const parts = line.trim().split(' ');
    if (parts.length < 3 || parts[0] === '-DOCSTART-') flush();
    else (tokens.push(parts[0]!), tags.push(parts[2]!));
  }
  flush();
  return sentences;
}

function evalPersons(file: string) {
  const sentences = readConll(file);
  const out = runCli(['entities', '--jsonl'], sentences.map((s, id) => ({ id, text: s.text })));
  let tp = 0, fp = 0, fn = 0;
  out.forEach((o, i) => {
    const gold = new Set(sentences[i]!.persons);
    const seen = new Set((o.entities as Array<{ type: string; start: number; end: number }>).filter((e) => e.type === 'person').map((e) => `${e.start}:${e.end}`));
    for (const s of seen) gold.has(s) ? tp++ : fp++;
    for (const g of gold) if (!seen.has(g)) fn++;
  });
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return { file: basename(file), sentences: sentences.length, persons: tp + fn, tp, fp, fn, precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}

/** Ordinary newspaper sentences posted as drafts: how many get a warn or block, and which rules fire. */
function evalOrdinary(file: string, sampleSize: number) {
  const all = readConll(file);
  const step = Math.max(1, Math.ceil(all.length / sampleSize));
  const sentences = all.filter((_, i) => i % step === 0);
  const started = performance.now();
  const byId = check(sentences.map((s, i) => ({ id: i, text: s.text, platform: 'facebook', account: 'personal' })));
  const seconds = (performance.now() - started) / 1000;
  const rules: Record<string, number> = {};
  let warned = 0, blocked = 0;
  for (const findings of byId.values()) {
    const hits = findings.filter(raised);
    if (hits.length) warned++;
    if (hits.some((f) => f.severity === 'block')) blocked++;
    for (const rule of new Set(hits.map((f) => `${f.rule} (${f.category}, ${f.severity})`))) rules[rule] = (rules[rule] ?? 0) + 1;
  }
  const firedRules = Object.fromEntries(Object.entries(rules).sort((a, b) => b[1] - a[1]));
  return { file: basename(file), sentencesInFile: all.length, checked: sentences.length, everyKth: step, seconds, warned, blocked, warnedShare: ratio(warned, sentences.length), firedRules };
}

function printDrafts(d: ReturnType<typeof evalDrafts>) {
  const listed = !d.heldAside;
  console.log(`\nDrafts: ${d.name} (${d.drafts} drafts; flagged = a finding at warn/block${listed ? '' : '; held aside: figures only'})`);
  console.log(`category        precision  recall   tp  fp  fn${listed ? '   misses (+ false alarm, - missed)' : ''}`);
  for (const r of d.rows)
    console.log(`${r.category.padEnd(15)} ${pct(r.precision).padStart(9)} ${pct(r.recall).padStart(7)} ${String(r.tp).padStart(4)} ${String(r.fp).padStart(3)} ${String(r.fn).padStart(3)}${'misses' in r ? `   ${r.misses!.join(' ')}` : ''}`);
  const cleanByLang = Object.entries(d.cleanByLang).map(([lang, e]) => `${lang} ${e.warned}/${e.n}`).join(', ');
  console.log(`clean drafts with any warn/block: ${d.cleanWarned}/${d.clean} = ${pct(d.cleanWarnedShare)} (${cleanByLang})${listed && d.cleanWarned ? `: ${d.cleanWarnedIds!.join(' ')}` : ''}`);
  console.log(`by language, categories pooled (precision/recall): ${Object.entries(d.byLang).map(([lang, e]) => `${lang} ${pct(e.precision)}/${pct(e.recall)}`).join(', ')}`);
  if (d.groups) {
    const g = d.groups;
    console.log(`paraphrase groups: all wordings agree in ${g.consistent}/${g.groups} = ${pct(g.consistentShare)}; all wordings right in ${g.allCorrect}/${g.groups} = ${pct(g.allCorrectShare)}`);
    if (g.inconsistent?.length) console.log(`  disagreeing: ${g.inconsistent.join(', ')}`);
  }
}

function printHate(h: ReturnType<typeof evalHateCheck>) {
  console.log(`\nHateCheck: ${h.file}`);
  const line = (name: string, x: Omit<typeof h, 'file' | 'halves'>) =>
    console.log(`${name.padEnd(12)} must warn ${x.mustWarn}: recall ${pct(x.recall)}; must not warn ${x.mustNotWarn}: FPR ${pct(x.fpr)}; accuracy ${pct(x.accuracy)}; counter-speech ${x.counterSpeech}: blocked ${pct(x.counterBlockRate)}, warned ${pct(x.counterWarnRate)}`);
  line('all', h);
  line('tuning half', h.halves.tune);
  line('check half', h.halves.check);
  console.log(`  ${'functionality'.padEnd(20)}        tuning half          check half`);
  for (const name of Object.keys(h.perFunctionality)) {
    const cell = (f?: { n: number; warned: number; blocked: number; expect: string }) => {
      if (!f) return '—'.padEnd(20);
      const value = f.expect === 'counter' ? f.blocked : f.warned;
      return `${pct(value / f.n)} (${value}/${f.n})`.padEnd(20);
    };
    const f = h.perFunctionality[name]!;
    const label = f.expect === 'warn' ? 'recall' : f.expect === 'clean' ? 'FPR   ' : 'block ';
    console.log(`  ${name.padEnd(20)} ${label} ${cell(h.halves.tune.perFunctionality[name])} ${cell(h.halves.check.perFunctionality[name])}`);
  }
}

/** Issue 7's targets, checked on every set that was not tuned on (held-aside) and on the shared data. */
function printTargets(
  drafts: Array<ReturnType<typeof evalDrafts>>,
  hate: Array<ReturnType<typeof evalHateCheck>>,
  persons: Array<ReturnType<typeof evalPersons>>,
  ordinary: Array<ReturnType<typeof evalOrdinary>>,
) {
  const lines: string[] = [];
  const row = (what: string, value: number, ok: boolean, target: string) =>
    lines.push(`  ${ok ? 'met ' : 'MISS'}  ${what.padEnd(62)} ${pct(value).padStart(5)}  (target ${target})`);
  for (const d of drafts.filter((set) => set.heldAside || set.name.startsWith('shared'))) {
    for (const r of d.rows) {
      row(`${d.name}: ${r.category} precision`, r.precision, r.precision >= 0.9, '>= 0.90');
      row(`${d.name}: ${r.category} recall`, r.recall, r.recall >= 0.9, '>= 0.90');
    }
    row(`${d.name}: clean drafts with a warn/block`, d.cleanWarnedShare, d.cleanWarnedShare <= 0.03, '<= 0.03');
  }
  for (const h of hate) {
    const english = h.file.includes('-en');
    row(`${h.file}: recall on must-warn`, h.recall, h.recall >= (english ? 0.8 : 0.9), english ? '>= 0.80' : '>= 0.90');
    row(`${h.file}: false-positive rate on must-not-warn`, h.fpr, h.fpr <= (english ? 0.1 : 0.05), english ? '<= 0.10' : '<= 0.05');
    row(`${h.file}: counter-speech blocked`, h.counterBlockRate, h.counterBlockRate <= 0.05, '<= 0.05');
  }
  for (const c of persons.filter((p) => p.file === 'ned.testa')) row(`${c.file}: person names F1`, c.f1, c.f1 >= 0.8, '>= 0.80');
  for (const o of ordinary) row(`${o.file}: ordinary sentences with a warn/block (%)`, 100 * o.warnedShare, o.warnedShare <= 0.003, '<= 0.30%');
  console.log(`\nIssue 7 targets, on data not tuned on (own held-aside sets) and the shared data:`);
  console.log(lines.join('\n'));
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
  const sampleArg = process.argv.find((a) => a.startsWith('--train-sample='));
  const trainSample = sampleArg ? Number(sampleArg.split('=')[1]) : DEFAULT_TRAIN_SAMPLE;
  if (!Number.isInteger(trainSample) || trainSample < 1) {
    console.error('eval: --train-sample needs a whole number of sentences, e.g. --train-sample=2000');
    process.exit(2);
  }
  const files = readdirSync(evalDir);
  const drafts = [
    ...files.filter((f) => f.endsWith('.jsonl')).map((f) => evalDrafts(`shared ${f}`, readDrafts(join(evalDir, f)), true)),
    ...['dev', 'paraphrases', 'held-aside', 'held-aside-paraphrases', 'held-aside-2', 'held-aside-2-paraphrases', 'held-aside-3', 'held-aside-3-paraphrases',
      'held-aside-4', 'held-aside-4-paraphrases']
      .filter((name) => existsSync(join(corpusDir, `${name}.jsonl`)))
      .map((name) => evalDrafts(`own ${name}`, readDrafts(join(corpusDir, `${name}.jsonl`)), !name.startsWith('held-aside'))),
  ];
  const hate = files.filter((f) => /^hatecheck.*\.csv$/.test(f)).map((f) => evalHateCheck(join(evalDir, f)));
  const conllDir = join(evalDir, 'conll2002-nl');
  const personFiles = ['ned.testa', ...(process.argv.includes('--persons-train') ? ['ned.train'] : [])];
  const persons = personFiles.filter((f) => existsSync(join(conllDir, f))).map((f) => evalPersons(join(conllDir, f)));
  const ordinary = existsSync(join(conllDir, 'ned.train')) ? [evalOrdinary(join(conllDir, 'ned.train'), trainSample)] : [];
  if (json) {
    console.log(JSON.stringify({ drafts, hate, persons, ordinary }, null, 2));
    return;
  }
  drafts.forEach(printDrafts);
  hate.forEach(printHate);
  for (const c of persons)
    console.log(`\nCoNLL-2002 ${c.file}: ${c.sentences} sentences, ${c.persons} PER; person spans exact match: precision ${pct(c.precision)}, recall ${pct(c.recall)}, F1 ${pct(c.f1)}`);
  for (const o of ordinary) {
    const sampled = o.everyKth > 1 ? `every ${o.everyKth}th of ${o.sentencesInFile} sentences (deterministic sample)` : `all ${o.sentencesInFile} sentences`;
    console.log(`\nOrdinary sentences, ${o.file}: ${sampled}, checked in ${o.seconds.toFixed(1)} s`);
    console.log(`with a warn or block: ${o.warned}/${o.checked} = ${(100 * o.warnedShare).toFixed(2)}% (blocked ${o.blocked}); rules that fired (sentences):`);
    for (const [rule, n] of Object.entries(o.firedRules)) console.log(`  ${String(n).padStart(5)}  ${rule}`);
  }
  printTargets(drafts, hate, persons, ordinary);
}

main();
