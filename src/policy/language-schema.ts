/**
 * The rule file's additions to the built-in language data (`language`) and the per-family
 * `options`, kept apart from schema.ts so the two evolve separately. A policy owner can add
 * words to a class, list exceptions (a place, a sport, a product) and add phrase rules with
 * examples; `validate` compiles them against the built-in data, so an unknown class or a
 * broken pattern is named with its path.
 */
import { z } from 'zod';
import { CompiledLanguage, LANGUAGE_DATA, LanguageError, parseExample, type LanguageExtension } from '../engine/language';
import { LIMITS } from './constants';

const word = z.string().trim().min(1).max(LIMITS.phraseLength);
const wordsByClass = z
  .record(z.string().regex(/^[a-z-]+$/, 'a class name such as "insult"'), z.array(word).max(LIMITS.listEntries))
  .meta({ description: 'Per word class (e.g. "insult", "curse", "profanity", "slur", "group", "person"): words or phrases; "kut*" for compounds.' });

const phraseRuleSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'lower case letters, digits, ".", "_", "-"').max(100),
    subrule: z.string().regex(/^[a-z-]+$/).max(40).meta({ description: 'Sub-rule the findings get, e.g. "insult" → emotional/insult.' }),
    message: z.string().regex(/^[a-zA-Z-]+$/).max(40).meta({ description: "Message id of the family (e.g. \"insult\"); replace its text under ruleText." }),
    patterns: z.array(z.string().trim().min(1).max(300)).min(1).max(20).meta({
      description: 'Words and @classes separated by spaces: "a|b" alternatives, "?x" optional, "~3" up to three words, "[ … ]" the span to report.',
    }),
    antipatterns: z.array(z.string().trim().min(1).max(300)).max(20).optional(),
    target: z.enum(['person', 'group']).optional().meta({ description: 'Only when aimed at a person or group named in the clause.' }),
    groupSubrule: z.string().regex(/^[a-z-]+$/).max(40).optional(),
    negatable: z.boolean().optional(),
    language: z.enum(['nl', 'en']).optional(),
    variant: z.enum(['be', 'nl']).optional(),
    weight: z.int().min(1).max(3).optional().meta({ description: 'internal: 3 warns on its own (default), 2 needs a second cue, 1 only strengthens one.' }),
    examples: z.strictObject({
      match: z.array(z.string().min(1).max(2000)).min(1).max(LIMITS.examples).meta({ description: 'Sentences that must match, span in [brackets].' }),
      clean: z.array(z.string().min(1).max(2000)).min(1).max(LIMITS.examples),
    }),
  })
  .meta({ description: 'A phrase rule in the language-data format.' });

const extensionSchema = z.strictObject({
  words: wordsByClass.optional(),
  except: wordsByClass.optional().meta({ description: 'Words that never count as the class: a place, a sport, a product.' }),
  rules: z.array(phraseRuleSchema).max(LIMITS.customRules).optional(),
  examples: z
    .strictObject({
      match: z.array(z.string().min(1).max(2000)).max(LIMITS.examples).optional(),
      clean: z.array(z.string().min(1).max(2000)).max(LIMITS.examples).optional(),
    })
    .optional()
    .meta({ description: 'Drafts that show the added words and exceptions at work (`volle-zaal test`): "match" ones must get a finding of the family on the [bracketed] span, "clean" ones none.' }),
});

/** Families whose words are language data. */
const FAMILIES = Object.keys(LANGUAGE_DATA) as [string, ...string[]];

export const languageSchema = z
  .partialRecord(z.enum(FAMILIES), extensionSchema)
  .superRefine((value, ctx) => {
    for (const [family, ext] of Object.entries(value)) {
      if (!ext) continue;
      try {
        CompiledLanguage.of(LANGUAGE_DATA[family]!, ext as LanguageExtension);
      } catch (error) {
        if (!(error instanceof LanguageError)) throw error;
        ctx.addIssue({ code: 'custom', path: [family], message: error.message });
      }
      (ext.examples?.match ?? []).forEach((m, k) => {
        if (!parseExample(m).span) ctx.addIssue({ code: 'custom', path: [family, 'examples', 'match', k], message: 'mark the span that must match with [ ]' });
      });
      (ext.rules ?? []).forEach((rule, i) => {
        rule.examples.match.forEach((m, k) => {
          if (!parseExample(m).span) ctx.addIssue({ code: 'custom', path: [family, 'rules', i, 'examples', 'match', k], message: 'mark the span that must match with [ ]' });
        });
      });
    }
  })
  .meta({ description: 'Additions to the built-in language data per check family (emotional, internal, client-name, minor): words, exceptions, phrase rules and examples.' });

/** Options per check family: each family names what it reads, anything else is an error. */
export const optionsSchema = z
  .strictObject({
    minor: z
      .strictObject({ maxAge: z.int().min(1).max(25).optional().meta({ description: 'Age below which a named person counts as a minor (default 18).' }) })
      .optional(),
  })
  .meta({ description: 'Options per check family.' });

export type LanguageSpec = z.infer<typeof languageSchema>;
