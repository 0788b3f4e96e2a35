import { describe, expect, it } from 'vitest';
import { check } from '../check';
import { emptyPolicy } from '../empty-policy';
import type { DraftContext, EnginePolicy } from '../types';

const personal: DraftContext = { platform: 'facebook', account: 'personal' };
const run = (text: string, policy: EnginePolicy = emptyPolicy()) => check(text, personal, policy, { only: ['minor'] });
const flagged = (text: string, policy?: EnginePolicy) => run(text, policy).map((f) => text.slice(f.start, f.end));

describe('minor', () => {
  it('flags a name with an age under 18 and underlines name and age', () => {
    const text = 'Wat een doorzetter: Yasmine (12) liep de hele 5 km!';
    const findings = run(text);
    expect(findings.map((f) => text.slice(f.start, f.end))).toEqual(['Yasmine', '(12)']);
    expect(findings.every((f) => f.category === 'minor' && f.severity === 'warn')).toBe(true);
    expect(findings[0]!.suggestion).toBe('Gebruik initialen: Y.');
    expect(findings[0]!.quote).toContain('belang van het kind');
  });

  it('reads an age between commas after a name', () => {
    expect(flagged('Proud of Tyler, 16, who finished the cooking course today!')).toEqual(['Tyler', '16']);
  });

  it('reads the age in the next sentence and in words', () => {
    expect(flagged('Vanmiddag hielp ons Mila mee in de moestuin. Zeven jaar is ze, en ze kent alle groenten bij naam.')).toEqual(['Mila', 'Zeven jaar']);
  });

  it('flags a name with a school or class, a child word or a birth date', () => {
    expect(flagged('Arne leest in zijn vierde leerjaar al hele boeken.')).toEqual(['Arne', 'vierde leerjaar']);
    expect(flagged('Gefeliciteerd Elise met je getuigschrift op het Sint-Lodewijkscollege!')).toEqual(['Elise', 'Sint-Lodewijkscollege']);
    expect(flagged('Look at what my son Oscar built today!')).toEqual(['Oscar']);
    const year = new Date().getFullYear() - 9;
    expect(flagged(`Liam, geboren op 4/5/${year}, zoekt een pleeggezin.`)).toContain('Liam');
  });

  it('ages without a unit, a class in the sentence before, a family named (issue 7)', () => {
    expect(flagged('In de opvang kwam een meisje van 13 aan, Yara uit Ninove.')).toContain('Yara');
    expect(flagged('Ava from the children\'s home turns 12 today!')).toContain('Ava');
    expect(flagged('Klas 4B van De Vlinder won de quiz. Proficiat Noor, Lars en Jente!')).toEqual(expect.arrayContaining(['Noor', 'Lars', 'Jente']));
    expect(flagged('Het gezin Peeters uit de Dorpsstraat krijgt deze week een pleegkind.')).toContain('Peeters');
    expect(flagged('De les van 15 tot 17 uur gaf Lotte.')).toEqual([]);
    expect(flagged('Marcel werd 91 en kreeg taart.')).toEqual([]);
  });

  it('leaves durations, staff of a school and company talk alone (issue 7)', () => {
    expect(flagged('Na een afwezigheid van drie jaar is Vanoverberghe terug in het peloton.')).toEqual([]);
    expect(flagged('Gedurende vier jaar gaf Mieke les in Gent.')).toEqual([]);
    expect(flagged('Pieter Claes is coördinator van het Sint-Jozefinstituut in Geel.')).toEqual([]);
    expect(flagged('Het aandeel zakte na slechte cijfers bij dochter Colruyt France.')).toEqual([]);
  });

  it('does not flag adults, counts or children without a name', () => {
    expect(flagged('Yvonne (88) genoot van de zon.')).toEqual([]);
    expect(flagged('Op het zomerkamp van de jeugdwerking waren 57 jongeren ingeschreven.')).toEqual([]);
    expect(flagged('De kinderwagen past niet in de lift van ons gebouw.')).toEqual([]);
    expect(flagged('Mevrouw Wuyts (16 jaar in dienst) gaat met pensioen.')).toEqual([]);
    expect(flagged('Katrien stopt na 9 jaar als kok van de vzw.')).toEqual([]);
  });

  it('respects the maxAge option', () => {
    const policy = emptyPolicy({ options: { minor: { maxAge: 14 } } });
    expect(flagged('Wannes (15) leert deze zomer koken.', policy)).toEqual([]);
    expect(flagged('Wannes (12) leert deze zomer koken.', policy)).toEqual(['Wannes', '(12)']);
  });

  it('an age after "van" with a verb, "aged" in words; not a line-up with marks, not a past age', () => {
    expect(flagged('Timo van 9 speelde vandaag in de kerstmusical.')).toContain('Timo');
    expect(flagged('Oscar, aged six, won the drawing prize.')).toContain('Oscar');
    expect(flagged('Cijfers van de trainer: Wouters (6), Claes (5,5) en Maes (4).')).toEqual([]);
    expect(flagged('Zijn vader overleed toen Kevin zeventien jaar was.')).toEqual([]);
    expect(flagged('Lien Maes doceert aan de Hogeschool Gent.')).toEqual([]);
  });

  it('an age after a verb of becoming, in words', () => {
    expect(flagged('Het zoontje van de buren, Finn, is net drie geworden.')).toContain('Finn');
    expect(flagged('Happy birthday to our Ava, who turned five today!')).toContain('Ava');
    expect(flagged('Oma Jeanne is vandaag negentig geworden.')).toEqual([]);
  });

  it('a child in a youth-movement or sports age group, going to secondary school or at childcare (issue 7)', () => {
    expect(flagged('Proficiat aan Seppe, sinds dit jaar bij de Jonggivers, voor zijn totemisatie!')).toContain('Seppe');
    expect(flagged('Arne speelt bij de U11 en scoorde twee keer.')).toContain('Arne');
    expect(flagged('Zo trots op Febe, die in september naar het secundair gaat.')).toContain('Febe');
    expect(flagged('Roos uit de peutergroep had vandaag haar laatste dag.')).toContain('Roos');
    // Whoever leads, coaches or teaches the group is no child.
    expect(flagged('Jef is leiding bij de Kapoenen.')).toEqual([]);
    expect(flagged('Coach Tom van de U12 is tevreden.')).toEqual([]);
    expect(flagged('Sarah geeft les in het secundair en is dol op haar klas.')).toEqual([]);
  });

  it('a child word after the name describes it only in apposition, not as the object of a verb', () => {
    expect(flagged('Tom, mijn zoon, won de tekenwedstrijd.')).toContain('Tom');
    expect(flagged('Karen nam de kinderen mee naar het bos.')).toEqual([]);
  });

  it('a bare age after the name and a verb of being (issue 7)', () => {
    expect(flagged('Ruben is pas dertien en speelt al in de eerste ploeg.')).toContain('Ruben');
    expect(flagged('Luca turns 14 on Friday!')).toContain('Luca');
    expect(flagged('Jan is 45 en werkt als kok.')).toEqual([]);
  });

  it('a son or daughter with an office, a job, a partner or studies behind them is an adult', () => {
    expect(flagged('Hij blijft invloedrijk via zijn zoon Kristof Van Acker, die gemeenteraadslid is.')).toEqual([]);
    expect(flagged('Samen met mijn dochter Eline en haar lief naar de zee.')).toEqual([]);
    expect(flagged('Our son Tom, who works at the bank, ran the marathon.')).toEqual([]);
    // A friend is no partner, and an age under 18 outweighs it all.
    expect(flagged('Mijn dochter Fien speelt met haar vriend Mats in de tuin.')).toContain('Fien');
    expect(flagged('Mijn zoon Lucas (8) wil later advocaat worden.')).toContain('Lucas');
  });
});

