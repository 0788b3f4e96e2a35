/**
 * The UI's translator. Components take a `t(key, subs?)` function so they run in tests
 * without an extension; the default one asks `browser.i18n` and falls back to the
 * bundled message files (missing key, or the findings' locale differs from the browser's).
 */
import { browser } from 'wxt/browser';
// Only the page's messages (`?page`, src/ui/page-keys.ts): the prompt bundles its own (`?prompt`,
// ./prompt.tsx), the options page and popup take theirs from ./messages.ts.
import enMessages from '../../assets/public/_locales/en/messages.json?page';
import nlMessages from '../../assets/public/_locales/nl/messages.json?page';

/** Look up a UI string: `key` as in `_locales/<locale>/messages.json`, `subs` fill `$1`…`$9`. */
export type Translate = (key: string, subs?: string | readonly string[]) => string;

export type UiLocale = 'nl' | 'en';

interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
export type MessageFile = Record<string, MessageEntry>;

const PAGE_MESSAGES: Record<UiLocale, MessageFile> = { nl: nlMessages, en: enMessages };

/**
 * Format a message the way `browser.i18n.getMessage` does: named placeholders (`$NAME$`,
 * case-insensitive) take their `content`, in which `$1`…`$9` are the substitutions; `$$` is `$`.
 */
export function formatMessage(entry: MessageEntry, subs: readonly string[]): string {
  const positional = (s: string) => s.replace(/\$(\d)/g, (_, d: string) => subs[Number(d) - 1] ?? '');
  const placeholders = entry.placeholders ?? {};
  const byName = new Map(Object.entries(placeholders).map(([k, v]) => [k.toLowerCase(), v.content]));
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const content = byName.get(name.toLowerCase());
      return content === undefined ? whole : positional(content);
    })
    .replace(/\$\$/g, '$');
}

/** A translator over a parsed messages.json (tests, and the fallback of the default). Missing keys return the key. */
export function createTranslator(messages: Record<string, unknown>): Translate {
  const file = messages as MessageFile;
  return (key, subs) => {
    const entry = file[key];
    if (!entry || typeof entry.message !== 'string') return key;
    return formatMessage(entry, subs === undefined ? [] : typeof subs === 'string' ? [subs] : subs);
  };
}


type GetMessage = (key: string, subs?: string | string[]) => string;

/** `browser.i18n.getMessage`, bound, or undefined outside an extension. */
function browserGetMessage(): GetMessage | undefined {
  try {
    const i18n = browser?.i18n as unknown as { getMessage?: GetMessage } | undefined;
    // WXT types the keys from the generated locale files; ours are plain strings here.
    return i18n?.getMessage ? (key, subs) => i18n.getMessage!(key, subs) : undefined;
  } catch {
    return undefined;
  }
}

function browserLocale(): UiLocale | undefined {
  try {
    const ui = browser?.i18n?.getUILanguage?.();
    if (!ui) return undefined;
    return ui.toLowerCase().startsWith('nl') ? 'nl' : 'en';
  } catch {
    return undefined;
  }
}

/**
 * A translator over `files` (the bundled messages of each locale). With `locale` (the findings'
 * language) the UI speaks that language, so buttons and findings never mix. `browser.i18n`
 * answers when it serves that language; that is checked on `probe`, a message in `files`, since
 * `getUILanguage()` and the locale `getMessage` picks can differ (a language the extension lacks,
 * or an emulated page locale).
 */
export function browserTranslator(files: Record<UiLocale, MessageFile>, probe: string, locale?: UiLocale): Translate {
  const target = locale ?? browserLocale() ?? 'nl';
  const bundled = createTranslator(files[target]);
  const getMessage = browserGetMessage();
  let useBrowser: boolean | undefined;
  return (key, subs) => {
    if (getMessage) {
      try {
        useBrowser ??= getMessage(probe) === bundled(probe);
        if (useBrowser) {
          const text = getMessage(key, subs === undefined ? undefined : (subs as string | string[]));
          if (text) return text;
        }
      } catch {
        // Outside an extension (or after it was reloaded): the bundled text is just as good.
        useBrowser = false;
      }
    }
    return bundled(key, subs);
  };
}

/** The translator of the badge, the underlines and the notices (the page's messages). */
export function defaultTranslator(locale?: UiLocale): Translate {
  return browserTranslator(PAGE_MESSAGES, 'badge_ok', locale);
}
