/**
 * E-mail addresses, and whether an address is a role mailbox (info@, jobs@, onthaal@…)
 * rather than a person's own address.
 */
import { lazy } from '../lazy';
import { withoutMarks } from '../text';

export interface EmailMatch {
  /** Span in the text searched. */
  start: number;
  end: number;
  local: string;
  domain: string;
}

const LOCAL_CHAR = lazy(() => charClass(/[\p{L}\p{N}._%+\-']/u));
const DOMAIN_CHAR = lazy(() => charClass(/[\p{L}\p{N}\-.]/u));

/**
 * A test of one character (UTF-16 unit) by `chars`, with the ASCII answers read from a table made by the same expression:
 * every character of an address is asked, and a look-up costs less than running the expression.
 */
export function charClass(chars: RegExp): (text: string, i: number) => boolean {
  const ascii = new Uint8Array(128);
  for (let c = 0; c < 128; c++) ascii[c] = chars.test(String.fromCharCode(c)) ? 1 : 0;
  return (text, i) => {
    const c = text.charCodeAt(i);
    return c < 128 ? ascii[c] === 1 : chars.test(text[i]!);
  };
}
const MAX_LOCAL = 64;
const MAX_DOMAIN = 255;

/**
 * Find addresses by expanding around each `@`. A regex with a leading `[…]+@` would rescan the
 * same characters from every start position (quadratic on a long run without spaces).
 */
export function findEmails(text: string): EmailMatch[] {
  const out: EmailMatch[] = [];
  let from = 0;
  for (;;) {
    const at = text.indexOf('@', from);
    if (at < 0) break;
    from = at + 1;
    let s = at;
    const localChar = LOCAL_CHAR();
    while (s > 0 && at - s < MAX_LOCAL && localChar(text, s - 1)) s--;
    // Local parts do not start or end with a dot.
    while (s < at && text[s] === '.') s++;
    let e = at + 1;
    const domainChar = DOMAIN_CHAR();
    while (e < text.length && e - at <= MAX_DOMAIN && domainChar(text, e)) e++;
    while (e > at + 1 && (text[e - 1] === '.' || text[e - 1] === '-')) e--;
    const local = text.slice(s, at);
    const domain = text.slice(at + 1, e);
    if (!local || local.endsWith('.') || !/^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}$/u.test(domain)) continue;
    out.push({ start: s, end: e, local, domain });
    from = e;
  }
  return out;
}

/** A masked address has one of these; most drafts have none and skip the expression. */
const MASK_HINT = /[[({]\s*at\s*[\])}]|\s(?:dot|punt)\s|\s@|@\s|\sat\s|apenstaartje/i;
/** Whether the text may hold a masked address (see {@link findMaskedEmails}). */
export const mayHoldMaskedEmail = (text: string): boolean => MASK_HINT.test(text);
const SEP_AT = String.raw`\s*(?:\[\s*at\s*\]|\(\s*at\s*\)|\{\s*at\s*\})\s*|\s(?:at|apenstaartje)\s|\sop\s(?=[\p{L}\p{N}\-]{1,40}\s(?:punt|dot)\s)|\s+@\s+|@\s+`;
const SEP_DOT = String.raw`\s*(?:\.|\[\s*(?:dot|punt)\s*\]|\(\s*(?:dot|punt)\s*\))\s*|\s(?:dot|punt)\s`;
/** Made on first use: a Unicode expression costs a millisecond to make, in every page the content script loads in. */
const MASKED = lazy(
  () =>
    new RegExp(
      String.raw`(?<![\p{L}\p{N}._%+\-])([\p{L}\p{N}_%+\-]{1,40}(?:(?:${SEP_DOT})[\p{L}\p{N}_%+\-]{1,40}){0,3})(${SEP_AT})([\p{L}\p{N}\-]{1,40}(?:(?:${SEP_DOT})[\p{L}\p{N}\-]{1,40}){1,3})(?![\p{L}\p{N}])`,
      'giu',
    ),
);
const TLD = /^(?:be|nl|com|org|net|eu|fr|de|uk|co|info|io|me)$/i;
/** Private mail providers: "jan.peeters at gmail.com" is an address even with a plain "at" and real dots. */
const PRIVATE_DOMAIN = /^(?:gmail|hotmail|outlook|live|yahoo|icloud|telenet|skynet|proximus|ziggo|kpnmail|protonmail|proton)\./i;

/**
 * Addresses written to fool harvesters: "lotte.peeters [at] gmail.com", "jan punt peeters at telenet punt be".
 * A bare " at " counts only with a spelled-out dot ("punt", "dot") or brackets ("see you at home.com" is no address),
 * or before a private mail provider after a local part that looks like one ("jan.peeters at gmail.com", not
 * "log in at outlook.com"). A spaced "@" ("jan.peeters @ gmail.com") counts, and the Dutch "op" before a
 * spelled-out dot ("an punt peeters op telenet punt be").
 * Local part and domain come back with real dots, for {@link isRoleMailbox}.
 */
export function findMaskedEmails(text: string): EmailMatch[] {
  const out: EmailMatch[] = [];
  if (!mayHoldMaskedEmail(text)) return out;
  const dots = new RegExp(SEP_DOT, 'giu');
  for (const m of text.matchAll(MASKED())) {
    const domain = m[3]!.replace(dots, '.');
    // The Dutch "op" is a separator only before a spelled-out dot ("an punt peeters op telenet punt be"): see SEP_AT.
    const bracketed =
      /[[({@]|apenstaartje|op/i.test(m[2]!) || /[[({]|\s(?:dot|punt)\s/i.test(m[1]! + m[3]!) || (PRIVATE_DOMAIN.test(domain) && /[._\d]/.test(m[1]!));
    if (!bracketed || !TLD.test(domain.split('.').pop() ?? '')) continue;
    out.push({ start: m.index!, end: m.index! + m[0].length, local: m[1]!.replace(dots, '.'), domain });
  }
  return out;
}

/**
 * Local parts (or parts of them, split at `.`, `-`, `_`, `+`) that name a function, not a
 * person. Folded (lower case, no accents).
 */
const ROLE_WORDS = new Set([
  'info', 'informatie', 'contact', 'contacteer', 'hallo', 'hello', 'hi', 'welkom', 'welcome', 'mail', 'post', 'office',
  'jobs', 'job', 'vacature', 'vacatures', 'werken', 'werkenbij', 'sollicitatie', 'sollicitaties', 'solliciteren',
  'careers', 'career', 'recruitment', 'recrutering', 'rekrutering', 'hr', 'personeel', 'personeelsdienst',
  'onthaal', 'receptie', 'reception', 'secretariaat', 'secretariat', 'administratie', 'admin', 'kantoor', 'balie',
  'communicatie', 'communication', 'communications', 'comms', 'pers', 'press', 'media', 'redactie', 'webcare', 'web',
  'webmaster', 'social', 'socialmedia', 'nieuwsbrief', 'newsletter', 'support', 'helpdesk', 'service', 'klantenservice',
  'klantendienst', 'servicedesk', 'ict', 'it', 'facturatie', 'facturen', 'factuur', 'boekhouding', 'finance', 'billing',
  'invoices', 'aankoop', 'sales', 'verkoop', 'marketing', 'events', 'event', 'evenementen', 'activiteiten', 'feedback',
  'vragen', 'vraag', 'questions', 'enquiries', 'inquiries', 'klachten', 'klacht', 'complaints', 'ombudsdienst', 'ombuds',
  'ombudsman', 'privacy', 'dpo', 'gdpr', 'avg', 'vrijwilligers', 'vrijwilliger', 'vrijwilligerswerk', 'volunteer',
  'volunteers', 'stage', 'stages', 'stagiairs', 'internships', 'inschrijving', 'inschrijvingen', 'aanmelding',
  'aanmeldingen', 'intake', 'registratie', 'planning', 'team', 'directie', 'bestuur', 'board', 'management', 'dienst',
  'permanentie', 'noreply', 'no', 'reply', 'donotreply', 'donaties', 'giften', 'gift', 'donate', 'fundraising',
  'partners', 'opleiding', 'opleidingen', 'vorming', 'vormingen', 'training', 'academy', 'academie', 'zorg', 'wonen',
  'dagcentrum', 'wijkteam', 'jeugd', 'jongeren', 'kinderopvang', 'crisis', 'nacht', 'algemeen', 'general', 'centraal',
  'central', 'bestellingen', 'orders', 'shop', 'winkel', 'tickets', 'reservaties', 'reservatie', 'reservations', 'booking',
]);

/** Compound endings of function mailboxes ("wijkteam", "hulplijn", "zorgpunt"). */
const ROLE_SUFFIXES = ['dienst', 'team', 'centrum', 'lijn', 'desk', 'punt', 'loket', 'huis', 'werking', 'secretariaat', 'onthaal', 'info'];
const ROLE_PREFIXES = ['info', 'vacature', 'onthaal', 'secretariaat', 'administratie', 'contact', 'jobs', 'communicatie'];

/** Mail providers where an address is almost always a private person's. */
const FREE_MAIL = /^(?:gmail|googlemail|hotmail|outlook|live|msn|yahoo|icloud|me|mac|proton|protonmail|telenet|skynet|proximus|scarlet|ziggo|kpnmail|kpnplanet|planet|home|hetnet|xs4all|chello|gmx|aol|mail|yandex)\./;

/**
 * True when an address is a role mailbox: listed by the policy, or its local part names a
 * function. Local parts made of a name ("jan.peeters", "j.peeters", "jan") are not.
 */
export function isRoleMailbox(
  email: Pick<EmailMatch, 'local' | 'domain'>,
  roleMailboxes: readonly string[] = [],
): boolean {
  const local = fold(email.local);
  const domain = fold(email.domain);
  const address = `${local}@${domain}`;
  for (const r of roleMailboxes) {
    const role = fold(r.trim());
    if (role === address || role === local || role === `${local}@`) return true;
  }
  // With the local part's length, the key tells any two (local, domain) pairs apart.
  const key = `${local.length}:${address}`;
  let named = namesFunction.get(key);
  if (named === undefined) {
    if (namesFunction.size >= NAMES_FUNCTION_SIZE) namesFunction.clear();
    namesFunction.set(key, (named = localNamesFunction(local, domain)));
  }
  return named;
}

/**
 * {@link localNamesFunction}, remembered: the same addresses come back on every keystroke, and its splits cost more
 * than the rest of the e-mail search. Bounded: cleared when full.
 */
const namesFunction = new Map<string, boolean>();
const NAMES_FUNCTION_SIZE = 512;

/** Whether a (folded) local part names a function rather than a person, whatever the policy lists. */
function localNamesFunction(local: string, domain: string): boolean {
  const parts = local.split(/[._+\-]+/).map((p) => p.replace(/\d+/g, '')).filter(Boolean);
  if (parts.length === 0) return true; // digits only: a ticket or a number line, not a name
  for (const p of parts) {
    if (ROLE_WORDS.has(p)) return true;
    if (p.length > 4 && (ROLE_SUFFIXES.some((s) => p.endsWith(s)) || ROLE_PREFIXES.some((s) => p.startsWith(s)))) return true;
  }
  // "debrug@vzwdebrug.be": the organisation's own name as mailbox.
  const label = domain.split('.').slice(-2, -1)[0] ?? '';
  if (!FREE_MAIL.test(domain) && parts.length === 1 && parts[0]!.length >= 4 && label.includes(parts[0]!)) return true;
  return false;
}

/** Lower case without diacritics; plain ASCII only needs the lower case. */
function fold(s: string): string {
  return NON_ASCII.test(s) ? withoutMarks(s.normalize('NFD')).toLowerCase() : s.toLowerCase();
}
const NON_ASCII = /[^\x00-\x7f]/;
