/**
 * Salted client-name hashes. A rule file can list clients without containing
 * a readable name: the engine hashes candidate names in the draft the same way
 * and compares.
 *
 * What this protects: a casual reader of the distributed file, a file that
 * leaks, search engines. What it does not: anyone with the file can test
 * guesses (the salt is in the file, SHA-256 is fast), so common first names
 * fall to a dictionary in seconds. Treat the file as confidential anyway.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { foldPhrase } from './text';

/** Hex SHA-256 of `salt + folded name` (case, accents, spacing and look-alikes folded). */
export function hashName(salt: string, name: string): string {
  return hashFolded(salt, foldPhrase(name));
}

/** As {@link hashName} for a name already folded with `foldPhrase`. */
export function hashFolded(salt: string, folded: string): string {
  return bytesToHex(sha256(utf8ToBytes(salt + folded)));
}
