import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, Settings, SETTINGS_VERSION, settingsMigrations } from '../../../src/core/settings';
import { decodeStored } from '../../../src/core/storage/versioned';

const spec = { area: 'local' as const, key: 'settings', schema: Settings, fallback: DEFAULT_SETTINGS, version: SETTINGS_VERSION, migrations: settingsMigrations };

describe('settings migration to the never-save list', () => {
  it('reads version 1 settings with an empty never-save list, keeping the user’s choices', () => {
    const v1 = { v: 1, data: { autoLock: '60', clipboardClearSeconds: 45, promptsEnabled: false } };
    expect(decodeStored(spec, v1)).toEqual({ value: { autoLock: '60', clipboardClearSeconds: 45, promptsEnabled: false, neverSave: [] } });
  });

  it('reads current settings as stored', () => {
    const v2 = { v: SETTINGS_VERSION, data: { ...DEFAULT_SETTINGS, neverSave: ['shop.test'] } };
    expect(decodeStored(spec, v2).value.neverSave).toEqual(['shop.test']);
  });
});
