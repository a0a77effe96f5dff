// Runs in: background. "Clear the copied password in N seconds" must survive the popup closing
// and the worker stopping: the time is stored in storage.session, an alarm wakes the worker for
// it, and a timer covers delays shorter than Chrome's 30-second alarm minimum while the worker
// is still awake. Whichever fires first clears; the other finds nothing to do.
//
// Without the clipboardRead permission we cannot check that the clipboard still holds our copy,
// so a later copy made elsewhere within the delay is cleared too (README: permissions).
import { clearAlarm, setAlarm } from '../platform/alarms';
import { clearClipboard } from '../platform/clipboard';
import { log } from '../platform/log';
import { readSession, removeSession, writeSession } from '../platform/session-values';
import { readSettings } from './settings';

const CLEAR_AT = 'clipboard:clearAt';
export const CLIPBOARD_ALARM = 'clipboard-clear';

export async function scheduleClipboardClear(now: number): Promise<number> {
  const at = now + (await readSettings()).clipboardClearSeconds * 1000;
  await writeSession({ [CLEAR_AT]: at });
  await setAlarm(CLIPBOARD_ALARM, at);
  setTimeout(() => void clearIfDue(Date.now()), at - now);
  return at;
}

export async function clearIfDue(now: number): Promise<void> {
  const at = await readSession(CLEAR_AT);
  if (typeof at !== 'number' || at > now) return;
  await removeSession([CLEAR_AT]);
  await clearAlarm(CLIPBOARD_ALARM);
  const cleared = await clearClipboard().catch((error: unknown) => {
    log.warn('could not clear the clipboard', error);
    return false;
  });
  if (!cleared) log.warn('the clipboard was not cleared');
}
