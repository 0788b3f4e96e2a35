/** Every `volle-zaal` command by name (main.ts looks them up here; commands never import main.ts). */
import type { Command } from '../args';
import { checkCommand } from './check';
import { entitiesCommand } from './entities';
import { hashNamesCommand } from './hash-names';
import { schemaCommand } from './schema';
import { keygenCommand, setupCodeCommand, signCommand, verifyCommand } from './sign';
import { testCommand } from './test';
import { validateCommand } from './validate';

export const COMMANDS: Readonly<Record<string, Command>> = {
  check: checkCommand,
  entities: entitiesCommand,
  'hash-names': hashNamesCommand,
  keygen: keygenCommand,
  schema: schemaCommand,
  'setup-code': setupCodeCommand,
  sign: signCommand,
  test: testCommand,
  validate: validateCommand,
  verify: verifyCommand,
};
