/** Quill (LinkedIn): the root is `.ql-editor`; lines are `<p>`, list markers live in `.ql-ui` (skipped). */
export function quillRoot(el: Element): HTMLElement | null {
  return el.closest<HTMLElement>('.ql-editor');
}
