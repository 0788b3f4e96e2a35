// Lint: only rules that catch real bugs (unhandled promises, dead code, impossible
// comparisons), never style. Type-aware, so it reads the same tsconfig as `tsc`.
// Layering (which folder may import which) is dependency-cruiser's job: .dependency-cruiser.cjs.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'dist/**', 'node_modules/**', 'src/**/*.generated.ts', 'tests/e2e/fixtures/**', 'tests/.tmp/**'] },
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { '@typescript-eslint': tseslint.plugin },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // A promise nobody awaits loses its error; a promise where a boolean or void callback
      // is expected (an async listener, `if (promise)`) runs at the wrong time or always.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/only-throw-error': 'error',
      // Unused code: variables, parameters after the last used one, private members, unreachable code.
      // (Unused modules are dependency-cruiser's no-orphans; unused locals also fail `tsc`.)
      '@typescript-eslint/no-unused-vars': ['error', { args: 'after-used', argsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      'no-unused-private-class-members': 'error',
      'no-unreachable': 'error',
      // Comparisons that are always the same, and fall-through by accident.
      'no-self-compare': 'error',
      'no-constant-binary-expression': 'error',
      'no-dupe-keys': 'error',
      'no-duplicate-case': 'error',
      'no-fallthrough': 'error',
      'no-unsafe-finally': 'error',
      'no-cond-assign': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
    },
  },
  {
    // The engine is pure: it runs in the page, the options page and the CLI alike.
    files: ['src/engine/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.build.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'location', 'browser', 'chrome', 'localStorage', 'fetch', 'process'].map((name) => ({
          name,
          message: `src/engine/ is pure (no DOM, no browser API, no Node): pass what it needs in as data instead of reading ${name}.`,
        })),
      ],
    },
  },
);
