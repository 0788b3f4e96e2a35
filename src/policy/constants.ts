/** Facts about rule files shared by the validating and the run-time paths (no zod here). */

/** The rule-file format this build reads. Bump on incompatible changes; keep old readers' errors clear. */
export const FORMAT_VERSION = 1;

/** The id of the bundled default policy, for `extends`. */
export const DEFAULT_POLICY_ID = 'volle-zaal:default';

/** Limits that keep a broken or hostile file from freezing a browser. */
export const LIMITS = {
  fileBytes: 4_000_000,
  customRules: 500,
  listEntries: 20_000,
  hashedClients: 100_000,
  phraseLength: 200,
  regexLength: 500,
  examples: 50,
} as const;

/**
 * Where the build puts the regular-expression engine of `regex` rules (src/engine/regex.ts) as
 * an ES module of its own, for the content script to import only when a rule file needs it.
 */
export const REGEX_ENGINE_FILE = 'regex-engine.js';
/**
 * Where the build puts the checking engine (src/policy/engine-module.ts) as an ES module of its
 * own, for the content script to import once it finds a composer.
 */
export const ENGINE_MODULE_FILE = 'engine.js';
