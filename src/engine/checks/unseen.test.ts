/**
 * Our own paraphrases (issue 7, round 2): the same risky things said in other words, in Flemish,
 * Netherlands Dutch and English, with hard negatives. Each must be caught (or left alone) by
 * general means: word classes and frames, never one line.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../check';
import { emptyPolicy } from '../empty-policy';
import type { Category, DraftContext } from '../types';

const personal: DraftContext = { platform: 'facebook', account: 'personal' };
const fires = (category: Category, text: string) =>
  check(text, personal, emptyPolicy(), { only: [category] }).some((f) => f.category === category);

const cases: Record<string, { fire: string[]; clean: string[] }> = {
  'client-name': {
    fire: [
      'Zorgvrager Ingrid heeft vandaag zelf haar boterhammen gesmeerd, wat een vooruitgang.',
      'Bij ons in de voorziening kreeg Rudi eindelijk zijn eigen fiets.',
      'Service user Gareth made tea for the whole house this afternoon.',
      'Mevrouw Wouters van ons woonzorgcentrum won de bingo voor de derde keer.',
      'Our client Mr Hughes finally got his new wheelchair today.',
      'In de leefgroep vierde Stijn zijn verjaardag met taart voor iedereen.',
      'Op de dagbesteding heeft Gerda een prachtige vaas gedraaid.',
      'Onze bewoonster Mariette mocht vandaag naar huis na haar val.',
      'Vanuit beschut wonen is Freddy verhuisd naar zijn eigen studio.',
      'Patiënt Karim mocht na drie weken eindelijk naar huis.',
    ],
    clean: [
      'Onze bewoners genoten van de zon in de tuin.',
      'Minister Vandenbroucke bezocht vandaag ons woonzorgcentrum.',
      'Cliënt K. heeft vandaag een mooie tekening gemaakt.',
      'Our residents loved the choir that visited this afternoon.',
      'De dagbesteding is volgende week gesloten wegens verbouwingen.',
    ],
  },
  minor: {
    fire: [
      'Lotte (7) bakte vandaag haar eerste taart.',
      'Zevenjarige Bas scoorde twee doelpunten zaterdag.',
      'Sam, aged 9, read the whole book aloud to his class.',
      'Noah zit in groep 5 en kan al tot duizend tellen.',
      'Emma uit het derde leerjaar won de tekenwedstrijd.',
      'Oliver in year 4 won the spelling bee this week.',
      'Proficiat aan Fien, die 8 jaar werd!',
    ],
    clean: [
      'Wij zoeken vrijwilligers voor het derde leerjaar van onze partnerschool.',
      'Year 4 pupils planted trees along the river today.',
      'Na 7 jaar dienst nemen we afscheid van onze kok.',
    ],
  },
  'personal-data': {
    fire: [
      'Bel me op +32 470 12 34 56 voor meer info.',
      'Mijn nummer is 0032 478 98 76 54.',
      'Je kan hem bereiken op 06-12345678.',
      'Stuur een sms naar 0478/12.34.56.',
      'Het rijksregisternummer is 85.07.30-033.61.',
      'Stort het bedrag op BE68 5390 0754 7034.',
      'Ze is geboren op 3 mei 2011.',
      'Zijn geboortedatum: 14-09-2012.',
    ],
    clean: [
      'De opbrengst was 12 345 euro, dank aan iedereen!',
      'Op 14 september 2012 openden we de deuren van ons dagcentrum.',
    ],
  },
  internal: {
    fire: [
      'Onder ons: de fusie met het ziekenhuis gaat door in maart.',
      'Dit is nog niet bekend, maar onze afdeling gaat sluiten.',
      'Vertrouwelijk: de inspectie vond ernstige tekortkomingen.',
      'Not public yet, but the board approved budget cuts for next year.',
      'Off the record: two managers are being let go next month.',
      'Mijn collega is al drie maanden ziek thuis met een burn-out.',
      'Het dossiernummer van die cliënt is AB-2024-0042.',
      'De reorganisatie wordt pas volgende maand aangekondigd, zeg het nog niet verder.',
    ],
    clean: [
      'Het inspectierapport staat sinds vandaag op onze website: lees het gerust.',
      'Vandaag kregen we goed nieuws: ons dagcentrum blijft open.',
      'Ons jaarverslag is gepubliceerd, met dank aan alle medewerkers.',
    ],
  },
};

for (const [category, { fire, clean }] of Object.entries(cases)) {
  describe(`${category} on our own paraphrases`, () => {
    it.each(fire)('fires: %s', (text) => expect(fires(category as Category, text)).toBe(true));
    it.each(clean)('stays clean: %s', (text) => expect(fires(category as Category, text)).toBe(false));
  });
}

/** A second batch, written after the first passed. */
const more: Array<[string, string, boolean]> = [
  ['client-name', 'Die Marcel van begeleid wonen heeft zijn rijbewijs gehaald!', true],
  ['client-name', 'Deelnemer Yusuf heeft vandaag zijn eerste loon verdiend op de zorgboerderij.', true],
  ['client-name', 'Resident Mrs Patel celebrated her 90th birthday with the whole floor.', true],
  ['client-name', 'Onze jongere Dylan heeft zijn examen gehaald.', true],
  ['client-name', 'Pleegkind Jordy woont nu twee jaar bij ons.', true],
  ['client-name', 'Meneer Janssens uit de crisisopvang vertrok vandaag naar een eigen woning.', true],
  ['client-name', 'Vandaag nam Anouk afscheid van de leefgroep, we gaan haar missen.', true],
  ['client-name', 'Gisteren kwam Josée bij ons wonen. Ze is een schat van een bewoonster.', true],
  ['client-name', 'Onze cliënte Rita heeft een gedicht geschreven.', true],
  ['client-name', 'Wat was Henk blij met zijn nieuwe kamer in het woonzorgcentrum!', true],
  ['client-name', 'A big thank you to our resident Doris for knitting hats for the babies.', true],
  ['client-name', 'Our service user Kevin cooked lunch for the whole day centre.', true],
  ['client-name', 'Tom Boonen kwam op bezoek in het woonzorgcentrum.', false],
  ['client-name', 'Collega Sofie start maandag in de leefgroep.', false],
  ['minor', 'Lukas van 6 jaar wil brandweerman worden.', true],
  ['minor', 'Achtjarige Jente won de kleurwedstrijd.', true],
  ['minor', 'Zoë uit groep 7 van De Wegwijzer won de voorleeswedstrijd.', true],
  ['minor', 'Onze Jasper (4) zit nu in de eerste kleuterklas.', true],
  ['minor', 'Ruben, een jongen van 11, vond de portefeuille terug.', true],
  ['minor', 'Ella zit in het tweede middelbaar op het Sint-Jozefinstituut.', true],
  ['minor', 'Harry in Year 6 at St Mary\'s Primary raised 200 pounds.', true],
  ['minor', 'Het zesde leerjaar bezocht vandaag onze bewoners.', false],
  ['minor', 'Onze vrijwilliger Jan, 78, helpt al 7 jaar mee.', false],
  ['internal', 'Ssst, de directie beslist volgende week over de sluiting van de nachtopvang.', true],
  ['internal', 'Het auditrapport is nog niet gepubliceerd, maar het is slecht nieuws.', true],
  ['internal', 'Embargo tot maandag: we openen een tweede locatie in Gent.', true],
  ['internal', 'Heads up, this is confidential: the merger with Oakwood goes ahead.', true],
  ['internal', 'Mag ik eigenlijk nog niet zeggen, maar er komt een nieuwe directeur.', true],
  ['internal', 'Vanaf volgende maand wordt de afdeling geriatrie gesloten, het personeel weet nog van niets.', true],
  ['internal', 'Cliëntnr. 123456 heeft een klacht ingediend.', true],
  ['internal', 'Ref. 2023/OCMW/1234 is nog steeds niet afgehandeld.', true],
  ['internal', 'Collega Els is geschorst na het incident van vorige week.', true],
  ['internal', 'We are not allowed to say anything yet, but big changes are coming to our team.', true],
  ['internal', 'Het verslag van de inspectie is nog niet publiek.', true],
  ['internal', 'Dit mag van de directie niet naar buiten, maar ons budget wordt gehalveerd.', true],
  ['internal', 'Onze vergadering van vandaag was heel fijn.', false],
  ['internal', 'Lees ons jaarverslag 2024 op onze website.', false],
  ['personal-data', 'Mijn gsm: 0470.12.34.56', true],
  ['personal-data', 'Bel gerust naar 020-1234567.', true],
  ['personal-data', 'Mijn nummer: +31 6 1234 5678', true],
  ['personal-data', 'Geboren op 02/05/2011 in Gent.', true],
  ['personal-data', 'Ze woont in de Kerkstraat 12, 9000 Gent.', true],
  ['personal-data', 'He was born on 3 May 2010.', true],
  ['personal-data', '°3/5/2010', true],
  ['personal-data', 'NL91 ABNA 0417 1643 00 is mijn rekening.', true],
  ['personal-data', 'Zijn BSN is 111222333.', true],
  ['personal-data', 'Wij vieren op 12/05/2024 ons jubileum.', false],
  ['client-name', 'Lien (15) from our residential group baked bread for everyone.', true],
  ['client-name', 'Pieter van de woonvoorziening heeft vandaag zijn eerste schilderij verkocht.', true],
  ['client-name', 'At the day centre, Brenda taught us all how to knit.', true],
  ['client-name', 'In our day centre we painted a huge mural this week.', false],
  ['minor', 'Onze Jonas van 12 uit de leefgroep won een prijs.', true],
  ['minor', 'Jan Peeters van 45 uit Gent won de marathon.', false],
  ['internal', 'Vanaf 1 januari gaan we samen met WZC De Linde, maar dat wordt pas in december bekendgemaakt.', true],
  ['internal', 'Volgende week krijgt iedereen een brief over de nieuwe werkroosters, ik weet het al.', false],
  ['internal', 'The inspectors found serious problems on our ward, the report comes out next month.', true],
  ['internal', 'Our manager is on long-term sick leave, nobody knows when she will be back.', true],
  ['internal', 'Er komt een nieuwe reorganisatie aan en onze leefgroep verdwijnt.', true],
  ['internal', 'Onze directeur vertrekt, maar dat is nog geheim.', true],
  ['internal', 'Psst: morgen wordt de fusie met Zorggroep Noord aangekondigd.', true],
  ['internal', 'Het ontslag van onze teamleider is een feit, het team weet het nog niet.', true],
  ['internal', 'Wegens besparingen verdwijnen er vijf voltijdse jobs in de keuken.', true],
  ['internal', 'Kijk, ons inspectierapport is publiek: we scoorden goed!', false],
  ['internal', 'We sloten 2024 af met een kleine winst, dat staat in ons jaarverslag online.', false],
  ['internal', 'Vorige week was de inspectie hier, het rapport is binnenkort op onze website te lezen.', false],
  ['personal-data', 'Haar adres is Molenstraat 5 bus 3, 2000 Antwerpen.', true],
  ['personal-data', 'Call me on 0032 (0)478 12 34 56.', true],
  ['personal-data', 'Geboortedatum 1 mei 2012.', true],
  ['personal-data', 'DOB: 12/03/2009', true],
  ['personal-data', 'Zijn rijksregisternummer: 12345678901.', true],
  ['personal-data', 'Bel het onthaal op 03 123 45 67 voor een afspraak.', false],
  ['client-name', 'Hallo allemaal, ik ben Sanne en sinds maandag werk ik als begeleider in de leefgroep.', false],
  ['client-name', 'Hi all, Priya here: I just started as a care worker at our day centre!', false],
  ['client-name', 'Op de dagbesteding heeft Gerda vandaag zelf haar koffie ingeschonken.', true],
  ['client-name', 'Mrs Evans, one of our residents, turned 95 today.', true],
  ['client-name', 'Meneer De Wolf van de afdeling dementie kreeg bezoek van zijn kleinkinderen.', true],
  ['client-name', 'Fijn dat Wendy weer bij ons in de leefgroep is na haar opname.', true],
  ['client-name', 'Our residents thank Mayor Johnson for the lovely flowers.', false],
  ['minor', 'Congratulations to Amelia, 10, on her swimming badge!', true],
  ['minor', 'Leerling Daan van basisschool De Klimop won de wedstrijd.', true],
  ['minor', 'Our Leo started reception class today!', true],
  ['minor', 'Onze Fleur zit sinds maandag in de instapklas.', true],
  ['minor', 'The wedding reception was held in the old class room of the village school.', false],
];

describe('a second batch of our own paraphrases', () => {
  it.each(more)('%s: %s (fires: %s)', (category, text, want) => expect(fires(category as Category, text)).toBe(want));
});
