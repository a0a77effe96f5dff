import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, Settings, SETTINGS_VERSION, settingsMigrations } from '../../../src/settings/core/settings';
import { decodeStored } from '../../../src/shared/storage/versioned';

const spec = { area: 'local' as const, key: 'settings', schema: Settings, fallback: DEFAULT_SETTINGS, version: SETTINGS_VERSION, migrations: settingsMigrations, whenUnreadable: 'keep' as const };

describe('settings migration to the never-save list', () => {
  it('reads version 1 settings with an empty never-save list, keeping the user’s choices', () => {
    const v1 = { v: 1, data: { autoLock: '60', clipboardClearSeconds: 45, promptsEnabled: false } };
    expect(decodeStored(spec, v1)).toEqual({
      value: { autoLock: '60', clipboardClearSeconds: 45, promptsEnabled: false, neverSave: [], matchDefault: 'site', language: 'auto', theme: 'system', onlineBreachCheck: false },
    });
  });

  it('reads version 2 settings with same-site matching and the browser\'s language, keeping the never-save list', () => {
    const v2 = { v: 2, data: { autoLock: '5', clipboardClearSeconds: 30, promptsEnabled: true, neverSave: ['shop.test'] } };
    expect(decodeStored(spec, v2)).toEqual({ value: { ...v2.data, matchDefault: 'site', language: 'auto', theme: 'system', onlineBreachCheck: false } });
  });

  it('reads version 3 settings with the system theme and the online check off, keeping the rest', () => {
    const v3 = { v: 3, data: { autoLock: '5', clipboardClearSeconds: 30, promptsEnabled: true, neverSave: [], matchDefault: 'host', language: 'es' } };
    expect(decodeStored(spec, v3)).toEqual({ value: { ...v3.data, theme: 'system', onlineBreachCheck: false } });
  });

  it('reads current settings as stored', () => {
    const current = { v: SETTINGS_VERSION, data: { ...DEFAULT_SETTINGS, neverSave: ['shop.test'], matchDefault: 'host' as const, language: 'ru' as const } };
    expect(decodeStored(spec, current).value).toEqual(current.data);
  });
});
