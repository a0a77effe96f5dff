// Runs in: background. Settings reads and writes; the background is the only writer.
import type { Settings, SettingsPatch } from '../core/settings';
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
