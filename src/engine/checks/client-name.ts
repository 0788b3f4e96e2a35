/**
 * client-name: a person in the organisation's care is named (first name, full name or
 * title + surname). Names on the policy's client list are always reported; other recognised
 * names only with care context nearby: a care word in the same or a neighbouring sentence
 * ("Georgette … onze bewoners", "our client Jessica", "kamer 21", "dementie").
 * Initials ("cliënt J."), staff names, public figures with a role and the writer's own family
 * are left alone.
 */
import { twin } from '../ascii-twin';
import { caseless } from '../caseless';
import { lazy } from '../lazy';
import type { Check } from '../rule';
import { distance, initials, place, startingIn } from '../recognizers/placement';
import type { Entity } from '../types';
import { STAFF_KINDS } from '../recognizers/context';
import { firstWord, greeted, namedInRole } from '../recognizers/roles';

/** Person kinds that are never a client: see PersonKind in entities/persons.ts. */
const NOT_CLIENT = new Set(['role', 'staff', 'family']);
/** How far a care word may be from the name: a neighbouring sentence, and not pages away. */
const MAX_SENTENCES = 1;
const MAX_CHARS = 300;
/** Posts with fewer sentences than this are read as one context. */
const SHORT_POST = 4;
/** Age from which "Mevrouw X (91)" is a resident rather than a colleague. */
const ELDERLY = 70;
/** Below this age "onze Wout (4)" without a care word is the writer's own child (minor, not client). */
const CHILD_AGE = 13;
/**
 * Staff matters and visitors in the name's sentence: "Mevrouw Maes van het dagcentrum gaat met pensioen",
 * "Kim van de technische dienst", "Lien De Smet kwam langs voor een babbel met de bewoners". Folded text.
 */
const STAFF_CUES = twin(String.raw`(?:^|[^\p{L}])(?:pensioen|retire\w*|retirement|technische dienst|onderhoudsdienst|onze (?:nieuwe )?collega|nieuwe collega|jaar dienst|in dienst|years of service|welkom in (?:ons|het) team|welcome to the team|our team|ons team|vacature|solliciteer|kwam langs|kwamen langs|gaf (?:vandaag |gisteren )?een (?:lezing|workshop|optreden)|gave a talk|gave a workshop|kwam op bezoek|kwamen op bezoek|bracht een bezoek|came to visit|came by|zong voor|performed for|(?:as an?|als) (?:new |nieuwe )?(?:support worker|care worker|carer|nurse|begeleider|begeleidster|opvoeder|opvoedster|verpleegkundige|zorgkundige|vrijwilliger|volunteer|stagiair|stagiaire)|personeelsvereniging|personeelsfeest|van (?:de|het) (?:administratie|boekhouding|personeelsdienst|hr|directie|keuken|poetsploeg|onthaal|secretariaat))(?![\p{L}])`, 'u');

/** "voor onze bewoners", "for all our residents", "om de bewoners te verwennen": the people in care as the ones served. */
/**
 * Staff at work in the name's sentence (folded text): someone who goes out, cooks or sings with the people in care as a
 * group ("Sofie ging met de bewoners naar de markt", "nam de jongeren mee", "took the residents bowling"; not "met de
 * andere bewoners"), works a shift, organised the day, plays the piano, or says goodbye to the residents.
 */
const CARE_GROUP = '(?:bewoners|clienten|jongeren|kinderen|deelnemers|patienten|gasten|residents|clients|young people|kids|patients|service users)';
const WORKING = twin(
  '(?<!\\p{L})(?:' +
    [
      `(?:ging|gaat|gingen|trok|trekt|fietste|wandelde|kookte|bakte|knutselde|zong|speelde|oefende|turnde|danste|schilderde|tekende|werkte)\\s+(?:\\p{L}+\\s+){0,4}met\\s+(?:(?:de|onze|ons|al|alle|our|the|all)\\s+){1,2}${CARE_GROUP}`,
      `(?:nam|neemt|namen|nemen)\\s+(?:(?:de|onze|ons|al|alle)\\s+){1,2}${CARE_GROUP}\\s+(?:\\p{L}+\\s+){0,5}mee`,
      `(?:took|takes|led|leads|brought|brings|helped|helps)\\s+(?:(?:the|our|all)\\s+){1,2}${CARE_GROUP}`,
      `(?:neemt|nam|namen|nemen)\\s+(?:\\p{L}+\\s+){0,2}afscheid\\s+van\\s+(?:(?:de|onze|ons|al|alle)\\s+){1,2}${CARE_GROUP}`,
      '(?:nachtdienst|dagdienst|avonddienst|vroege dienst|late dienst|weekenddienst|night shift|day shift|late shift|early shift)',
      '(?:georganiseerd|geregeld|in elkaar gestoken) door', 'organi[sz]ed by',
      'aan de (?:piano|gitaar|micro|accordeon)', 'at the piano', 'on (?:the )?(?:piano|guitar)',
    ].join('|') +
    ')(?!\\p{L})',
  'u',
);

/**
 * Major sports events and titles in the name's sentence (folded): "toen Lotte Kopecky het WK won", "watching Emma Raducanu
 * at Wimbledon". A full name there is an athlete's, not a client's; a first name alone may be anyone's.
 */
const SPORT_EVENT =
  lazy(() => /(?<!\p{L})(?:tour de france|de tour|ronde van|giro|vuelta|wk|ek|wereldkampioen\p{L}*|europees kampioen\p{L}*|olympische|spelen|olympics|world cup|wereldbeker|champions league|premier league|grand slam|wimbledon|roland garros|us open|australian open|gouden medaille|gold medal|world champion\p{L}*|formule 1|formula 1|marathon van|marathon of)(?!\p{L})/u);

/**
 * The cue words of SERVED_BEFORE and THANKS_BEFORE, of which each expression is built, and so is its pre-check: a window
 * without a cue cannot match, and the expression (with its costly look-behind) is not compiled for it.
 */
const SERVED_CUES = 'voor|for|om';
const THANKS_CUES = 'met dank aan|dank aan|dankzij|bedankt aan|merci aan|dankjewel aan|thanks to|thank you to|kudos to|shout-?out to|hats off to';
const SERVED_HINT = lazy(() => caseless(new RegExp(SERVED_CUES, 'iu')));
const THANKS_HINT = lazy(() => caseless(new RegExp(THANKS_CUES, 'iu')));
const SERVED_BEFORE = lazy(() => caseless(new RegExp(String.raw`(?:^|[^\p{L}])(?:${SERVED_CUES})\s+(?:(?:al|alle|all|onze|ons|de|het|our|the)\s+){1,2}$`, 'iu')));

/**
 * A public figure by what people do with them: "het boek van …", "a film by …", "keken naar …", "zongen mee met …",
 * "supporterden voor …", "watching …", "fans of …". Not someone in care. Each way is what comes before its cue words,
 * the cue words, and what follows them up to the name: a match holds one of its way's cue words, so the cue words of all
 * ways are PUBLIC_BEFORE's pre-check (as THANKS_HINT is THANKS_BEFORE's).
 */
const PUBLIC_WAYS: ReadonlyArray<readonly [before: string, cues: string, after: string]> = [
  [
    '(?:boek(?:en)?|roman|films?|gedichte?n?|liedje?s?|liederen|nummers?|songs?|muziek|optreden|concert|show|voorstelling|album|plaat|schilderije?n?|' +
      'strip|serie|reeks|podcast|books?|novel|movies?|poems?|music|painting|paintings|records?|series)\\s+',
    'van|by|of',
    '\\s+(?:de\\s+|the\\s+)?',
  ],
  ['(?:keken|kijken|kijkt|keek|luisterden|luisteren|luistert|luisterde)\\s+(?:\\p{L}+\\s+){0,5}', 'naar', '\\s+'],
  ['(?:supporterden|supporteren|supportert|supporterde|juichten|juichen|duimden|duimen|duimt|duimde)\\s+(?:\\p{L}+\\s+){0,5}', 'voor', '\\s+'],
  ['(?:zongen|zingen|zong|zingt|dansten|dansen|danste)\\s+(?:\\p{L}+\\s+){0,5}', 'mee', '\\s+(?:met|op)\\s+'],
  ['(?:fans?|idool|idol)\\s+', 'van|of', '\\s+'],
  ['', 'watch', '(?:ed|ing|es)?\\s+(?:\\p{L}+\\s+){0,1}'],
  ['', 'listen', '(?:ed|ing|s)?\\s+to\\s+(?:\\p{L}+\\s+){0,1}'],
  ['', 'cheer', '(?:ed|ing|s)?\\s+(?:on|for)\\s+(?:\\p{L}+\\s+){0,1}'],
  ['(?:sang|singing)\\s+', 'along', '\\s+(?:to|with)\\s+(?:\\p{L}+\\s+){0,1}'],
];
const PUBLIC_HINT = lazy(() => caseless(new RegExp(PUBLIC_WAYS.map(([, cues]) => cues).join('|'), 'iu')));
const PUBLIC_BEFORE = lazy(() => caseless(new RegExp(`(?<!\\p{L})(?:${PUBLIC_WAYS.map(([before, cues, after]) => `${before}(?:${cues})${after}`).join('|')})$`, 'iu')));
/**
 * Public thanks to someone: "met dank aan …", "dankzij …", "thanks to …". Those thanked for what residents got are
 * staff, volunteers or sponsors (a direct "Dank je, Jelle" is not matched).
 */
const THANKS_BEFORE = lazy(() => caseless(new RegExp(String.raw`(?<!\p{L})(?:${THANKS_CUES})\s+(?:(?:onze|ons|de|our|the)\s+)?$`, 'iu')));
/** Between two names of one list: "Sofie en Tom", "Mark and Priya". */
const LIST_BETWEEN = /^\s*(?:,|en|and|&)\s*$/iu;

/** Childcare words among the child words: a child there is not in care. */
const CHILDCARE = /opvang|dagverblijf|peuter|kleuter|creche|crèche|babygroep/i;

/**
 * The writer's own name: "I'm …", "ik ben …" before it, "… here" after it. Each expression is asked of every name, and
 * its `\p{L}` costs a compile on the first check: the words, read first by a plain expression (as SERVED_HINT), rule
 * out nearly every name.
 */
const SELF_CUES = "i'm|i’m|i am|ik ben|my name is|mijn naam is|ik heet|call me";
const SELF_LATER_CUES = 'here|hier';
const SELF_HINT = lazy(() => caseless(new RegExp(SELF_CUES, 'iu')));
const SELF_LATER_HINT = lazy(() => caseless(new RegExp(SELF_LATER_CUES, 'iu')));
const SELF_BEFORE = lazy(() => caseless(new RegExp(String.raw`(?:^|[^\p{L}])(?:${SELF_CUES})\s+$`, 'iu')));
const SELF_AFTER = lazy(() => caseless(new RegExp(String.raw`^,?\s+(?:${SELF_LATER_CUES})(?![\p{L}])`, 'iu')));

const check: Check = {
  meta: {
    id: 'client-name',
    category: 'client-name',
    severity: 'warn',
    subrules: { listed: 'block', context: 'warn' },
    description: {
      nl: 'Noemt de naam van een cliënt, bewoner, patiënt of jongere in begeleiding.',
      en: 'Names a client, resident, patient or young person in care.',
    },
    messages: {
      listed: {
        nl: '"{name}" staat op de cliëntenlijst van je organisatie. Noem cliënten niet bij naam.',
        en: '"{name}" is on your organisation\'s client list. Do not name clients.',
      },
      context: {
        nl: '"{name}" lijkt iemand die jullie begeleiden. Noem cliënten niet bij naam, ook niet met hun voornaam.',
        en: '"{name}" looks like someone in your care. Do not name clients, not even by first name.',
      },
    },
    quote: {
      nl: 'Je mag in principe alleen gegevens van cliënten gebruiken voor het bieden van goede zorg. Wat je over cliënten weet, valt onder je beroepsgeheim.',
      en: 'In principle you may only use clients\' data to provide good care. What you know about clients falls under professional secrecy.',
    },
    examples: {
      fires: [
        'Vandaag vierden we de verjaardag van bewoonster Godelieve, ze werd 94!',
        'Onze cliënt Thomas kookte vanavond voor de hele woongroep.',
        'Our resident Margaret turned 100 today, what a party at the care home.',
        'Meneer Claes (kamer 7) vertelde vandaag prachtige verhalen over vroeger.',
        'Sinds zijn opname in de crisisopvang gaat het veel beter met Jonas Vermeulen.',
        'De deelnemers van de dagbesteding hebben samen met ons Sjon een moestuin aangelegd.',
        'Ons Lies heeft vandaag voor het eerst alleen de bus genomen.',
        'Die Wout van woning 2 wil elke avond frietjes.',
        'Mevrouw Dierickx, geboren op 4 maart 1931, kreeg vandaag bezoek van de burgemeester.',
        { text: 'Mevrouw Hendriks in onze woongroep heeft vandaag haar eerste schilderij verkocht.', context: { account: 'organisation' } },
        'Onze vrijwilliger Mieke wandelde met bewoner Jozef door het park van het rusthuis.',
      ],
      clean: [
        'Burgemeester Peeters knipte het lint door voor ons nieuwe dagcentrum.',
        'Met cliënt M. hebben we vandaag een mooie wandeling gemaakt.',
        'Onze bewoners genoten vandaag volop van de zon in de tuin.',
        'Congratulations to our volunteers in Leuven for a great fundraiser!',
        'Welkom aan onze nieuwe collega Annelies, die vanaf maandag in de leefgroep start!',
        'De tuin van \'s Merel Bos staat zondag open voor buren en familie.',
        'Mijn man Koen en ik zijn deze zomer naar Lier en Mechelen gefietst.',
        // A role word before the name, in apposition or as the service named after it; later mentions are the same person.
        'Stagiair Wout zat vandaag mee aan tafel in de leefgroep. Bedankt voor je inzet, Wout!',
        'Dank aan Koen van de brandweer voor de brandoefening in het woonzorgcentrum.',
        'Say hello to Nadia, our new social worker on the dementia unit.',
        // A colleague's working life in the sentence.
        'Morgen werkt Amber haar laatste dienst in de woongroep voor haar zwangerschapsverlof. Succes, Amber!',
        // The colleague greeted at the top of the post.
        'Hallo Ingrid, het rooster van de dagbesteding hangt in de personeelsruimte.',
      ],
    },
  },
  run(ctx) {
    const entities = ctx.entities();
    const persons = place(ctx.text, entities.filter((e) => e.type === 'person'));
    const care = place(ctx.text, entities.filter((e) => e.type === 'care-word' && !STAFF_KINDS.has(e.value)));
    // "Lotte begeleidt de groep", "Sam runs the art class": a care verb right after the name makes them staff.
    const givesCare = entities.filter((e) => e.type === 'care-word' && e.value === 'staff');
    const roles = entities.filter((e) => e.type === 'care-word' && e.value === 'role');
    // "Sanne deed haar laatste dienst", "starts her maternity leave": a colleague's working life in the sentence.
    const staffing = place(ctx.text, entities.filter((e) => e.type === 'care-word' && e.value === 'staffing'));
    /** First words of names already seen as staff, helpers, family or public figures: "Vrijwilliger Henk … Dank je wel, Henk!". */
    const notClients = new Set<string>();
    const caregiver = (p: Entity) => givesCare.some((g) => g.start >= p.end && g.start - p.end <= 2);
    // "Will Tura zong voor onze bewoners", "kookte voor onze cliënten": someone doing something for the people in care
    // is a visitor or staff, not one of them.
    // (A loop, not filter and map: see `array-kinds.ts`.)
    const served = new Set<number>();
    for (const c of care) {
      if (c.entity.value !== 'person') continue;
      const before = ctx.text.original.slice(Math.max(0, c.entity.start - 24), c.entity.start);
      if (SERVED_HINT().test(before) && SERVED_BEFORE().test(before)) served.add(c.sentence);
    }
    const ages = place(ctx.text, entities.filter((e) => e.type === 'age' || (e.type === 'date' && e.value === 'birth')));
    // Read the clock only for a birth date near a name, not on every check.
    let thisYear: number | undefined;
    const elderly = (p: Entity, sentence: number) =>
      startingIn(ages, p.start - 80, p.end + 80).some((a) => {
        if (a.sentence !== sentence) return false;
        if (a.entity.type === 'age') return (a.entity.value as number) >= ELDERLY && a.entity.start >= p.end && a.entity.start - p.end <= 3;
        const year = a.entity.text.match(/(?:19|20)\d\d/)?.[0];
        return !!year && (thisYear ??= new Date().getFullYear()) - Number(year) >= ELDERLY;
      });
    // "onze Joris … naar de kinderopvang", "ons Noor van het tweede middelbaar": a school, class or childcare names a pupil
    // or the writer's own child, not someone in care.
    const schooling = place(
      ctx.text,
      entities.filter((e) => e.type === 'class' || e.type === 'school' || (e.type === 'child-word' && CHILDCARE.test(e.text))),
    );
    const atSchool = (p: Entity, sentence: number) => startingIn(schooling, p.start - 200, p.end + 200).some((s) => s.sentence === sentence);
    const youngChild = (p: Entity) =>
      startingIn(ages, p.start - 80, p.end + 80).some((a) => a.entity.type === 'age' && (a.entity.value as number) < CHILD_AGE && distance(a.entity, p) <= 40);
    // Folded span of each sentence, for the staff and sports cues: made when a name first needs them.
    let spans: Array<[number, number]> | undefined;
    const sentences = () => {
      if (!spans) {
        spans = [];
        for (const t of ctx.text.tokens) {
          const s = spans[t.sentence];
          if (s) s[1] = t.nEnd;
          else spans[t.sentence] = [t.nStart, t.nEnd];
        }
      }
      return spans;
    };
    const staffMatter = (sentence: number) => {
      const span = sentences()[sentence];
      if (!span) return false;
      const folded = ctx.text.folded.slice(span[0], span[1]);
      return STAFF_CUES(folded).test(folded) || WORKING(folded).test(folded);
    };
    const shortPost = (ctx.text.tokens[ctx.text.tokens.length - 1]?.sentence ?? 0) < SHORT_POST;
    /** End of the last name that was a public figure or thanked, for the names listed after it. */
    let publicEnd = -1;
    for (const { entity: p, sentence } of persons) {
      // The writer introducing themself ("I'm Tom", "Tom here", "ik ben Lies") is no client.
      const src = ctx.text.original;
      const self = src.slice(Math.max(0, p.start - 16), p.start);
      const later = src.slice(p.end, p.end + 8);
      if ((SELF_HINT().test(self) && SELF_BEFORE().test(self)) || (SELF_LATER_HINT().test(later) && SELF_AFTER().test(later))) continue;
      const before = src.slice(Math.max(0, p.start - 60), p.start);
      const sportSpan = p.value !== 'care' && /\s/.test(p.text) ? sentences()[sentence] : undefined;
      const athlete = !!sportSpan && SPORT_EVENT().test(ctx.text.folded.slice(sportSpan[0], sportSpan[1]));
      if (p.value !== 'client' && (athlete || (PUBLIC_HINT().test(before) && PUBLIC_BEFORE().test(before)) || (THANKS_HINT().test(before) && THANKS_BEFORE().test(before)) || (publicEnd >= 0 && LIST_BETWEEN.test(src.slice(publicEnd, p.start))))) {
        publicEnd = p.end;
        notClients.add(firstWord(p.text));
        continue;
      }
      const kind = String(p.value ?? '');
      const suggestion = () => {
        const short = initials(p.text);
        return { nl: `Gebruik initialen: ${short}`, en: `Use initials: ${short}` };
      };
      if (kind === 'client') {
        ctx.report({ start: p.start, end: p.end, messageId: 'listed', subrule: 'listed', data: { name: p.text }, suggestion: suggestion() });
        continue;
      }
      if (kind !== 'care' && notClients.has(firstWord(p.text))) continue;
      if (NOT_CLIENT.has(kind) || caregiver(p) || (kind !== 'care' && (namedInRole(src, p, roles) || greeted(src, p)))) {
        notClients.add(firstWord(p.text));
        continue;
      }
      // Care words are short: any within reach starts at most MAX_CHARS + a word before the name.
      // In a short post (a few sentences) the care context is the whole post's.
      const near = startingIn(care, p.start - MAX_CHARS - 40, p.end + MAX_CHARS).some(
        (c) => (Math.abs(c.sentence - sentence) <= MAX_SENTENCES || shortPost) && distance(c.entity, p) <= MAX_CHARS,
      );
      // "ons Lies", "onze Mohamed": the Flemish way of speaking of someone in your care is context enough;
      // so is an old person addressed with "Mevrouw"/"Meneer" and an age or birth date ("Mevrouw Visser (91)").
      // "Zo trots op onze Daan! 6 jaar en …": "onze" with a child's age and no care word is the writer's own child.
      const own = (kind === 'ons' && !youngChild(p) && !atSchool(p, sentence)) || (kind === 'title' && elderly(p, sentence));
      // A name right after "cliënt"/"bewoner" stays a client even in a sentence about staff.
      if (kind !== 'care' && staffing.some((s) => s.sentence === sentence)) {
        notClients.add(firstWord(p.text));
        continue;
      }
      if ((!near && !own) || (kind !== 'care' && (staffMatter(sentence) || served.has(sentence)))) continue;
      ctx.report({ start: p.start, end: p.end, messageId: 'context', subrule: 'context', data: { name: p.text }, suggestion: suggestion() });
    }
  },
};
export default check;
