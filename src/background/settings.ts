// Runs in: background. Settings reads and writes; the background is the only writer.
import { addNeverSave, neverSaveKey } from '../core/keep/never-save';
import type { Settings, SettingsPatch } from '../core/settings';
import { typedOrigin } from '../core/match/typed-origin';
import { log } from '../platform/log';
import { settingsItem } from './items';
import { createSerialQueue } from './serial';

const serial = createSerialQueue();

// Every vault request reads the auto-lock setting (a popup keystroke is one): keep the last value
// read or written in memory. The background is the only writer, so it cannot go stale; a
// restarted worker reads storage again.
let known: Settings | null = null;

export async function readSettings(): Promise<Settings> {
  if (known) return known;
  const { value, error } = await settingsItem.get();
  if (error) log.warn(`settings unreadable, using defaults until saved: ${error}`);
  else known = value;
  return value;
}

export function writeSettings(patch: SettingsPatch): Promise<Settings> {
  return serial('settings', async () => {
    const next = { ...(await readSettings()), ...patch };
    await settingsItem.set(next);
    known = next;
    return next;
  });
}

/**
 * The settings' never-save editor: `site` is any URL or host of the site (a bare host is read as
 * https), listed as its registrable domain (core/keep/never-save.ts), as "Never for this site"
 * lists it. Removing takes the listed name as shown.
 */
export function editNeverSave(action: 'add' | 'remove', site: string): Promise<{ settings: Settings; failure: 'invalid' | 'listed' | null }> {
  return serial('settings', async () => {
    const current = await readSettings();
    let neverSave: string[];
    if (action === 'remove') {
      neverSave = current.neverSave.filter((listed) => listed !== site.trim().toLowerCase());
    } else {
      const origin = typedOrigin(site);
      const key = origin ? neverSaveKey(origin) : null;
      if (!key) return { settings: current, failure: 'invalid' };
      if (current.neverSave.includes(key)) return { settings: current, failure: 'listed' };
      neverSave = addNeverSave(current.neverSave, origin ?? '');
    }
    const next = { ...current, neverSave };
    await settingsItem.set(next);
    known = next;
    return { settings: next, failure: null };
  });
}
