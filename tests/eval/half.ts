/**
 * HateCheck is all we have of its kind, so each file is split by template (`templ_id`) into a
 * tuning half (looked at line by line while writing the language data) and a check half (only
 * ever seen as these aggregate figures). The split is a fixed hash, so it never drifts.
 */
export function hateCheckHalf(templId: string): 'tune' | 'check' {
  let h = 2166136261;
  for (let i = 0; i < templId.length; i++) h = Math.imul(h ^ templId.charCodeAt(i), 16777619);
  return (h >>> 0) % 2 === 0 ? 'tune' : 'check';
}
