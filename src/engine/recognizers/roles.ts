/**
 * Who is named as staff, a helper or a visitor rather than as someone in care, from the `staff-role` words of the
 * client-name language data: "Vrijwilliger Henk", "Welkom aan Yusuf, onze nieuwe maatschappelijk werker",
 * "Godfried, twintig jaar kok", "Marc van de brandweer", "Jordan from the IT team". Used by the client-name check; kept apart so
 * that the check's own patterns stay as they are.
 */
import { caseless } from '../caseless';
import { lazy } from '../lazy';
import type { Entity } from '../types';

/** Between a name and a role in apposition: ", onze nieuwe …", ", twintig jaar …", ", 34, …". */
const APPOSITION = lazy(() => caseless(/^\s?,\s(?:(?:onze|ons|de|het|een|our|the|a|an|nieuwe|new|vaste|eigen|\d{1,2},?|\p{L}+\s(?:jaar|years))\s){0,3}$/iu));
/** Between a name and the service they come from: "van de", "from the". */
const FROM = /^\s(?:van|from|of)\s(?:de|het|the|ons|onze|our)\s$/iu;
/** A greeting that opens the post: "Hoi Petra, …", "Dear Linda, …": the reader, a colleague or a member of the public. */
const GREETING = /^\s*(?:hoi|hey|hi|hallo|hello|hiya|beste|dear|dag|goedemorgen|goeiemorgen|goedemiddag|good morning)\s$/iu;

/** Whether a role word stands right before the name, in apposition after it, or names the service after it. */
export function namedInRole(src: string, p: Entity, roles: readonly Entity[]): boolean {
  return roles.some((r) =>
    r.end <= p.start
      ? p.start - r.end <= 2 && /^[\s\u00a0]+$/.test(src.slice(r.end, p.start))
      : r.start >= p.end && r.start - p.end <= 40 && (APPOSITION().test(src.slice(p.end, r.start)) || FROM.test(src.slice(p.end, r.start))),
  );
}

/** Whether the name is the one greeted at the start of the post, followed by a comma. */
export function greeted(src: string, p: Entity): boolean {
  return GREETING.test(src.slice(0, p.start)) && /^\s?[,!]/.test(src.slice(p.end, p.end + 2));
}

/** First word of a name, lower-cased: later mentions ("Dank je wel, Henk!") are the same person. */
export const firstWord = (name: string): string => name.split(/\s+/)[0]!.toLowerCase();
