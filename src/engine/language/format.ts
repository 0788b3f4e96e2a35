/**
 * The language-data format: word classes and phrase rules as plain JSON, one file per
 * check family and language (`nl/emotional.json`, `en/emotional.json`), run by one small
 * matcher (./matcher.ts). Modelled on LanguageTool (patterns, antipatterns and examples
 * per language variant), Vale (rules as data on a generic engine) and ESLint's RuleTester
 * (each example names the sub-rule and the span it must produce).
 *
 * A rule file (src/policy) can extend any of it: add words to a class, add exceptions,
 * add rules. The same types are used there.
 *
 * ## Words in a class
 * - `idioot` — the word, folded like drafts (case, accents, look-alike digits).
 * - `kut*` — a compound prefix: `kutvergadering`, `kutdag`. The Dutch dictionary decides at
 *   build time which dictionary words merely share the prefix (`kutna` no, `rotatie`,
 *   `klootjesvolk`): those never count (see ./compounds.generated.ts).
 * - `*ers` — a suffix: any word of two more letters ending in it ("obers", "bouwvakkers"); list the
 *   things that end alike under `except`.
 * - `hou je bek` — several words: the class covers all of them.
 * - `@group-adj @person` — a pattern (see below): the class covers the matched words.
 *
 * ## Patterns (space-separated elements; a match never crosses a clause boundary)
 * - `word`, `word*` (prefix), `@class`, alternatives `a|b|@class`
 * - `!x` any one word that is not `x` (same forms as above)
 * - `?x` optional element
 * - `~N` a gap of 0..N words
 * - `^` / `$` start / end of the clause (zero width)
 * - `[` … `]` the span to report (default: the whole match)
 */

/** A language variant: Flemish (`be`) or Netherlands (`nl`) Dutch; English has none. */
export type Variant = 'be' | 'nl';
type Language = 'nl' | 'en';

export interface WordClass {
  /** What the class means; shown to policy owners. */
  description?: string;
  words: string[];
  /** Words that are never members, even when a prefix or pattern covers them (`kutaisi`, `klootschieten`). */
  except?: string[];
  /** Second parts that make a prefix compound ordinary (`kanker*` + `onderzoek`). */
  exceptHeads?: string[];
}

interface RuleExamples {
  /**
   * Sentences the rule must match; the reported span is written in square brackets:
   * `"Die teamleider is een [sukkel]."`. A variant tag may lead: `"be: Ge zijt een [onnozelaar]."`.
   */
  match: string[];
  /** Sentences the rule must not match (near misses). */
  clean: string[];
}

export interface PhraseRule {
  /** Unique within the file, kebab-case. */
  id: string;
  /** The sub-rule findings get (`insult` → `emotional/insult`). */
  subrule: string;
  /** Message id in the family's messages. */
  message: string;
  /** One or more patterns; any one matching is enough. */
  patterns: string[];
  /** Patterns that cancel a match they overlap (LanguageTool's antipatterns). */
  antipatterns?: string[];
  /**
   * Aimed at people: the clause must name a person or group other than the speaker
   * (`person`), or a protected group (`group`). With `person`, a protected group as the
   * target turns the sub-rule into `groupSubrule` when given.
   */
  target?: 'person' | 'group';
  groupSubrule?: string;
  /** A negator shortly before the match in the clause cancels it (default true for rules with a target). */
  negatable?: boolean;
  /** Rule-file rules: only for drafts read in this language (default: all). */
  language?: Language;
  /** Only in this variant's usage (default: all). */
  variant?: Variant;
  /**
   * For families that weigh cues within a sentence (internal): 3 is enough on its own, 2 needs
   * a second cue, 1 only strengthens another (default 3).
   */
  weight?: number;
  examples: RuleExamples;
}

export interface LanguageFile {
  /** Check family the rules report for. */
  family: string;
  language: Language;
  /** Frequent words that tell this language from the others (a draft is read in the language whose markers it has most). */
  markers?: string[];
  /** Plain word lists the family's own code reads (e.g. acronyms that are not shouting). */
  lists?: Record<string, string[]>;
  classes: Record<string, WordClass>;
  rules: PhraseRule[];
}

/** What a rule file may add to the built-in data (src/policy validates it). */
export interface LanguageExtension {
  /** Words added to a class, per class name. */
  words?: Record<string, string[]>;
  /** Words that are never members of the class (a place, a sport, a product). */
  except?: Record<string, string[]>;
  /** Extra phrase rules (examples required, like built-in ones). */
  rules?: PhraseRule[];
  /**
   * Drafts that show the added words and exceptions at work, run by `volle-zaal test`: a `match`
   * draft must get a finding of the family on the bracketed span, a `clean` one none.
   */
  examples?: Partial<RuleExamples>;
}

