// Runs in: background. "Clear the copied password in N seconds" must survive the popup closing,
// the worker stopping and the browser quitting: the time is stored in storage.local (items.ts), an
// alarm wakes the worker for it, and a timer covers delays shorter than Chrome's 30-second alarm
// minimum while the worker is still awake. Whichever fires first clears; the other finds nothing to
// do. Every start of the background (a browser start, a worker restart, an update) resumes a clear
// still stored: done at once if it is due, else armed again, since the operating system's clipboard
// keeps the password across a browser restart and neither alarms nor timers are sure to.
//
// Without the clipboardRead permission we cannot check that the clipboard still holds our copy,
// so a later copy made elsewhere within the delay is cleared too (README: permissions).
import { clearAlarm, setAlarm } from '../../shared/platform/alarms';
import { clearClipboard } from '../../shared/platform/clipboard';
import { log } from '../../shared/platform/log';
import { clipboardClearItem } from '../../shared/storage/items';
import { readSettings } from '../../settings/background/settings';

export const CLIPBOARD_ALARM = 'clipboard-clear';

export async function scheduleClipboardClear(now: number): Promise<number> {
  const at = now + (await readSettings()).clipboardClearSeconds * 1000;
  await clipboardClearItem.set(at);
  await arm(at, now);
  return at;
}

async function arm(at: number, now: number): Promise<void> {
  await setAlarm(CLIPBOARD_ALARM, at);
  setTimeout(() => void clearIfDue(Date.now()), at - now);
}

/** At the background's start: a clear stored by an earlier run is done now if due, else armed again. */
export async function resumeClipboardClear(now: number): Promise<void> {
  const { value: at, problem } = await clipboardClearItem.get();
  if (!problem && at !== null && at > now) return arm(at, now);
  await clearIfDue(now);
}

export async function clearIfDue(now: number): Promise<void> {
  const { value: at, problem } = await clipboardClearItem.get();
  // A time that cannot be read is taken as due: clearing early costs nothing, keeping a password does.
  if (!problem && (at === null || at > now)) return;
  await clipboardClearItem.remove();
  await clearAlarm(CLIPBOARD_ALARM);
  const cleared = await clearClipboard().catch((error: unknown) => {
    log.warn('could not clear the clipboard', error);
    return false;
  });
  if (!cleared) log.warn('the clipboard was not cleared');
}
