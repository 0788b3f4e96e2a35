/**
 * Which UI messages the page shows, by the start of their keys. The content script bundles the
 * badge's, the underlines' and the notices' (`?page`); the prompt, a module of its own loaded on
 * demand (PROMPT_MODULE_FILE), bundles its own (`?prompt`); see wxt.config.ts. The options page
 * and the popup, which show the rest, bundle the whole message files. A test checks the page UI
 * uses no other key.
 */
// The underlines' tooltip names the severity in the prompt's words.
export const PAGE_MESSAGE_PREFIXES = ['badge_', 'mark_', 'notice_', 'prompt_severity_'] as const;
export const PROMPT_MESSAGE_PREFIXES = ['prompt_'] as const;

/** The prompt (src/ui/prompt.tsx with Preact) as an ES module in the extension, web accessible. */
export const PROMPT_MODULE_FILE = 'prompt-ui.js';
