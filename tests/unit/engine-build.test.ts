/**
 * The engine module's build-time transforms (wxt.config.ts): each must leave what the engine finds
 * unchanged, only when the work is done. The whole engine is compared by the differential guard on the
 * built module (tests/bench/differential.ts with VOLLE_ZAAL_ENGINE_MODULE); here each transform on
 * code of the shapes it rewrites.
 */
import { build } from 'esbuild';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { functionsThatRun, withEagerFunctions } from '../../src/policy/engine-module.build';
import { engineAsBuilt, parsedJsonModule, unicodeExpressionsAtFirstUse } from '../../wxt.config';

/** The regular-expression literals of `code` that have a Unicode property class (`\p{…}`). */
function propertyLiterals(code: string): string[] {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, code);
  const found: string[] = [];
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (kind === ts.SyntaxKind.SlashToken || kind === ts.SyntaxKind.SlashEqualsToken) {
      const text = scanner.reScanSlashToken() === ts.SyntaxKind.RegularExpressionLiteral ? scanner.getTokenText() : '';
      if (/\\[pP]\{/.test(text)) found.push(text);
    }
  }
  return found;
}

/** A bundle's shapes: a `lazy` constant, a stateless literal in a function, a global one in a function, one without `\p`. */
const BUNDLE = String.raw`
function lazy(build) { let value; return () => (value ??= { v: build() }).v; }
var WORDS = lazy(() => /(?<!\p{L})(?:jarig|birthday)(?!\p{L})/gu);
function capitalised(word) { return /^\p{Lu}\p{Ll}+$/u.test(word); }
function initials(name) { return name.replace(/^[^\p{L}]+/u, ''); }
function which() { return /^\p{L}{3,}$/u; }
function marks(text) { return text.normalize('NFD').replace(/\p{M}/gu, ''); }
function digits(text) { return text.match(/\d+/g); }
`;

const run = (code: string) =>
  new Function(`${code}\nreturn { WORDS, capitalised, initials, which, marks, digits };`)() as {
    WORDS: () => RegExp;
    capitalised: (w: string) => boolean;
    initials: (n: string) => string;
    which: () => RegExp;
    marks: (t: string) => string;
    digits: (t: string) => string[] | null;
  };

describe('unicodeExpressionsAtFirstUse', () => {
  const out = unicodeExpressionsAtFirstUse(BUNDLE);

  test('finds what the literals found, on ASCII and on accented and non-Latin text', () => {
    const [before, after] = [run(BUNDLE), run(out)];
    const text = 'Zoë is jarig! Ærø, Ωmega, birthday-feest, ÉÉN 12 jaar, Ğ.';
    expect([...text.matchAll(after.WORDS())].map((m) => m.index)).toEqual([...text.matchAll(before.WORDS())].map((m) => m.index));
    for (const word of ['Zoë', 'Ωmega', 'ÆRØ', 'Ab', 'ab', '3D', 'Élodie'])
      expect([after.capitalised(word), after.which().test(word)]).toEqual([before.capitalised(word), before.which().test(word)]);
    for (const name of ['  (Éva', '-- 7 Ωmega', 'Jan']) expect(after.initials(name)).toBe(before.initials(name));
    expect(after.marks('Zoë Ærø café')).toBe(before.marks('Zoë Ærø café'));
    expect(after.digits(text)).toEqual(before.digits(text));
  });

  test("leaves no property literal to the module's parse but a global one outside `lazy`", () => {
    expect(propertyLiterals(BUNDLE)).toHaveLength(5);
    expect(propertyLiterals(out)).toEqual(['/\\p{M}/gu']);
  });

  test('makes a stateless expression once, on its first use, and keeps it', () => {
    const after = run(out);
    expect(after.which()).toBe(after.which());
    expect(after.WORDS()).toBe(after.WORDS());
  });

  test('leaves a module without such literals as it is', () => {
    const plain = 'function digits(text) { return text.match(/\\d+/g); }\n';
    expect(unicodeExpressionsAtFirstUse(plain)).toBe(plain);
  });
});

describe('parsedJsonModule', () => {
  test('gives the same value as the JSON, quotes, backslashes, line separators and non-Latin text included', () => {
    const json = JSON.stringify({ words: ["caw's", 'a"b', 'c\\d', 'e\u2028f', 'Ωmega', '`${x}`'], n: [1, 2.5, null, true] }, null, 2);
    const code = parsedJsonModule(json);
    expect(code.startsWith('export default JSON.parse(')).toBe(true);
    const value = new Function(`${code.replace('export default', 'return')}`)() as unknown;
    expect(value).toEqual(JSON.parse(json));
  });
});

describe('engineAsBuilt', () => {
  test("takes libphonenumber-js from its modern build, none of it from the older one (what the phone finder's import gives)", async () => {
    const result = await build({ entryPoints: ['src/engine/identifiers/phone.ts'], bundle: true, format: 'esm', write: false, metafile: true, logLevel: 'silent', plugins: [engineAsBuilt()] });
    const library = Object.keys(result.metafile.inputs).flatMap((file) => /node_modules\/libphonenumber-js\/(.*)$/.exec(file)?.[1] ?? []);
    expect(library.filter((file) => file.startsWith('es6-modern/')).length).toBeGreaterThan(10);
    expect(library.filter((file) => !file.startsWith('es6-modern/'))).toEqual(['core/index.js']);
  });
});

/** A module of the shapes `withEagerFunctions` meets in the engine module, and some it must leave alone. */
const SHAPES = `const early = twice(2);
function twice(n) { return n * 2; }
async function later(n) { return n + 1; }
const half = (n) => n / 2;
const makePoint = (x, y = x) => ({ x, y });
const adder = (a) => (b) => a + b;
const total = async (...ns) => ns.reduce((sum, n) => sum + n, 0);
const counted = function () { return arguments.length; };
const box = { k: 7, run(x) { return [x, this.k]; }, async next(x) { return x + 1; }, *ids() { yield 1; yield 2; }, ['comp' + 'uted'](x) { return -x; } };
const child = { __proto__: { greet() { return 'hi'; } }, greet() { return super.greet() + '!'; } };
class Counter { count = 0; bump = () => ++this.count; add(n) { return (this.count += n); } }
function outer() { return inner(); function inner() { return 'inner'; } }
export { early, twice, later, half, makePoint, adder, total, counted, box, child, Counter, outer };
`;

/** Every function of `code`, as `withEagerFunctions` takes them. */
function everyFunction(code: string): Array<[number, number]> {
  const source = ts.createSourceFile('module.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const ranges: Array<[number, number]> = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) ranges.push([node.getStart(source), node.end]);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return ranges;
}

/** What a module of SHAPES gives, awaited. */
async function shapesOf(code: string) {
  const m = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  const counter = new m.Counter();
  return {
    early: m.early,
    twice: [m.twice(3), m.twice.name],
    later: await m.later(1),
    half: [m.half(4), m.half.name],
    point: m.makePoint(1),
    adder: m.adder(1)(2),
    total: await m.total(1, 2, 3),
    counted: m.counted(1, 2, 3),
    box: [m.box.run(1), await m.box.next(1), [...m.box.ids()], m.box.computed(2), Object.keys(m.box)],
    child: m.child.greet(),
    counter: [counter.bump(), counter.bump(), counter.add(5)],
    outer: m.outer(),
  };
}

describe('withEagerFunctions', () => {
  const out = withEagerFunctions(SHAPES, everyFunction(SHAPES));

  test('the rewritten module gives what the original gives: values, names, hoisting, `this`, `arguments`, async and generators', async () => {
    expect(await shapesOf(out)).toEqual(await shapesOf(SHAPES));
  });

  test('writes the functions as parenthesised function expressions, top-level declarations at the top of the module', () => {
    expect(out.startsWith('var twice=(function twice(n)')).toBe(true);
    expect(out).toContain('var later=(async function later(n)');
    expect(out).toContain('const half = (function(n){return n / 2})');
    expect(out).toContain('const makePoint = (function(x, y = x){return ({ x, y })})');
    expect(out).toContain('const adder = (function(a){return (function(b){return a + b})})');
    expect(out).toContain('const total = (async function(...ns){return ns.reduce((function(sum, n){return sum + n}), 0)})');
    expect(out).toContain('const counted = (function () { return arguments.length; })');
    expect(out).toContain('run:(function(x){ return [x, this.k]; })');
    expect(out).toContain('next:(async function(x){ return x + 1; })');
    expect(out).toContain('ids:(function*(){ yield 1; yield 2; })');
    expect(out).toContain("['comp' + 'uted']:(function(x){ return -x; })");
  });

  test("leaves what would change meaning: arrows that read `this`, methods that read `super`, a `__proto__` method's neighbours' keys, class members, inner declarations", () => {
    expect(out).toContain('bump = () => ++this.count;');
    expect(out).toContain("greet() { return super.greet() + '!'; }");
    expect(out).toContain("__proto__: { greet:(function(){ return 'hi'; }) }");
    expect(out).toContain('add(n) { return (this.count += n); }');
    expect(out).toContain("function inner() { return 'inner'; }");
  });

  test('leaves a function that is not in the ranges as it is', () => {
    const ranges = everyFunction(SHAPES).filter(([start]) => !SHAPES.startsWith('function twice', start));
    const partly = withEagerFunctions(SHAPES, ranges);
    expect(partly).toContain('\nfunction twice(n) { return n * 2; }\n');
    expect(partly).not.toContain('var twice=');
  });
});

describe('functionsThatRun', () => {
  const MODULE = `export function compileEngine(rules) { return { words: rules.words }; }
export function checkDraft(draft, context, policy) { return policy.words.filter((word) => draft.includes(word)).map(flag); }
function flag(word) { return { word }; }
function neverCalled() { return neverCalled; }
`;
  const names = (ranges: ReadonlyArray<readonly [number, number]>) =>
    ranges.map(([start, end]) => (start === 0 && end === MODULE.length ? '(module)' : (/^function (\w+)/.exec(MODULE.slice(start))?.[1] ?? MODULE.slice(start, end))));

  test('gives the functions that ran while the module loaded, compiled the rules and checked the drafts', () => {
    const ran = functionsThatRun(MODULE, { words: ['jarig'] }, ['Zij is jarig', 'Niets']);
    expect(names(ran).sort()).toEqual(['(module)', '(word) => draft.includes(word)', 'checkDraft', 'compileEngine', 'flag']);
  });

  test('a module that fails to load fails the build with its error', () => {
    expect(() => functionsThatRun('throw new Error("broken module");', {}, ['x'])).toThrow(/coverage run failed[\s\S]*broken module/);
  });
});
