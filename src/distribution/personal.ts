/**
 * The personal client list: names a staff member adds on the options page for
 * their own clients. Stored hashed (salted SHA-256, like `hashedClients`) in this
 * browser's `storage.local` only: never synced, never sent, never in a rule file.
 * It is added to whatever organisation policy is active (see active-policy.ts),
 * so an update of the organisation's file never removes it.
 */
import { browser } from 'wxt/browser';
import { hashName } from '../engine/hash-name';
import type { HashedNames } from '../engine/types';

export const PERSONAL_CLIENTS_KEY = 'personalClients';

/** What is stored: a random salt of this browser and the hashes. No readable name. */
export interface PersonalClients {
  salt: string;
  hashes: string[];
}

function randomSalt(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function getPersonalClients(): Promise<PersonalClients | undefined> {
  const got = await browser.storage.local.get(PERSONAL_CLIENTS_KEY);
  const value = got[PERSONAL_CLIENTS_KEY] as PersonalClients | undefined;
  return value && typeof value.salt === 'string' && Array.isArray(value.hashes) ? value : undefined;
}

/** Names from the options page's field: one a line (or separated by commas or semicolons). */
export function splitNames(input: string): string[] {
  return [...new Set(input.split(/[\n,;]+/).map((n) => n.replace(/\s+/g, ' ').trim()).filter((n) => /\p{L}/u.test(n)))];
}

/** Add names (hashed here, in the page; the plain names go nowhere). Returns the new count. */
export async function addPersonalNames(names: readonly string[]): Promise<number> {
  const current = (await getPersonalClients()) ?? { salt: randomSalt(), hashes: [] };
  const hashes = new Set(current.hashes);
  for (const name of names) hashes.add(hashName(current.salt, name));
  await browser.storage.local.set({ [PERSONAL_CLIENTS_KEY]: { salt: current.salt, hashes: [...hashes] } });
  return hashes.size;
}

/** Remove names typed again (a hash cannot be shown, so a name is removed by typing it). Returns how many were found. */
export async function removePersonalNames(names: readonly string[]): Promise<number> {
  const current = await getPersonalClients();
  if (!current) return 0;
  const drop = new Set(names.map((n) => hashName(current.salt, n)));
  const hashes = current.hashes.filter((h) => !drop.has(h));
  await browser.storage.local.set({ [PERSONAL_CLIENTS_KEY]: { salt: current.salt, hashes } });
  return current.hashes.length - hashes.length;
}

export async function clearPersonalNames(): Promise<void> {
  await browser.storage.local.remove(PERSONAL_CLIENTS_KEY);
}

/** The list as the engine takes it. */
export function personalHashedNames(list: PersonalClients | undefined): HashedNames | undefined {
  if (!list || list.hashes.length === 0) return undefined;
  return { salt: list.salt, hashes: new Set(list.hashes), personal: true };
}
