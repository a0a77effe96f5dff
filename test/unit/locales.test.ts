// Every locale folder stays in step with en: the same keys, and each message uses the same
// placeholders (a translation that drops $COUNT$ would show a sentence without its number). The
// folders are read from disk, so a locale added later is checked without editing this file, and
// the settings' language choice offers exactly the locales shipped.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Language } from '../../src/settings/core/settings';

const ROOT = resolve(import.meta.dirname, '../../public/_locales');
const LOCALES = readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
type Locale = string;

interface Message { message: string; description?: string; placeholders?: Record<string, { content: string; example?: string }> }
type Messages = Map<string, Message>;

const pathOf = (locale: Locale) => resolve(ROOT, locale, 'messages.json');

function load(locale: Locale): Messages {
  return new Map(Object.entries(JSON.parse(readFileSync(pathOf(locale), 'utf8')) as Record<string, Message>));
}

/** The message names as written, in order: JSON.parse keeps only the last of a repeated name. */
function writtenKeys(locale: Locale): string[] {
  return [...readFileSync(pathOf(locale), 'utf8').matchAll(/^ {2}"([^"]+)": \{/gm)].map((m) => m[1] ?? '');
}

const messages: Record<Locale, Messages> = Object.fromEntries(LOCALES.map((locale) => [locale, load(locale)]));
const english = messages.en ?? new Map<string, Message>();
const enKeys = [...english.keys()];
const TRANSLATED = LOCALES.filter((locale) => locale !== 'en');

/** $NAME$ references in the message text, and the declared placeholders with their content. */
function placeholders(message: Message | undefined): { used: string[]; declared: string[] } {
  if (!message) return { used: ['(missing message)'], declared: [] };
  const used = [...message.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => (m[1] ?? '').toUpperCase());
  const declared = Object.entries(message.placeholders ?? {}).map(([name, p]) => `${name.toUpperCase()}=${p.content}`).sort();
  return { used: [...new Set(used)].sort(), declared };
}

describe('locales', () => {
  it('ships English and the languages the settings offer, no more and no fewer', () => {
    expect(LOCALES).toContain('en');
    expect(LOCALES).toEqual(Language.options.filter((language) => language !== 'auto').sort());
    // Each language names itself in the choice list.
    for (const locale of LOCALES) expect(enKeys, locale).toContain(`language_${locale}`);
  });

  // The browser's loader and addons.mozilla.org's lint refuse a messages file with a name twice
  // (a merge that adds the same message on both sides leaves one).
  it.each(LOCALES)('%s names each message once', (locale) => {
    const keys = writtenKeys(locale);
    expect(keys.length).toBe(messages[locale]?.size);
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
  });

  it.each(LOCALES)('%s has the same keys as en', (locale) => {
    expect([...(messages[locale]?.keys() ?? [])].sort()).toEqual([...enKeys].sort());
  });

  it.each(LOCALES)('%s uses and declares the same placeholders as en', (locale) => {
    for (const key of enKeys) {
      expect(placeholders(messages[locale]?.get(key)), `${locale}:${key}`).toEqual(placeholders(english.get(key)));
    }
  });

  it.each(LOCALES)('%s declares every placeholder it uses', (locale) => {
    for (const [key, message] of messages[locale] ?? []) {
      const { used, declared } = placeholders(message);
      expect(declared.map((d) => d.split('=')[0]), `${locale}:${key}`).toEqual(used);
    }
  });

  it.each(TRANSLATED)('%s is translated, not an English copy', (locale) => {
    // Names (Latchkey) may stay the same; sentences may not.
    const same = enKeys.filter((key) => messages[locale]?.get(key)?.message === english.get(key)?.message);
    expect(same.length / enKeys.length).toBeLessThan(0.1);
  });
});
