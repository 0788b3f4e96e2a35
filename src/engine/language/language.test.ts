/**
 * Every rule's examples, run like ESLint's RuleTester: a `match` example must produce a match
 * of that rule with exactly the bracketed span and the rule's sub-rule; a `clean` example must
 * produce no match of that rule.
 */
import { describe, expect, it } from 'vitest';
import { prepare } from '../text';
import { CompiledLanguage, LANGUAGE_DATA, LanguageError, parseExample, type LanguageFile, type RuleMatch } from '.';
import { FUZZY_CLASSES, SWAP_CLASSES, isCompoundOf, isNearMiss } from './compounds';
import { exampleDrafts } from './example-drafts';

const files = Object.values(LANGUAGE_DATA).flat();

for (const file of files) {
  describe(`${file.language}/${file.family}.json`, () => {
    const byVariant = new Map<string | undefined, CompiledLanguage>();
    const lang = (variant?: 'be' | 'nl') => {
      if (!byVariant.has(variant)) byVariant.set(variant, new CompiledLanguage([file], {}, variant));
      return byVariant.get(variant)!;
    };
    it('has patterns that all compile (built-in ones are compiled when a draft first tries them)', () => {
      const sources = [
        ...Object.values(file.classes).flatMap((c) => c.words.filter((w) => w.trim().includes(' ') || w.trim().startsWith('@'))),
        ...file.rules.flatMap((r) => [...r.patterns, ...(r.antipatterns ?? [])]),
      ];
      const compiled = lang();
      for (const source of sources) expect(() => compiled.compile(source), source).not.toThrow();
    });
    it('has unique rule ids and examples for every rule', () => {
      const ids = file.rules.map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const r of file.rules) {
        expect(r.examples.match.length, r.id).toBeGreaterThan(0);
        expect(r.examples.clean.length, r.id).toBeGreaterThan(0);
      }
    });
    for (const rule of file.rules) {
      for (const source of rule.examples.match) {
        it(`${rule.id} matches: ${source}`, () => {
          const ex = parseExample(source);
          expect(ex.span, 'a match example marks its span with [ ]').toBeDefined();
          const found = lang(ex.variant).match(prepare(ex.text)).filter((m) => m.rule.id === rule.id);
          const spans = found.map((m) => `${m.subrule} ${ex.text.slice(m.start, m.end)}`);
          const want = ex.text.slice(ex.span!.start, ex.span!.end);
          const subrules = [rule.subrule, rule.groupSubrule].filter(Boolean);
          expect(spans.some((s) => subrules.some((sub) => s === `${sub} ${want}`)), `${spans.join(' | ')}`).toBe(true);
        });
      }
      for (const source of rule.examples.clean) {
        it(`${rule.id} stays clean: ${source}`, () => {
          const ex = parseExample(source);
          const found = lang(ex.variant).match(prepare(ex.text)).filter((m) => m.rule.id === rule.id);
          expect(found.map((m) => ex.text.slice(m.start, m.end))).toEqual([]);
        });
      }
    }
  });
}

describe('one compiled language reading draft after draft', () => {
  // What a match says.
  const said = (m: RuleMatch) => `${m.rule.id} ${m.subrule} ${m.from}-${m.to} ${m.start}-${m.end} ${m.target} ${m.reported}`;
  const drafts = exampleDrafts(150, 3);
  // What a language compiled for the text alone finds in it.
  const fresh = (data: readonly LanguageFile[], text: string) => new CompiledLanguage(data).match(prepare(text)).map(said);
  /** Expects `lang` to find in `text` what a fresh language finds; how many it found. */
  const sameAsFresh = (lang: CompiledLanguage, data: readonly LanguageFile[], text: string) => {
    const want = fresh(data, text);
    expect(lang.match(prepare(text)).map(said), text).toEqual(want);
    return want.length;
  };
  for (const [family, data] of Object.entries(LANGUAGE_DATA)) {
    it(`${family}: finds what a language compiled for each draft alone finds (memo entries and per-draft lists carry nothing over)`, () => {
      const shared = new CompiledLanguage(data);
      let found = 0;
      for (const draft of drafts) {
        // Each draft twice, the second time with its words capitalised mid-sentence too (a key read as a name and not).
        for (const text of [draft, draft.replace(/ ([a-z])/g, (_, c: string) => ` ${c.toUpperCase()}`) + draft]) found += sameAsFresh(shared, data, text);
      }
      expect(found).toBeGreaterThan(50);
    });
  }

  it('finds the same in drafts of so many never-seen words that the shared key memo is cleared while a draft is read', () => {
    const data = LANGUAGE_DATA.emotional!;
    const shared = new CompiledLanguage(data);
    // Letters only, unlike any word of the data: each a new key (the memo keeps 4,096).
    let n = 0;
    const nonce = () => `qx${(n++).toString(26).replace(/\d/g, (d) => 'qrstuvwxyz'[Number(d)]!)}`;
    let found = 0;
    for (const draft of drafts.slice(0, 40)) found += sameAsFresh(shared, data, `${draft} ${Array.from({ length: 400 }, nonce).join(' ')}. ${draft}`);
    expect(found).toBeGreaterThan(20);
  });

  it("matches a draft's words read before another draft was read (the reading's key bits are the next draft's by then)", () => {
    const data = LANGUAGE_DATA.emotional!;
    const first = new CompiledLanguage(data);
    const other = new CompiledLanguage(data);
    let found = 0;
    for (let d = 0; d + 1 < 80; d++) {
      const want = fresh(data, drafts[d]!);
      const text = prepare(drafts[d]!);
      const words = first.words(text);
      other.words(prepare(drafts[d + 1]!));
      expect(first.match(text, words).map(said), drafts[d]).toEqual(want);
      found += want.length;
    }
    expect(found).toBeGreaterThan(50);
  });
});

describe('matcher', () => {
  const file: LanguageFile = {
    family: 'test',
    language: 'nl',
    classes: {
      person: { words: ['collega', 'jij'] },
      negator: { words: ['niet', 'geen'] },
      copula: { words: ['is', 'bent'] },
      lazy: { words: ['lui', 'nutteloos'] },
      curse: { words: ['kut*', 'hou je bek'], except: ['kutaisi'] },
    },
    rules: [
      { id: 'lazy', subrule: 'insult', message: 'm', patterns: ['@person ~2 @copula ~2 [ @lazy ]'], target: 'person', examples: { match: [], clean: [] } },
      { id: 'curse', subrule: 'profanity', message: 'm', patterns: ['[ @curse ]'], antipatterns: ['de ~1 @curse'], examples: { match: [], clean: [] } },
    ],
  };
  const lang = new CompiledLanguage([file]);
  const spans = (text: string) => lang.match(prepare(text)).map((m) => `${m.rule.id}:${text.slice(m.start, m.end)}`);

  it('tries at a word the members its classes there start, when the same key has other classes elsewhere in the draft', () => {
    // "Vuilhond" mid-sentence is a name (no compound class), "vuilhond" a compound of "vuil*": it starts one more member.
    const members: LanguageFile = {
      family: 'test',
      language: 'nl',
      classes: { adj: { words: ['vuil*'] }, insult: { words: ['vuilhond kom hier', '@adj kom'] } },
      rules: [{ id: 'insult', subrule: 'insult', message: 'm', patterns: ['[ @insult ]'], examples: { match: [], clean: [] } }],
    };
    const text = 'Zeg Vuilhond kom hier. Die vuilhond kom.';
    expect(new CompiledLanguage([members]).match(prepare(text)).map((m) => text.slice(m.start, m.end))).toEqual(['Vuilhond kom hier', 'vuilhond kom']);
  });

  it('matches across gaps and reports the marked span', () => {
    expect(spans('Die collega is echt lui.')).toEqual(['lazy:lui']);
  });
  it('respects negation, clause boundaries and antipatterns', () => {
    expect(spans('Geen enkele collega is lui.')).toEqual([]);
    expect(spans('De collega is moe, lui zijn we niet.')).toEqual([]);
    expect(spans('De kutdag.')).toEqual([]);
  });
  it('matches multi-word class members as one span, and compound prefixes with exceptions', () => {
    expect(spans('Nou, hou je bek.')).toEqual(['curse:hou je bek']);
    expect(spans('Wat een kutdag. We reizen naar Kutaisi.')).toEqual(['curse:kutdag']);
  });
  it('matches a multi-word member that opens a sentence right after one of the same class', () => {
    expect(spans('Nou, hou je bek. Hou je bek!')).toEqual(['curse:hou je bek', 'curse:Hou je bek']);
    expect(spans('Hou je bek, hou je bek')).toEqual(['curse:Hou je bek', 'curse:hou je bek']);
  });
  it('reads a conjunction early in a clause as a particle unless a subject follows it', () => {
    const withBreak = new CompiledLanguage([{ ...file, classes: { ...file.classes, 'clause-break': { words: ['maar'] }, anaphor: { words: ['ze'] } } }]);
    const found = (text: string) => withBreak.match(prepare(text)).map((m) => `${m.rule.id}:${text.slice(m.start, m.end)}`);
    // "Jij bent maar …" is one clause: the insult stays aimed at "jij".
    expect(found('Jij bent maar lui.')).toEqual(['lazy:lui']);
    // A subject after it, a comma before it, or a long clause before it: a new clause, as before.
    expect(found('Jij bent maar ze lui.')).toEqual([]);
    expect(found('Jij bent moe, maar lui.')).toEqual([]);
    expect(found('Jij bent vandaag erg moe maar lui.')).toEqual([]);
  });
  it('reads masked spellings', () => {
    // A mask inside a compound prefix reads as the prefix; a mask that fits no prefix is nothing.
    expect(spans('Echt k*tdag.')).toEqual(['curse:k*tdag']);
    expect(spans('Echt m*tdag.')).toEqual([]);
    const masked = new CompiledLanguage([{ ...file, classes: { ...file.classes, curse: { words: ['kak', 'shit'] } } }]);
    expect(masked.match(prepare('Oh sh!t en k*k')).map((m) => m.rule.id)).toEqual(['curse', 'curse']);
  });
  it('applies a rule file\'s extension to a copy of the shared compiled data, never to the data itself', () => {
    const files = [file];
    const ext = {
      words: { lazy: ['traag', 'rot*'] },
      except: { curse: ['kutdag'] },
      rules: [{ id: 'slow', subrule: 'insult', message: 'm', patterns: ['[ traag ]'], examples: { match: [], clean: [] } }],
    };
    const text = 'Die collega is traag. Wat een kutdag, rotweer.';
    const all = (l: CompiledLanguage) => l.match(prepare(text)).map((m) => `${m.rule.id}:${text.slice(m.start, m.end)}`);
    const base = CompiledLanguage.of(files);
    expect(all(base)).toEqual(['curse:kutdag']);
    const extended = CompiledLanguage.of(files, ext);
    expect(all(extended)).toEqual(all(new CompiledLanguage(files, ext)));
    expect(all(extended)).toEqual(['lazy:traag', 'slow:traag']);
    // The shared data is untouched, and compiled once for every policy without additions.
    expect(all(CompiledLanguage.of(files))).toEqual(['curse:kutdag']);
    expect(CompiledLanguage.of(files, { words: {}, except: {}, rules: [] })).toBe(base);
    expect(() => CompiledLanguage.of(files, { words: { slur: [] } })).toThrow(LanguageError);
  });
  it("finds a rule file's new words and rules in a draft the built-in data has already read", () => {
    // The built-in data reads the draft first (its words are then remembered as unknown to every language loaded so far);
    // a rule file loaded afterwards adds a word and a rule starting on another new word, and finds both in the same draft.
    const text = prepare('Die collega is sloom. Wat een zeurpiet.');
    const base = CompiledLanguage.of([file]);
    expect(base.match(text)).toEqual([]);
    const extended = CompiledLanguage.of([file], {
      words: { lazy: ['sloom'] },
      rules: [{ id: 'whiner', subrule: 'insult', message: 'm', patterns: ['[ zeurpiet ]'], examples: { match: [], clean: [] } }],
    });
    expect(extended.match(text).map((m) => `${m.rule.id}:${text.original.slice(m.start, m.end)}`)).toEqual(['lazy:sloom', 'whiner:zeurpiet']);
    expect(base.match(text)).toEqual([]);
  });
  it('reads words no language has by their compound prefix or suffix, and gives other never-seen words no class', () => {
    const suffixed = new CompiledLanguage([{ ...file, classes: { ...file.classes, lazy: { words: ['lui', '*loosheid'] } } }]);
    // Never-seen words share one memo entry per language: read twice, in either order, each keeps its own reading.
    for (const text of ['Wat een kutzooi en zinloosheid, zei Blorptak.', 'Blorptak zei: zinloosheid en kutzooi.']) {
      const words = suffixed.words(prepare(text));
      const read = words.tokens.map((t, i) => `${t.key}:${['curse', 'lazy'].filter((c) => suffixed.has(words, i, c)).join('+') || (words.bits(i) ? '?' : '-')}`);
      expect(read.filter((r) => /^(kutzooi|zinloosheid|blorptak):/.test(r)).sort()).toEqual(['blorptak:-', 'kutzooi:curse', 'zinloosheid:lazy']);
    }
  });
  it("gives each class the bit `has` reads, and a class it does not have none", () => {
    const lang = CompiledLanguage.of([file]);
    const text = prepare('Wat een kutzooi.');
    const words = lang.words(text);
    for (const name of lang.classNames) expect(lang.maskOf(name)).toBe(1 << lang.classNames.indexOf(name));
    expect(lang.maskOf('no-such-class')).toBe(0);
    expect((words.bits(2) & lang.maskOf('curse')) !== 0).toBe(lang.has(words, 2, 'curse'));
    expect(lang.has(words, 2, 'curse')).toBe(true);
  });
  it('refuses unknown classes and words the tokenizer would split, naming them', () => {
    expect(() => new CompiledLanguage([file], { words: { slur: ['x'] } })).toThrow(LanguageError);
    expect(() => new CompiledLanguage([{ ...file, rules: [{ ...file.rules[0]!, patterns: ['@nope'] }] }])).toThrow(/@nope/);
    // A blank pattern has one empty part, as when patterns were split whole: refused like an empty word.
    expect(() => new CompiledLanguage([{ ...file, rules: [{ ...file.rules[0]!, patterns: [' '] }] }])).toThrow(/"" is not one word/);
    expect(() => new CompiledLanguage([{ ...file, rules: [{ ...file.rules[0]!, patterns: ['^ [ @lazy ]'] }] }])).not.toThrow();
  });
  it("checks a rule file's patterns when they are added, past their first word and in antipatterns too", () => {
    const rule = { id: 'r', subrule: 'insult', message: 'm', patterns: ['traag'], examples: { match: [], clean: [] } };
    expect(() => CompiledLanguage.of([file], { rules: [{ ...rule, patterns: ['traag @nope'] }] })).toThrow(/@nope/);
    expect(() => CompiledLanguage.of([file], { rules: [{ ...rule, antipatterns: ['niet sint-jan'] }] })).toThrow(/sint-jan/);
    expect(() => CompiledLanguage.of([file], { rules: [{ ...rule, patterns: ['traag ?lui'] }] })).not.toThrow();
    expect(() => CompiledLanguage.of([file], { words: { lazy: ['heel @nope'] } })).toThrow(/@nope/);
    expect(() => CompiledLanguage.of([file], { words: { lazy: ['?heel ?traag'] } })).toThrow(/required word/);
  });
});

describe('compounds from the Dutch dictionary', () => {
  it('reads prefix + word as a compound, and leaves words that only share the letters', () => {
    for (const w of ['kutvergadering', 'klotewerk', 'rotwijf', 'kankerzooi']) expect(isCompoundOf(w, w.match(/^(kut|klote|rot|kanker)/)![1]!), w).toBe(true);
    expect(isCompoundOf('kleren', 'klere')).toBe(false);
    expect(isCompoundOf('klerenwinkel', 'klere')).toBe(false);
    expect(isCompoundOf('rotonde', 'rot')).toBe(false);
    expect(isCompoundOf('rotsblok', 'rot')).toBe(false);
    expect(isCompoundOf('kutna', 'kut')).toBe(false);
  });
});

describe('typo and run-together readings', () => {
  // The readers skip a key when a bit set says no word can be one edit from it, or no word can end it: these walk
  // every typo and every run-together pair the data makes and want each of them read.
  const ascii = (w: string) => /^[a-z]+$/.test(w);
  const FUNCTIONAL = ['self', 'anaphor', 'copula', 'negator', 'intent', 'article'];
  for (const file of LANGUAGE_DATA.emotional ?? []) {
    const lang = CompiledLanguage.of([file]);
    const wordsOf = (classes: readonly string[]) => classes.flatMap((c) => file.classes[c]?.words ?? []).filter(ascii);
    const reads = (key: string) => lang.words(prepare(key));
    const typo = (key: string) => key.length <= 24 && !isNearMiss(key) && lang.classify(key) === 0;

    it(`${file.language}: reads every typo of a word one letter dropped, added or swapped`, () => {
      const missed: string[] = [];
      for (const w of wordsOf(FUZZY_CLASSES).filter((w) => w.length >= 6)) {
        const keys = new Set<string>();
        for (let i = 0; i < w.length; i++) keys.add(w.slice(0, i) + w.slice(i + 1));
        for (let i = 0; i <= w.length; i++) for (const c of 'aeiknrstz') keys.add(w.slice(0, i) + c + w.slice(i));
        for (const key of keys) if (typo(key) && reads(key).bits(0) === 0) missed.push(`${w} ~ ${key}`);
      }
      for (const w of wordsOf([...FUZZY_CLASSES, ...SWAP_CLASSES]).filter((w) => w.length >= 4)) {
        for (let i = 0; i + 1 < w.length; i++) {
          const key = w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
          if (key !== w && typo(key) && reads(key).bits(0) === 0) missed.push(`${w} ~ ${key}`);
        }
      }
      expect(missed).toEqual([]);
    });

    it(`${file.language}: joins every abusive word split by a space next to a part of three letters or fewer`, () => {
      const missed: string[] = [];
      for (const w of wordsOf(['curse', 'profanity', 'insult', 'slur']).filter((w) => w.length >= 4)) {
        for (let k = 1; k < w.length; k++) {
          const [a, b] = [w.slice(0, k), w.slice(k)];
          if (Math.min(a.length, b.length) > 3 || lang.classify(a) || lang.classify(b)) continue;
          if (reads(`${a} ${b}`).length !== 1) missed.push(`${a} ${b}`);
        }
      }
      expect(missed).toEqual([]);
    });

    it(`${file.language}: cuts every run-together function word and abusive word`, () => {
      const missed: string[] = [];
      const functional = wordsOf(FUNCTIONAL).filter((w) => w.length >= 2);
      const strong = wordsOf([...FUZZY_CLASSES, ...SWAP_CLASSES]).filter((w) => w.length >= 2);
      for (const f of functional) {
        for (const s of strong) {
          for (const [a, b] of [[f, s], [s, f]] as const) {
            const key = a + b;
            if (Math.max(a.length, b.length) < 4 || lang.classify(key) !== 0) continue;
            if (reads(key).length !== 2) missed.push(`${a}+${b}`);
          }
        }
      }
      expect(missed).toEqual([]);
    });
  }
});
