import { describe, expect, it } from 'vitest';
import { check } from '../check';
import { emptyPolicy } from '../empty-policy';
import { hashName } from '../hash-name';
import type { DraftContext, EnginePolicy } from '../types';

const personal: DraftContext = { platform: 'facebook', account: 'personal' };
const run = (text: string, policy: EnginePolicy = emptyPolicy(), locale: 'nl' | 'en' = 'nl') =>
  check(text, personal, policy, { only: ['client-name'], locale });
const flagged = (text: string, policy?: EnginePolicy) => run(text, policy).map((f) => text.slice(f.start, f.end));

describe('client-name', () => {
  it('flags a name near a care word, underlining only the name', () => {
    const text = 'Georgette (91) zong vanmiddag elk lied mee met het koor. De andere bewoners klapten de maat.';
    const [finding] = run(text);
    expect(text.slice(finding!.start, finding!.end)).toBe('Georgette');
    expect(finding!.category).toBe('client-name');
    expect(finding!.severity).toBe('warn');
    expect(finding!.suggestion).toBe('Gebruik initialen: G.');
    expect(finding!.quote).toContain('goede zorg');
  });

  it('flags title + surname and first names of residents, patients and English clients', () => {
    expect(flagged('Meneer Verstraete uit kamer 21 vierde vandaag zijn verjaardag met taart. Gelukkige verjaardag, Roger!')).toEqual(['Verstraete', 'Roger']);
    expect(flagged('So proud: our client Jessica passed her driving test this morning!')).toEqual(['Jessica']);
    expect(flagged('Frieda hoorde gisteren van de neuroloog dat het om dementie gaat.')).toEqual(['Frieda']);
  });

  it('flags "ons/onze + name": the Flemish way of speaking of someone in your care (issue 7)', () => {
    expect(flagged('Ons Sjon van de leefgroep kreeg vandaag zijn eerste loon.')).toEqual(['Sjon']);
    expect(flagged('Ons Lies heeft vandaag haar eerste loon gekregen.')).toEqual(['Lies']);
    expect(flagged('Onze Mohamed stond vanmorgen als eerste klaar voor de uitstap.')).toEqual(['Mohamed']);
    // Not a place or a hall, and not a colleague of the administration.
    expect(flagged('Ons Sportpaleis was gisteren helemaal uitverkocht.')).toEqual([]);
    expect(flagged('Ons Katrien van de administratie won de quiz van de personeelsvereniging.')).toEqual([]);
  });

  it('visitors are not clients (issue 7)', () => {
    expect(flagged('Lien Vermeersch kwam langs in ons woonzorgcentrum voor een babbel met de bewoners.')).toEqual([]);
    expect(flagged('Wouter Hendrickx gaf vandaag een lezing over slaap voor onze bewoners.')).toEqual([]);
    expect(flagged('Die Kenny van de nachtopvang stond weer om 6 uur aan de deur.')).toEqual(['Kenny']);
  });

  it('participants and young people in general are not in care (issue 7)', () => {
    expect(flagged('Met Olivier Claessens verdween de laatste Belgische deelnemer uit het toernooi.')).toEqual([]);
    expect(flagged('Onder leiding van architect Tom Verbeke bouwden de jongeren van de wijk een skatepark.')).toEqual([]);
    expect(flagged('De jongeren van ons project zijn top, vooral Wout (16)!')).toEqual(['Wout']);
  });

  it('finds residents by their house or room number, setting words and age (issue 7)', () => {
    expect(flagged('Die Wout van woning 2 wil elke avond frietjes.')).toEqual(['Wout']);
    expect(flagged('Took Dave from our supported-living flat to the cinema.')).toEqual(['Dave']);
    expect(flagged('Mevrouw Dierickx, geboren op 4 maart 1931, kreeg bezoek van haar kleinkinderen.')).toEqual(['Dierickx']);
    expect(flagged('Happy birthday to our foster daughter Lily!')).toEqual(['Lily']);
    expect(flagged('Mevrouw Dierickx van de boekhouding gaat met pensioen.')).toEqual([]);
  });

  it('leaves initials, colleagues, public figures, family and places alone', () => {
    expect(flagged('Met cliënt J. zijn we gaan zwemmen.')).toEqual([]);
    expect(flagged('Burgemeester Vandenberghe kreeg een tekening van onze bewoners.')).toEqual([]);
    expect(flagged('Onze begeleider Stijn nam de bewoners mee naar het bowlingcentrum.')).toEqual([]);
    expect(flagged('Mijn dochter Nele hielp mee met de bewoners van ons rusthuis.')).toEqual([]);
    expect(flagged('Onze woongroep in Tienen viert zaterdag haar tiende verjaardag.')).toEqual([]);
    expect(flagged('Vandaag gaan we met Pieter en Anouk naar de film.')).toEqual([]);
  });

  it('reads the cue across a list of names and through ordinary words after a care word', () => {
    expect(flagged('Onze vrijwilligers Rita en Georges brachten taart mee voor de bewoners.')).toEqual([]);
    expect(flagged('Bewoner Frans werd vandaag honderd!')).toEqual(['Frans']);
    expect(flagged('Our residents loved the visit from the Mayor of Leuven, Pieter Van den Broeck.')).toEqual([]);
  });

  it('leaves staff matters alone unless the name follows a care word', () => {
    expect(flagged('Mevrouw Maes van het dagcentrum gaat na 40 jaar met pensioen.')).toEqual([]);
    expect(flagged('Kim van de technische dienst knapte de tuin van het rusthuis op.')).toEqual([]);
    expect(flagged('Cliënt Gilbert gaf een speech op het pensioenfeest van zijn begeleider.')).toEqual(['Gilbert']);
  });

  it('always flags listed clients, also by salted hash, as block', () => {
    const salt = 'zout';
    const policy = emptyPolicy({
      people: { clients: ['Mathilde'], hashedClients: [{ salt, hashes: new Set([hashName(salt, 'Ilias El Amrani')]) }], staff: [] },
    });
    const findings = run('Koffie met Mathilde en Ilias El Amrani op het terras.', policy);
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([
      ['client-name/listed', 'block'],
      ['client-name/listed', 'block'],
    ]);
    expect(run('Vanmiddag schilderde Ilias El Amrani de tuinbank.', policy, 'en')[0]?.message).toContain("client list");
  });

  it('never flags staff from the policy', () => {
    const policy = emptyPolicy({ people: { clients: [], hashedClients: [], staff: ['Kristof Dewaele'] } });
    expect(flagged('Kristof Dewaele ging met de bewoners naar de kerstmarkt.', policy)).toEqual([]);
  });

  it('reads the writer caring for someone as care context, and someone giving care as staff', () => {
    expect(flagged('Ik begeleid Lotte al drie jaar, vandaag zette ze haar eerste stap naar werk.')).toEqual(['Lotte']);
    expect(flagged('Ravi, one of the young people we support, got his first job today.')).toEqual(['Ravi']);
    expect(flagged('Na zijn opname in de psychiatrie gaat het veel beter met Stefan.')).toEqual(['Stefan']);
    expect(flagged('Lotte begeleidt vanaf maandag de nieuwe vrijwilligers in het atelier.')).toEqual([]);
    expect(flagged('Sam runs the art group at our day centre on Fridays.')).toEqual([]);
  });

  it('leaves news alone: a political dossier, a public figure with a party, inhabitants of a town, a podcast recording', () => {
    expect(flagged('In het dossier over de ringweg heeft Jan Peeters het laatste woord.')).toEqual([]);
    expect(flagged('Gisteren stemde Maria Claes (Groen) tegen het voorstel over de daklozenopvang.')).toEqual([]);
    expect(flagged('De bewoners van de wijk kregen uitleg van Karel Mertens over de nieuwe fietsstraat.')).toEqual([]);
    expect(flagged('Na de opname van onze podcast gingen we iets drinken met Jasper.')).toEqual([]);
    expect(flagged('Onder begeleiding van gids Marleen bezochten we de abdij.')).toEqual([]);
  });

  it('an unknown name opening a sentence about care, a parent "van" a child, more settings and diagnoses', () => {
    expect(flagged('Oksana woont sinds maart in ons opvangcentrum voor vluchtelingen.')).toEqual(['Oksana']);
    // Or where in care they come from.
    expect(flagged('Diallo van de crisisopvang mag volgende week naar een studio.')).toEqual(['Diallo']);
    expect(flagged('Tunde from our supported living service got a job at the bakery.')).toEqual(['Tunde']);
    expect(flagged('Mama van Lucas belde: hij verblijft weer bij ons in de leefgroep.')).toEqual(['Lucas']);
    expect(flagged('Na haar eetstoornis is Femke nu eindelijk terug naar school.')).toEqual(['Femke']);
    expect(flagged('Mrs Okafor, who has lived at the hostel since May, baked for everyone.')).toEqual(['Okafor']);
    expect(flagged('Wandelen is gezond, ook voor onze bewoners.')).toEqual([]);
    expect(flagged('Gast van de avond was Jan Peeters, hij bracht zijn boek mee.')).toEqual([]);
  });

  it('leaves professionals alone: a trade before the name, a role in apposition, someone doing something for the residents', () => {
    expect(flagged('Dank aan bakker Dirk die elke week brood schenkt aan het inloophuis.')).toEqual([]);
    expect(flagged('Welkom aan Evelien, onze nieuwe begeleidster in leefgroep De Linde!')).toEqual([]);
    expect(flagged('Gisteren zong Will Tura voor onze bewoners, wat een feest.')).toEqual([]);
    expect(flagged('Thanks to Tesco manager Gary for the donation to our shelter.')).toEqual([]);
    // After a courtesy title a trade word is a surname.
    expect(flagged('Sinds vorige week woont mevrouw Bakker bij ons op de groep.')).toEqual(['Bakker']);
  });

  it('reads a short post as one context; genitive and "one of" forms of a name; living with us', () => {
    expect(flagged('Trots op Lotte! Na maanden oefenen nam ze zelf de bus. Zo mooi om dit als begeleider te zien.')).toEqual(['Lotte']);
    expect(flagged('Lottes eerste schilderij hangt nu in de gang van het dagcentrum.')).toEqual(['Lottes']);
    expect(flagged('Proud moment: Shanice, one of the girls in our residential home, passed all her exams.')).toEqual(['Shanice']);
    expect(flagged('Dinsdag ging Bas, die bij ons woont, voor het eerst alleen naar de winkel.')).toEqual(['Bas']);
    expect(flagged('Happy 80th birthday Doris! The whole unit sang for you this morning.')).toEqual(['Doris']);
  });

  it('"onze" with a young child’s age and no care word is the writer’s own child', () => {
    expect(flagged('Zo fier op onze Lowie! 7 jaar en hij fietst al zonder zijwieltjes.')).toEqual([]);
    expect(flagged('Onze Lowie (7) uit de leefgroep fietst al zonder zijwieltjes.')).toEqual(['Lowie']);
    expect(flagged('Ons Lies heeft vandaag voor het eerst alleen de bus genomen.')).toEqual(['Lies']);
  });

  it('leaves a name alone after every kind of public-figure or thanks cue, in any case, where it flags it without one', () => {
    expect(flagged('Onze bewoners zagen gisteren Jan Peeters.')).toEqual(['Jan Peeters']);
    expect(flagged('Our residents met Jan Peeters.')).toEqual(['Jan Peeters']);
    const cues = [
      'keken samen naar', 'LUISTERDEN gisteren naar', 'supporterden luid voor', 'zongen vrolijk mee met', 'waren fans van',
      'lazen het boek van', 'kenden het IDOOL van', 'were watching', 'listened to', 'cheered on', 'sang along with',
      'were singing along to', 'read the Novel by', 'are fans of', 'bedanken: met dank aan', 'bedanken. Dankzij',
      'zeggen: Bedankt aan', 'zeggen merci aan', 'say thanks to', 'say thank you to', 'say KUDOS TO', 'give a shout-out to',
      'say hats off to',
    ];
    for (const cue of cues) {
      expect(flagged(`Onze bewoners ${cue} Jan Peeters.`), cue).toEqual([]);
      expect(flagged(`Our residents ${cue} Jan Peeters.`), cue).toEqual([]);
    }
  });

  it('leaves the writer alone who names themself, by every self cue in any case', () => {
    expect(flagged('Onze bewoners zagen vandaag Jan Peeters.')).toEqual(['Jan Peeters']);
    for (const cue of ["I'm", 'I’M', 'i am', 'IK BEN', 'my name is', 'Mijn naam is', 'ik heet', 'call me'])
      expect(flagged(`Onze bewoners zagen vandaag ${cue} Jan Peeters.`), cue).toEqual([]);
    for (const later of ['here', 'HIER', ', Hier'])
      expect(flagged(`Onze bewoners zagen vandaag Jan Peeters ${later}.`.replace(' ,', ',')), later).toEqual([]);
  });

  it('leaves public figures alone by what people do with them: their work, watching, singing along, supporting', () => {
    expect(flagged('Na het middageten lazen de bewoners samen een gedicht van Toon Hermans.')).toEqual([]);
    expect(flagged('In de leefgroep keken de jongeren gisteren samen naar Tia Hellebaut op de Spelen.')).toEqual([]);
    expect(flagged('Op de muzieknamiddag zongen onze cliënten luidkeels mee met Bart Kaëll en Willy Sommers.')).toEqual([]);
    expect(flagged('Our residents spent the afternoon watching Serena Williams at Wimbledon.')).toEqual([]);
    // An athlete by full name in a sentence with a major event or title.
    expect(flagged('De bewoners keken mee hoe Wout Van Aert de Ronde van Vlaanderen reed.')).toEqual([]);
    expect(flagged('Our residents cheered when Andy Murray won Wimbledon again.')).toEqual([]);
    // Someone in care who does the same is still named.
    expect(flagged('Bewoonster Lutgarde las vandaag een gedicht van Toon Hermans voor.')).toEqual(['Lutgarde']);
    expect(flagged('Bewoner Jef Peeters liep vroeger nog de marathon van Brussel.')).toEqual(['Jef Peeters']);
  });

  it('"onze" with a school, class or childcare is a pupil or the writer’s child, not someone in care', () => {
    expect(flagged('Onze Noor van het tweede middelbaar won de voorleeswedstrijd.')).toEqual([]);
    expect(flagged('Roos uit de peutergroep van kinderopvang De Vlinder had vandaag haar laatste dag.')).toEqual([]);
    expect(flagged('Ons Lies uit de leefgroep gaat naar het secundair.')).toEqual(['Lies']);
  });

  it('staff at work: going out or cooking with the group, taking them along, a shift, organising, the piano, a farewell', () => {
    expect(flagged('Vandaag trok Hanne met de bewoners naar de kerstmarkt.')).toEqual([]);
    expect(flagged('Dirk nam onze jongeren zaterdag mee naar de kust.')).toEqual([]);
    expect(flagged('Ayoub took the residents to the seaside this morning.')).toEqual([]);
    expect(flagged('Vannacht stond Pieter voor het eerst alleen op de nachtdienst in de leefgroep.')).toEqual([]);
    expect(flagged('Een prachtige dag voor de cliënten, georganiseerd door Joke en Wim.')).toEqual([]);
    expect(flagged('Met Ludo aan de piano zongen de bewoners alle oude liedjes mee.')).toEqual([]);
    expect(flagged('Na 25 jaar neemt Mieke afscheid van onze bewoners.')).toEqual([]);
    expect(flagged('Bedankt Greet om de bewoners elke vrijdag te verwennen met soep.')).toEqual([]);
    // One of the group is still in care.
    expect(flagged('Jelle trok met de andere bewoners naar de kerstmarkt.')).toEqual(['Jelle']);
  });

  it('a pet of the care home or the day centre is no client', () => {
    expect(flagged('Onze Bobby is vandaag jarig! De bewoners gaven hem een koekje en hij kwispelde van plezier.')).toEqual([]);
    expect(flagged('Our Daisy, the therapy dog, visited the residents again.')).toEqual([]);
    expect(flagged('Onze ezel Fons kreeg bezoek van de cliënten van het dagcentrum.')).toEqual([]);
  });

  it('those publicly thanked for what the people in care got are staff, volunteers or sponsors', () => {
    expect(flagged('Met dank aan Hilde en Koen, die onze bewoners een onvergetelijke uitstap bezorgden.')).toEqual([]);
    expect(flagged('Dankzij Marleen van de bakkerij kregen alle cliënten vandaag een verse koffiekoek.')).toEqual([]);
    expect(flagged('Huge thanks to Gareth and Nisha for the residents’ summer fair!')).toEqual([]);
    expect(flagged('Our support worker Callum took three residents fishing today.')).toEqual([]);
  });

});

