/**
 * `volle-zaal hash-names [FILE|-] [--salt S] [--first-names]`: a list of client
 * names (text, one a line, or CSV with a "name" column or first/last name
 * columns) becomes the `people.hashedClients` entry of a rule file.
 *
 * Full names only by default: a first name alone would also stop a board member
 * or a colleague who happens to share it. `--first-names` adds the first names
 * under `firstNames`, which the engine counts only with care context nearby
 * ("onze bewoner Marie", "Marie van kamer 12"), never on their own.
 */
import { randomBytes } from 'node:crypto';
import { hashName } from '../../engine/hash-name';
import { EXIT, readStdin, readTextFile, UsageError, type Output } from '../io';
import type { CommandArgs } from '../args';

export async function hashNamesCommand(args: CommandArgs, output: Output): Promise<number> {
  const source = args.positionals[0];
  const input = source === undefined || source === '-' ? await readStdin() : readTextFile(source);
  const names = parseNames(input);
  if (names.length === 0) throw new UsageError('no names found in the input');
  const salt = args.values.salt ?? randomBytes(24).toString('hex');
  if (salt.length < 16) throw new UsageError('--salt must be at least 16 characters');
  const hashes = [...new Set(names.map((n) => hashName(salt, n)))].sort();
  const firstNames = new Set<string>();
  if (args.values['first-names'])
    for (const name of names) {
      const first = name.split(/\s+/)[0];
      if (first && first !== name && first.length > 1) firstNames.add(hashName(salt, first));
    }
  const firsts = [...firstNames].filter((h) => !hashes.includes(h)).sort();
  output.out(JSON.stringify({ hashedClients: { salt, hashes, ...(firsts.length ? { firstNames: firsts } : {}) } }, null, 2));
  output.err(
    `hashed ${names.length} names (${hashes.length} full names` +
      (args.values['first-names'] ? `, ${firsts.length} first names that count only with care context` : '; first names not included, see --first-names') +
      '). Keep the salt with the file; never publish the plain list.',
  );
  return EXIT.clean;
}

/** Names from a text list or a CSV (a "name"/"naam" column, else the first column). */
function parseNames(input: string): string[] {
  const lines = input.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  if (lines.length === 0) return [];
  const separator = [',', ';', '\t'].find((s) => lines[0]!.includes(s));
  if (!separator) return unique(lines);
  const cells = (line: string) => line.split(separator).map((c) => c.trim().replace(/^"(.*)"$/, '$1').trim());
  const header = cells(lines[0]!).map((h) => h.toLowerCase());
  let column = header.findIndex((h) => ['name', 'naam', 'volledige naam', 'full name'].includes(h));
  const first = header.findIndex((h) => ['voornaam', 'first name', 'firstname'].includes(h));
  const last = header.findIndex((h) => ['achternaam', 'familienaam', 'last name', 'lastname', 'surname'].includes(h));
  const rows = column >= 0 || first >= 0 ? lines.slice(1).map(cells) : lines.map(cells);
  if (column < 0 && first >= 0)
    return unique(rows.map((r) => [r[first], last >= 0 ? r[last] : ''].filter(Boolean).join(' ')));
  if (column < 0) column = 0;
  return unique(rows.map((r) => r[column] ?? ''));
}

const unique = (names: string[]) => [...new Set(names.map((n) => n.replace(/\s+/g, ' ').trim()).filter(Boolean))];
