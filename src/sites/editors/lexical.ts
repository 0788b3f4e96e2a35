/** Lexical (Facebook): the root carries `data-lexical-editor="true"`; paragraphs are `<p>`. */
export function lexicalRoot(el: Element): HTMLElement | null {
  return el.closest<HTMLElement>('[data-lexical-editor="true"]');
}
