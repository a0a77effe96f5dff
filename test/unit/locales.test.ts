// The three locales stay in step: the same keys, and each message uses the same placeholders
// (a translation that drops $COUNT$ would show a sentence without its number).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const LOCALES = ['en', 'ru', 'es'] as const;
type Locale = (typeof LOCALES)[number];

interface Message { message: string; description?: string; placeholders?: Record<string, { content: string; example?: string }> }
type Messages = Map<string, Message>;

const pathOf = (locale: Locale) => resolve(import.meta.dirname, `../../public/_locales/${locale}/messages.json`);

function load(locale: Locale): Messages {
  return new Map(Object.entries(JSON.parse(readFileSync(pathOf(locale), 'utf8')) as Record<string, Message>));
}

/** The message names as written, in order: JSON.parse keeps only the last of a repeated name. */
function writtenKeys(locale: Locale): string[] {
  return [...readFileSync(pathOf(locale), 'utf8').matchAll(/^ {2}"([^"]+)": \{/gm)].map((m) => m[1] ?? '');
}

const messages: Record<Locale, Messages> = { en: load('en'), ru: load('ru'), es: load('es') };
const enKeys = [...messages.en.keys()];

/** $NAME$ references in the message text, and the declared placeholders with their content. */
function placeholders(message: Message | undefined): { used: string[]; declared: string[] } {
  if (!message) return { used: ['(missing message)'], declared: [] };
  const used = [...message.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => (m[1] ?? '').toUpperCase());
  const declared = Object.entries(message.placeholders ?? {}).map(([name, p]) => `${name.toUpperCase()}=${p.content}`).sort();
  return { used: [...new Set(used)].sort(), declared };
}

describe('locales', () => {
  // The browser's loader and addons.mozilla.org's lint refuse a messages file with a name twice
  // (a merge that adds the same message on both sides leaves one).
  it.each(LOCALES)('%s names each message once', (locale) => {
    const keys = writtenKeys(locale);
    expect(keys.length).toBe(messages[locale].size);
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
  });

  it.each(LOCALES)('%s has the same keys as en', (locale) => {
    expect([...messages[locale].keys()].sort()).toEqual([...enKeys].sort());
  });

  it.each(LOCALES)('%s uses and declares the same placeholders as en', (locale) => {
    for (const key of enKeys) {
      expect(placeholders(messages[locale].get(key)), `${locale}:${key}`).toEqual(placeholders(messages.en.get(key)));
    }
  });

  it.each(LOCALES)('%s declares every placeholder it uses', (locale) => {
    for (const [key, message] of messages[locale]) {
      const { used, declared } = placeholders(message);
      expect(declared.map((d) => d.split('=')[0]), `${locale}:${key}`).toEqual(used);
    }
  });

  it.each(['ru', 'es'] as const)('%s is translated, not an English copy', (locale) => {
    // Names (Latchkey) may stay the same; sentences may not.
    const same = enKeys.filter((key) => messages[locale].get(key)?.message === messages.en.get(key)?.message);
    expect(same.length / enKeys.length).toBeLessThan(0.1);
  });
});
