import { describe, expect, it } from 'vitest';
import { emptyPolicy } from './empty-policy';
import { APPOSITION_SOURCE, mayHaveApposition, recognizeEntities } from './entities';
import { hashName } from './hash-name';
import { prepare } from './text';
import type { EnginePolicy, Entity } from './types';

const entities = (text: string, policy: EnginePolicy = emptyPolicy()) => recognizeEntities(prepare(text), policy);
const of = (type: Entity['type'], text: string, policy?: EnginePolicy) =>
  entities(text, policy)
    .filter((e) => e.type === type)
    .map((e) => e.text);
const persons = (text: string, policy?: EnginePolicy) =>
  entities(text, policy)
    .filter((e) => e.type === 'person')
    .map((e) => [e.text, e.value]);

describe('person names: unknown words made names by their context (issue 7)', () => {
  it('the subject of a speech verb', () => {
    expect(persons('Het plan is haalbaar, zegt Okafor in een reactie.')).toEqual([['Okafor', 'cued']]);
    expect(persons('Dat klopt niet, antwoordt Lindqvist gisteren.')).toEqual([['Lindqvist', 'cued']]);
    expect(persons('Lindqvist antwoordde meteen.')).toEqual([['Lindqvist', 'cued']]);
    expect(persons('Iedereen zegt dat het beter gaat.')).toEqual([]);
  });

  it('a party, country or club code after the name: a public figure', () => {
    expect(persons('In de gemeenteraad stemde Okafor (CD&V) tegen.')[0]).toEqual(['Okafor', 'role']);
    expect(persons('In de finale won Rasmussen (Den) in drie sets.')).toEqual([['Rasmussen', 'role']]);
    expect(persons('Gisteren sprak Maria Claes (Groen) in de gemeenteraad.')).toEqual([['Maria Claes', 'role']]);
    expect(of('person', 'In de finale won Rasmussen (Den) in drie sets.')).not.toContain('Den');
  });

  it('a word listed with a name', () => {
    expect(of('person', 'Op de tentoonstelling hangen werken van Magritte en Delvaux.')).toEqual(['Magritte', 'Delvaux'].filter((n) => n));
    expect(of('person', 'We fietsten van Brugge naar Oostende.')).toEqual([]);
  });

  it('Flemish surname spellings and a capitalised "Van" in mid-sentence', () => {
    expect(of('person', 'Het doelpunt kwam van Verstraelen na een mooie pass.')).toEqual(['Verstraelen']);
    expect(of('person', 'De beker werd uitgereikt aan Van Oppens na de wedstrijd.')).toEqual(['Van Oppens']);
  });

  it('a name that is also a word is a word after "het", "een", "the", "a", and no genitive', () => {
    expect(of('person', 'Ze spreekt vloeiend het Frans en het Engels.')).toEqual([]);
    expect(of('person', 'Gisteren sprak ik met Frans over de tuin.')).toEqual(['Frans']);
    expect(of('person', 'Lottes eerste schilderij hangt in de gang.')).toEqual(['Lottes']);
  });

  it('a compound role in apposition makes a professional', () => {
    expect(persons('Dit is Joris, onze nieuwe teamcoach bij de dagbesteding.')).toEqual([['Joris', 'role']]);
    expect(persons('Jelle, onze jongste bewoner, werd vandaag 20.')).toEqual([['Jelle', 'first']]);
    expect(persons('Even voorstellen: Bram, 34, opvoeder in de crisisopvang.')).toEqual([['Bram', 'role']]);
  });

  it('a role in front is not part of the name', () => {
    expect(persons('Gisteren kwam Health Minister Frank Vandenbroucke op bezoek.')).toEqual([['Frank Vandenbroucke', 'role']]);
    expect(persons('Dat meldde minister van Buitenlandse Zaken Hilde Vautmans.')).toEqual([['Hilde Vautmans', 'role']]);
    expect(persons('Volgens milieuminister Demir komt er een nieuw plan.')).toEqual([['Demir', 'role']]);
  });

  it('a hyphenated first name stays whole', () => {
    expect(of('person', 'Jean-Marie Dewulf opende de tentoonstelling.')).toEqual(['Jean-Marie Dewulf']);
  });

  it('a first name opening a sentence before another first name is part of the name', () => {
    expect(of('person', 'Anna Sofie Claes opende de tentoonstelling.')).toEqual(['Anna Sofie Claes']);
    expect(of('person', 'Gisteren Jan Peeters nog gezien.')).toEqual(['Jan Peeters']);
  });

  it('a pet is no person: an animal word before or in apposition, or what animals do nearby', () => {
    expect(of('person', 'De bewoners zijn dol op onze kat Minoes.')).toEqual([]);
    expect(of('person', 'Therapiehond Rocky bezocht vandaag de afdeling.')).toEqual([]);
    expect(of('person', 'Meet Daisy, the new therapy dog on our ward!')).toEqual([]);
    expect(of('person', 'Gisteren kwam Bruno (onze hond) langs.')).toEqual([]);
    expect(of('person', 'Gisteren kwam Bruno , onze hond, langs.')).toEqual([]);
    expect(of('person', 'Gisteren kwam Bruno , onze vriend, langs.')).toEqual(['Bruno']);
    expect(of('person', 'Onze Bobby is vandaag jarig. Hij kwispelde de hele dag.')).toEqual([]);
    // What animals do, as a whole word or the beginning of one, also next to digits or an apostrophe; not inside a word.
    expect(of('person', 'Onze Bobby is vandaag jarig. Hij blaft 2x en miauwt niet.')).toEqual([]);
    expect(of('person', 'Onze Bobby is vandaag jarig. Purring’s his thing.')).toEqual([]);
    expect(of('person', 'Onze Bobby is vandaag jarig. Hij kreeg een grote spindel.')).toEqual(['Bobby']);
    // A person near an animal stays a person.
    expect(of('person', 'Bewoonster Maria ging met haar hond naar het park.')).toEqual(['Maria']);
    expect(of('person', 'Our resident Frank brushed the pony’s paws today.')).toEqual(['Frank']);
  });

  it('a place word after a sure first name is a surname', () => {
    expect(of('person', 'Het boek van Jack London ligt op tafel.')).toEqual(['Jack London']);
    expect(of('person', 'We reden met Jan van Gent naar Brussel.')).toEqual(['Jan']);
  });

  it('a surname opening a sentence, before a finite verb', () => {
    expect(of('person', 'Vandenhove scoorde in de laatste minuut.')).toEqual(['Vandenhove']);
    expect(of('person', 'Verhoeven heeft gisteren gebeld.')).toEqual(['Verhoeven']);
    expect(of('person', 'Verbouwing is gestart.')).toEqual([]);
    expect(of('person', 'Vermoedelijk komt er een nieuw plan.')).toEqual([]);
    expect(of('person', 'Vanmiddag kwam de kapper langs.')).toEqual([]);
    expect(of('person', 'Vanmorgen heeft het gesneeuwd.')).toEqual([]);
  });
});

describe('person names', () => {
  it('finds first names, also at the start of a sentence', () => {
    expect(of('person', 'Vandaag gingen we met Wout en Febe naar de markt.')).toEqual(['Wout', 'Febe']);
    expect(of('person', 'Hanne heeft de taart gebakken.')).toEqual(['Hanne']);
  });

  it('finds full names with tussenvoegsels and hyphens', () => {
    expect(of('person', 'We spraken met Jan van der Berg over de plannen.')).toEqual(['Jan van der Berg']);
    expect(of('person', 'Gisteren zag ik Marc De Smet in de stad.')).toEqual(['Marc De Smet']);
    expect(of('person', 'Een fijne babbel met Anne-Sophie Claes vandaag.')).toEqual(['Anne-Sophie Claes']);
    expect(of('person', 'Het verslag van De Smet kwam pas laat.')).toEqual(['De Smet']);
  });

  it('reads each draft\'s words afresh: what a token of the draft before was on no list decides here', () => {
    const alone = ['Jan Peeters kwam langs.', 'Ons Sjon is jarig.', 'Wout en Febe'].map((d) => persons(d));
    // Titles, possessives and places at the same token positions in a longer draft, checked in between.
    const between = 'Mevrouw Onze Gent Minister van Brussel, Vandaag Mevrouw Verhaegen en Sint Jan Peeters in Gent.';
    expect(['Jan Peeters kwam langs.', 'Ons Sjon is jarig.', 'Wout en Febe'].map((d) => (persons(between), persons(d)))).toEqual(alone);
    expect(alone).toEqual([[['Jan Peeters', 'full']], [['Sjon', 'ons']], [['Wout', 'first'], ['Febe', 'first']]]);
  });

  it('takes a courtesy title as evidence and leaves it out of the span', () => {
    expect(persons('Mevrouw Verhaegen kreeg vandaag bezoek.')).toEqual([['Verhaegen', 'title']]);
    expect(persons('Ik heb meneer Peeters naar huis gebracht.')).toEqual([['Peeters', 'title']]);
    expect(persons('Yesterday Mr Smith joined the walk.')).toEqual([['Smith', 'title']]);
  });

  it('marks public figures and colleagues by their role', () => {
    expect(persons('Minister Vanhoutte opende gisteren onze nieuwe dagbesteding.')).toEqual([['Vanhoutte', 'role']]);
    expect(persons('Welkom aan onze nieuwe collega Annelies!')).toEqual([['Annelies', 'role']]);
  });

  it('marks the writer\'s family', () => {
    expect(persons('Mijn zoon Tom is vandaag jarig.')).toEqual([['Tom', 'family']]);
  });

  it('makes unknown words names from their context', () => {
    expect(persons('Zaterdag ging ons Sjon mee naar de voetbalmatch.')).toEqual([['Sjon', 'ons']]);
    expect(persons('Proficiat aan Xander-Lee (12) met zijn diploma.')[0]?.[0]).toBe('Xander-Lee');
    expect(persons('Onze cliënt Kwabena vertelde over zijn thuisland.')).toEqual([['Kwabena', 'care']]);
  });

  it('does not take places, organisations, months or sentence openers for names', () => {
    expect(of('person', 'De trein van Lier naar Mechelen en Breda had vertraging.')).toEqual([]);
    expect(of('person', 'Het koor van \'s Merel Bos zingt zondag in de kerk.')).toEqual([]);
    expect(of('person', 'Het zomerfeest van woongroep De Linde was een succes.')).toEqual([]);
    expect(of('person', 'Ben je er morgen ook bij? Door de regen bleven we binnen.')).toEqual([]);
    expect(of('person', 'In April gaan we weer op kamp.')).toEqual([]);
    expect(of('person', 'Femke uit 5C zit op het Sint-Ursulalyceum.')).toEqual(['Femke']);
  });

  it('does not take initials alone for a name', () => {
    expect(of('person', 'Met cliënt J. gingen we wandelen.')).toEqual([]);
  });
});

describe('ages', () => {
  const ages = (text: string) =>
    entities(text)
      .filter((e) => e.type === 'age')
      .map((e) => [e.text, e.value]);

  it('reads ages in the ways people write them', () => {
    expect(ages('Wannes (14) en Ilse (10 jaar)')).toEqual([
      ['(14)', 14],
      ['(10 jaar)', 10],
    ]);
    expect(ages('Hij is 15 jaar.')).toEqual([['15 jaar', 15]]);
    expect(ages('Een 6-jarige jongen')).toEqual([['6-jarige', 6]]);
    expect(ages('een zesjarige')).toEqual([['zesjarige', 6]]);
    expect(ages('Ze is zestien jaar oud')).toEqual([['zestien jaar oud', 16]]);
    expect(ages('drieënnegentig jaar')).toEqual([['drieënnegentig jaar', 93]]);
    expect(ages('a girl aged 16')).toEqual([['aged 16', 16]]);
    expect(ages('my 16yo son')).toEqual([['16yo', 16]]);
    expect(ages('a 16-year-old')).toEqual([['16-year-old', 16]]);
  });

  it('does not read durations or counts as ages', () => {
    expect(ages('Na 9 jaar verbouwen is het nieuwe gebouw eindelijk klaar.')).toEqual([]);
    expect(ages('We werken hier al 5 jaar samen.')).toEqual([]);
    expect(ages('Every year 57 young people join our summer camp.')).toEqual([]);
    expect(ages('for 3 years now')).toEqual([]);
  });

  it('reads a bare age after a name or pronoun and a verb of being, with hedges, and a hedged age in brackets', () => {
    expect(ages('Ruben is pas dertien en speelt al in de eerste ploeg.')).toEqual([['dertien', 13]]);
    expect(ages('Sander wordt volgende week 16!')).toEqual([['16', 16]]);
    expect(ages('Our Jacob is only nine but reads like an adult.')).toEqual([['nine', 9]]);
    expect(ages('Milan (bijna 10) speelde zijn eerste match.')).toEqual([['bijna 10', 10]]);
    expect(ages('Lina, amper twaalf, schreef dit gedicht.')).toEqual([['amper twaalf', 12]]);
    // Times, temperatures, scores and sums are no ages.
    expect(ages('Het is pas drie uur en de bus is er al.')).toEqual([]);
    expect(ages('Het is nog maar 11 graden vandaag.')).toEqual([]);
    expect(ages('Peter is 3 op 10 keer te laat.')).toEqual([]);
    expect(ages('Dat is 12 en 13 samen.')).toEqual([]);
  });
});

describe('schools, classes and birth dates', () => {
  it('finds named schools and classes', () => {
    expect(of('school', 'Femke uit 5C zit op het Sint-Ursulalyceum.')).toEqual(['Sint-Ursulalyceum']);
    expect(of('class', 'Femke uit 5C zit op het Sint-Ursulalyceum.')).toEqual(['5C']);
    expect(of('school', 'Hij zit op basisschool De Vlinder in het derde leerjaar.')).toEqual(['basisschool De Vlinder']);
    expect(of('class', 'Hij zit op basisschool De Vlinder in het derde leerjaar.')).toEqual(['derde leerjaar']);
    expect(of('class', 'Ze zit in groep 7.')).toEqual(['groep 7']);
    expect(of('school', 'Morgen moet ik weer naar school.')).toEqual([]);
  });

  it('finds groups that place a child by age: secondary school, youth-movement and sports age groups, Reception', () => {
    expect(of('class', 'Wannes gaat na de zomer naar het middelbaar.')).toEqual(['naar het middelbaar']);
    expect(of('class', 'Fleur van de Kabouters ging mee op weekend.')).toEqual(['van de Kabouters']);
    expect(of('class', 'Arne speelt bij de U11 van KVC Westerlo.')).toEqual(['U11']);
    expect(of('class', 'Harvey from the under-10s scored twice.')).toEqual(['under-10s']);
    expect(of('class', 'Lieke speelt in JO9-2 bij de club.')).toEqual(['JO9']);
    expect(of('class', 'Poppy started in Reception this week.')).toEqual(['Reception']);
    // Word groups and numbered groups in one draft, in the order they stand.
    expect(of('class', 'Daan zit bij de U8, zijn zus Noor bij de Welpen en hun neef bij de under-16s.')).toEqual(['U8', 'bij de Welpen', 'under-16s']);
    // A band, a brand, a room and a price limit are no groups.
    expect(of('class', 'Het concert van U2 en de nieuwe U-bocht.')).toEqual([]);
    expect(of('class', 'The reception in the town hall was lovely.')).toEqual([]);
    expect(of('class', 'Kinderen onder 12 gratis, de welpen van de leeuw zijn te zien in de zoo.')).toEqual([]);
  });

  it('tells birth dates from other dates', () => {
    const dates = (text: string) =>
      entities(text)
        .filter((e) => e.type === 'date')
        .map((e) => [e.text, e.value]);
    expect(dates('geboren op 12/03/2015')).toEqual([['12/03/2015', 'birth']]);
    expect(dates('° 3 mei 2016')).toEqual([['3 mei 2016', 'birth']]);
    expect(dates('De vergadering is op 12/03/2025.')).toEqual([['12/03/2025', 'date']]);
  });
});

describe('care and child words', () => {
  it('finds words for people and places of care', () => {
    expect(of('care-word', 'Onze bewoners en de cliënten van begeleid wonen')).toEqual(['bewoners', 'cliënten', 'begeleid wonen']);
    expect(of('care-word', 'Our client moved out of the care home')).toEqual(['client', 'care home']);
    expect(of('care-word', 'Het ontbijt voor kamer 21 staat klaar.')).toEqual(['kamer 21']);
  });

  it('finds child words but not compounds with kind', () => {
    expect(of('child-word', 'Mijn dochter speelt met de kinderen uit de straat')).toEqual(['dochter', 'kinderen']);
    expect(of('child-word', 'Het kinderzitje van de auto is gewassen.')).toEqual([]);
  });
});

describe('the policy\'s lists', () => {
  it('always recognises listed clients, plain or hashed', () => {
    const plain = emptyPolicy({ people: { clients: ['Rosalie Verbeke'], hashedClients: [], staff: [] } });
    expect(persons('Gezellig koffie gedronken met rosalie verbeke.', plain)).toEqual([['rosalie verbeke', 'client']]);
    const salt = 'k3y';
    const hashed = emptyPolicy({
      people: { clients: [], hashedClients: [{ salt, hashes: new Set([hashName(salt, 'Ward Van Acker')]) }], staff: [] },
    });
    expect(persons('Vandaag was Ward Van Acker jarig!', hashed)).toEqual([['Ward Van Acker', 'client']]);
  });

  it('hashes every window of one to three words that ends on a capitalised word, lower-case words inside it too', () => {
    const salt = 'k3y';
    const names = ['Jan van Dijk', 'Mila', 'Anna Maes', 'Tom de'];
    const hashed = emptyPolicy({ people: { clients: [], hashedClients: [{ salt, hashes: new Set(names.map((n) => hashName(salt, n))) }], staff: [] } });
    expect(persons('Gisteren zagen Jan van Dijk, Mila en Anna Maes met Tom de film.', hashed).filter(([, kind]) => kind === 'client')).toEqual([
      ['Jan van Dijk', 'client'],
      ['Mila', 'client'],
      ['Anna Maes', 'client'],
    ]);
  });

  it('marks staff and drops the organisation\'s own names', () => {
    const policy = emptyPolicy({
      people: { clients: [], hashedClients: [], staff: ['Sofie Maes'] },
      organisation: { names: ['Villa Amber'], handles: [], domains: [], roleMailboxes: [], phones: [] },
    });
    expect(persons('Sofie Maes opent vandaag Villa Amber.', policy)).toEqual([['Sofie Maes', 'staff']]);
  });
});

describe('robustness', () => {
  it('never throws on odd input and gives spans inside the text', () => {
    const odd = [
      '',
      '\u0000\u0007\u202e Jan\u200bPeeters (\u0001)',
      'مرحبا Yvonne (88) שלום',
      '🙂👍🏽 Wannes (14) ❤️‍🔥',
      '((((((((13',
      'Jan '.repeat(50),
      '\uD800 Wannes \uDC00',
    ];
    for (const text of odd) {
      const found = entities(text);
      for (const e of found) {
        expect(e.start).toBeGreaterThanOrEqual(0);
        expect(e.end).toBeLessThanOrEqual(text.length);
        expect(e.end).toBeGreaterThanOrEqual(e.start);
      }
    }
  });

  it('keeps names short even in a run of capitalised words', () => {
    const found = entities('Jan '.repeat(1000)).filter((e) => e.type === 'person');
    for (const e of found) expect(e.text.split(' ').length).toBeLessThanOrEqual(7);
  });

  // How long it takes is measured in `npm run bench` (linearity up to 100,000 characters), not here.
  it('finds the people in every part of a 100,000-character draft, at their own offsets', () => {
    const unit = 'Bewoonster Yvonne (88) las met Wannes (14) uit 5C een boek in de tuin 🌳. ';
    const times = Math.ceil(100_000 / unit.length);
    const once = entities(unit).map((e) => `${e.text}@${e.start}`);
    expect(once.length).toBeGreaterThan(0);
    const expected = Array.from({ length: times }, (_, k) => entities(unit).map((e) => `${e.text}@${e.start + k * unit.length}`)).flat();
    expect(entities(unit.repeat(times)).map((e) => `${e.text}@${e.start}`)).toEqual(expected);
  });
});

describe('the apposition pre-check', () => {
  it('lets through every text the apposition expression matches, over Latin-1 and other characters', () => {
    const apposition = new RegExp(APPOSITION_SOURCE, 'u');
    // Marks, spaces (ASCII, no-break, em), letters (Latin-1, Greek, the Kelvin sign, U+0345), digits, symbols.
    const chars = [',', '(', ' ', '\t', '\u00a0', '\u2003', 'a', 'K', 'é', 'ª', '\u212a', '\u0345', 'Ω', '-', '1', '8', ')', '.', '×', '!'];
    let matched = 0;
    for (const a of chars)
      for (const b of chars)
        for (const c of chars)
          for (const d of ['', ' ', 'x', '1']) {
            const after = a + b + c + d;
            const matches = apposition.test(after);
            if (matches) matched++;
            if (matches) expect(mayHaveApposition(after, 0), JSON.stringify(after)).toBe(true);
          }
    expect(matched).toBeGreaterThan(1000);
  });

  it('rules out a bracketed age or number right after a name', () => {
    expect(mayHaveApposition(' (88) is jarig', 0)).toBe(false);
    expect(mayHaveApposition(', 12, speelt', 0)).toBe(false);
    expect(mayHaveApposition(', onze hond', 0)).toBe(true);
    expect(persons('Bruno, onze hond, was jarig.')).toEqual([]);
  });
});
