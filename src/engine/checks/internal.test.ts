import { describe, expect, it } from 'vitest';
import { check, checkDraft, emptyPolicy, type DraftContext, type EnginePolicy } from '..';
import { LANGUAGE_DATA } from '../language';
import { foldPhrase } from '../text';

const personal: DraftContext = { platform: 'x', account: 'personal' };
const organisation: DraftContext = { platform: 'facebook', account: 'organisation' };

function found(text: string, context: DraftContext = personal, policy: EnginePolicy = emptyPolicy()): string[] {
  return check(text, context, policy, { only: ['internal'] }).map((f) => `${f.rule} ${text.slice(f.start, f.end)}`);
}
const rules = (text: string, context?: DraftContext, policy?: EnginePolicy) =>
  [...new Set(found(text, context, policy).map((f) => f.split(' ')[0]))];

describe('internal: confidentiality markers warn on their own', () => {
  it.each([
    ['Dit blijft onder ons, maar de nieuwe planning is klaar.', 'internal/marker'],
    ['Vertrouwelijke info: volgende maand nieuwe roosters.', 'internal/marker'],
    ['CONFIDENTIAL - do not forward', 'internal/marker'],
    ['De nieuwe cao? Nog niets officieel hoor.', 'internal/marker'],
    ['Onder embargo tot maandag: ons jaarverslag.', 'internal/marker'],
    ["Between us, the new director starts in May. Don't tell anyone.", 'internal/marker'],
    ['[intern] aangepaste dienstregeling', 'internal/marker'],
    ['Dat mag ik eigenlijk niet zeggen, maar we krijgen een nieuw gebouw.', 'internal/marker'],
    ['Ik mag er nog niets over vertellen, maar in september verandert er veel.', 'internal/marker'],
    ["Big news coming for our unit, can't say more yet!", 'internal/marker'],
  ])('%s', (text, rule) => {
    expect(rules(text)).toContain(rule);
  });
});

describe('internal: combined cues', () => {
  it.each([
    ['Op de directieraad werd beslist dat de nachtdienst verdwijnt.', 'internal/meeting'],
    ['The board meeting decided to freeze all hiring.', 'internal/meeting'],
    ['Er vallen ontslagen bij ons, dat is zeker.', 'internal/decision'],
    ['De reorganisatie gaat volgend jaar door, de directie heeft beslist.', 'internal/decision'],
    ['Het dagcentrum van Tienen stopt binnenkort, hoorde ik vandaag.', 'internal/decision'],
    ['De jaarrekening van 2025 toont een tekort van 300.000 euro.', 'internal/finance'],
    ['Budget 2027 is rond, maar er wordt fors bespaard.', 'internal/finance'],
    ['Het auditrapport is binnen, slecht nieuws voor het management.', 'internal/audit'],
    ['De inspectie kwam langs en het verslag is vernietigend.', 'internal/audit'],
    ['Tegen onze teamleider loopt een tuchtprocedure, wat een drama op de afdeling.', 'internal/staff'],
    ['Collega Els is ontslagen na dat incident.', 'internal/staff'],
    ['Mijn collega zei dat de nieuwe directeur een ramp is.', 'internal/colleague-quote'],
    ['My manager told me that the unit will merge with the day centre.', 'internal/colleague-quote'],
    ['Dossier 2024/1187 is eindelijk afgesloten.', 'internal/case-file'],
    ['Project Merel wordt volgende maand uitgerold op alle afdelingen.', 'internal/code-name'],
  ])('%s', (text, rule) => {
    expect(rules(text)).toContain(rule);
  });
});

describe('internal: a weak word or a public topic alone stays quiet', () => {
  it.each([
    'Blij met ons nieuwe inloophuis voor tieners in armoede. Loop gerust binnen!',
    'Note: the helpdesk is shut this Sunday. Urgent? Ring 1813.',
    'Ons woonhuis in Leuven zoekt een nachtwaker (m/v/x), 24 uur per week.',
    'Merci aan alle helpers! De quiz bracht €980 op voor het vakantiekamp.',
    'Goed nieuws: het budget van de zomerkampen is goedgekeurd, fijn voor de kinderen!',
    'Morgen teamoverleg, ik breng taart mee.',
    'Heb je een vraag? Je kan anoniem en vertrouwelijk met ons chatten.',
    'Alles wat je vertelt blijft vertrouwelijk. Bel gerust.',
    'Er vielen geen ontslagen, en daar zijn we blij om.',
    'Het geheim van een goede soep? Tijd.',
    'Welcome to our new intern, Ines!',
    'Onze winkel sluit om 17 uur op zaterdag.',
    'Boeiend debat over de fusie van ziekenhuisnetwerken.',
    'Het dossier van de wachtlijsten verdient meer aandacht van de politiek.',
    'Project Aandacht haalde vorig jaar 400 jongeren van de straat.',
    'Mijn collega zei me vandaag dank je wel, zo fijn.',
    "I can't tell you how proud I am of this team.",
    'Ik kan echt niet zeggen hoe blij ik ben met deze nieuwe collega’s.',
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('internal: not yet public, case numbers, incidents (issue 7)', () => {
  it.each([
    // Not yet public, said in several ways.
    ['Het evaluatierapport is nog niet publiek, maar het ziet er niet goed uit.', 'internal/marker', 'nog niet publiek'],
    ["The audit results aren't public yet, so keep your fingers crossed.", 'internal/marker', "aren't public yet"],
    ['De cijfers worden pas volgende week bekendgemaakt, maar ze zijn slecht.', 'internal/marker', 'pas volgende week bekendgemaakt'],
    ['Dit mag van de directie eigenlijk niet naar buiten, maar onze afdeling verhuist.', 'internal/marker', 'mag van de directie eigenlijk niet naar buiten'],
    ['Het plan mag nog niet naar buiten: de nachtdienst verdwijnt.', 'internal/marker', 'mag nog niet naar buiten'],
    ['Management wants the whole thing kept quiet until after the holidays.', 'internal/marker', 'kept quiet'],
    // Case and client numbers in their common forms.
    ['Kan iemand dossiernummer KV-2025-0113 opvolgen?', 'internal/case-file', 'dossiernummer KV-2025-0113'],
    ['Cliëntnr. 318842 wacht nog op een terugbelactie.', 'internal/case-file', 'Cliëntnr. 318842'],
    ['Graag ref. 2024/OCMW/0077 aanvullen voor vrijdag.', 'internal/case-file', 'ref. 2024/OCMW/0077'],
    ['Please update case file ref. 2025/JH/112 before the review.', 'internal/case-file', 'ref. 2025/JH/112'],
    // Incidents and inspection findings before publication.
    ['Calamiteit gisteren op de afdeling: een valincident. Het onderzoek loopt nog.', 'internal/incident', 'Calamiteit'],
    ['De inspecteurs vonden ernstige tekortkomingen, het rapport komt pas in mei uit.', 'internal/audit', 'inspecteurs vonden'],
    ['Tussen ons: volgende maand sluit de crisisopvang de deuren.', 'internal/marker', 'Tussen ons'],
    ['De cijfers van het verzuim zijn slecht. Dit blijft binnenskamers.', 'internal/marker', 'blijft binnenskamers'],
    ['Er is een klacht ingediend tegen de nachtdienst, de directie onderzoekt het.', 'internal/audit', 'klacht ingediend'],
    ['Incident report: a resident fell in the bathroom on Ward 2 last night.', 'internal/incident', 'Incident'],
    ['Volgens de personeelsdienst worden tien contracten niet verlengd.', 'internal/staff', 'niet verlengd'],
    ['Ik zag net de begroting voor 2027, nog niemand weet het: de dagbesteding moet fors inleveren.', 'internal/finance', 'begroting voor 2027'],
  ])('%s', (text, rule, span) => {
    expect(found(text)).toContain(`${rule} ${span}`);
  });

  it.each([
    'Ons jaarverslag 2025 staat online, lees het via de link in onze bio!',
    'Het inspectierapport over onze woongroep is inmiddels openbaar: veel lof voor het team.',
    'The inspection report on our day centre was published today: read it on our website.',
    'Dossier 2024 is afgerond, op naar het volgende jaar.',
    'We gaan pas om acht uur uit eten met het team.',
    'Als ik die coach nog één keer hoor zeggen dat we een familie zijn...',
    'Geen enkel incident tijdens de fietstocht, iedereen kwam veilig thuis!',
  ])('stays quiet: %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("internal: the organisation's own page", () => {
  it('announcing a board decision from the organisation account is not a leak', () => {
    expect(found('Onze raad van bestuur keurde vandaag het nieuwe strategisch plan goed.', organisation)).toEqual([]);
  });
  it('a confidentiality marker is still one', () => {
    expect(rules('Vertrouwelijk: nieuwe tarieven vanaf januari.', organisation)).toEqual(['internal/marker']);
  });
});

describe("internal: the organisation's own terms and topics", () => {
  const policy = emptyPolicy({ internalTerms: ['Project Ooievaar', 'Kompas 2.0'], sensitiveTopics: ['nieuwbouw campus Noord', 'cao-onderhandelingen'] });

  it('an internal term warns on its own, wherever it is, folded like the draft', () => {
    expect(rules('We werken hard aan project ooievaar!', personal, policy)).toContain('internal/term');
    expect(rules('Kompas 2.0 komt eraan', personal, policy)).toContain('internal/term');
    expect(found('We werken hard aan project ooievaar!', personal, policy)[0]).toMatch(/project ooievaar$/);
  });

  it('a sensitive topic needs another cue', () => {
    expect(found('Mooie plannen voor de nieuwbouw campus Noord.', personal, policy)).toEqual([]);
    expect(rules('De nieuwbouw campus Noord wordt uitgesteld, hoorde ik op het overleg. Nog niet officieel!', personal, policy)).toContain('internal/topic');
  });

  it('the message names the term', () => {
    const [f] = check('Project Ooievaar start', personal, policy, { only: ['internal'], locale: 'en' });
    expect(f?.message).toContain('Project Ooievaar');
  });
});

describe('internal: robustness', () => {
  it.each([
    ['one huge sentence of cues', 'reorganisatie fusie ontslagen vertrouwelijk budget '.repeat(2_000)],
    ['many sentences', 'Dit blijft onder ons. '.repeat(5_000)],
    ['emoji and RTL', '🤫🤫 \u202Eשלום vertrouwelijk\u202C 👍'],
    ['control characters', 'ver\u0000trouwelijk\u0007 nota'],
  ])('%s: no failure, at most a handful of findings', (_name, text) => {
    const { findings, errors } = checkDraft(text, personal, emptyPolicy(), { only: ['internal'] });
    expect(errors).toEqual([]);
    expect(findings.length).toBeLessThanOrEqual(8);
    for (const f of findings) expect(f.end).toBeLessThanOrEqual(text.length);
  });

  it('a shushing emoji strengthens a topic', () => {
    expect(found('De reorganisatie komt eraan 🤫')).toHaveLength(1);
    expect(found('De reorganisatie komt eraan')).toEqual([]);
  });
});

describe('internal: incidents and staff matters without a marker word', () => {
  it('harm to a person in care, a data breach, misconduct with a dismissal', () => {
    expect(rules('Gisteren is er een bewoner gevallen in de gang en niemand had het gemerkt.')).toContain('internal/incident');
    expect(rules('Two young people went missing from the unit last night.')).toContain('internal/incident');
    expect(rules('Er was vorige week een datalek: de gegevens van 200 cliënten lagen op straat.')).toContain('internal/incident');
    expect(rules('Onze teamleider wordt ontslagen, het gaat om grensoverschrijdend gedrag.')).toContain('internal/staff');
    expect(rules('Volgende maand gaan twee leefgroepen samen, de ouders weten het nog niet.')).toContain('internal/decision');
  });

  it('stays quiet about goals that fell, a family at home and a cue word that is part of a name', () => {
    expect(rules('In de tweede helft zijn er nog drie doelpunten gevallen.')).toEqual([]);
    expect(rules('Gelukkig is er geen enkele bewoner gevallen tijdens de uitstap.')).toEqual([]);
    expect(rules('Onze toneelgroep Fusie speelt vrijdag, de directie komt kijken.')).toEqual([]);
    expect(rules('Het Land Acquisition Committee vergaderde gisteren over de begroting.')).toEqual([]);
  });
});

describe('internal: unannounced plans and figures in other wordings', () => {
  it.each([
    ['We zijn in gesprek met een andere vzw over een mogelijke samenwerking, nog niks beslist.', 'internal/decision'],
    ['Please keep this to yourselves until Friday: we are taking over the Oakwood home.', 'internal/decision'],
    ['The council is cutting our funding by 30% next year, we heard at the staff briefing.', 'internal/decision'],
    ['Onze cijfers zijn dramatisch: we draaien dit jaar 200.000 euro verlies.', 'internal/finance'],
    ['De inspectie heeft ons een negatief advies gegeven, dat blijft voorlopig binnen.', 'internal/marker'],
  ])('%s', (text, rule) => {
    expect(rules(text)).toContain(rule);
  });

  it('stays quiet about grief, a cat indoors and a published report', () => {
    expect(rules('Het verlies van mijn moeder weegt nog elke dag.')).toEqual([]);
    expect(rules('Het regent, de kat blijft voorlopig binnen.')).toEqual([]);
    expect(rules('Ons jaarverslag staat online: lees het op onze website.')).toEqual([]);
  });

  it('a person in care before a number word is a case reference', () => {
    expect(rules('Cliënt nr. 004512 moet morgen naar de tandarts.')).toContain('internal/case-file');
    expect(rules('Patient no. 77315 needs a new appointment.')).toContain('internal/case-file');
    expect(rules('Bewoner nummer 3 won de quiz.')).toEqual([]);
  });

  it('a decision already announced is no leak; one still to be announced is', () => {
    expect(rules('De directie maakte gisteren de fusie met het ziekenhuis bekend, een mooie stap.')).toEqual([]);
    expect(rules('Zoals eerder aangekondigd sluit ons dagcentrum in Lier op 1 juli.')).toEqual([]);
    expect(rules('Onze directeur kondigde vandaag op een persconferentie de overname van zorggroep Noord aan.')).toEqual([]);
    expect(rules('The board announced publicly today that we are merging with the hospital group.')).toEqual([]);
    expect(rules('Psst, de fusie met het ziekenhuis wordt pas volgende maand bekendgemaakt, nog niks zeggen.')).toContain('internal/decision');
    expect(rules('Het nieuws dat we gaan fuseren mag echt nog niet naar buiten.')).toContain('internal/marker');
  });
});


describe('internal: staff matters, plans, incidents and figures in plain words (no confidentiality word)', () => {
  it.each([
    ['Onze teamleider is sinds vorige week geschorst.', 'internal/staff'],
    ['Collega Ilse zit al drie maanden thuis met een burn-out.', 'internal/staff'],
    ['Er loopt een onderzoek tegen de nieuwe begeleider.', 'internal/staff'],
    ['Our ward manager has been suspended pending an investigation.', 'internal/staff'],
    ['Tom from the night team got fired yesterday.', 'internal/staff'],
    ['Leefgroep De Linde gaat dicht na de zomer, de jongeren worden verspreid.', 'internal/decision'],
    ['We krijgen volgend jaar 300.000 euro minder budget.', 'internal/decision'],
    ['The day centre is closing in the spring.', 'internal/decision'],
    ["We're getting 15% less funding next year, so jobs will go.", 'internal/decision'],
    ['Een cliënt kreeg vanochtend de verkeerde medicatie op de afdeling.', 'internal/incident'],
    ['De politie heeft gisteren een jongere van onze leefgroep opgepakt.', 'internal/incident'],
    ['The police were called to our unit twice this week.', 'internal/incident'],
    ['Er was gisteravond een vechtpartij tussen twee jongeren op de groep.', 'internal/incident'],
    ['De inspectie heeft bij ons ernstige tekorten gevonden.', 'internal/audit'],
    ['A family has filed a formal complaint about our care team.', 'internal/audit'],
    ['In the steering group they said the respite unit probably won\'t survive.', 'internal/meeting'],
    ['In de stuurgroep is gezegd dat locatie West verdwijnt.', 'internal/meeting'],
    ['Onze bezettingsgraad is gezakt naar 70 procent, dat mag niemand weten.', 'internal/finance'],
    ['Our occupancy is down to 68% and the board is panicking.', 'internal/finance'],
    ['Het is allemaal in de doofpot gestopt, niemand mag er iets over zeggen.', 'internal/marker'],
  ])('%s', (text, rule) => {
    expect(rules(text)).toContain(rule);
  });

  it.each([
    'Mijn zus gaat verhuizen naar Leuven, helpen jullie zaterdag mee?',
    'De spits werd geschorst voor twee wedstrijden.',
    'My brother got fired from his job at the bakery, he is fine though.',
    'De politie kwam langs op school voor een les verkeersveiligheid.',
    'The hospital across town is closing its maternity ward.',
    'Grandma fell in the garden but she is fine, thanks for asking.',
    'Gaat de dagbesteding dicht na de zomer?',
    'Heb je een klacht? Meld het via ons klachtenformulier.',
    'De bibliotheek gaat dicht op maandag.',
  ])('stays quiet: %s', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it('from the organisation\'s own page, where and when do not make a change a leak', () => {
    const text = 'Onze dagbesteding gaat dicht na de zomer, de bezoekers gaan naar Lier.';
    expect(rules(text)).toContain('internal/decision');
    expect(rules(text, organisation)).toEqual([]);
  });
});

describe('internal: a unit closes only with a closing word in its sentence', () => {
  it('a unit and a closing word after it are a decision; the unit alone is not', () => {
    expect(found('Hoorde ik: de leefgroep van Tienen stopt, vertrouwelijk nieuws.')).toContain('internal/decision leefgroep van Tienen stopt');
    expect(found('Hoorde ik: de leefgroep van Tienen, vertrouwelijk nieuws.').filter((f) => f.startsWith('internal/decision'))).toEqual([]);
  });

  it('a word the rule file adds to the units stays a unit and no longer a meeting word, closing word or not', () => {
    const text = 'Op de vergadering werd beslist dat de nachtdienst verdwijnt.';
    expect(rules(text)).toContain('internal/meeting');
    const policy = emptyPolicy({ language: { internal: { words: { unit: ['vergadering'] } } } });
    expect(rules(text, personal, policy)).not.toContain('internal/meeting');
    expect(rules('Op de vergadering werd beslist, nog niet officieel.', personal, policy)).not.toContain('internal/meeting');
  });
});

describe('internal: cues that only together reach the threshold are all still reported', () => {
  const policy = emptyPolicy({ sensitiveTopics: ['Kievitplan', 'Zwaluwplan'] });

  it('two topics (weight 2 each) in one sentence, or in neighbouring sentences, report both', () => {
    expect(found('Het Kievitplan en het Zwaluwplan liggen klaar.', personal, policy)).toEqual(['internal/topic Kievitplan', 'internal/topic Zwaluwplan']);
    expect(found('Het Kievitplan ligt klaar. Het Zwaluwplan ook.', personal, policy)).toEqual(['internal/topic Kievitplan', 'internal/topic Zwaluwplan']);
  });

  it('a topic with a weak word in its sentence or the next is just at the threshold (2 + 1)', () => {
    expect(found('Het Kievitplan komt eraan 🤫', personal, policy)).toEqual(['internal/topic Kievitplan']);
    expect(found('Het Kievitplan komt eraan. 🤫', personal, policy)).toEqual(['internal/topic Kievitplan']);
  });

  it('one topic alone, or two sentences apart, stays below it', () => {
    expect(found('Het Kievitplan komt eraan.', personal, policy)).toEqual([]);
    expect(found('Het Kievitplan ligt klaar. Mooi weer vandaag. Het Zwaluwplan ook.', personal, policy)).toEqual([]);
  });
});

describe('internal: one draft after another', () => {
  // collect keeps its per-token table from check to check: nothing of a longer draft may carry over to a shorter one.
  it('finds in a short draft after a long one what it finds in it alone', () => {
    const long = 'Vertrouwelijk: de vergadering besliste dat het dossier 2024/1234 nog niet publiek is. '.repeat(20);
    const drafts = ['Morgen vergadering over de zomerplanning.', 'Het dossier staat open.', 'Nieuwe collega, welkom!'];
    const alone = drafts.map((d) => found(d));
    found(long);
    expect(drafts.map((d) => found(d))).toEqual(alone);
  });
});

describe('internal: word lists', () => {
  // The check reads its lists as they are, against folded token keys: a list word with a capital or an accent would
  // never be found.
  it.each((LANGUAGE_DATA.internal ?? []).map((f) => [`${f.language}/internal.json`, f] as const))('%s lists only folded words', (_, file) => {
    const words = Object.values(file.lists ?? {}).flat();
    expect(words.length).toBeGreaterThan(100);
    expect(words.filter((w) => foldPhrase(w) !== w)).toEqual([]);
  });
});
