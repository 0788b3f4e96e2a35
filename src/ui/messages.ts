/** All UI messages of one locale, without the browser: the options page and the popup. */
import enMessages from '../../assets/public/_locales/en/messages.json';
import nlMessages from '../../assets/public/_locales/nl/messages.json';
import { createTranslator, type Translate, type UiLocale } from './i18n';

export function bundledTranslator(locale: UiLocale): Translate {
  return createTranslator(locale === 'en' ? enMessages : nlMessages);
}
