// Runs in: extension pages. The packaged English strings, for when the browser's own catalog does
// not answer. Chromium caches a renderer process's message catalog the first time a page asks,
// and when that first load fails (seen under load at start) the process keeps an empty catalog:
// every later getMessage, even '@@extension_id', answers "" until the browser restarts. A page
// then reads _locales/en/messages.json itself, a file read the popup would wait for on each open
// if it began only after the catalog's first answer (npm run bench). So the popup's main.tsx starts
// that read before it waits for its first screen; shared/platform/i18n.ts awaits the same read.
import type { MessageEntry } from '../i18n-format';
import { nativeApi } from './native-api';

export type MessageTable = Record<string, MessageEntry>;

/** Whether the browser's catalog answers for a key every locale has (the extension's name). */
export const catalogAnswers = (): boolean => nativeApi().i18n.getMessage('extName') !== '';

const tables = new Map<string, Promise<MessageTable>>();

/**
 * A locale's packaged table, read once per page. A table that cannot be read is empty: its keys
 * then show as themselves, so a missing string stays visible rather than breaking the page.
 */
export function readTable(locale: string): Promise<MessageTable> {
  let table = tables.get(locale);
  if (!table) {
    table = fetch(nativeApi().runtime.getURL(`_locales/${locale}/messages.json`))
      .then((response) => response.json() as Promise<MessageTable>)
      .catch(() => ({}));
    tables.set(locale, table);
  }
  return table;
}

/** The English fallback table, or none when the catalog answers (the usual case: nothing is read). */
export const englishFallback = (): Promise<MessageTable> => (catalogAnswers() ? Promise.resolve({}) : readTable('en'));
