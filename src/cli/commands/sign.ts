/**
 * `volle-zaal keygen --out FILE`, `volle-zaal sign FILE --key KEYFILE`,
 * `volle-zaal verify FILE --key KEYFILE` and `volle-zaal setup-code`: detached
 * signatures for rule files distributed by URL. The browser verifies `FILE.sig`
 * with the public key(s) from the enterprise policy or a pinned setup code
 * before it activates a downloaded file.
 *
 * Signature format: base64 of the raw ECDSA P-256 / SHA-256 signature (r||s,
 * 64 bytes) over `"volle-zaal-rules-v1\n"` followed by the file's exact bytes.
 * A DER signature (`openssl dgst -sign`) is accepted too.
 */
import { closeSync, existsSync, openSync, readFileSync, writeSync } from 'node:fs';
import { formatIssues, loadPolicy } from '../../policy';
import { encodeSetupCode } from '../../policy/setup-code';
import { generateSigningKeys, importRulePublicKey, keyFingerprint, parsePublicKeys, signRuleFile, verifyWithAnyKey } from '../../policy/signature';
import { EXIT, readTextFile, UsageError, type Output } from '../io';
import type { CommandArgs } from '../main';

/** A key file as keygen writes it; `publicKey` alone is enough to verify. */
interface KeyFile {
  publicKey?: string;
  privateKey?: string;
}

function readKeyFile(path: string): KeyFile {
  const text = readTextFile(path).trim();
  // A bare public key (base64 or PEM), as an owner may hand it to a colleague who only verifies.
  if (!text.startsWith('{')) return { publicKey: text };
  try {
    return JSON.parse(text) as KeyFile;
  } catch {
    throw new UsageError(`${path}: not the JSON that \`volle-zaal keygen\` writes`);
  }
}

/** Write a new file readable by its owner only; never overwrite. */
function writePrivateFile(path: string, text: string) {
  if (existsSync(path)) throw new UsageError(`${path} exists; choose another name (a key file is never overwritten)`);
  const fd = openSync(path, 'wx', 0o600);
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
}

export async function keygenCommand(args: CommandArgs, output: Output): Promise<number> {
  const out = args.values.out;
  if (!out && !args.values.stdout)
    throw new UsageError('usage: volle-zaal keygen --out FILE (the key pair goes into FILE, readable by you only; --stdout prints it instead)');
  const keys = await generateSigningKeys();
  const json = `${JSON.stringify({ publicKey: keys.publicKeySpkiB64, privateKey: keys.privateKeyPkcs8B64 }, null, 2)}\n`;
  const fingerprint = await keyFingerprint(keys.publicKeySpkiB64);
  if (out) {
    writePrivateFile(out, json);
    output.out(
      [
        `Key pair written to ${out} (mode 0600). Keep it off the web server; it signs your rule files.`,
        `Public key (for the enterprise policy "publicKey", or for \`volle-zaal setup-code\`):`,
        keys.publicKeySpkiB64,
        `Fingerprint: ${fingerprint}`,
      ].join('\n'),
    );
  } else {
    output.out(json.trimEnd());
    output.err(`Fingerprint ${fingerprint}. Keep "privateKey" secret, on the machine that signs.`);
  }
  return EXIT.clean;
}

export async function signCommand(args: CommandArgs, output: Output): Promise<number> {
  const path = args.positionals[0];
  const keyPath = args.values.key;
  if (!path || !keyPath) throw new UsageError('usage: volle-zaal sign FILE --key KEYFILE (the file that `volle-zaal keygen --out` wrote)');
  const keys = readKeyFile(keyPath);
  if (!keys.privateKey) throw new UsageError(`${keyPath}: has no "privateKey"`);
  // Sign the exact bytes that will be served: no re-encoding on the way.
  const bytes = new Uint8Array(readFileSync(path));
  // Never sign a file the browsers would refuse: that would only move the error to every desk.
  const loaded = loadPolicy(new TextDecoder().decode(bytes));
  if (!loaded.ok) {
    output.err(`${path}: not signed — ${loaded.issues.length} problem${loaded.issues.length === 1 ? '' : 's'}\n${formatIssues(loaded.issues)}`);
    return EXIT.usage;
  }
  const signature = await signRuleFile(bytes, keys.privateKey);
  if (keys.publicKey && !(await verifyWithAnyKey(bytes, signature, [keys.publicKey])))
    throw new UsageError(`${keyPath}: the private and public key do not belong together`);
  const sigPath = `${path}.sig`;
  const fd = openSync(sigPath, 'w', 0o644);
  try {
    writeSync(fd, `${signature}\n`);
  } finally {
    closeSync(fd);
  }
  output.out(`${sigPath} written${keys.publicKey ? ` (key ${await keyFingerprint(keys.publicKey)})` : ''}. Publish it next to ${path}.`);
  return EXIT.clean;
}

/** `verify FILE --key KEYFILE [--sig SIGFILE]`: exit 0 when the signature is good, 1 when it is bad or missing. */
export async function verifyCommand(args: CommandArgs, output: Output): Promise<number> {
  const path = args.positionals[0];
  const keyPath = args.values.key;
  if (!path || !keyPath) throw new UsageError('usage: volle-zaal verify FILE --key KEYFILE [--sig SIGFILE] (KEYFILE: keygen\'s file or a public key)');
  const keys = parsePublicKeys(readKeyFile(keyPath).publicKey);
  if (keys.length === 0) throw new UsageError(`${keyPath}: has no "publicKey"`);
  for (const key of keys) {
    try {
      await importRulePublicKey(key);
    } catch {
      throw new UsageError(`${keyPath}: not an ECDSA P-256 public key`);
    }
  }
  const sigPath = args.values.sig ?? `${path}.sig`;
  if (!existsSync(sigPath)) {
    output.err(`${path}: no signature (${sigPath} does not exist)`);
    return EXIT.findings;
  }
  const bytes = new Uint8Array(readFileSync(path));
  const used = await verifyWithAnyKey(bytes, readTextFile(sigPath).trim(), keys);
  if (!used) {
    output.err(`${path}: BAD signature — the file changed after signing, or it was signed with another key`);
    return EXIT.findings;
  }
  output.out(`${path}: good signature (key ${await keyFingerprint(used)})`);
  return EXIT.clean;
}

/** `setup-code --url URL --key KEYFILE [--key NEXTKEYFILE]`: the code staff paste on the options page. */
export async function setupCodeCommand(args: CommandArgs, output: Output): Promise<number> {
  const url = args.values.url;
  const keyFiles = args.values.key ? [args.values.key, ...(args.values['next-key'] ? [args.values['next-key']] : [])] : [];
  if (!url || keyFiles.length === 0) throw new UsageError('usage: volle-zaal setup-code --url RULES_URL --key KEYFILE [--next-key KEYFILE] [--extension-id ID]');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`${url}: not a URL`);
  }
  if (parsed.protocol !== 'https:') throw new UsageError(`${url}: the rules URL must be https`);
  const keys = keyFiles.flatMap((f) => parsePublicKeys(readKeyFile(f).publicKey));
  for (const key of keys) await importRulePublicKey(key).catch(() => { throw new UsageError('not an ECDSA P-256 public key'); });
  const code = encodeSetupCode({ rulesUrl: url, publicKeys: keys });
  const lines = [code, '', `Rules URL: ${url}`, ...(await Promise.all(keys.map(async (k) => `Key: ${await keyFingerprint(k)}`)))];
  const id = args.values['extension-id'];
  if (id) lines.push(`Setup link (Chrome/Edge): chrome-extension://${id}/options.html#setup=${code}`);
  output.out(lines.join('\n'));
  return EXIT.clean;
}
