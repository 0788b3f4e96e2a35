/** The pure rules engine: no DOM, no browser APIs, synchronous. */
export { check, checkDraft, resolveSeverity } from './check';
export { checks } from './checks';
export { emptyPolicy } from './empty-policy';
export { recognizeEntities } from './entities';
export type { Example } from './rule';
export { foldPhrase, prepare } from './text';
export * from './types';
