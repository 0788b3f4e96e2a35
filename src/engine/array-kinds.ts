/**
 * Array kinds in the code that runs on every check. V8 optimises a function for the kinds of arrays it has met (small
 * integers, doubles or objects; packed or holey), and a second kind reaching optimised code throws that code away
 * ("wrong map"), to be optimised again later. Two ways the engine used to make a second kind, and what it does instead:
 * - An empty literal (`[]`) is an array of small integers until an object is pushed: an empty list where the filled
 *   ones hold objects is made with {@link noObjects}.
 * - `Array.prototype.map` makes a holey array in optimised code and a packed one in the interpreter: lists that hot code
 *   reads are pushed in a loop, not mapped (the sites say "pushed, not mapped").
 */

/** An empty array of the kind arrays of objects have (see the module comment). */
export function noObjects<T extends object>(): T[] {
  const out: T[] = [undefined as unknown as T];
  out.pop();
  return out;
}
