import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../entities';
import { emptyPolicy } from '../empty-policy';
import { prepare } from '../text';
import { cue, leadingWords } from './cues';
import { buildAgeCues } from './age-cues.build';
import { findSchools, schoolsIn } from './ages';

const room = cue(() => ({ words: ['kamer', 'u'] }));
const unit = cue(() => ({ endings: ['jarig'], endingsBefore: [['y', '/']] }));
const wag = cue(() => ({ beginnings: ['kwispel', 'w'] }));
const holds = (has: (text: ReturnType<typeof prepare>) => boolean, text: string) => has(prepare(text));

describe('cues: whether a draft could hold what an expression looks for', () => {
  it('finds a word as a token, and as a run of letters in a token with digits, symbols or an apostrophe', () => {
    expect(holds(room, 'Het ontbijt voor kamer 21.')).toBe(true);
    expect(holds(room, 'Het ontbijt voor de kamers.')).toBe(false);
    expect(holds(room, 'Hij speelt bij de U9.')).toBe(true);
    expect(holds(room, 'Mail 3kamer@example.org')).toBe(true);
    expect(holds(room, "De kamer's deur")).toBe(true);
    expect(holds(room, 'Een uur later')).toBe(false);
  });

  it('reads the words between numbers in a draft that is mostly numbers', () => {
    const numbers = Array.from({ length: 200 }, (_, i) => `04${String(71234567 + i * 7919).padStart(8, '0')}`).join(' nr ');
    expect(holds(room, `${numbers} kamer ${numbers}`)).toBe(true);
    expect(holds(room, `${numbers} 3kamer@example.org`)).toBe(true);
    expect(holds(room, numbers)).toBe(false);
  });

  it('finds endings, and an ending before a character only before it', () => {
    expect(holds(unit, 'een zesjarig meisje')).toBe(true);
    expect(holds(unit, 'Hij is 16y/o.')).toBe(true);
    expect(holds(unit, 'Hij is 16y.')).toBe(false);
    expect(holds(unit, 'Geen leeftijd hier.')).toBe(false);
  });

  it('finds beginnings, as a token and as a run of letters in a token', () => {
    expect(holds(wag, 'Hij kwispelde.')).toBe(true);
    expect(holds(wag, 'Hij 2kwispel.')).toBe(true);
    expect(holds(wag, 'Hij speelde.')).toBe(false);
    expect(holds(wag, 'Een W.')).toBe(true);
    expect(holds(wag, 'Een ow.')).toBe(false);
    expect(holds(wag, 'kwispe')).toBe(false);
  });

  it('gives every cue for a token with a letter beyond ASCII', () => {
    expect(holds(room, 'Straße und Haus')).toBe(true);
    expect(holds(unit, 'Straße und Haus')).toBe(true);
  });

  it('reads the leading words of an alternative, and refuses a form it cannot read', () => {
    expect(leadingWords('klas')).toEqual(['klas']);
    expect(leadingWords('reception class')).toEqual(['reception']);
    expect(leadingWords('middelbare(?: school)?')).toEqual(['middelbare']);
    expect(leadingWords("rakwi'?s")).toEqual(['rakwis', 'rakwi']);
    expect(leadingWords(String.raw`leeftijd(?:\s+van)?:?`)).toEqual(['leeftijd']);
    expect(leadingWords('aged?')).toEqual(['aged', 'age']);
    expect(() => leadingWords('[jm]o-?(?:[7-9])')).toThrow(/no leading word/);
  });
});

/** Each expression the cues may skip still finds its matches where a word touches digits, symbols or apostrophes. */
describe('recognisers behind a cue', () => {
  const found = (type: string, text: string) =>
    recognizeEntities(prepare(text), emptyPolicy())
      .filter((e) => e.type === type)
      .map((e) => e.text);

  it('age groups: a letter and digits in one word, after a hyphen, in brackets', () => {
    expect(found('class', 'Daan (U9) scoorde twee keer.')).toEqual(['U9']);
    expect(found('class', 'Daan speelt bij de U-12 van de club.')).toEqual(['U-12']);
    expect(found('class', 'Daan speelt bij de JO11 van de club.')).toEqual(['JO11']);
    expect(found('class', 'Daan speelt bij de under-10s.')).toEqual(['under-10s']);
    expect(found('class', "Daan zit bij de rakwi's van de Chiro.")).toEqual(["bij de rakwi's"]);
    expect(found('class', 'Daan gaat naar het middelbare school volgend jaar.')).toEqual(['naar het middelbare school']);
    expect(found('class', 'Daan zit in de kapoenenclub.')).toEqual([]);
  });

  it('class keywords after a digit or before an apostrophe', () => {
    expect(found('class', 'Ze zit in groep 7 sinds september.')).toEqual(['groep 7']);
    expect(found('class', 'Ze zit in het 3de leerjaar.')).toEqual(['3de leerjaar']);
    expect(found('class', 'Ze zit in de woongroep 7.')).toEqual([]);
  });

  it('units of age at the end of a longer word and after digits', () => {
    const ages = (text: string) =>
      recognizeEntities(prepare(text), emptyPolicy())
        .filter((e) => e.type === 'age')
        .map((e) => [e.text, e.value]);
    expect(ages('Een zesjarige jongen.')).toEqual([['zesjarige', 6]]);
    expect(ages('Hij is 16y/o en blij.')).toEqual([['16y/o', 16]]);
    expect(ages('Hij werd 13jaar.')).toEqual([['13jaar', 13]]);
    expect(ages('Milan (bijna 10) deed mee.')).toEqual([['bijna 10', 10]]);
    expect(ages('Hij is vandaag blij.')).toEqual([]);
  });

  it('numbered rooms', () => {
    expect(found('care-word', 'Het ontbijt voor kamer 21 staat klaar.')).toEqual(['kamer 21']);
    expect(found('care-word', 'Het ontbijt voor de kamers staat klaar.')).toEqual([]);
  });
});

describe('schools read by word cues', () => {
  it('finds every school the full scan finds: school words and endings with digits, apostrophes, accents, in any case', () => {
    const names = ['school', 'basisschool', 'Kleuterschool', 'college', 'Sint-Jozefscollege', 'Ursulalyceum', 'Atheneum', 'athenaeum', 'Instituut',
      'Gymnasium', 'Scholengroep', 'Kleuterklas', 'academy', 'Primary', 'HighSchool', 'secondary', 'KLEUTERSCHOOL', 'Collège', 'Lycée', 'Koningsatheneum2',
      "Mary's", 'Schoolstraat', 'Hogeschool', 'Avondschool', 'scholen', 'Lyceumkes', 'Instituutje', 'sch00l', 'Athénée', 'Gymnasium’s'];
    const around = [['Ze gaat naar ', ' De Vlinder.'], ['Op ', ' Lier vandaag!'], ['St ', ' School is dicht.'], ['Het ', '-project van Sint-', ' startte.']];
    let schools = 0;
    for (const name of names)
      for (const [before, after] of around) {
        const text = `${before}${name}${after}${name.toUpperCase()}`;
        const full = schoolsIn(prepare(text));
        schools += full.length;
        expect(findSchools(prepare(text))).toEqual(full);
      }
    expect(schools).toBeGreaterThan(50);
    expect(findSchools(prepare('Vandaag geen les, we gaan naar het park.'))).toEqual([]);
  });
});

describe('ages and classes read by word cues', () => {
  const all = (text: string) =>
    recognizeEntities(prepare(text), emptyPolicy())
      .filter((e) => e.type === 'age' || e.type === 'class')
      .map((e) => [e.type, e.text]);

  it('"aged", "leeftijd", "geworden", "turned" and "in Reception", also after digits and before a colon', () => {
    expect(all('Sam, aged 9, won.')).toEqual([['age', 'aged 9']]);
    expect(all('Leeftijd: 12 jaar oud')).toEqual([['age', 'Leeftijd: 12'], ['age', '12 jaar oud']]);
    expect(all('Mila is net drie geworden.')).toEqual([['age', 'drie geworden']]);
    expect(all('Noah turned 7 today.')).toEqual([['age', 'turned 7']]);
    expect(all('Noah is in Reception now.')).toEqual([['class', 'Reception']]);
    expect(all('The page was aged well and teenaged.')).toEqual([]);
  });
});

describe('age-cues.generated.ts', () => {
  it('is what age-cues.build.ts reads from the expressions of ages.ts', () => {
    const committed = readFileSync(new URL('./age-cues.generated.ts', import.meta.url), 'utf8');
    expect(committed, 'run npx tsx src/engine/recognizers/age-cues.build.ts').toBe(buildAgeCues());
  });
});
