/**
 * `volle-zaal`: the policy owner's command line. Checks drafts with the same
 * engine the extension runs, validates and tests rule files.
 *
 * Exit codes: 0 nothing at warn or above, 1 findings at warn/block (or failing
 * examples), 2 bad usage or a bad rule file.
 */
import { parseArgs } from 'node:util';
import { checkCommand } from './commands/check';
import { entitiesCommand } from './commands/entities';
import { hashNamesCommand } from './commands/hash-names';
import { schemaCommand } from './commands/schema';
import { keygenCommand, setupCodeCommand, signCommand, verifyCommand } from './commands/sign';
import { testCommand } from './commands/test';
import { validateCommand } from './commands/validate';
import { EXIT, processOutput, UsageError, type Output } from './io';

const OPTIONS = {
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

const COMMANDS: Record<string, (args: CommandArgs, output: Output) => Promise<number>> = {
  check: checkCommand,
  entities: entitiesCommand,
  validate: validateCommand,
  test: testCommand,
  schema: schemaCommand,
  'hash-names': hashNamesCommand,
  keygen: keygenCommand,
  sign: signCommand,
  verify: verifyCommand,
  'setup-code': setupCodeCommand,
};

export const USAGE = `Usage: volle-zaal <command> [options]

Commands:
  check [TEXT | FILE | -]     check one draft (human-readable; --format json)
  check --jsonl               check drafts given as JSON lines {"id","text","platform"?,"account"?} on stdin
  entities --jsonl            the names, ages, schools… the recognisers see, as JSON lines
  validate FILE               validate a rule file: every problem at once, or what it contains
  test [FILE]                 run the examples of the default policy and of FILE's rules
  schema                      print the JSON Schema of rule files
  hash-names [FILE | -]       hash client names (text or CSV) for people.hashedClients:
                              full names only; --first-names also hashes first names, which
                              then count only with care context nearby ("onze bewoner …")
  keygen --out FILE           make a signing key pair in FILE (mode 0600; --stdout to print)
  sign FILE --key KEYFILE     validate FILE, then write FILE.sig (exit 2 for a broken file)
  verify FILE --key KEYFILE   check FILE.sig (or --sig SIGFILE): exit 0 good, 1 bad or missing
  setup-code --url URL --key KEYFILE [--next-key KEYFILE] [--extension-id ID]
                              the code (and link) staff enter once on the options page to pin
                              the rules URL and your public key, without device management

Options:
  --rules FILE                the organisation's rule file (default: the bundled default policy)
  --platform P, -p P          facebook | x | linkedin | other (default other)
  --account A, -a A           personal | organisation (default personal)
  --media, --reply            the post has media attached / is a reply
  --locale nl|en              language of the messages (default nl)
  --format text|json          output of check (default text)
  --salt S                    salt for hash-names (default: a new random salt)
  --first-names               hash-names: also first names (count only with care context)

Exit codes: 0 nothing at warn or above, 1 findings at warn/block, 2 bad usage or bad rule file.`;

export async function main(argv: string[], output: Output = processOutput): Promise<number> {
  let args: CommandArgs;
  try {
    args = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    output.err(`volle-zaal: ${(error as Error).message}\n\n${USAGE}`);
    return EXIT.usage;
  }
  const [name, ...rest] = args.positionals;
  if (args.values.help || name === 'help') {
    output.out(USAGE);
    return EXIT.clean;
  }
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    output.err(`volle-zaal: ${name ? `unknown command "${name}"` : 'no command given'}\n\n${USAGE}`);
    return EXIT.usage;
  }
  if (args.values.format && !['text', 'json'].includes(args.values.format)) {
    output.err('volle-zaal: --format must be text or json');
    return EXIT.usage;
  }
  if (args.values.locale && !['nl', 'en'].includes(args.values.locale)) {
    output.err('volle-zaal: --locale must be nl or en');
    return EXIT.usage;
  }
  try {
    return await command({ ...args, positionals: rest }, output);
  } catch (error) {
    if (error instanceof UsageError) {
      output.err(`volle-zaal: ${error.message}`);
      return EXIT.usage;
    }
    // An engine or policy bug: say so plainly, without a stack trace unless asked.
    output.err(`volle-zaal: internal error: ${(error as Error).message}${process.env.VOLLE_ZAAL_DEBUG ? `\n${(error as Error).stack}` : ''}`);
    return EXIT.usage;
  }
}

// Run when executed as the bundled bin (not when imported by tests).
if (process.argv[1] && /volle-zaal(\.mjs)?$/.test(process.argv[1])) {
  // A closed pipe (`volle-zaal check --jsonl | head`) is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
