// Runs in: background. Settings reads and writes; the background is the only writer.
import type { Settings, SettingsPatch } from '../core/settings';
import { log } from '../platform/log';
import { settingsItem } from './items';
import { createSerialQueue } from './serial';

const serial = createSerialQueue();

export async function readSettings(): Promise<Settings> {
  const { value, error } = await settingsItem.get();
  if (error) log.warn(`settings unreadable, using defaults until saved: ${error}`);
  return value;
}

export function writeSettings(patch: SettingsPatch): Promise<Settings> {
  return serial('settings', async () => {
    const next = { ...(await readSettings()), ...patch };
    await settingsItem.set(next);
    return next;
  });
}
