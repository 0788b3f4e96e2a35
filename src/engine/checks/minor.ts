/**
 * minor: a child or young person becomes identifiable. A recognised name (or one on the
 * client list) together with an age under `maxAge` (default 18), a school or class, a birth
 * date of a minor, or a child/youth word right next to it ("mijn dochter Chloe", "pleegkind
 * Milan"). Counts without a name ("85 kinderen en jongeren") and adults ("Yvonne (88)") are fine.
 */
import { caseless } from '../caseless';
import { lazy } from '../lazy';
import type { Check } from '../rule';
import type { Entity } from '../types';
import { distance, initials, place, startingIn, type Placed } from '../recognizers/placement';

/** Person kinds that are not minors: public figures, staff, people addressed with "Mevrouw". */
const NOT_MINOR = new Set(['role', 'staff', 'title']);
/** An age this close after the name belongs to it: "Wannes (14)", "Robbe, 15 jaar,". */
const ATTACHED = 3;
const OF_AGE = /^,?\s(?:van|of)\s$/;
/** A child word this close to the name describes that person: "onze leerling Emma", "Tom, mijn zoon". */
const CHILD_BEFORE = 12;
const CHILD_AFTER = 12;
/** "familie Janssens", "het gezin Yilmaz", "the Peeters family" is matched by the words before only. */
const FAMILY_BEFORE = /(?:familie|gezin|family|families)\s+$/i;

/** An age written as a bare number of years, which is just as often a duration. */
const BARE_YEARS = /^\S+\s*(?:jaar|jr|years?|yrs)$/i;
const BEING_BEFORE = /(?:^|\s)(?:is|was|ben|wordt|werd|nu|pas|amper|net|turned|is now|aged)\s+$/i;
const BEING_AFTER = lazy(() => caseless(/^\s+(?:is|was|ben|wordt|werd|oud|old|en\s+(?:nu|al))(?![\p{L}])/iu));

function isAgeClause(src: string, age: Entity): boolean {
  // "na een afwezigheid van drie jaar is …": a duration, whatever verb follows.
  if (/(?:^|\s)(?:van|na|gedurende|sinds|voor|over|al|for|after|since)\s+$/i.test(src.slice(Math.max(0, age.start - 12), age.start))) return false;
  return BEING_BEFORE.test(src.slice(Math.max(0, age.start - 10), age.start)) || BEING_AFTER().test(src.slice(age.end, age.end + 10));
}

/**
 * Between the name and the school: "van", "uit", "op", "from" … and no job ("Jan is leerkracht aan het …",
 * "X is coördinator van het Instituut").
 */
const PUPIL_OF = /^(?![\s\S]*(?:^|\s)(?:is|was|werkt|werkte|works|worked|geeft|gaf|directeur|leerkracht|teacher)(?:\s|$))[\s\S]*(?:^|\s)(?:van|uit|op|of|from|at|in|naar|bij)\s/i;

/**
 * Between a name and a child word after it that describes the name: "Tom, mijn zoon", "Emma (onze dochter)", "Jana de
 * kleuter", "Roos uit de peutergroep"; not a verb ("Karen nam de jongeren mee": the child word is someone else).
 */
const APPOSITION =
  lazy(() => caseless(/^(?:\s*[,(:\-\u2013]\s*|\s+)(?:(?:uit|van|in|bij|from|of|at)\s+)?(?:(?:mijn|m'n|onze|ons|zijn|z'n|haar|hun|de|het|een|my|our|his|her|their|the|a|is|was)\s+)?(?:\p{L}+\s+)?$/iu));

/** Between a name and a class or group: the person teaches, coaches or leads it ("Sarah geeft les in het secundair"). */
const TEACHES = lazy(() => caseless(/(?<!\p{L})(?:werkt|werkte|works|worked|geeft|gaf|teaches|taught|leerkracht|leraar|lerares|teacher|juf|meester|coach|coacht|traint|trainer|trainster|leiding|leider|leidster|directeur|begeleidt|begeleider)(?!\p{L})/iu));

/**
 * A child word before the name is about that person when it stands on its own ("mijn dochter Chloe", "pleegkind
 * Milan"), not as the tail of a compound or company talk ("Renault-dochter Nissan", "bij dochter Delhaize").
 */
function ownChild(src: string, child: Entity): boolean {
  const before = src.slice(Math.max(0, child.start - 12), child.start);
  if (/[-\u2010\u2011]$/.test(before)) return false;
  return before.trim() === '' || /(?:^|\s)(?:mijn|m'n|onze|ons|zijn|z'n|haar|hun|jullie|de|het|een|my|our|his|her|their|the|a|[.!?:,])\s*$/i.test(before);
}

/**
 * A son or daughter who is an adult: an office, a job, a partner, studies or children of their own after the name
 * ("zijn zoon Kristof, die gemeenteraadslid is", "mijn dochter Eline en haar lief", "our son Tom, who works at the bank").
 * Only a child word is outweighed by it; an age under 18 is not.
 */
const ADULT_AFTER =
  lazy(() => /(?<!\p{L})(?:gemeenteraadslid|raadslid|schepen|burgemeester|kamerlid|advocaat|advocate|dokter|huisarts|ingenieur|directeur|directrice|zaakvoerder|zaakvoerster|verpleegkundige|getrouwd|trouwt|trouwde|zwanger|haar man|zijn vrouw|haar lief|zijn lief|haar partner|zijn partner|haar echtgenoot|zijn echtgenote|haar kinderen|zijn kinderen|kleinkind|kleinkinderen|gepensioneerd|met pensioen|universiteit|hogeschool|werkt als|werkt bij|werkte als|werkte bij|afgestudeerd|studeerde af|married|husband|wife|fiancee?|fiancée|university|works as|works at|worked as|retired|grandchildren|graduated|his kids|her kids)(?!\p{L})/iu);

/** Up to `max` characters after `from`, cut at the end of the sentence. */
function sentenceAfter(src: string, from: number, max: number): string {
  const s = src.slice(from, from + max);
  const end = s.search(/[.!?](?:\s|$)/);
  return end >= 0 ? s.slice(0, end) : s;
}

function birthYear(date: Entity): number | undefined {
  const years = date.text.match(/(?:19|20)\d{2}/g);
  return years ? Number(years[years.length - 1]) : undefined;
}

const check: Check = {
  meta: {
    id: 'minor',
    category: 'minor',
    severity: 'warn',
    description: {
      nl: 'Maakt een kind of jongere herkenbaar: naam samen met leeftijd, school, klas of geboortedatum.',
      en: 'Makes a child or young person identifiable: a name with an age, school, class or birth date.',
    },
    messages: {
      named: {
        nl: '"{name}" is herkenbaar als minderjarige ({cue}). Noem geen kinderen of jongeren bij naam samen met leeftijd, school of klas.',
        en: '"{name}" is identifiable as a minor ({cue}). Do not name children or young people together with their age, school or class.',
      },
      cue: {
        nl: 'Samen met de naam maakt dit een minderjarige herkenbaar. Laat dit weg of gebruik initialen.',
        en: 'Together with the name this makes a minor identifiable. Leave it out or use initials.',
      },
    },
    quote: {
      nl: 'Het belang van het kind of de jongere komt steeds op de eerste plaats. Vraag toestemming aan de minderjarige én de ouders.',
      en: 'The interest of the child or young person always comes first. Ask consent from both the minor and the parents.',
    },
    examples: {
      fires: [
        'Proficiat aan Noor (9) voor haar gele band bij de judoclub!',
        'Ons pleegkind Milan begint volgende week in het eerste leerjaar.',
        'Robbe, 15 jaar, maakte deze muurschildering in de fietsenstalling.',
        'My daughter Chloe (7) drew this lovely card for the nurses.',
        'Emma van basisschool De Vlinder (klas 5A) mocht vandaag de nieuwe speeltuin openen.',
        'De turnclub hing een foto op van Fien, amper 8 jaar, met haar gouden medaille.',
        'Jayden (14) from our youth group scored twice on Saturday!',
        'Daan en Mila uit het vijfde leerjaar van De Regenboog wonnen de tekenwedstrijd.',
        'Het gezin Peeters uit de Dorpsstraat krijgt deze week een pleegkind.',
        'Ava from the children\'s home turns 12 today!',
      ],
      clean: [
        'In de naschoolse opvang spelen elke middag zo\'n 85 kinderen en jongeren.',
        'Onze vrijwilliger Paul (67) gaat met pensioen na 20 jaar trouwe dienst.',
        'A warm welcome to all the kids at summer camp this week!',
        'Inzameling van speelgoed voor gezinnen met jonge kinderen: breng het naar ons kantoor.',
        'Marcel (79) kreeg vandaag bezoek van zijn familie uit Hasselt.',
        'Happy 10th anniversary to our youth centre in Leuven!',
        'De nieuwe kinderstoelen in onze cafetaria worden veel gebruikt.',
      ],
    },
  },
  run(ctx) {
    const maxAge = typeof ctx.options.maxAge === 'number' && Number.isFinite(ctx.options.maxAge) ? ctx.options.maxAge : 18;
    const entities = ctx.entities();
    const of = (type: Entity['type']) => place(ctx.text, entities.filter((e) => e.type === type));
    const persons = of('person');
    const ages = of('age');
    const schoolish = [...of('school'), ...of('class')].sort((a, b) => a.entity.start - b.entity.start);
    const children = of('child-word');
    const births = of('date').filter((d) => d.entity.value === 'birth');
    // Read the clock only for a birth date near a person, not on every check.
    let thisYear: number | undefined;

    // Each age belongs to at most one person: the one it directly follows.
    const attached = new Map<Entity, Placed>();
    for (const p of persons) {
      // "Lukas van 6 jaar", "Sam, aged 9": joined by "van"/"of" the age is just as much the name's.
      const a = startingIn(ages, p.entity.end, p.entity.end + ATTACHED + 4).find(
        (x) => x.entity.start - p.entity.end <= ATTACHED || OF_AGE.test(ctx.text.original.slice(p.entity.end, x.entity.start)),
      );
      if (a) attached.set(p.entity, a);
    }
    const claimed = new Set([...attached.values()].map((a) => a.entity));

    for (const p of persons) {
      const person = p.entity;
      if (NOT_MINOR.has(String(person.value ?? ''))) continue;
      let cue: Placed | undefined;
      let cueText = '';
      const own = attached.get(person);
      if (own) {
        if ((own.entity.value as number) >= maxAge) continue; // "Yvonne (88)": an adult.
        cue = own;
        cueText = own.entity.text.replace(/[()]/g, '').trim();
      }
      if (!cue) {
        // A free-standing age in the same or the next sentence: "…ons Mila mee. Zeven jaar is ze…".
        // Or just before it in the same sentence: "een meisje van 15 kwam binnen, Amber uit Lokeren".
        let free = startingIn(ages, person.start - 60, person.end + 120).find(
          (a) =>
            !claimed.has(a.entity) &&
            (a.entity.start >= person.end || a.sentence === p.sentence) &&
            a.sentence >= p.sentence &&
            a.sentence - p.sentence <= 1 &&
            distance(a.entity, person) <= 120,
        );
        if (free && (free.entity.value as number) >= maxAge) continue;
        // A bare "vier jaar" is mostly a duration ("gedurende vier jaar", "de voorbije vijftien jaar"): it is an age
        // only with a verb of being ("toen Kevin zeventien jaar was", "zeven jaar is ze").
        if (free && BARE_YEARS.test(free.entity.text) && !isAgeClause(ctx.text.original, free.entity)) free = undefined;
        if (free) {
          cue = free;
          cueText = free.entity.text;
        }
      }
      // "Groep 6 van De Vlinder won! Proficiat Lotte, Finn en Sara": the class may be in the sentence before.
      cue ??= startingIn(schoolish, person.start - 200, person.end + 120).find(
        (s) =>
          (s.sentence === p.sentence || (s.sentence === p.sentence - 1 && s.entity.end <= person.start)) &&
          distance(s.entity, person) <= 120 &&
          // A school is a pupil's when the name is "of" it ("Emma van basisschool De Vlinder"), not a teacher's job.
          (s.entity.type === 'class'
            ? !TEACHES().test(ctx.text.original.slice(Math.min(person.end, s.entity.end), Math.max(person.start, s.entity.start)))
            : s.entity.end <= person.start || PUPIL_OF.test(ctx.text.original.slice(person.end, s.entity.start))),
      );
      if (cue && !cueText) cueText = cue.entity.text;
      if (!cue) {
        const born = startingIn(births, person.start - 300, person.end + 300).find(
          (b) => Math.abs(b.sentence - p.sentence) <= 1 && (thisYear ??= new Date().getFullYear()) - (birthYear(b.entity) ?? 0) < maxAge,
        );
        if (born) {
          cue = born;
          cueText = born.entity.text;
        }
      }
      if (!cue) {
        // "de familie Janssens … hun pleegkind": a family named makes its child identifiable anywhere in the sentence.
        const family = FAMILY_BEFORE.test(ctx.text.original.slice(Math.max(0, person.start - 12), person.start));
        const child = startingIn(children, person.start - (family ? 200 : CHILD_BEFORE + 40), person.end + (family ? 200 : CHILD_AFTER)).find(
          (c) =>
            c.sentence === p.sentence &&
            (family ||
              (c.entity.end <= person.start && person.start - c.entity.end <= CHILD_BEFORE && ownChild(ctx.text.original, c.entity)) ||
              (c.entity.start >= person.end && c.entity.start - person.end <= CHILD_AFTER && APPOSITION().test(ctx.text.original.slice(person.end, c.entity.start)))),
        );
        if (child && !ADULT_AFTER().test(sentenceAfter(ctx.text.original, person.end, 90))) {
          cue = child;
          cueText = child.entity.text;
        }
      }
      if (!cue) continue;
      ctx.report({
        start: person.start,
        end: person.end,
        messageId: 'named',
        data: { name: person.text, cue: cueText },
        suggestion: { nl: `Gebruik initialen: ${initials(person.text)}`, en: `Use initials: ${initials(person.text)}` },
      });
      // Underline the age, school or class too, unless it is a child word describing the name.
      if (cue.entity.type !== 'child-word' && distance(cue.entity, person) > 0)
        ctx.report({
          start: cue.entity.start,
          end: cue.entity.end,
          messageId: 'cue',
          suggestion: { nl: 'Laat dit weg', en: 'Leave this out' },
        });
    }
  },
};
export default check;
