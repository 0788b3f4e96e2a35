/**
 * personal-data: contact and identity data of a person (e-mail, phone, BSN, Belgian national
 * number, IBAN, home address, date of birth).
 *
 * Numbers are validated by libraries (stdnum, ibantools, libphonenumber-js); the judgement
 * here is whose data it is. Role mailboxes, service lines, the organisation's own listed
 * numbers and (from the organisation's account) its switchboard, address and bank account
 * are the organisation's, not a person's.
 */
import { twin } from '../ascii-twin';
import { findAddresses, findEnglishAddresses, findNumberFirst } from '../identifiers/address';
import { findBirthDates, hasBirthCue } from '../identifiers/birth-date';
import { near, sentenceRange, tokenAt, wordTest } from '../identifiers/context';
import { findEmails, findMaskedEmails, isRoleMailbox, mayHoldMaskedEmail, type EmailMatch } from '../identifiers/email';
import { findBsnCandidates, findForeignIdCandidates, findIbanCandidates, findNationalNumberCandidates, hasDigits, matchesAtDigits } from '../identifiers/numbers';
import { findNorthAmericanPhones, findPhones, findSpelledPhones, mayHoldSpelledPhone, phoneKey, type PhoneMatch } from '../identifiers/phone';
import { perPolicy } from '../per-policy';
import type { Check, CheckContext } from '../rule';
import type { PreparedText, Token } from '../text';

/** Enough to make the point; a pasted address list should not produce thousands of underlines. */
const MAX_REPORTS = 50;

type Kind = 'email' | 'phone' | 'bsn' | 'national-number' | 'iban' | 'address' | 'birth-date';

const BSN_CONTEXT = wordTest(['bsn', 'burgerservicenummer', 'sofinummer', 'sofi', 'bsnnummer', 'bsnnr']);
const NATIONAL_CONTEXT = wordTest([
  'rijksregisternummer', 'rijksregister', 'rijksregisternr', 'insz', 'inss', 'niss', 'rrn', 'bisnummer',
  'identificatienummer', 'nationaal', 'national', 'identiteitsnummer',
]);
/** US social security and UK National Insurance numbers. */
const FOREIGN_ID_CONTEXT = wordTest(['ssn', 'social', 'security', 'insurance', 'nino', 'ni']);
/** Order, invoice and parcel numbers: an unformatted run of digits after these is no phone number. */
const ORDER_CONTEXT = wordTest(['bestelling', 'bestelnummer', 'order', 'ordernummer', 'factuur', 'factuurnummer', 'invoice', 'referentie', 'ref', 'tracking', 'klantnummer']);
/** With a valid check digit, a plain "number" word is context enough for a BSN. */
const NUMBER_CONTEXT = wordTest(['nummer', 'number', 'nr', 'id', 'identiteit', 'persoonsnummer', 'burgernummer']);
const IBAN_CONTEXT = wordTest(['iban', 'rekeningnummer', 'rekening', 'bankrekening', 'bankrekeningnummer', 'rekeningnr', 'reknr', 'account', 'overschrijven', 'storten']);

/** Someone's own things: the data is a person's. */
const PERSON_WORD = wordTest([
  // Not "zijn": far more often "are" than "his".
  // "Sms me op …", "call me on …": the writer's own.
  'me', 'mij',
  'mijn', 'm\'n', 'z\'n', 'haar', 'hem', 'hun', 'familie', 'gezin', 'mama', 'papa', 'moeder', 'vader', 'zoon',
  'dochter', 'broer', 'zus', 'oma', 'opa', 'my', 'his', 'her', 'him', 'their', 'family', 'privé', 'prive', 'persoonlijk',
  'persoonlijke', 'private', 'personal', 'gsm', 'mobiel', 'mobile', 'cell',
  // Data of a person in care is a person's data.
  'client', 'clienten', 'cliente', 'bewoner', 'bewoonster', 'patient', 'patiente', 'deelnemer', 'jongere', 'pleegkind',
  'resident', 'patient', 'pupil', 'leerling',
  // People close to the writer: "onze buurman Pat is on …", "collega Hilde: 0471 …".
  'buurman', 'buurvrouw', 'neighbour', 'collega', 'colleague', 'vriend', 'vriendin', 'friend', 'tante', 'nonkel', 'oom', 'mum', 'mom', 'dad',
]);
/** Also the possessive: "oma's adres", "Jan's". */
const PERSON_CUE = (t: Token) => PERSON_WORD(t) || (t.norm.endsWith("'s") && PERSON_WORD({ ...t, norm: t.norm.slice(0, -2) }));
/** Where someone lives. */
const HOME_CUE = wordTest([
  'woont', 'woon', 'wonen', 'woonde', 'woonachtig', 'woonplaats', 'thuis', 'thuisadres', 'huisadres', 'domicilie',
  'logeert', 'lives', 'live', 'living', 'home', 'resides', 'flat', 'appartement',
]);
/** A home line: "tel. thuis", "home phone" (not "live", common in listings). */
const HOME_PHONE = wordTest(['thuis', 'thuisnummer', 'home']);
/** Moving says where someone lives only when it is someone's move ("mijn zus verhuist naar …"), not an office's. */
const MOVE_CUE = wordTest(['verhuisd', 'verhuist', 'verhuizen', 'verhuisde', 'moved', 'moving', 'moves']);
/** A place of the organisation or an event rather than a home. */
const VENUE_CUE = wordTest([
  'kantoor', 'kantoren', 'office', 'offices', 'centrum', 'center', 'centre', 'campus', 'locatie', 'location', 'vestiging',
  'zaal', 'gebouw', 'onthaal', 'secretariaat', 'afspraak', 'opendeur', 'opendeurdag', 'event', 'evenement', 'activiteit',
  'welkom', 'welcome', 'venue', 'vzw', 'asbl', 'stichting', 'dagcentrum', 'voorziening', 'woonzorgcentrum', 'ziekenhuis',
  'praktijk', 'winkel', 'cafe', 'restaurant', 'bibliotheek', 'gemeentehuis', 'stadhuis', 'ons', 'onze', 'our', 'we', 'wij',
  'us', 'adres', 'address', 'waar', 'where', 'plaats', 'place', 'inschrijven', 'register', 'tickets', 'feest', 'markt',
  // Listings of a shop, an exhibition or a service: "Info: …, Louizalaan 176, tel. 02 …".
  'info', 'tel', 'fax', 'web', 'www', 'open', 'geopend', 'tentoonstelling', 'expo', 'verkrijgbaar', 'brouwerij', 'bevindt',
  'kliniek', 'polikliniek', 'praktijk', 'opens', 'exhibition', 'shop', 'store',
]);
/** The organisation's own line or account. */
const ORG_CUE = wordTest([
  'dienst', 'onthaal', 'secretariaat', 'kantoor', 'centrale', 'permanentie', 'helpline', 'hulplijn', 'infolijn', 'lijn',
  'vzw', 'asbl', 'stichting', 'balie', 'office', 'afdeling', 'praktijk', 'organisatie', 'organization', 'organisation',
  'fonds', 'team', 'werking', 'loket', 'servicedesk', 'helpdesk', 'switchboard', 'reception', 'receptie',
  // Public services: "bel de gemeente Lier op …".
  'gemeente', 'stad', 'ocmw', 'cpas', 'politie', 'ziekenfonds', 'mutualiteit', 'huisartsenpost', 'wachtpost', 'apotheek', 'council',
]);
const OUR_CUE = wordTest(['ons', 'onze', 'our', 'us', 'we', 'wij']);
/** A landline under "Info:", "Contact:" in an announcement or job ad is the organisation's. */
const INFO_CUE = wordTest(['info', 'informatie', 'inlichtingen', 'contact', 'aanmelden', 'aanmelding', 'terecht', 'vacature', 'vacatures', 'solliciteren', 'tickets', 'reservatie', 'reserveren', 'inschrijven', 'inschrijvingen', 'details']);
/** Public places by their compound ending ("Textielmuseum", "Fabiolazaal", "jeugdhuis"). */
const PLACE_ENDINGS = ['museum', 'centrum', 'center', 'zaal', 'school', 'galerie', 'kerk', 'kapel', 'bibliotheek', 'theater', 'schouwburg', 'kantine', 'instituut', 'ziekenhuis', 'kasteel', 'domein', 'hal', 'huis', 'markt', 'feest', 'beurs'];
const PLACE = (t: Token) => t.norm.length > 4 && t.norm !== 'thuis' && PLACE_ENDINGS.some((e) => t.norm.endsWith(e));
const VENUE = (t: Token) => VENUE_CUE(t) || PLACE(t);
/** Venue words that say "we" or "address" rather than naming a place: a family says them too. */
const GENERIC_VENUE = wordTest(['ons', 'onze', 'our', 'us', 'we', 'wij', 'adres', 'address', 'waar', 'where', 'plaats', 'place']);
const NAMED_VENUE = (t: Token) => VENUE(t) && !GENERIC_VENUE(t);

/** Whole-sentence look-around, bounded by {@link sentenceRange}. */
function inSentence(text: PreparedText, index: number, test: (t: Token) => boolean): boolean {
  const { from, to } = sentenceRange(text, index);
  for (let i = from; i < to; i++) if (test(text.tokens[i]!)) return true;
  return false;
}

/** {@link inSentence}, remembered per sentence: a list of addresses asks the same question often. */
function sentenceMemo(text: PreparedText, test: (t: Token) => boolean): (index: number) => boolean {
  const memo = new Map<number, boolean>();
  return (index) => {
    const s = text.tokens[index]?.sentence ?? -1;
    let v = memo.get(s);
    if (v === undefined) memo.set(s, (v = inSentence(text, index, test)));
    return v;
  };
}

const check: Check = {
  meta: {
    id: 'personal-data',
    category: 'personal-data',
    severity: 'warn',
    description: {
      nl: 'Contact- en identiteitsgegevens van personen: e-mail, telefoon, BSN, rijksregisternummer, IBAN, huisadres, geboortedatum.',
      en: "People's contact and identity data: e-mail, phone, BSN, Belgian national number, IBAN, home address, date of birth.",
    },
    subrules: {
      email: 'warn',
      phone: 'warn',
      bsn: 'warn',
      'national-number': 'warn',
      iban: 'warn',
      address: 'warn',
      'birth-date': 'warn',
    },
    messages: {
      email: {
        nl: 'Dit is het e-mailadres van een persoon. Deel het niet publiek; verwijs naar een algemeen adres (info@…).',
        en: "This is a person's e-mail address. Don't share it publicly; point to a general address (info@…).",
      },
      phone: {
        nl: 'Dit lijkt een persoonlijk telefoonnummer. Deel geen nummers van jezelf, collega’s of cliënten; verwijs naar het algemene nummer.',
        en: "This looks like a personal phone number. Don't share numbers of yourself, colleagues or clients; point to the general number.",
      },
      bsn: {
        nl: 'Een burgerservicenummer (BSN) hoort nooit op sociale media.',
        en: 'A Dutch citizen service number (BSN) never belongs on social media.',
      },
      'national-number': {
        nl: 'Een rijksregisternummer (INSZ) of ander nationaal nummer (SSN, NI) hoort nooit op sociale media.',
        en: 'A national ID number (Belgian INSZ, US SSN, UK NI) never belongs on social media.',
      },
      iban: {
        nl: 'Dit is het rekeningnummer van een persoon. Deel het niet publiek.',
        en: "This is a person's bank account number. Don't share it publicly.",
      },
      address: {
        nl: 'Een huisadres maakt iemand vindbaar. Deel het niet publiek.',
        en: "A home address makes someone easy to find. Don't share it publicly.",
      },
      'birth-date': {
        nl: 'Een geboortedatum maakt iemand identificeerbaar. Laat ze weg.',
        en: 'A date of birth makes someone identifiable. Leave it out.',
      },
    },
    quote: {
      nl: 'Je mag in principe alleen gegevens van cliënten gebruiken voor het bieden van goede zorg.',
      en: 'In principle you may use clients’ data only to provide good care.',
    },
    examples: {
      fires: [
        'Wie kan Jan helpen? Mail hem op jan.peeters@gmail.com',
        'Vragen over de uitstap? Sms me gerust op 0496 38 71 25.',
        'Sms Fleur even op 06 12345678, ze zoekt nog een oppas.',
        'Mijn burgerservicenummer is 123456782, wat moet ik invullen?',
        'Haar rijksregisternummer is 85.07.30-033.28.',
        'Steun de familie Yilmaz: BE68 5390 0754 7034.',
        'Onze buurvrouw woont in de Kerkstraat 14, 9000 Gent, breng gerust iets langs.',
        'Happy birthday to Tom, born on 3 March 2011!',
        { text: 'Geboortedatum: 12/05/2009, graag meebrengen naar de intake.', context: { account: 'organisation' } },
        'Call my colleague Sam on +32 470 11 22 33 for the details.',
      ],
      clean: [
        { text: 'Hulp nodig bij je aanvraag? Ons onthaal: 03 218 76 40, onthaal@voorbeeld.be', context: { account: 'organisation' } },
        'We zoeken een begeleider! Solliciteren kan via jobs@voorbeeld.org',
        'In nood? Bel 112. Wil je praten? Bel 1813 of de Zelfmoordlijn.',
        'Gratis hulp nodig? Bel 0800 12 345, dag en nacht.',
        'Our reception at Dorpsplein 9 opens late on Thursdays.',
        'De spaghettiavond bracht €1.475 op, goed voor 96 borden.',
        'Vergadering om 14.30 uur in zaal 3, dossier 2024 afgerond.',
        'Sinds 1928 op deze wereld, en elke dinsdag aan de biljarttafel.',
      ],
    },
  },
  run(ctx) {
    const { text } = ctx;
    // Nothing to find without digits or an @: the common case for ordinary posts.
    const hasDigit = /\d/.test(text.folded);
    // Without them, only what may be written in words ("nul vier …", "geboren op drie mei", "an punt peeters op
    // telenet punt be"): asked of the finders' own hints, so this gate cannot drift from what they find.
    if (!hasDigit && !text.folded.includes('@') && !mayHoldMaskedEmail(text.original) && !mayHoldSpelledPhone(text.folded) && !hasBirthCue(text.folded)) return;
    const reports = new Reports(ctx);
    const organisationAccount = ctx.draft.account === 'organisation';
    if (hasDigit) {
      // Identity numbers first: they win over a phone reading of the same digits.
      reportIdentityNumbers(ctx, reports, organisationAccount);
      for (const b of findBirthDates(text.folded)) reports.add('birth-date', text.span(b.nStart, b.nEnd));
      for (const span of listedBirthDates(ctx)) reports.add('birth-date', span);
      reportPhones(ctx, reports, organisationAccount);
      reportAddresses(ctx, reports, organisationAccount);
    }
    // All in words: "geboren op drie mei tweeduizend elf".
    else for (const b of findBirthDates(text.folded)) reports.add('birth-date', text.span(b.nStart, b.nEnd));
    // Tested here as well as inside: a draft that reads no number out (most) does not even compile the reader (first check).
    if (mayHoldSpelledPhone(text.folded)) for (const p of findSpelledPhones(text.folded)) {
      // A number read out in words is someone's own: nobody spells out a switchboard.
      if (!isOrganisationsPhone(text, tokenAt(text, p.nStart), true, false)) reports.add('phone', text.span(p.nStart, p.nEnd));
    }
    // On the original text: folding would turn "Jan.Peeters@" into a different local part only in case.
    if (text.original.includes('@')) for (const e of findEmails(text.original)) reportEmail(ctx, reports, e);
    for (const e of findMaskedEmails(text.original)) reportEmail(ctx, reports, e);
  },
};

/**
 * One finding per stretch of text: the first reading (identity numbers first) wins. The spans reported so far (at
 * most MAX_REPORTS) are searched rather than marked in a per-character array, which costs more to make.
 */
class Reports {
  private readonly spans: Array<{ start: number; end: number }> = [];

  constructor(private readonly ctx: CheckContext) {}

  get full(): boolean {
    return this.spans.length >= MAX_REPORTS;
  }

  add(kind: Kind, span: { start: number; end: number }): void {
    if (this.full) return;
    // Shares a character with a reported span (an empty span shares none).
    for (const r of this.spans) if (Math.max(r.start, span.start) < Math.min(r.end, span.end)) return;
    this.spans.push(span);
    this.ctx.report({ start: span.start, end: span.end, messageId: kind, subrule: kind });
  }
}

/** IBANs, Belgian national numbers, US and UK ids and BSNs that are a person's. */
function reportIdentityNumbers(ctx: CheckContext, reports: Reports, organisationAccount: boolean): void {
  const { text } = ctx;
  for (const c of findIbanCandidates(text.folded)) {
    const i = tokenAt(text, c.nStart);
    if (!c.valid() && !near(text, i, i + 1, 6, 0, IBAN_CONTEXT)) continue;
    if (inSentence(text, i, PERSON_CUE) || !isOrganisationsAccount(text, i, organisationAccount)) reports.add('iban', text.span(c.nStart, c.nEnd));
  }
  for (const c of findNationalNumberCandidates(text.folded)) {
    const i = tokenAt(text, c.nStart);
    // "Mijn INSZ-nummer voor het formulier van de mutualiteit: …": the word anywhere in the sentence.
    const named = near(text, i, i + 1, 6, 3, NATIONAL_CONTEXT) || inSentence(text, i, NATIONAL_CONTEXT);
    if (named || (c.valid() && !near(text, i, i + 1, 3, 0, ORDER_CONTEXT))) reports.add('national-number', text.span(c.nStart, c.nEnd));
  }
  for (const c of findForeignIdCandidates(text.folded)) {
    const i = tokenAt(text, c.nStart);
    if (near(text, i, i + 1, 6, 0, FOREIGN_ID_CONTEXT)) reports.add('national-number', text.span(c.nStart, c.nEnd));
  }
  for (const c of findBsnCandidates(text.folded)) {
    const i = tokenAt(text, c.nStart);
    // "Kan HR mijn BSN nakijken? Het is 123456782": the word may be in the sentence before.
    const strong = near(text, i, i + 1, 8, 3, BSN_CONTEXT, true);
    // A valid 11-proef alone happens by chance once in eleven numbers: ask for a word too.
    const weak = !strong && c.compact[0] !== '0' && near(text, i, i + 1, 4, 0, NUMBER_CONTEXT) && c.valid();
    if (strong || weak) reports.add('bsn', text.span(c.nStart, c.nEnd));
  }
}

/** The organisation's listed numbers as `phoneKey`s, once per policy. */
const organisationPhones = perPolicy((policy) => new Set(policy.organisation.phones.map(phoneKey)));
/** Between a person's name and a mobile that is theirs: "… melden bij Luc, 0476 …". */
const NAME_PHONE_GAP = /^[\s,:;()\-–]{1,4}(?:op |on |at )?\(?$/;

/** Phone numbers in digits that are a person's, not the organisation's or a service line. */
function reportPhones(ctx: CheckContext, reports: Reports, organisationAccount: boolean): void {
  const { text } = ctx;
  const orgPhones = organisationPhones(ctx.policy);
  const judge = (p: PhoneMatch, northAmerican: boolean) => {
    if (p.kind === 'service' || orgPhones.has(p.digits) || orgPhones.has(p.e164[0] === '+' ? p.e164.slice(1) : p.e164)) return;
    const i = tokenAt(text, p.nStart);
    // "Bestelling 0476512088 is verzonden": an order number, not a phone number (a spaced number stays one).
    if (/^\d+$/.test(text.folded.slice(p.nStart, p.nEnd)) && near(text, i, i + 1, 3, 0, ORDER_CONTEXT)) return;
    // A US number in a post from here is more often someone's cell than a listed line.
    const mobile = p.kind === 'mobile' || northAmerican;
    // A mobile right after a person's name is that person's.
    if (isOrganisationsPhone(text, i, mobile, organisationAccount) && !(mobile && afterPerson(ctx, text.span(p.nStart, p.nStart + 1).start, NAME_PHONE_GAP))) return;
    reports.add('phone', text.span(p.nStart, p.nEnd));
  };
  for (const p of findPhones(text.folded)) judge(p, false);
  for (const p of findNorthAmericanPhones(text.folded)) judge(p, true);
}

/** Home addresses: a person's, or a household's move; not a venue's, an office's or a service's. */
function reportAddresses(ctx: CheckContext, reports: Reports, organisationAccount: boolean): void {
  const { text } = ctx;
  const homeWord = sentenceMemo(text, HOME_CUE);
  const personWord = sentenceMemo(text, PERSON_CUE);
  const venueWord = sentenceMemo(text, VENUE);
  // The street's own name ("Grote Markt", "Stationsplein") says nothing about whose address it is.
  const venueOutside = (a: { start: number; end: number; street: number }, venue: (t: Token) => boolean) =>
    venueWord(a.street) && inSentence(text, a.street, (w) => (w.end <= a.start || w.start >= a.end) && venue(w));
  const moveWord = sentenceMemo(text, MOVE_CUE);
  const addressWord = (i: number) => near(text, i, i + 1, 5, 3, (t) => t.norm === 'adres' || t.norm === 'address');
  // "We zijn verhuisd! Ons nieuwe adres: …" from a personal account: a household's move, unless an office,
  // a service or a public place is named.
  const householdMove = (i: number) =>
    !organisationAccount && addressWord(i) && near(text, i, i + 1, 12, 0, MOVE_CUE, true) && !near(text, i, i + 1, 12, 0, (t) => ORG_CUE(t) || PLACE(t), true);
  const home = (i: number) => homeWord(i) || ((moveWord(i) || addressWord(i)) && personWord(i)) || householdMove(i);
  for (const find of [findAddresses, findEnglishAddresses, findNumberFirst]) for (const a of find(text, home)) {
    if (reports.full) break;
    // "Onze bewoonster mevrouw Janssens krijgt graag post: …", "… it's my mum's place": a person's, unless a
    // named venue (an office, a centre, a shop) is in the sentence.
    const persons = personWord(a.street) && !venueOutside(a, NAMED_VENUE);
    if (home(a.street) || persons || (!organisationAccount && !venueOutside(a, VENUE))) reports.add('address', a);
  }
}

function reportEmail(ctx: CheckContext, reports: Reports, e: EmailMatch): void {
  if (!isRoleMailbox(e, ctx.policy.organisation.roleMailboxes)) reports.add('email', e);
}

/** A full date, day first ("03/05/2011", "02.11.1991", "3 mei 2011"), not inside a longer number. */
export const FULL_DATE = twin(String.raw`(?<![\p{L}\p{N}.\/\-])(?:\d{1,2}[/.\-]\d{1,2}[/.\-]((?:19|20)\d\d)|\d{1,2} \p{L}{3,9}\.? ((?:19|20)\d\d))(?![\p{N}]|[/.\-]\d)`, 'uy');
/** Between a name and its date in a list: "Jan Peeters (03/05/2011)", "Maria Janssens, 02.11.1991", "Lies – 12/11/2010". */
const NAME_DATE_GAP = /^\s?(?:[(,:|\-–—]|\s)\s?\(?$/;

/**
 * Dates of birth in a list of people: a full date right after a person's name, with a year at least three years
 * back (an event in a list mostly has a recent date; "Jan Peeters (1931-2025)" has years only). Runs the
 * entity recogniser only when such a date is there.
 */
function listedBirthDates(ctx: CheckContext): Array<{ start: number; end: number }> {
  const { text } = ctx;
  const out: Array<{ start: number; end: number }> = [];
  let latest: number | undefined;
  // A day and a year: five digits at least, or the expression is not compiled.
  if (!hasDigits(text.folded, 5)) return out;
  for (const m of matchesAtDigits(text.folded, FULL_DATE(text.folded))) {
    const span = text.span(m.index, m.index + m[0].length);
    if (Number(m[1] ?? m[2]) <= (latest ??= new Date().getFullYear() - 3) && afterPerson(ctx, span.start, NAME_DATE_GAP)) out.push(span);
  }
  return out;
}

/** A person's name ends just before `start` (original offset), with only `gap` between. */
function afterPerson(ctx: CheckContext, start: number, gap: RegExp): boolean {
  return ctx.entities().some((e) => e.type === 'person' && e.end <= start && gap.test(ctx.text.original.slice(e.end, start)));
}

/** Whose a phone number is, from the words around it (see {@link isOrganisationsPhone}). */
const PERSONS_PHONE = (t: Token) => PERSON_CUE(t) || HOME_PHONE(t);
const LANDLINE_LISTING = (t: Token) => OUR_CUE(t) || INFO_CUE(t) || t.norm.includes('@');
const LANDLINE_VENUE = (t: Token) => VENUE(t) || INFO_CUE(t) || ORG_CUE(t);

/** The phone number is the organisation's (switchboard, service line) rather than a person's. */
function isOrganisationsPhone(text: PreparedText, i: number, mobile: boolean, organisationAccount: boolean): boolean {
  // Windows cross sentence ends: the dots of "info@org.be" or "Info: …" end "sentences" too.
  // "Tel. thuis: 011/…": a home number is a person's, whatever listing it stands in.
  if (near(text, i, i + 1, 6, 2, PERSONS_PHONE, true)) return false;
  // "Mijn nieuwe nummer voor de collega's van team Oost: 06-…": a mobile with "mijn" in its sentence is someone's own.
  if (mobile && inSentence(text, Math.max(0, i - 1), PERSON_CUE)) return false;
  if (organisationAccount) return true;
  // From a personal account: "bel het onthaal op …", and for landlines also "bel ons op …".
  // A landline near words that list a venue, a service or "tel."/"fax" is a listing: "Zaal Bergheem,
  // tel. 089 / 35 24 05", "Voor meer informatie kunt u terecht op 02 / 723 87 92".
  return (
    near(text, i, i + 1, 8, 2, ORG_CUE, true) ||
    // A place named in the sentence before ("… naar de kerstmarkt? App naar 0478 …") is no listing for a mobile.
    near(text, i, i + 1, 8, 2, PLACE, !mobile) ||
    (!mobile && near(text, i, i + 1, 8, 2, LANDLINE_LISTING, true)) ||
    (!mobile && near(text, i, i + 1, 16, 2, LANDLINE_VENUE, true))
  );
}

/** An account number the organisation publishes: its own account, or "steun onze werking: BE…". */
function isOrganisationsAccount(text: PreparedText, i: number, organisationAccount: boolean): boolean {
  return organisationAccount || inSentence(text, i, (t) => OUR_CUE(t) || ORG_CUE(t));
}

export default check;
