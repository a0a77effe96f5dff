// Runs in: background. Settings reads and writes; the background is the only writer. Every write
// is an update function run in one queue, from the settings as stored at that moment, so two
// writes (the options page's form and a prompt's "Never for this site") never undo one another.
// Settings that cannot be read (written by a newer version, or damaged) are used as defaults but
// never overwritten (items.ts: whenUnreadable 'keep'): a write is refused with `unreadable` until
// the user resets them.
import { addNeverSave, neverSaveKey } from '../../keep/core/never-save';
import { ReplyFailure } from '../../shared/protocol/reply';
import { DEFAULT_SETTINGS, type Settings, type SettingsPatch } from '../core/settings';
import { UnreadableStoredValue, type Unreadable } from '../../shared/storage/versioned';
import { typedOrigin } from '../../vault/core/match/typed-origin';
import { log } from '../../shared/platform/log';
import { settingsItem } from '../../shared/storage/items';
import { createSerialQueue } from '../../shared/serial-queue';

const serial = createSerialQueue();

// Every vault request reads the auto-lock setting (a popup keystroke is one): keep the last value
// read or written in memory. The background is the only writer, so it cannot go stale; a
// restarted worker reads storage again.
let known: Settings | null = null;

export async function readSettings(): Promise<Settings> {
  if (known) return known;
  const { value, error } = await settingsItem.get();
  if (error) log.warn(`settings unreadable, using defaults and writing nothing until they are reset: ${error}`);
  else known = value;
  return value;
}

/** Why the stored settings cannot be read, or null: the options page says so and offers a reset. */
export async function settingsProblem(): Promise<{ problem: Unreadable | null }> {
  if (known) return { problem: null };
  return { problem: (await settingsItem.get()).problem ?? null };
}

/**
 * Runs `update` on the settings as stored when its turn comes and writes what it answers (nothing
 * when it answers the same object). Refused with `unreadable` while the stored settings cannot be read.
 */
export function updateSettings<T>(update: (current: Settings) => { settings: Settings; result: T }): Promise<T> {
  return serial('settings', async () => {
    const current = known ?? (await settingsItem.get()).value;
    const { settings, result } = update(current);
    if (settings !== current) {
      // Refused while what is stored cannot be read (items.ts: whenUnreadable 'keep').
      await settingsItem.set(settings).catch((error: unknown) => {
        throw error instanceof UnreadableStoredValue ? refusal(error.problem) : error;
      });
    }
    known = settings;
    return result;
  });
}

const refusal = (problem: Unreadable) =>
  new ReplyFailure(
    'unreadable',
    `the stored settings could not be read (${problem === 'newer-version' ? 'a newer version of Latchkey wrote them' : 'they are damaged'}), so they were left as they are: reset them in the options page to change them`,
  );

export function writeSettings(patch: SettingsPatch): Promise<Settings> {
  return updateSettings((current) => {
    const settings = { ...current, ...patch };
    return { settings, result: settings };
  });
}

/** The user's explicit reset: the defaults replace whatever is stored, readable or not. */
export function resetSettings(): Promise<Settings> {
  return serial('settings', async () => {
    await settingsItem.reset(DEFAULT_SETTINGS);
    known = DEFAULT_SETTINGS;
    return DEFAULT_SETTINGS;
  });
}

/**
 * The settings' never-save editor: `site` is any URL or host of the site (a bare host is read as
 * https), listed as its registrable domain (keep/core/never-save.ts), as "Never for this site"
 * lists it. Removing takes the listed name as shown.
 */
type NeverSaveEdit = { settings: Settings; failure: 'invalid' | 'listed' | null };

export function editNeverSave(action: 'add' | 'remove', site: string): Promise<NeverSaveEdit> {
  return updateSettings((current): { settings: Settings; result: NeverSaveEdit } => {
    let neverSave: string[];
    if (action === 'remove') {
      neverSave = current.neverSave.filter((listed) => listed !== site.trim().toLowerCase());
    } else {
      const origin = typedOrigin(site);
      const key = origin ? neverSaveKey(origin) : null;
      if (!key) return { settings: current, result: { settings: current, failure: 'invalid' } };
      if (current.neverSave.includes(key)) return { settings: current, result: { settings: current, failure: 'listed' } };
      neverSave = addNeverSave(current.neverSave, origin ?? '');
    }
    const settings = { ...current, neverSave };
    return { settings, result: { settings, failure: null } };
  });
}
