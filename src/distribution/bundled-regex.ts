/**
 * The regular-expression engine for the background and the extension pages, which bundle it
 * anyway to validate rule files. The content script must not import this module: it loads the
 * engine on its own, only when the active policy needs it (entrypoints/content.ts).
 */
import { re2 } from '../engine/regex';
import type { RegexLoader } from './active-policy';

export const bundledRegex: RegexLoader = () => Promise.resolve(re2);
