import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';
import ts from 'typescript';
import { defineConfig } from 'wxt';
import { minify } from 'terser';
import { exampleDrafts } from './src/engine/language/example-drafts';
import { ENGINE_MODULE_FILE, REGEX_ENGINE_FILE } from './src/policy/constants';
import { functionsThatRun, withEagerFunctions } from './src/policy/engine-module.build';
import { bundledDefaultRules } from './src/policy/stored';
import { PAGE_MESSAGE_PREFIXES, PROMPT_MESSAGE_PREFIXES, PROMPT_MODULE_FILE } from './src/ui/page-keys';

/**
 * The language data (src/engine/language/<lang>/*.json) carries examples and descriptions for
 * tests, `volle-zaal test` and policy owners; the extension only needs the words and patterns,
 * so they are left out of its bundle (content-script size, issue 7).
 */
export function languageDataForBrowser() {
  return {
    name: 'volle-zaal:language-data',
    enforce: 'pre' as const,
    transform(code: string, id: string) {
      if (!/src\/engine\/language\/(?:nl|en)\/[\w-]+\.json$/.test(id)) return undefined;
      const data = JSON.parse(code) as { classes: Record<string, { description?: string }>; rules: Array<{ examples?: unknown }> };
      for (const c of Object.values(data.classes)) delete c.description;
      for (const r of data.rules) delete r.examples;
      return { code: JSON.stringify(data), map: null };
    },
  };
}

/** The engine's checks (src/engine/checks/<family>.ts), whose `examples` the page never reads. */
export const CHECK_FILE = /src\/engine\/checks\/[\w-]+\.ts$/;

/**
 * A check's source without the sentences of its `examples` (`fires` and `clean`): they are for
 * tests and `volle-zaal test`, and would be 8 KB of the content script. Found through the
 * TypeScript syntax tree, so a brace inside a sentence cannot mislead it.
 */
export function withoutCheckExamples(code: string, file: string): string {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const spans: Array<[number, number]> = [];
  const visit = (node: ts.Node) => {
    if (ts.isPropertyAssignment(node) && node.name.getText(source) === 'examples' && ts.isObjectLiteralExpression(node.initializer))
      spans.push([node.initializer.getStart(source), node.initializer.end]);
    else ts.forEachChild(node, visit);
  };
  visit(source);
  let out = code;
  for (const [start, end] of spans.reverse()) out = `${out.slice(0, start)}{ fires: [], clean: [] }${out.slice(end)}`;
  return out;
}

/**
 * JSON as a module whose default export is `JSON.parse` of a string: V8 scans a string literal and
 * parses JSON several times faster than it parses and builds the same object literal, which is
 * what esbuild's JSON loader gives (the language data is 100 KB of the engine module; cold start, issue 9).
 */
export function parsedJsonModule(json: string): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(json)))});`;
}

/**
 * libphonenumber-js/core's imports of the library's ES5-style build (`../es6/`), which the engine module takes
 * from its modern build (`../es6-modern/`: the same code as ES2017+, classes and spread kept): 14 KB smaller
 * and quicker to parse (cold start, issue 9). Both are built from the same source.
 */
const PHONE_CORE = /libphonenumber-js[\\/]core[\\/]index\.js$/;
const PHONE_ES6 = /^\.\.\/es6\//;

/**
 * The engine as the page gets it, for esbuild: the language data and the checks without their
 * examples, the language data parsed as JSON at load, stdnum's ES modules, libphonenumber-js's modern
 * build. Used for the engine module below and the bench's size breakdown.
 */
export function engineAsBuilt(): Plugin {
  const data = languageDataForBrowser();
  return {
    name: 'volle-zaal:engine-as-built',
    setup(b) {
      b.onResolve({ filter: STDNUM_CJS }, (args) => b.resolve(args.path.replace(STDNUM_CJS, 'stdnum/lib/esm/'), { kind: args.kind, resolveDir: args.resolveDir }));
      b.onResolve({ filter: PHONE_ES6 }, (args) =>
        PHONE_CORE.test(args.importer) ? b.resolve(args.path.replace(PHONE_ES6, '../es6-modern/'), { kind: args.kind, resolveDir: args.resolveDir }) : undefined,
      );
      b.onLoad({ filter: /src\/engine\/language\/\w+\/[\w-]+\.json$/ }, (args) => ({ contents: parsedJsonModule(data.transform(readFileSync(args.path, 'utf8'), args.path)!.code), loader: 'js' }));
      b.onLoad({ filter: CHECK_FILE }, (args) => ({ contents: withoutCheckExamples(readFileSync(args.path, 'utf8'), args.path), loader: 'ts' }));
    },
  };
}

const MESSAGES_QUERY = /_locales\/\w+\/messages\.json\?(page|prompt)$/;
const MESSAGE_PREFIXES = { page: PAGE_MESSAGE_PREFIXES, prompt: PROMPT_MESSAGE_PREFIXES };

/** The messages of a `messages.json` whose keys start with the prefixes of `part`, as JSON. */
function messagesOf(part: keyof typeof MESSAGE_PREFIXES, code: string): string {
  const all = JSON.parse(code) as Record<string, { message: string; placeholders?: unknown }>;
  const kept = Object.entries(all)
    .filter(([key]) => MESSAGE_PREFIXES[part].some((prefix) => key.startsWith(prefix)))
    .map(([key, { message, placeholders }]) => [key, placeholders ? { message, placeholders } : { message }]);
  return JSON.stringify(Object.fromEntries(kept));
}

/**
 * `_locales/<locale>/messages.json?page` (src/ui/i18n.ts) and `?prompt` (src/ui/prompt.tsx): the
 * page's UI messages only, split between the content script and the prompt module. Each carries
 * both languages for when the findings' language is not the browser's, and three quarters of the
 * messages are the options page's (content-script size, issue 9).
 */
export function pageMessages() {
  return {
    name: 'volle-zaal:page-messages',
    enforce: 'pre' as const,
    transform(code: string, id: string) {
      const part = MESSAGES_QUERY.exec(id)?.[1] as keyof typeof MESSAGE_PREFIXES | undefined;
      return part ? { code: messagesOf(part, code), map: null } : undefined;
    },
  };
}

/** The same as `pageMessages` for esbuild (the prompt module below, and the bench's size breakdown). */
export function pageMessagesEsbuild(): Plugin {
  return {
    name: 'volle-zaal:page-messages',
    setup(b) {
      b.onResolve({ filter: /messages\.json\?(?:page|prompt)$/ }, (args) => ({ path: join(args.resolveDir, args.path), namespace: 'page-messages' }));
      b.onLoad({ filter: /.*/, namespace: 'page-messages' }, (args) => {
        const [file, part] = args.path.split('?') as [string, keyof typeof MESSAGE_PREFIXES];
        return { contents: messagesOf(part, readFileSync(file, 'utf8')), loader: 'json' };
      });
    },
  };
}

/**
 * The regular-expression engine of `regex` rules (src/engine/regex.ts, re2js) as an ES module of
 * its own. WXT bundles a content script into one classic script, so a dynamic `import()` of a
 * source file would not split it off: the content script imports this file by its extension URL
 * instead, and only when the active rule file has a `regex` rule (entrypoints/content.ts).
 */
async function regexEngineModule(): Promise<string> {
  return esModule('src/engine/regex.ts');
}

/** What `wxt/browser` is in the content script and the prompt module (no polyfill there). */
const PAGE_EXTENSION_API = resolve('src/extension-api.ts');

/**
 * The prompt (src/ui/prompt.tsx, with Preact and its messages) as an ES module of its own, the
 * same way: it is only needed once a publish is held, and the content script fetches it when it
 * finds a composer, at idle (entrypoints/content.ts). It only reads browser.i18n.
 */
async function promptModule(): Promise<string> {
  const extensionApi: Plugin = {
    name: 'volle-zaal:extension-api',
    setup(b) {
      b.onResolve({ filter: /^wxt\/browser$/ }, () => ({ path: PAGE_EXTENSION_API }));
    },
  };
  return esModule('src/ui/prompt.tsx', [pageMessagesEsbuild(), extensionApi]);
}

/** The helper that `unicodeExpressionsAtFirstUse` puts at the top of a module. */
const UNICODE_RE_HELPER = 'function __unicodeRe(s, f) { let r; return () => (r ??= new RegExp(s, f)); }';

/**
 * A regular-expression literal with a Unicode property class (`\p{L}`) costs its module's parse about
 * 0.05 ms a class: V8 validates every literal while it parses, inside functions that never run too,
 * and builds each class's ranges to do so (about a quarter of the engine module's parse; cold start, issue 9).
 * The same expression made by `new RegExp` is checked when it is made. So, in a bundled module:
 * - a literal without the `g` or `y` flag becomes one expression made on its first use and kept
 *   (such an expression keeps no state between uses: `lastIndex` is neither read nor written);
 * - one with `g` or `y` that is the value of a `lazy(() => …)` becomes `new RegExp(…)` there, made once.
 * Every other literal stays as it is. The source and flags are the literal's own, so each finds the same.
 */
export function unicodeExpressionsAtFirstUse(code: string): string {
  const source = ts.createSourceFile('module.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const edits: Array<[number, number, string]> = [];
  const hoisted: string[] = [];
  const inLazy = (node: ts.Node): boolean => {
    let fn: ts.Node | undefined = node.parent;
    while (fn && !ts.isFunctionLike(fn)) fn = fn.parent;
    return !!fn && ts.isArrowFunction(fn) && fn.parameters.length === 0 && ts.isCallExpression(fn.parent) && /^lazy\d*$/.test(fn.parent.expression.getText(source));
  };
  const visit = (node: ts.Node) => {
    if (ts.isRegularExpressionLiteral(node)) {
      const text = node.getText(source);
      const end = text.lastIndexOf('/');
      const [pattern, flags] = [text.slice(1, end), text.slice(end + 1)];
      if (!/\\[pP]\{/.test(pattern)) return;
      const made = `new RegExp(${JSON.stringify(pattern)}, ${JSON.stringify(flags)})`;
      if (!/[gy]/.test(flags)) {
        edits.push([node.getStart(source), node.end, `__unicodeRe${hoisted.length}()`]);
        hoisted.push(`var __unicodeRe${hoisted.length} = __unicodeRe(${JSON.stringify(pattern)}, ${JSON.stringify(flags)});`);
      } else if (inLazy(node)) edits.push([node.getStart(source), node.end, made]);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let out = code;
  for (const [start, end, text] of edits.reverse()) out = `${out.slice(0, start)}${text}${out.slice(end)}`;
  return hoisted.length ? `${UNICODE_RE_HELPER}\n${hoisted.join('\n')}\n${out}` : out;
}

/** terser, three compress passes, ES2020 output (what Chromium and Firefox ESR run). */
const TERSER = { ecma: 2020, compress: { passes: 3 }, format: { ecma: 2020 } } as const;

/**
 * The checking engine (src/policy/engine-module.ts: the engine, its language data and the policy's
 * compiler) as an ES module of its own. It was most of the content script, which runs on every page
 * load of the three sites; the content script fetches it once it finds a composer, at idle
 * (src/content/engine-on-demand.ts). Minified by terser like the content script (about 3.5 KB
 * gzipped less than esbuild's minifier).
 */
async function engineModule(): Promise<string> {
  const code = unicodeExpressionsAtFirstUse(await esModule('src/policy/engine-module.ts', [engineAsBuilt()], false));
  // ASCII only (other characters as \u escapes): V8 reads and scans a one-byte source faster. A function called
  // from one place stays a function of its own (reduce_funcs off) instead of being inlined there: V8 compiles it
  // only if it runs, and its caller stays smaller (load and first check, cold start, issue 9).
  const out = await minify(code, { ...TERSER, compress: { ...TERSER.compress, reduce_funcs: false }, format: { ...TERSER.format, ascii_only: true }, module: true });
  if (!out.code) throw new Error('terser gave no output for the engine module');
  return withEagerFunctions(out.code, functionsThatRun(out.code, bundledDefaultRules, exampleDrafts(TRAINING_DRAFTS)));
}

/** Drafts of the language data's examples whose checks tell which functions a check runs (see engine-module.build.ts). */
const TRAINING_DRAFTS = 20;

async function esModule(entry: string, plugins: Plugin[] = [], minified = true): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: minified,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    plugins,
    write: false,
    logLevel: 'warning',
  });
  return result.outputFiles[0]!.text;
}

export const STDNUM_CJS = /^stdnum\/lib\/cjs\//;

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  // Icons, _locales and the managed-policy schema are copied into the extension as they are;
  // the rest of assets/ (screenshots) stays out of it.
  publicDir: 'assets/public',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [languageDataForBrowser(), pageMessages()],
    // stdnum's ES modules (src/engine/identifiers/numbers.ts imports its CommonJS build, which Node
    // loads): no CommonJS wrappers, and the unused helpers shaken out (12 KB of the content script).
    resolve: { alias: [{ find: STDNUM_CJS, replacement: 'stdnum/lib/esm/' }] },
  }),
  // Explicit imports: every file says where its names come from.
  imports: false,
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'nl',
    // activeTab: the popup may read the URL of the tab it was opened on ("protected here?"),
    // without a warning and without access to any other tab.
    permissions: ['storage', 'alarms', 'activeTab'],
    // Requested at run time for the one origin of a rules URL the user enters
    // (src/distribution/README.md); nothing is granted at install.
    optional_host_permissions: ['https://*/*'],
    // Enterprise policy keys (rulesUrl, rulesInline, publicKey, refreshMinutes, lockUserRules).
    storage: { managed_schema: 'managed_schema.json' },
  },
  hooks: {
    // The content script without webextension-polyfill (src/extension-api.ts): listed first, this
    // alias wins over the polyfill module's for this build only.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.type === 'content-script')) return;
      const alias = config.resolve?.alias ?? [];
      const rest = Array.isArray(alias) ? alias : Object.entries(alias).map(([find, replacement]) => ({ find, replacement: replacement as string }));
      config.resolve = { ...config.resolve, alias: [{ find: /^wxt\/browser$/, replacement: PAGE_EXTENSION_API }, ...rest] };
      // Every page of the three sites loads this script (issue 9: at most 150 KB gzipped).
      config.build = { ...config.build, minify: 'terser', terserOptions: TERSER };
    },
    'build:publicAssets': async (_wxt, files) => {
      files.push({ relativeDest: ENGINE_MODULE_FILE, contents: await engineModule() });
      files.push({ relativeDest: REGEX_ENGINE_FILE, contents: await regexEngineModule() });
      files.push({ relativeDest: PROMPT_MODULE_FILE, contents: await promptModule() });
    },
    'build:manifestGenerated': (wxt, manifest) => {
      // MV2 (Firefox) has no optional_host_permissions and WXT drops it: list the origins in
      // optional_permissions. Firefox reads managed settings from policies.json, not a schema.
      // MV3: `scripting` registers the content script on the rule file's generic hosts at run time
      // (src/distribution/generic-sites.ts); no install warning. MV2 uses contentScripts.register,
      // which needs no permission of its own.
      if (wxt.config.manifestVersion === 3) manifest.permissions = [...new Set([...(manifest.permissions ?? []), 'scripting'])];
      if (wxt.config.manifestVersion === 2 && manifest.optional_host_permissions) {
        const optional = new Set([...(manifest.optional_permissions ?? []), ...manifest.optional_host_permissions]);
        manifest.optional_permissions = [...optional] as typeof manifest.optional_permissions;
      }
      // The content script imports the engine, the regex engine and the prompt from their extension URLs, which
      // needs them web accessible, on the three sites and on the https hosts a rule file may add
      // (sites.generic). Chrome: only through the per-session dynamic URL, so a page cannot probe
      // the fixed one to tell the extension is installed. Firefox's extension URLs are per install already.
      const modules = [ENGINE_MODULE_FILE, REGEX_ENGINE_FILE, PROMPT_MODULE_FILE];
      if (wxt.config.manifestVersion === 3)
        manifest.web_accessible_resources = [{ resources: modules, matches: ['https://*/*'], use_dynamic_url: true }];
      else manifest.web_accessible_resources = modules as typeof manifest.web_accessible_resources;
      if (wxt.config.browser === 'firefox') {
        delete (manifest as { storage?: unknown }).storage;
        // A fixed id, so administrators can address the extension in Firefox's policies.json.
        manifest.browser_specific_settings = { gecko: { id: 'volle-zaal@volle-zaal.org', strict_min_version: '115.0' } };
      }
    },
  },
});
