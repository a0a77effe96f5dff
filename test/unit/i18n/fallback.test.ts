// @vitest-environment happy-dom
// When the browser's message catalog answers "" for every key (Chromium keeps an empty catalog for
// the rest of the process once its first load fails: shared/platform/english-fallback.ts), the pages
// still show English, read from the packaged table once per page: the popup's early script and
// loadStrings share that one read. When the catalog answers, nothing is read.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({ catalog: {} as Record<string, string>, fetched: [] as string[] }));
const api = {
  runtime: { getURL: (path: string) => `chrome-extension://id/${path}` },
  i18n: { getMessage: (key: string) => fake.catalog[key] ?? '', getUILanguage: () => 'en-US' },
  storage: { local: { get: async () => ({}) } },
};
vi.mock('webextension-polyfill', () => ({ default: api }));
vi.stubGlobal('chrome', api);
vi.stubGlobal('fetch', async (url: string) => {
  fake.fetched.push(url);
  const locale = /_locales\/(\w+)\//.exec(url)?.[1] ?? '';
  return new Response(readFileSync(resolve(import.meta.dirname, `../../../public/_locales/${locale}/messages.json`)));
});

beforeEach(() => {
  vi.resetModules();
  fake.fetched = [];
});

describe('the English fallback', () => {
  it('reads the English table once when the catalog answers nothing, and the strings come from it', async () => {
    fake.catalog = {};
    const { englishFallback } = await import('../../../src/shared/platform/english-fallback');
    const { loadStrings, t } = await import('../../../src/shared/platform/i18n');
    const early = englishFallback();
    await loadStrings('auto');
    await early;
    expect(fake.fetched).toEqual(['chrome-extension://id/_locales/en/messages.json']);
    expect(t('searchCount', '42')).toBe('Found: 42');
    expect(t('noSuchKey')).toBe('noSuchKey');
  });

  it('reads nothing when the catalog answers, and the browser\'s strings are used', async () => {
    fake.catalog = { extName: 'Latchkey', searchCount: 'Encontradas: 42' };
    const { loadStrings, t } = await import('../../../src/shared/platform/i18n');
    await loadStrings('auto');
    expect(fake.fetched).toEqual([]);
    expect(t('searchCount', '42')).toBe('Encontradas: 42');
  });

  it('a chosen language is read from its own table, over the browser\'s', async () => {
    fake.catalog = { extName: 'Latchkey', popupHeading: 'Latchkey' };
    const { loadStrings, t } = await import('../../../src/shared/platform/i18n');
    await loadStrings('ru');
    expect(fake.fetched).toEqual(['chrome-extension://id/_locales/ru/messages.json']);
    expect(t('searchCount', '42')).toMatch(/42/);
    expect(t('searchCount', '42')).not.toBe('Found: 42');
    expect(document.documentElement.lang).toBe('ru');
  });

  it('a chosen locale with a region is read from its folder and tagged for the page as BCP 47', async () => {
    fake.catalog = { extName: 'Latchkey' };
    const { loadStrings, t, uiLanguage } = await import('../../../src/shared/platform/i18n');
    await loadStrings('pt_BR');
    expect(fake.fetched).toEqual(['chrome-extension://id/_locales/pt_BR/messages.json']);
    expect(t('searchCount', '42')).toBe('Encontrados: 42');
    expect(document.documentElement.lang).toBe('pt-BR');
    // Intl refuses 'pt_BR'; the pages format dates and numbers with this tag.
    expect(() => new Intl.DateTimeFormat(uiLanguage())).not.toThrow();
  });
});
