/** The pure rules engine: no DOM, no browser APIs, synchronous. */
export { check, checkDraft, resolveSeverity, type CheckOptions, type CheckResult } from './check';
export { checks } from './checks';
export { emptyPolicy } from './empty-policy';
export { recognizeEntities } from './entities';
export { PhraseMatcher } from './phrases';
export type { Check, CheckContext, CheckMeta, Example, Report } from './rule';
export { foldPhrase, prepare, type PreparedText, type Token } from './text';
export * from './types';
