/** Small I/O helpers shared by the commands; the only place the CLI touches the process. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { loadPolicy, defaultPolicy, formatIssues, type LoadedPolicy } from '../policy';

/** Exit codes a script can rely on. */
export const EXIT = { clean: 0, findings: 1, usage: 2 } as const;

export class UsageError extends Error {}

export interface Output {
  out(text: string): void;
  err(text: string): void;
  /** Whether stdout is a terminal (colours, marks). */
  tty: boolean;
}

export const processOutput: Output = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  tty: Boolean(process.stdout.isTTY),
};

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export function readTextFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

export function isFile(path: string): boolean {
  try {
    return existsSync(path) && statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The policy to check with: `--rules FILE` (which usually extends the default) or the bundled default. */
export function policyFrom(rulesPath: string | undefined): LoadedPolicy {
  if (!rulesPath) return defaultPolicy();
  const loaded = loadPolicy(readTextFile(rulesPath));
  if (!loaded.ok) throw new UsageError(`${rulesPath} is not a valid rule file:\n${formatIssues(loaded.issues)}`);
  return loaded.policy;
}

/** Iterate the lines of stdin as they arrive, so big inputs stream. */
export async function* stdinLines(): AsyncGenerator<string> {
  let buffer = '';
  for await (const chunk of process.stdin) {
    buffer += (chunk as Buffer).toString('utf8');
    let newline: number;
    while ((newline = buffer.indexOf('\n')) >= 0) {
      yield buffer.slice(0, newline);
      buffer = buffer.slice(newline + 1);
    }
  }
  if (buffer.length > 0) yield buffer;
}
