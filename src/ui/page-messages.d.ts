/** A `_locales/<locale>/messages.json` with only the page's keys (src/ui/page-keys.ts, wxt.config.ts). */
declare module '*/messages.json?page' {
  const messages: Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
  export default messages;
}
/** A `_locales/<locale>/messages.json` with only the prompt's keys (src/ui/page-keys.ts, wxt.config.ts). */
declare module '*/messages.json?prompt' {
  const messages: Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
  export default messages;
}
