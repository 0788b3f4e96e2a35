/**
 * Language data per family and language (JSON beside this file) and the matcher that runs it.
 * See ./format.ts for the format and ./matcher.ts for what the matcher understands.
 */
import type { LanguageFile } from './format';
import enClientName from './en/client-name.json';
import enEmotional from './en/emotional.json';
import enInternal from './en/internal.json';
import enMinor from './en/minor.json';
import nlClientName from './nl/client-name.json';
import nlEmotional from './nl/emotional.json';
import nlInternal from './nl/internal.json';
import nlMinor from './nl/minor.json';

export { CompiledLanguage, LanguageError, parseExample, type RuleMatch, Words } from './matcher';
export type { LanguageExtension, LanguageFile, PhraseRule, Variant, WordClass } from './format';
export { isCompoundOf } from './compounds';

/** Built-in language data by family: every language's file for that family. */
export const LANGUAGE_DATA: Readonly<Record<string, readonly LanguageFile[]>> = {
  emotional: [nlEmotional as LanguageFile, enEmotional as LanguageFile],
  internal: [nlInternal as LanguageFile, enInternal as LanguageFile],
  'client-name': [nlClientName as LanguageFile, enClientName as LanguageFile],
  minor: [nlMinor as LanguageFile, enMinor as LanguageFile],
};
