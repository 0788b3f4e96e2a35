/** Draft.js (X): the contenteditable is `.public-DraftEditor-content`; blocks are `[data-block="true"]`. */
export function draftRoot(el: Element): HTMLElement | null {
  return el.closest<HTMLElement>('.public-DraftEditor-content');
}
