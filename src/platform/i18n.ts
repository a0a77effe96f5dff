// Runs in: extension pages. Localised strings from public/_locales.
import browser from 'webextension-polyfill';
import { formatMessage, type MessageEntry } from '../core/i18n-format';

// The English table is read from the packaged _locales file when a page starts rather than
// bundled: bundled, its 49 KB (recipes, workbench, guide texts) rode along in the chunk every page
// loads, and the popup opened 60 ms slower with 10,000 entries. Top-level await: no page renders
// a string before the table is there. A table that cannot be read leaves keys visible instead.
async function loadEnglish(): Promise<Record<string, MessageEntry>> {
  try {
    const response = await fetch(browser.runtime.getURL('_locales/en/messages.json'));
    return (await response.json()) as Record<string, MessageEntry>;
  } catch {
    return {};
  }
}

const ENGLISH = await loadEnglish();

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
