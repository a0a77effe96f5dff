// Runs in: extension pages and content scripts. Localised strings from public/_locales.
import browser from 'webextension-polyfill';

export function t(key: string, substitutions?: string | string[]): string {
  // getMessage returns "" for an unknown key; show the key so a missing string is visible.
  return browser.i18n.getMessage(key, substitutions) || key;
}

export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}
