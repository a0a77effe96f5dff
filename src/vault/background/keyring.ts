// Runs in: background. The unlocked vault key: in memory, and its raw bytes in storage.session so
// a restarted service worker stays unlocked while a restarted browser is locked (DESIGN.md rule 1).
// Never in storage.local.
import { fromBase64, toBase64 } from '../core/crypto/bytes';
import { importKey } from '../core/crypto/kdf';
import { isPastDeadline } from '../core/auto-lock';
import { HEARTBEAT_MINUTES } from '../core/lock-signals';
import { clearAlarm, setAlarm, setRepeatingAlarm } from '../../shared/platform/alarms';
import { readSession, removeSession, writeSession } from '../../shared/platform/session-values';
import { SNAPSHOT_KEY } from './snapshot';

const KEY = 'vault:key';
const DEADLINE = 'vault:deadline';
export const AUTO_LOCK_ALARM = 'auto-lock';
/** Due every minute while unlocked: one that fires long after it was due means the system slept (lock-watch.ts). */
export const HEARTBEAT_ALARM = 'heartbeat';

let cached: CryptoKey | null = null;
// The deadline as stored, mirrored here: every message that touches the vault checks it, and
// reading storage.session each time cost a search keystroke a browser round trip. This worker is
// its only writer, so only a restarted worker (memory empty, `deadlineKnown` false) reads it back.
// No storage.onChanged listener keeps it: that would hand this worker every storage write, the
// 10,000 records of an import and the vault's snapshot among them.
// Activity moves it forward, but every popup keystroke need not cost a storage write and an alarm;
// a lock up to EXTEND_STEP_MS later than the exact idle time is fine.
let storedDeadline: number | null = null;
let deadlineKnown = false;
const EXTEND_STEP_MS = 10_000;

export async function storeKey(raw: Uint8Array<ArrayBuffer>, key: CryptoKey, deadline: number | null): Promise<void> {
  cached = key;
  storedDeadline = deadline;
  deadlineKnown = true;
  await writeSession({ [KEY]: toBase64(raw), [DEADLINE]: deadline });
  await scheduleLock(deadline);
  await setRepeatingAlarm(HEARTBEAT_ALARM, HEARTBEAT_MINUTES);
}

/** The key if the vault is unlocked and its deadline has not passed; locks otherwise. */
export async function currentKey(now: number): Promise<CryptoKey | null> {
  if (!deadlineKnown) {
    const stored = await readSession(DEADLINE);
    // Another read may have finished meanwhile, or a write: the newer value stands.
    if (!deadlineKnown) storedDeadline = typeof stored === 'number' ? stored : null;
    deadlineKnown = true;
  }
  if (isPastDeadline(storedDeadline, now)) {
    await forgetKey();
    return null;
  }
  if (cached) return cached;
  const stored = await readSession(KEY);
  const raw = typeof stored === 'string' ? fromBase64(stored) : null;
  if (!raw) return null;
  cached = await importKey(raw);
  return cached;
}

/** Activity moves the deadline forward (only while unlocked). */
export async function extendDeadline(deadline: number | null): Promise<void> {
  if (deadline !== null && storedDeadline !== null && deadline - storedDeadline < EXTEND_STEP_MS) return;
  storedDeadline = deadline;
  deadlineKnown = true;
  await writeSession({ [DEADLINE]: deadline });
  await scheduleLock(deadline);
}

export async function forgetKey(): Promise<void> {
  cached = null;
  storedDeadline = null;
  deadlineKnown = true;
  // The entries' snapshot (snapshot.ts) is sealed under this key: it goes with it.
  await removeSession([KEY, DEADLINE, SNAPSHOT_KEY]);
  await clearAlarm(AUTO_LOCK_ALARM);
  await clearAlarm(HEARTBEAT_ALARM);
}

async function scheduleLock(deadline: number | null): Promise<void> {
  if (deadline === null) await clearAlarm(AUTO_LOCK_ALARM);
  else await setAlarm(AUTO_LOCK_ALARM, deadline);
}
