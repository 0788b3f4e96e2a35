#!/usr/bin/env node
// The command line is bundled by `npm run build:cli` into dist/cli.mjs.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = new URL('../dist/cli.mjs', import.meta.url);
if (!existsSync(fileURLToPath(cli))) {
  console.error('volle-zaal: not built yet. Run `npm run build:cli` (or `npm run build`) first.');
  process.exit(2);
}
const { main } = await import(cli.href);
process.exitCode = await main(process.argv.slice(2));
