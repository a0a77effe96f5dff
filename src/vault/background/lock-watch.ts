// Runs in: background. Locks the vault when the browser says the user is away (the system locked
// its screen, was idle for the auto-lock time, slept; the last browser window closed): the
// decision is vault/core/lock-signals.ts, the signals shared/platform/away-signals.ts and the heartbeat
// alarm the keyring keeps while unlocked (keyring.ts).
import { idleSeconds, locksOn, type LockSignal } from '../core/lock-signals';
import { onIdleState, onWindowClosed, setIdleDetection } from '../../shared/platform/away-signals';
import { log } from '../../shared/platform/log';
import { readSettings } from '../../settings/background/settings';
import { lockVault } from './vault';

/** Locks the vault if `signal` says so; answers whether it did. */
export async function lockOn(signal: LockSignal): Promise<boolean> {
  if (!locksOn(signal, (await readSettings()).autoLock)) return false;
  log.info(`locking: ${signal.kind}`);
  await lockVault();
  return true;
}

/** The idle detection interval follows the auto-lock setting (at start, and when it changes). Never fails. */
export async function followIdleSetting(): Promise<void> {
  try {
    setIdleDetection(idleSeconds((await readSettings()).autoLock));
  } catch (error) {
    log.warn(`idle detection not set: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Must be called synchronously at start-up, like every listener. */
export function watchAwaySignals(): void {
  onIdleState((state) => void lockOn({ kind: 'idle-state', state }));
  onWindowClosed((count) => void lockOn({ kind: 'windows-left', count }));
}
