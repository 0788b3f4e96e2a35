/**
 * `volle-zaal keygen` and `volle-zaal sign FILE --key KEYFILE`: detached
 * signatures for rule files distributed by URL. The browser verifies
 * `FILE.sig` with the public key set by enterprise policy before it activates
 * a downloaded file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { generateSigningKeys, signRuleFile, verifyRuleSignature } from '../../policy/signature';
import { EXIT, readTextFile, UsageError, type Output } from '../io';
import type { CommandArgs } from '../args';

export async function keygenCommand(_args: CommandArgs, output: Output): Promise<number> {
  const keys = await generateSigningKeys();
  output.out(JSON.stringify({ publicKey: keys.publicKeySpkiB64, privateKey: keys.privateKeyPkcs8B64 }, null, 2));
  output.err('Put "publicKey" in the managed policy; keep "privateKey" secret, on the machine that signs.');
  return EXIT.clean;
}

export async function signCommand(args: CommandArgs, output: Output): Promise<number> {
  const path = args.positionals[0];
  const keyPath = args.values.key;
  if (!path || !keyPath) throw new UsageError('usage: volle-zaal sign FILE --key KEYFILE (the JSON that keygen printed)');
  let keys: { publicKey?: string; privateKey?: string };
  try {
    keys = JSON.parse(readTextFile(keyPath));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${keyPath}: not the JSON that \`volle-zaal keygen\` prints`);
  }
  if (!keys.privateKey) throw new UsageError(`${keyPath}: has no "privateKey"`);
  // Sign the exact bytes that will be served: no re-encoding on the way.
  const bytes = new Uint8Array(readFileSync(path));
  const signature = await signRuleFile(bytes, keys.privateKey);
  if (keys.publicKey && !(await verifyRuleSignature(bytes, signature, keys.publicKey)))
    throw new UsageError(`${keyPath}: the private and public key do not belong together`);
  writeFileSync(`${path}.sig`, `${signature}\n`);
  output.out(`${path}.sig written. Publish it next to ${path}.`);
  return EXIT.clean;
}
