// Runs in: extension pages. Localised strings from public/_locales.
import browser from 'webextension-polyfill';
import { formatMessage, type MessageEntry } from '../core/i18n-format';

// The English table is read from the packaged _locales file when a page starts rather than
// bundled: bundled, its 49 KB (recipes, workbench, guide texts) rode along in the chunk every page
// loads, and the popup opened 60 ms slower with 10,000 entries. Pages render after `stringsReady`
// (each main.tsx awaits it), so no string is shown before the table is there; it is not a
// top-level await here because that would hold every importer back, and the popup starts asking
// the background for its first screen while the table loads. A table that cannot be read leaves
// keys visible instead.
async function loadEnglish(): Promise<Record<string, MessageEntry>> {
  try {
    const response = await fetch(browser.runtime.getURL('_locales/en/messages.json'));
    return (await response.json()) as Record<string, MessageEntry>;
  } catch {
    return {};
  }
}

let ENGLISH: Record<string, MessageEntry> = {};
export const stringsReady: Promise<void> = loadEnglish().then((table) => {
  ENGLISH = table;
});

export function t(key: string, substitutions?: string | string[]): string {
  const message = browser.i18n.getMessage(key, substitutions);
  if (message) return message;
  // Chromium has been seen answering "" for a known key while a page starts under load (issue
  // noted in the closing note of session 1): fall back to the English text rather than show
  // nothing; an unknown key still shows as itself, so a missing string stays visible.
  const entry = ENGLISH[key];
  if (!entry) return key;
  return formatMessage(entry, substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions]);
}

export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}
