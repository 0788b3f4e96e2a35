import { describe, expect, it } from 'vitest';
import { check, checkDraft, emptyPolicy, type DraftContext, type EnginePolicy } from '..';

const personal: DraftContext = { platform: 'facebook', account: 'personal' };
const organisation: DraftContext = { platform: 'facebook', account: 'organisation' };

/** Rule and flagged text of each personal-data finding. */
function found(text: string, context: DraftContext = personal, policy: EnginePolicy = emptyPolicy()): string[] {
  return check(text, context, policy, { only: ['personal-data'] }).map((f) => `${f.rule} ${text.slice(f.start, f.end)}`);
}

describe('personal-data: e-mail', () => {
  it.each([
    ['Mail Jan gerust op jan.peeters@telenet.be', 'jan.peeters@telenet.be'],
    ['Contact: j.devries@zorggroep.nl', 'j.devries@zorggroep.nl'],
    ['my address is sarah1990@gmail.com.', 'sarah1990@gmail.com'],
  ])('%s', (text, email) => {
    expect(found(text)).toEqual([`personal-data/email ${email}`]);
  });

  it.each([
    'Vragen? Mail naar info@voorbeeld.be',
    'Solliciteren via vacatures@zorg-voorbeeld.nl of jobs@voorbeeld.org',
    'Stuur je verhaal naar onthaal.gent@voorbeeld.be',
    'Meld je aan via vrijwilligers@voorbeeld.be!',
    'Questions? Email hello@example.org or press@example.org.',
  ])('role mailbox, personal account: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('a mailbox the policy lists is not personal, whatever its name', () => {
    const policy = emptyPolicy({ organisation: { names: [], handles: [], domains: ['voorbeeld.be'], roleMailboxes: ['marleen@voorbeeld.be'], phones: [] } });
    expect(found('Mail naar marleen@voorbeeld.be', personal, policy)).toEqual([]);
    expect(found('Mail naar marleen@voorbeeld.be', personal)).toHaveLength(1);
  });

  it("a staff member's full-name address at the organisation's domain is still personal", () => {
    const policy = emptyPolicy({ organisation: { names: [], handles: [], domains: ['voorbeeld.be'], roleMailboxes: [], phones: [] } });
    expect(found('Mail Jan op jan.peeters@voorbeeld.be', organisation, policy)).toHaveLength(1);
  });

  it('finds addresses masked against harvesters, not a plain "at"', () => {
    expect(found('Mail me op lotte.peeters [at] gmail.com')).toEqual(['personal-data/email lotte.peeters [at] gmail.com']);
    expect(found('Stuur een mailtje: jan punt peeters at telenet punt be')).toEqual(['personal-data/email jan punt peeters at telenet punt be']);
    expect(found('Mail: sarah (at) outlook (dot) com')).toEqual(['personal-data/email sarah (at) outlook (dot) com']);
    expect(found('Vragen? info [at] voorbeeld.be')).toEqual([]);
    expect(found('See you at home.com later, then dot the i’s.')).toEqual([]);
  });

  it('finds an address written all in words with the Dutch "op", in a draft without digits or an @', () => {
    // The check's early exit for drafts without digits asks the finders' own hints, so it finds what they find.
    expect(found('Mail me gerust: an punt peeters op telenet punt be')).toEqual(['personal-data/email an punt peeters op telenet punt be']);
  });

  it('a lone @ or a handle is not an address', () => {
    expect(found('Merci @voorbeeldvzw voor de leuke namiddag! @ 14u')).toEqual([]);
  });
});

describe('personal-data: phone', () => {
  it.each([
    ['Stuur hem een sms op 0496 38 71 25', '0496 38 71 25'],
    ['bel me: 09 123 45 67', '09 123 45 67'],
    ['Sms 06 12345678 voor info', '06 12345678'],
    ['Haar nummer: 06-12345678', '06-12345678'],
    ['Call me on +31 6 1234 5678', '+31 6 1234 5678'],
    ['gsm 0032 496 38 71 25', '0032 496 38 71 25'],
    ['bel 0496/38.71.25', '0496/38.71.25'],
    ['my UK number +44 20 7946 0958', '+44 20 7946 0958'],
    // Spaces around "/" and "-", as many write landlines and mobiles.
    ['bel mij thuis: 03 / 455 12 90', '03 / 455 12 90'],
    ['mijn nummer: 06 - 412 307 95', '06 - 412 307 95'],
  ])('%s', (text, number) => {
    expect(found(text)).toEqual([`personal-data/phone ${number}`]);
  });

  it.each([
    'Bel 112 bij nood, of 1813 als je wil praten.',
    'Zelfmoordpreventie: bel 113 of 0800-0113.',
    'Gratis: 0800 20 240',
    'Tele-Onthaal: 106',
    'Het resultaat: 12345678 euro.',
    'Open van 09.00-17.00 uur.',
    'Op 01/02/2024 start de werking.',
  ])('not a personal number: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it("the organisation's switchboard from its own account is fine, a person's mobile is not", () => {
    expect(found('Ons onthaal: 03 218 76 40', organisation)).toEqual([]);
    expect(found('Wout is bereikbaar op zijn gsm: 0496 38 71 25', organisation)).toEqual(['personal-data/phone 0496 38 71 25']);
  });

  it('from a personal account, the service line of a named service is fine', () => {
    expect(found('Nog vragen? Het secretariaat neemt op via 03 218 76 40')).toEqual([]);
    expect(found('Vragen? Bel ons secretariaat op 02 345 67 89')).toEqual([]);
    expect(found('Vragen over de afvalophaling? Bel de gemeente Lier op 03 800 03 00.')).toEqual([]);
    expect(found('Vacature begeleider. Info: hr@voorbeeld.be of 03 444 55 66')).toEqual([]);
    // A mobile under "Info:" may well be the poster's own.
    expect(found('Fiets te koop. Info: 0496 38 71 25')).toHaveLength(1);
  });

  it('a landline in a listing of a venue or an event is the venue\'s, also a few words on', () => {
    expect(found('Boekenbeurs in Zaal De Linde, Dorpsplein 4, Zoersel, tel. 03 / 384 20 11')).toEqual([]);
    expect(found('Wie meer wil weten over de cursus kan altijd terecht op het nummer 016 / 29 44 10.')).toEqual([]);
    expect(found('Bel mij gerust thuis, 016 / 29 44 10, na 18 uur.')).toHaveLength(1);
  });

  it("numbers the policy lists are the organisation's, in any notation", () => {
    const policy = emptyPolicy({ organisation: { names: [], handles: [], domains: [], roleMailboxes: [], phones: ['3232187640', '0496387125'] } });
    expect(found('Telefoon 03 218 76 40', personal, policy)).toEqual([]);
    expect(found('Bel +32 496 38 71 25', personal, policy)).toEqual([]);
  });
});

describe('personal-data: context from the sentence before and from "mijn" (issue 7)', () => {
  it('a BSN word in the sentence before', () => {
    expect(found('Klopt mijn BSN wel? Het is 123456782 volgens de brief.')).toEqual(['personal-data/bsn 123456782']);
  });
  it('"mijn nummer" makes a mobile personal even next to a team name', () => {
    expect(found('Mijn nieuwe nummer voor iedereen van team Noord: 0478 12 34 56.')).toEqual(['personal-data/phone 0478 12 34 56']);
  });
});

describe('personal-data: BSN and national number', () => {
  it('a BSN needs context', () => {
    expect(found('Wie weet waar ik BSN 246813581 moet invullen?')).toEqual(['personal-data/bsn 246813581']);
    expect(found('burgerservicenummer: 1234.56.782')).toEqual(['personal-data/bsn 1234.56.782']);
    // A wrong check digit next to "BSN" is still meant as one.
    expect(found('BSN 123456789 graag invullen')).toEqual(['personal-data/bsn 123456789']);
    // 246813581 passes the 11-proef but nothing says it is a BSN.
    expect(found('De teller stond op 246813581 bezoekers')).toEqual([]);
  });

  it('a valid Belgian national number is flagged even without context; an invalid one needs it', () => {
    expect(found('85.07.30-033.28')).toEqual(['personal-data/national-number 85.07.30-033.28']);
    expect(found('Rijksregisternummer 85073003328 aub')).toEqual(['personal-data/national-number 85073003328']);
    expect(found('ordernummer 85073003327')).toEqual([]);
    expect(found('rijksregisternummer: 85.07.30-033.27')).toEqual(['personal-data/national-number 85.07.30-033.27']);
  });

  it('applies the 2000+ rule (born in 2000 or later)', () => {
    // 17.01.01-123.xx: check digits computed on 2 + the first nine digits.
    const base = 170101123;
    const check2000 = String(97 - ((2_000_000_000 + base) % 97)).padStart(2, '0');
    expect(found(`INSZ 17.01.01-123.${check2000}`)).toHaveLength(1);
    expect(found(`17.01.01-123.${check2000}`)).toHaveLength(1);
  });
});

describe('personal-data: IBAN', () => {
  it.each([
    ['Wie de buurman wil helpen, kan storten op BE68 5390 0754 7034. Merci!', 'BE68 5390 0754 7034'],
    ['Stort op mijn rekening NL91ABNA0417164300', 'NL91ABNA0417164300'],
    ['iban: be68539007547034', 'be68539007547034'],
  ])('%s', (text, iban) => {
    expect(found(text)).toEqual([`personal-data/iban ${iban}`]);
  });

  it("the organisation's own account for donations is fine", () => {
    expect(found('Steun onze werking: BE68 5390 0754 7034')).toEqual([]);
    expect(found('Giften zijn welkom op BE68 5390 0754 7034', organisation)).toEqual([]);
  });

  it('an invalid IBAN-shaped string needs an account word', () => {
    expect(found('rekeningnummer BE68 5390 0754 7035')).toHaveLength(1);
    expect(found('code BE68 5390 0754 7035')).toEqual([]);
  });
});

describe('personal-data: address', () => {
  it.each([
    ['Zij woont sinds kort in de Molenstraat 37 te Aalst', 'Molenstraat 37'],
    ['Breng het naar Frankrijklei 5 bus 3, 2000 Antwerpen', 'Frankrijklei 5 bus 3, 2000 Antwerpen'],
    ['Haar adres: Prinsengracht 263, 1016 GV Amsterdam', 'Prinsengracht 263, 1016 GV Amsterdam'],
    ['mevrouw woont op de kerkstraat 14a', 'kerkstraat 14a'],
    ['She lives at Koning Albertlaan 7', 'Koning Albertlaan 7'],
    // English notation, number first (issue 7).
    ['His home address is 22 Willow Lane, 3000 Leuven.', '22 Willow Lane, 3000 Leuven'],
    ['Mijn zus verhuist naar de Lindelaan 4 in Hasselt.', 'Lindelaan 4'],
    ['Nieuw adres van cliënt Bram: Beukenlaan 9, 3500 Hasselt.', 'Beukenlaan 9, 3500 Hasselt'],
    // Postcode and town first, abbreviated street words, Brussels' French notation; a street named
    // "Markt" or "Plein" is no venue in itself.
    ['Stuur de kaart naar mijn nonkel: 8500 Kortrijk, Veemarkt 19.', '8500 Kortrijk, Veemarkt 19'],
    ['Mijn tante: 2300 Turnhout - Warandestraat 3', '2300 Turnhout - Warandestraat 3'],
    ['My cousin lives at 6811 CD Arnhem, Rijnkade 40.', '6811 CD Arnhem, Rijnkade 40'],
    ['Haar adres: Dorpstr. 8, 3840 Borgloon', 'Dorpstr. 8, 3840 Borgloon'],
    ['Mijn opa woont in de Brugsestwg 210', 'Brugsestwg 210'],
    ['Mijn schoonmoeder woont Avenue des Cerisiers 12 in Woluwe.', 'Avenue des Cerisiers 12'],
    ['Ma sœur habite Rue du Moulin 3, 1300 Wavre', 'Rue du Moulin 3, 1300 Wavre'],
    // The number first, as people say it, or after "huisnummer"; a flat is a home.
    ['Lies woont nu op nummer 14 in de Lindenlaan.', 'nummer 14 in de Lindenlaan'],
    ['Hij woont in de Molenstraat, huisnummer 31.', 'Molenstraat, huisnummer 31'],
    ["He's at number 9 on Mill Lane, just knock.", 'number 9 on Mill Lane'],
    ["Her new flat is at 3 Elm Close.", '3 Elm Close'],
  ])('%s', (text, address) => {
    expect(found(text)).toEqual([`personal-data/address ${address}`]);
  });

  it.each([
    'Onderweg 2 uur in de file gestaan.',
    'Na 20 jaar loopbaan 3 keer verhuisd.',
    'De Kerkstraat is vanaf maandag 3 weken afgesloten.',
    'Kom naar ons dagcentrum in de Kerkstraat 12!',
    'Opendeurdag: Stationsstraat 5, 9000 Gent.',
    'Het Textielmuseum, Goirkestraat 96, is open op zondag.',
    // An office or clinic moving is not someone's home (issue 7).
    'Vanaf maart verhuist onze polikliniek naar de Parklaan 40, 3000 Leuven.',
    'We moved our office to 12 Station Road last month.',
    'Jeugdhuis open vanaf 20u: 3000 Leuven, Ladeuzeplein 4.',
    'De kermis begint op 12 juli, Rue de la Station 3 was de hele dag afgesloten voor het evenement.',
    'Vandaag het Stadspark 4 keer rond gelopen, 12 km!',
    'Rue Royale 12 is vanaf maandag afgesloten voor alle verkeer.',
    'Ons dagcentrum op nummer 14 in de Lindenlaan is vrijdag gesloten.',
    'Huisnummer 10 staat al jaren leeg in onze straat.',
    'Bus 14 rijdt vandaag niet langs de Lindenlaan.',
  ])('not a home address: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('from the organisation account its own address is fine, a home is not', () => {
    expect(found('Je vindt ons in de Stationsstraat 5, 9000 Gent.', organisation)).toEqual([]);
    expect(found('Mevrouw Peeters woont tegenwoordig in de Stationsstraat 5.', organisation)).toHaveLength(1);
  });
});

describe('personal-data: birth date', () => {
  it.each([
    ['Geboren op 3 maart 2011 in Gent', 'Geboren op 3 maart 2011'],
    ['Tom (°12/05/2009) zoekt een stage', '°12/05/2009'],
    ['DOB: 2009-05-12', 'DOB: 2009-05-12'],
    ['geboortedatum 12.05.09', 'geboortedatum 12.05.09'],
    ['born on March 3, 2011', 'born on March 3, 2011'],
    // A place between the cue and the date.
    ['Lotte, geboren te Mechelen op 8 juni 2013', 'geboren te Mechelen op 8 juni 2013'],
    ['born in Leeds on 4 July 2010', 'born in Leeds on 4 July 2010'],
    // Year first with dots; a birthday with a full past date.
    ['Geboortedatum 2011.05.03', 'Geboortedatum 2011.05.03'],
    ['Verjaardag van mijn dochter: 9 juni 2013, ze wordt 13!', 'Verjaardag van mijn dochter: 9 juni 2013'],
    ['Birthday: 14/09/2012', 'Birthday: 14/09/2012'],
  ])('%s', (text, date) => {
    expect(found(text)).toEqual([`personal-data/birth-date ${date}`]);
  });

  it('a year alone or a date without a birth cue is not a date of birth', () => {
    expect(found('Geboren in 1931 en nog altijd fit!')).toEqual([]);
    expect(found('Op 3 maart 2011 openden we de deuren.')).toEqual([]);
    expect(found('Newborn care workshop on 3 March.')).toEqual([]);
    expect(found('Geboren in Gent, opgegroeid in Lier; op 3 maart 2011 kwam ze bij ons werken.')).toEqual([]);
    // A birthday without a year, or this year's, is the day of a party.
    expect(found('Mijn verjaardag is op 3 mei, kom je ook?')).toEqual([]);
    expect(found(`Onze vzw is jarig op 3 mei ${new Date().getFullYear()}: 25 jaar!`)).toEqual([]);
  });
});

describe('personal-data: one finding per stretch of text', () => {
  it('a North American reading inside an international number is not a second finding', () => {
    expect(found('Call my friend on +1 503-555-0147 tonight')).toEqual(['personal-data/phone +1 503-555-0147']);
  });

  it('stops at fifty findings', () => {
    const list = Array.from({ length: 60 }, (_, i) => `Mijn oma woont in de Kerkstraat ${i + 1}.`).join(' ');
    expect(found(list)).toHaveLength(50);
  });
});

describe('personal-data: robustness', () => {
  it.each([
    ['long run of digits', '1'.repeat(100_000)],
    ['digits and spaces', '0 1 2 3 4 5 6 7 8 9 '.repeat(5_000)],
    ['many at-signs', 'a@b.'.repeat(25_000)],
    ['long local part', `${'x'.repeat(100_000)}@voorbeeld.be`],
    ['many streets', 'Kerkstraat 1 '.repeat(7_000)],
    ['emoji and RTL', '📞 0496 38 71 25 \u202Eשלום 👍'],
  ])('%s: no failure, spans inside the text', (_name, text) => {
    const { findings, errors } = checkDraft(text, personal, emptyPolicy(), { only: ['personal-data'] });
    expect(errors).toEqual([]);
    for (const f of findings) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeLessThanOrEqual(text.length);
    }
  });

  it('spans point at the original text after invisible characters and emoji', () => {
    const text = '👩‍👧 Bel\u200B haar op 0496 38 71 25';
    expect(found(text)).toEqual(['personal-data/phone 0496 38 71 25']);
  });

  it('sub-rules can be switched off one by one', () => {
    const policy = emptyPolicy({ severities: [{ rule: 'personal-data/phone', severity: 'off' }] });
    expect(found('Bel me op 0496 38 71 25 of mail jan.peeters@gmail.com', personal, policy)).toEqual(['personal-data/email jan.peeters@gmail.com']);
  });
});

describe('personal-data: forms staff write (issue 7)', () => {
  it.each([
    ['Mijn nummer is nul vier zes zeven, twaalf, vierendertig, zesenvijftig', 'phone nul vier zes zeven, twaalf, vierendertig, zesenvijftig'],
    ['Call my cell (503) 555-0147 after six', 'phone (503) 555-0147'],
    ['Mijn gsm: (0476) 51 20 88', 'phone (0476) 51 20 88'],
    ['geboren op drie mei tweeduizend elf', 'birth-date geboren op drie mei tweeduizend elf'],
    ['Geboortedatum van onze zoon: 14 sept 2012', 'birth-date Geboortedatum van onze zoon: 14 sept 2012'],
    ['Mijn INSZ is 85-07-30-033-28', 'national-number 85-07-30-033-28'],
    ['My SSN is 123-45-6789, can HR fix it?', 'national-number 123-45-6789'],
    ['IBAN: BE 68 5390 0754 7034, t.n.v. mijn broer', 'iban BE 68 5390 0754 7034'],
    ['mail me: jan.peeters at gmail.com', 'email jan.peeters at gmail.com'],
    ['My address is 14 Rose Lane, Derby DE22 3LP', 'address 14 Rose Lane, Derby DE22 3LP'],
    // A home line in a listing, a neighbour's UK mobile after "our", a grandmother's address.
    ['Tel. thuis: 011/22.33.44', 'phone 011/22.33.44'],
    ['Our neighbour Pat is on 07700 900 461 if the dog gets out.', 'phone 07700 900 461'],
    ["Oma's adres is 2e Jan Steenstraat 44, Amsterdam", 'address 2e Jan Steenstraat 44'],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual([`personal-data/${expected}`]);
  });

  it('a full date right after a name in a list is a date of birth', () => {
    expect(found('Deelnemers kamp: Jan Peeters (03/05/2011), Lies Janssens (12/11/2010)')).toEqual([
      'personal-data/birth-date 03/05/2011',
      'personal-data/birth-date 12/11/2010',
    ]);
    expect(found('Maria Janssens, 02.11.1991')).toEqual(['personal-data/birth-date 02.11.1991']);
    // The fewest digits such a date has (five), and none elsewhere: the pre-check before its expression counts them.
    expect(found('Deelnemers kamp: Jan Peeters (3 mei 2011)')).toEqual(['personal-data/birth-date 3 mei 2011']);
  });

  it.each([
    // A recent date after a name is an event; a date not right after the name is one too.
    'Winnaar van de quiz: Lotte Claes, 14/09/2025',
    'Burgemeester Jan Peeters opende op 03/05/2011 het nieuwe park.',
    'Jan Peeters (1931-2025) was onze eerste voorzitter.',
    // Order and invoice numbers; a shape without its word.
    'Bestelling 0476512088 is verzonden.',
    'Factuurnummer 85.07.30-123.45 graag vermelden.',
    'Het ISBN is 978-90-245-1234-5 en het kost 123-45-6789 cent, grapje.',
    'Log in at outlook.com to see the rota.',
  ])('not personal data: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it("a person's address or mobile, also where 'onze' or an activity would make it a venue's", () => {
    expect(found('Onze bewoonster mevrouw Janssens krijgt graag post: Lindelaan 14, 8700 Tielt.', organisation)).toEqual([
      'personal-data/address Lindelaan 14, 8700 Tielt',
    ]);
    expect(found("Flat 2, 9 Park Terrace, Bath BA1 2AB - send the forms there, it's my mum's place.")).toEqual([
      'personal-data/address 9 Park Terrace, Bath BA1 2AB',
    ]);
    expect(found('Vrijwilligers voor de rommelmarkt kunnen zich melden bij Luc, 0476 51 20 88.')).toEqual(['personal-data/phone 0476 51 20 88']);
    // A named venue still makes it the venue's.
    expect(found('Onze bewoners zijn welkom in ons dagcentrum, Kerkstraat 12, 8700 Tielt.', organisation)).toEqual([]);
    expect(found('Jeugdhuis De Kelder, 0476 51 20 88, open vanaf 20u.')).toEqual([]);
  });

  it('a number read out in words is personal, also from the organisation account', () => {
    expect(found('Bel Marleen: nul vier zeven zes, vijftig, twaalf, achtentachtig', organisation)).toHaveLength(1);
  });
});
