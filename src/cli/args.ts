/**
 * The command line's options and the shape every command receives. Apart from main.ts so
 * that commands can use it without importing main.ts (which imports them).
 */
import type { parseArgs } from 'node:util';
import type { Output } from './io';

export const OPTIONS = {
  rules: { type: 'string' },
  platform: { type: 'string', short: 'p' },
  account: { type: 'string', short: 'a' },
  media: { type: 'boolean' },
  reply: { type: 'boolean' },
  format: { type: 'string' },
  locale: { type: 'string' },
  jsonl: { type: 'boolean' },
  salt: { type: 'string' },
  key: { type: 'string' },
  'next-key': { type: 'string' },
  sig: { type: 'string' },
  out: { type: 'string', short: 'o' },
  stdout: { type: 'boolean' },
  url: { type: 'string' },
  'extension-id': { type: 'string' },
  'first-names': { type: 'boolean' },
  // Kept so older scripts still run: full names only is now the default.
  'full-names-only': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export type CommandArgs = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>>;

/** A command: its arguments (positionals after the command's name) → exit code. */
export type Command = (args: CommandArgs, output: Output) => Promise<number>;
