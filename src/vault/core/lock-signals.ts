// Runs anywhere. Which signals from the browser lock the vault (DESIGN.md rule 2: locked means
// locked). The auto-lock deadline (auto-lock.ts) counts time since the vault was last used; these
// are the moments the user is away whatever the vault did:
// - the system locked its screen (idle state `locked`: Chrome reports it, Firefox never does);
// - the system had no input for the user's auto-lock time (idle state `idle`, with the detection
//   interval set to that time; off with "only when the browser restarts");
// - the last browser window closed (the browser may keep running without one: macOS, background apps);
// - the system slept: an alarm that was due every minute fires much later than it was due.
import type { AutoLock } from '../../settings/core/settings';

export type LockSignal =
  | { kind: 'idle-state'; state: string }
  | { kind: 'windows-left'; count: number }
  | { kind: 'heartbeat'; due: number; firedAt: number };

/** How often the heartbeat alarm is due while the vault is unlocked. */
export const HEARTBEAT_MINUTES = 1;
/** A heartbeat this much later than due means the system (or the whole browser) was asleep. */
export const ASLEEP_AFTER_MS = 2 * 60_000;

/** The idle detection interval for `idle.setDetectionInterval`: the auto-lock time; null for none. */
export function idleSeconds(setting: AutoLock): number | null {
  return setting === 'restart' ? null : Number(setting) * 60;
}

export function locksOn(signal: LockSignal, setting: AutoLock): boolean {
  switch (signal.kind) {
    case 'idle-state':
      return signal.state === 'locked' || (signal.state === 'idle' && idleSeconds(setting) !== null);
    case 'windows-left':
      return signal.count === 0;
    case 'heartbeat':
      return signal.firedAt - signal.due > ASLEEP_AFTER_MS;
  }
}
