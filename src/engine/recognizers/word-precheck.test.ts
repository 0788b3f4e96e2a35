import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../entities';
import { emptyPolicy } from '../empty-policy';
import { LANGUAGE_DATA, type PhraseRule } from '../language';
import { prepare } from '../text';
import type { EnginePolicy } from '../types';
import { buildCareWords } from './care-words.build';
import { CARE_FAMILIES, rulesNeedClassWords, wordPrecheck } from './word-precheck';

describe('care-words.generated.ts', () => {
  it('is what care-words.build.ts reads from the language data', () => {
    const committed = readFileSync(new URL('./care-words.generated.ts', import.meta.url), 'utf8');
    expect(committed).toBe(buildCareWords());
  });
});

describe('the care and child words pre-check', () => {
  const check = wordPrecheck({})!;
  const may = (text: string) => check(prepare(text));

  it('rules out a draft with no word that could start a care or child word', () => {
    expect(may('Brakizol mepdil truvan skofa dorlo.')).toBe(false);
    expect(may('We gingen wandelen langs de rivier.')).toBe(false);
  });

  it('keeps a draft with a class word, a prefix compound, a member, a look-alike or a masked word', () => {
    expect(may('Het kind speelde buiten.')).toBe(true);
    expect(may('Veel plezier in de leefgroepen vandaag.')).toBe(true);
    expect(may('Dit is in onze zorg gebeurd.')).toBe(true);
    expect(may('Ze werd gisteren opgenomen.')).toBe(true);
    expect(may('Onze cl1ent kwam langs.')).toBe(true);
    expect(may('Onze cl*ent kwam langs.')).toBe(true);
    expect(may('Onze cli.ent kwam langs.')).toBe(true);
  });

  it('cannot rule out anything when a rule file adds rules, or words to a class the data has not', () => {
    const rule = { id: 'x', subrule: 'person', message: 'x', patterns: ['wandelen'], examples: { match: [], clean: [] } } as PhraseRule;
    expect(wordPrecheck({ rules: [rule] })).toBeUndefined();
    expect(wordPrecheck({ words: { person: ['wandelaar'] } })).toBeUndefined();
    expect(wordPrecheck({ words: { 'care-person': ['12*'] } })).toBeUndefined();
  });

  it('needs every rule of the data to name one of its classes', () => {
    const files = CARE_FAMILIES.flatMap((family) => LANGUAGE_DATA[family] ?? []);
    expect(rulesNeedClassWords(files)).toBe(true);
    const rule = { id: 'x', subrule: 'person', message: 'x', patterns: ['wandelen @care-person'], examples: { match: [], clean: [] } } as PhraseRule;
    expect(rulesNeedClassWords([{ ...files[0]!, rules: [rule] }])).toBe(true);
    expect(rulesNeedClassWords([{ ...files[0]!, rules: [{ ...rule, patterns: ['wandelen @walker'] }] }])).toBe(false);
  });

  it("reads a rule file's added words", () => {
    const withWords = wordPrecheck({ words: { 'care-person': ['wandelaar', 'dag*', '*tocht', 'onze vaste wandelaars'] } })!;
    expect(withWords(prepare('De wandelaar kwam langs.'))).toBe(true);
    expect(withWords(prepare('Een dagje weg.'))).toBe(true);
    expect(withWords(prepare('Een fietstocht.'))).toBe(true);
    expect(withWords(prepare('Alle wandelaars kwamen.'))).toBe(true);
    expect(withWords(prepare('We gingen wandelen langs de rivier.'))).toBe(false);
    // The built-in vocabulary is shared: a rule file's words are added to a copy.
    expect(wordPrecheck({})!(prepare('De wandelaar kwam langs. Een dagje weg.'))).toBe(false);
  });
});

describe('care and child words behind the pre-check', () => {
  const words = (text: string, policy: EnginePolicy = emptyPolicy()) =>
    recognizeEntities(prepare(text), policy)
      .filter((e) => e.type === 'care-word' || e.type === 'child-word')
      .map((e) => [e.type, e.text, e.value ?? null]);

  it('finds compounds, members, look-alikes and masked words', () => {
    expect(words('Veel plezier in de leefgroepen vandaag.')).toEqual([['care-word', 'leefgroepen', 'setting']]);
    expect(words('Dit is in onze zorg gebeurd.')).toEqual([['care-word', 'in onze zorg', 'setting']]);
    expect(words('Onze cl1ent Jan kwam langs.')).toEqual([['care-word', 'cl1ent', 'person']]);
    expect(words('Onze cl*ent Jan kwam langs.')).toEqual([['care-word', 'cl*ent', 'person']]);
    expect(words('Het kind speelde buiten.')).toEqual([['child-word', 'kind', null]]);
  });

  it("finds a rule file's added words and rules", () => {
    const policy = emptyPolicy({
      language: {
        'client-name': {
          words: { 'care-person': ['wandelaar'] },
          rules: [{ id: 'wandel', subrule: 'setting', message: 'care-setting', patterns: ['[ wandelclub ]'], examples: { match: ['De [wandelclub] is open.'], clean: ['Wandelen.'] } }],
        },
      },
    });
    expect(words('De wandelaar kwam langs.', policy)).toEqual([['care-word', 'wandelaar', 'person']]);
    expect(words('De wandelclub is open.', policy)).toEqual([['care-word', 'wandelclub', 'setting']]);
  });
});
