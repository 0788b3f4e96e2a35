/**
 * The layers of the house, checked by `npm run lint` (dependency-cruiser). "→" = may import:
 *
 *   src/engine        → itself only (pure: no DOM, no browser API, no zod; npm helpers allowed)
 *   src/policy        → engine, rules/
 *   src/sites, src/ui → engine, policy (never each other, never distribution or content)
 *   src/distribution  → policy, engine (browser wiring at the content layer)
 *   src/content       → sites, ui (types only: the UI is injected), policy, engine, distribution
 *   src/cli           → engine, policy; commands never import main.ts
 *   entrypoints/      → anything
 *
 * Tests (`*.test.ts[x]`) and build scripts (`*.build.ts`) may reach further: they wire real parts together.
 * Each rule's `comment` is the message printed when it is broken.
 */
const TEST = '\\.test\\.tsx?$';
const BUILD = '\\.build\\.ts$';
const SRC_OUTSIDE = (...allowed) => `^src/(?!(?:${allowed.join('|')})/)`;
const BROWSER = ['^node_modules/(?:wxt|webextension-polyfill|@wxt-dev)/', '^(?:wxt|webextension-polyfill)(?:/|$)'];

/** A layer rule: files under `from` may import no other `src/` folder than `allowed`. */
function layer(name, from, allowed, why) {
  return {
    name,
    severity: 'error',
    comment: `${from}/ may import only ${allowed.length ? allowed.map((a) => `src/${a}/`).join(', ') : 'itself'}: ${why}`,
    from: { path: `^${from}/`, pathNot: [TEST, BUILD] },
    to: { path: [SRC_OUTSIDE(from.replace(/^src\//, ''), ...allowed), '^entrypoints/', '^tests/'] },
  };
}

module.exports = {
  forbidden: [
    layer('engine-is-pure', 'src/engine', [], 'the engine runs in the page, the options page and the CLI alike.'),
    {
      name: 'engine-no-browser-or-zod',
      severity: 'error',
      comment: 'src/engine/ is pure: no browser API, no UI library, no zod (validation belongs to src/policy/), no Node built-ins.',
      from: { path: '^src/engine/', pathNot: [TEST, BUILD] },
      to: { path: [...BROWSER, '^node_modules/(?:zod|preact)/', '^(?:zod|preact)(?:/|$)'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'browser-code-no-node-builtins',
      severity: 'error',
      comment: 'This code runs in the browser: no Node built-ins (only src/cli/, tests and *.build.ts scripts may use them).',
      from: { path: '^src/(?:engine|policy|sites|ui|content|distribution)/', pathNot: [TEST, BUILD] },
      to: { dependencyTypes: ['core'] },
    },
    layer('policy-on-engine', 'src/policy', ['engine'], 'the rule-file schema and compiler sit on the engine and know nothing of sites, UI or distribution.'),
    layer('sites-on-policy', 'src/sites', ['engine', 'policy'], 'a site adapter reads the page; it does not draw UI or fetch rules.'),
    layer('ui-on-policy', 'src/ui', ['engine', 'policy'], 'the UI gets what it shows (and a client for the background) injected by its entrypoint.'),
    layer('distribution-on-policy', 'src/distribution', ['engine', 'policy'], 'distribution fetches and stores rule files; pages and content scripts use it, not the other way round.'),
    layer('content-on-all', 'src/content', ['engine', 'policy', 'sites', 'ui', 'distribution'], 'the content script is wired by entrypoints/content.ts.'),
    layer('cli-on-policy', 'src/cli', ['engine', 'policy'], 'the command line uses the engine and the policy only, never browser code.'),
    {
      name: 'content-gets-ui-injected',
      severity: 'error',
      comment:
        'src/content/ talks to the UI only through the Ui interface that entrypoints/content.ts injects: import types from src/ui/, never its functions (add what you need to the Ui interface).',
      from: { path: '^src/content/', pathNot: [TEST] },
      to: { path: '^src/ui/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'cli-commands-not-main',
      severity: 'error',
      comment: 'A CLI command must not import src/cli/main.ts (main imports the command registry): shared types live in src/cli/args.ts.',
      from: { path: '^src/cli/' , pathNot: ['^src/cli/main\\.ts$'] },
      to: { path: '^src/cli/main\\.ts$' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Circular import: split out what both sides need into a module neither imports back.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'shipped-code-no-dev-dependencies',
      severity: 'error',
      comment: 'Code that ships (src/, entrypoints/) imports a devDependency: move the package to dependencies, or keep the import to tests and build scripts.',
      from: { path: '^(?:src|entrypoints)/', pathNot: [TEST, BUILD, '^src/distribution/test-browser\\.ts$'] },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'], pathNot: ['^node_modules/wxt/'] },
    },
    {
      name: 'no-orphans',
      severity: 'error',
      comment: 'A module nothing imports is dead code: delete it, or import it where it is meant to be used.',
      from: {
        orphan: true,
        pathNot: [TEST, BUILD, '\\.d\\.ts$', '^entrypoints/', '^tests/', '(?:^|/)[^/]*\\.config\\.[cm]?[jt]s$', '\\.css$', '\\.json$'],
      },
      to: {},
    },
    {
      name: 'src-not-tests',
      severity: 'error',
      comment: 'src/ must not import from tests/ or entrypoints/.',
      from: { path: '^src/', pathNot: [TEST] },
      to: { path: ['^tests/', '^entrypoints/'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^\\.output/', '^\\.wxt/', '^dist/', '^tests/\\.tmp/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
      mainFields: ['module', 'main', 'types'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
