/**
 * Which UI messages the page shows (prompt, badge, underlines): the keys that start with these.
 * The content script bundles only those (wxt.config.ts); the options page and the popup, which
 * show the rest, bundle the whole message files. A test checks the page UI uses no other key.
 */
export const PAGE_MESSAGE_PREFIXES = ['prompt_', 'badge_', 'mark_'] as const;
