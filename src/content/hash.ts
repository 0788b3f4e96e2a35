/** A short in-memory fingerprint of a draft (FNV-1a, 32 bit, plus length). Never stored. */
export function hashDraft(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${text.length}:${(h >>> 0).toString(36)}`;
}
