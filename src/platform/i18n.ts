// Runs in: extension pages. Localised strings from public/_locales.
import browser from 'webextension-polyfill';
import english from '../../public/_locales/en/messages.json' with { type: 'json' };
import { formatMessage, type MessageEntry } from '../core/i18n-format';

const ENGLISH: Record<string, MessageEntry> = english;

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
