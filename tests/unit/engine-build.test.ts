/**
 * The engine module's build-time transforms (wxt.config.ts): each must leave what the engine finds
 * unchanged, only when the work is done. The whole engine is compared by the differential guard on the
 * built module (tests/bench/differential.ts with VOLLE_ZAAL_ENGINE_MODULE); here each transform on
 * code of the shapes it rewrites.
 */
import { build } from 'esbuild';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
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
