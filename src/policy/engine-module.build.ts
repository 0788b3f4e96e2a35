/**
 * The engine module's functions that a check runs, compiled by V8 while it parses the module instead of on their
 * first call (cold start, issue 9).
 *
 * V8 compiles a function lazily: while it parses the module it only pre-parses it (finds where it ends), and on the
 * first call it parses it again in full and compiles it, on the main thread; for the ~400 functions of a first check
 * that was about a quarter of its time. A function expression in parentheses, `(function () {…})`, is compiled with
 * the module instead (V8's heuristic for functions called right away; in Chromium, which parses a module on a
 * background thread, off the main thread too): one parse, not two. So the built module runs once in a child process
 * under V8's precise coverage, loading and compiling the default rule file and checking the training drafts, and the
 * functions that ran are written in that form:
 * - `function f(…) {…}` at the module's top level → `var f=(function f(…) {…});` at the top of the module
 *   (where a function declaration is hoisted to; a named function expression binds its own name as well);
 * - `(…) => …` → `(function (…) { return …; })`, unless it reads `this`, `arguments`, `super` or `new.target`;
 * - an object literal's method `run(…) {…}` → `run:(function (…) {…})`, unless it reads `super`;
 * - a function expression → the same in parentheses.
 * Class members and functions declared inside other functions stay as they are. The code does the same as before;
 * only when V8 compiles it changes. Functions that no training draft ran stay lazy: compiled with the module, they
 * would cost every load for code that may never run.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

/** A function of the module by where its source starts and ends (V8 coverage's offsets, the syntax tree's). */
type FunctionRange = readonly [start: number, end: number];

/**
 * The child: imports the module, compiles `rules`, checks each draft, and prints where the functions that ran start
 * and end.
 */
const COVERAGE_RUN = `import { readFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
const [moduleUrl, inputFile] = process.argv.slice(2);
const { rules, drafts, context } = JSON.parse(readFileSync(inputFile, 'utf8'));
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
const { compileEngine, checkDraft } = await import(moduleUrl);
const policy = compileEngine(rules);
for (const draft of drafts) checkDraft(draft, context, policy);
const { result } = await session.post('Profiler.takePreciseCoverage');
const functions = result.find((script) => script.url === moduleUrl)?.functions ?? [];
console.log(JSON.stringify(functions.map((f) => f.ranges[0]).filter((range) => range.count > 0).map((range) => [range.startOffset, range.endOffset])));
`;

/** The functions of the module `code` that run as it loads, compiles `rules` (a rule file) and checks `drafts`. */
export function functionsThatRun(code: string, rules: unknown, drafts: readonly string[]): FunctionRange[] {
  const dir = mkdtempSync(join(tmpdir(), 'volle-zaal-coverage-'));
  try {
    const moduleFile = join(dir, 'engine.mjs');
    const inputFile = join(dir, 'input.json');
    const runFile = join(dir, 'run.mjs');
    writeFileSync(moduleFile, code);
    writeFileSync(inputFile, JSON.stringify({ rules, drafts, context: { platform: 'facebook', account: 'personal' } }));
    writeFileSync(runFile, COVERAGE_RUN);
    const run = spawnSync(process.execPath, [runFile, pathToFileURL(moduleFile).href, inputFile], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`the engine module's coverage run failed:\n${run.stderr}`);
    const ranges = JSON.parse(run.stdout) as FunctionRange[];
    if (ranges.length === 0) throw new Error("the engine module's coverage run found no function that ran");
    return ranges;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Whether `node`'s own code has a node that `test` takes: its arrow functions' code too (they share its `this`,
 * `arguments` and `super`), not that of the functions and classes inside it.
 */
function ownCodeHas(node: ts.Node, test: (child: ts.Node) => boolean): boolean {
  let found = false;
  const visit = (child: ts.Node) => {
    if (found || ts.isFunctionDeclaration(child) || ts.isFunctionExpression(child) || ts.isClassLike(child)) return;
    if (test(child)) found = true;
    else ts.forEachChild(child, visit);
  };
  ts.forEachChild(node, visit);
  return found;
}

const isSuper = (node: ts.Node) => node.kind === ts.SyntaxKind.SuperKeyword;

/** `this`, `arguments`, `super` or `new.target`: what an arrow reads from the function around it. */
const isReceiver = (node: ts.Node) =>
  node.kind === ts.SyntaxKind.ThisKeyword || isSuper(node) || ts.isMetaProperty(node) || (ts.isIdentifier(node) && node.text === 'arguments');

type Rewritable = ts.FunctionDeclaration | ts.FunctionExpression | ts.ArrowFunction | ts.MethodDeclaration;

/** Whether `node` can be written as a parenthesised function expression with the same behaviour. */
function rewritable(node: ts.Node): node is Rewritable {
  if (ts.isFunctionDeclaration(node))
    return !!node.name && !!node.body && ts.isSourceFile(node.parent) && !node.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  if (ts.isFunctionExpression(node)) return !ts.isParenthesizedExpression(node.parent);
  if (ts.isArrowFunction(node)) return !ownCodeHas(node, isReceiver);
  // `__proto__: value` would set the object's prototype, where a method of that name is a property.
  if (ts.isMethodDeclaration(node)) return ts.isObjectLiteralExpression(node.parent) && !!node.body && node.name.getText() !== '__proto__' && !ownCodeHas(node, isSuper);
  return false;
}

/** `code` (an ES module) with the functions at `ranges` written as parenthesised function expressions (see above). */
export function withEagerFunctions(code: string, ranges: readonly FunctionRange[]): string {
  const wanted = new Set(ranges.map(([start, end]) => `${start},${end}`));
  const source = ts.createSourceFile('module.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  // In source order, each function before the functions inside it (pre-order).
  const marked: Rewritable[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && wanted.has(`${node.getStart(source)},${node.end}`) && rewritable(node)) marked.push(node);
    ts.forEachChild(node, visit);
  };
  visit(source);
  // The top-level function declarations as `var` statements, for the top of the module.
  const hoisted: string[] = [];

  /** The source from `start` to `end` with the marked functions in it rewritten (all but `self`, which is being rewritten). */
  const render = (start: number, end: number, self?: ts.Node): string => {
    let out = '';
    let at = start;
    for (const node of marked) {
      const nodeStart = node.getStart(source);
      if (node === self || nodeStart < at || node.end > end) continue;
      out += code.slice(at, nodeStart) + rewrite(node);
      at = node.end;
    }
    return out + code.slice(at, end);
  };

  const modifiers = (node: ts.ArrowFunction | ts.MethodDeclaration) => (node.modifiers?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword) ? 'async ' : '');
  const parameters = (node: ts.FunctionLikeDeclarationBase) =>
    node.parameters.length ? render(node.parameters[0]!.getStart(source), node.parameters[node.parameters.length - 1]!.end) : '';

  function rewrite(node: Rewritable): string {
    if (ts.isFunctionDeclaration(node)) {
      hoisted.push(`var ${node.name!.text}=(${render(node.getStart(source), node.end, node)});`);
      return '';
    }
    if (ts.isFunctionExpression(node)) return `(${render(node.getStart(source), node.end, node)})`;
    const head = `${modifiers(node)}function${node.asteriskToken ? '*' : ''}(${parameters(node)})`;
    if (ts.isMethodDeclaration(node)) return `${render(node.name.getStart(source), node.name.end)}:(${head}${render(node.body!.getStart(source), node.end)})`;
    const body = node.body;
    return ts.isBlock(body) ? `(${head}${render(body.getStart(source), node.end)})` : `(${head}{return ${render(body.getStart(source), node.end)}})`;
  }

  const rest = render(0, code.length);
  return hoisted.join('') + rest;
}
