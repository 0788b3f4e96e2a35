/**
 * Problems in a rule file, as data: where (a path a policy owner can find in
 * their file) and what. Loading never throws at its callers; they print these.
 */
export interface PolicyIssue {
  /** `rules[3] (id org.no-x).pattern.regex`, `severity[0].rule`, or `(file)` for the whole file. */
  path: string;
  message: string;
}

export class PolicyError extends Error {
  constructor(readonly issues: readonly PolicyIssue[]) {
    super(formatIssues(issues));
    this.name = 'PolicyError';
  }
}

export function formatIssues(issues: readonly PolicyIssue[]): string {
  return issues.map((i) => `${i.path}: ${i.message}`).join('\n');
}

/**
 * Format a path into the file; list entries under `rules` also name the rule's id,
 * because that is what the owner searches for in a long file.
 */
export function formatPath(path: readonly PropertyKey[], file?: unknown): string {
  if (path.length === 0) return '(file)';
  let out = '';
  let node: unknown = file;
  for (let k = 0; k < path.length; k++) {
    const key = path[k]!;
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key as string] : undefined;
    if (typeof key === 'number') {
      out += `[${key}]`;
      const id = node && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
      if (path[k - 1] === 'rules' && typeof id === 'string') out += ` (id ${id}):`;
    } else out += (out && !out.endsWith(':') ? '.' : out ? ' ' : '') + String(key);
  }
  return out;
}
