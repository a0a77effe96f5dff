// Runs in: extension pages. Localised strings from public/_locales.
import browser from 'webextension-polyfill';
import { formatMessage, type MessageEntry } from '../i18n-format';
import { languageTag, SETTINGS_SPEC, type Language } from '../../settings/core/settings';
import { readItem } from './storage-item';
import { englishFallback, readTable } from './english-fallback';

// The English table is a fallback (shared/platform/english-fallback.ts says when and why), read from the
// packaged _locales file rather than bundled (bundled, every string would ride along in the chunk
// every page loads, read or not). Pages render after `loadStrings()` (each main.tsx awaits it); it is not a top-level await
// here because that would hold every importer back, and the popup asks the background for its
// first screen meanwhile.

// The language chosen in the settings (settings.language). browser.i18n answers only in the
// browser's UI language and cannot be switched at run time, so a chosen language is served from
// that locale's messages.json, read like the English table. The page reads the stored settings
// with the item's reader (the background stays their only writer): settings that cannot be read
// count as the defaults, as everywhere else.
async function chosenLanguage(): Promise<Language> {
  try {
    return (await readItem(SETTINGS_SPEC)).value.language;
  } catch {
    return 'auto';
  }
}

let ENGLISH: Record<string, MessageEntry> = {};
let CHOSEN: Record<string, MessageEntry> | null = null;
let chosen: Language = 'auto';

/**
 * Makes the strings ready; each page's main awaits it once before it renders. `language` is the
 * chosen language when the page already has it (the popup's first answer carries it: one storage
 * read fewer while it opens); otherwise it is read from the stored settings.
 */
export async function loadStrings(language?: Language): Promise<void> {
  const [english, picked] = await Promise.all([englishFallback(), language ?? chosenLanguage()]);
  ENGLISH = english;
  chosen = picked;
  if (picked === 'auto') return;
  CHOSEN = await readTable(picked);
  // The pages set lang from uiLanguage() before their strings are ready: correct it here.
  document.documentElement.lang = languageTag(picked);
}

const format = (entry: MessageEntry, substitutions?: string | string[]) =>
  formatMessage(entry, substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions]);

export function t(key: string, substitutions?: string | string[]): string {
  const picked = CHOSEN?.[key];
  if (picked) return format(picked, substitutions);
  const message = browser.i18n.getMessage(key, substitutions);
  if (message) return message;
  // Chromium can answer "" for every key (english-fallback.ts): fall back to the English text
  // rather than show nothing; an unknown key still shows as itself, so a missing string stays visible.
  const entry = ENGLISH[key];
  if (!entry) return key;
  return format(entry, substitutions);
}

/** The pages' language (a BCP 47 tag): the one chosen in the settings, else the browser's. */
export function uiLanguage(): string {
  return chosen === 'auto' ? browser.i18n.getUILanguage() : languageTag(chosen);
}
