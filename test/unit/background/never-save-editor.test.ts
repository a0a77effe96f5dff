// The settings' never-save editor (settings/never-save): what is typed is checked and listed as
// its site, as "Never for this site" lists it; the rest of the settings are left alone.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => {
  const local = new Map<string, unknown>();
  const area = {
    async get(key: string) {
      return local.has(key) ? { [key]: structuredClone(local.get(key)) } : {};
    },
    async set(items: Record<string, unknown>) {
      for (const [k, v] of Object.entries(items)) local.set(k, structuredClone(v));
    },
    async remove() {},
  };
  return { local, browser: { storage: { local: area, session: area } } };
});
vi.mock('webextension-polyfill', () => ({ default: fake.browser }));

describe('never-save editor', () => {
  let settings: typeof import('../../../src/settings/background/settings');
  beforeEach(async () => {
    fake.local.clear();
    vi.resetModules();
    settings = await import('../../../src/settings/background/settings');
    await settings.writeSettings({ autoLock: '60' });
  });

  it('lists any address of a site as the site, once, sorted', async () => {
    expect((await settings.editNeverSave('add', 'https://login.shop.test/sign-in?x=1')).settings.neverSave).toEqual(['shop.test']);
    expect(await settings.editNeverSave('add', 'www.shop.test')).toMatchObject({ failure: 'listed', settings: { neverSave: ['shop.test'] } });
    expect((await settings.editNeverSave('add', 'aliexpress.ru')).settings.neverSave).toEqual(['aliexpress.ru', 'shop.test']);
    // No registrable domain: the host stands for itself.
    expect((await settings.editNeverSave('add', 'http://127.0.0.1:8080/login')).settings.neverSave).toEqual(['127.0.0.1', 'aliexpress.ru', 'shop.test']);
    expect((await settings.readSettings()).autoLock).toBe('60');
  });

  it('refuses what is not a web address, and changes nothing', async () => {
    for (const typed of ['', 'not a site', 'ftp://shop.test', 'javascript:alert(1)']) {
      expect(await settings.editNeverSave('add', typed), typed).toMatchObject({ failure: 'invalid', settings: { neverSave: [] } });
    }
  });

  it('removes a listed site', async () => {
    await settings.editNeverSave('add', 'shop.test');
    await settings.editNeverSave('add', 'tienda.test');
    expect(await settings.editNeverSave('remove', 'shop.test')).toMatchObject({ failure: null, settings: { neverSave: ['tienda.test'] } });
  });
});
