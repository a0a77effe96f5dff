// Runs anywhere. When the vault must lock. The deadline is stored (storage.session) and checked
// on every wake-up and message, so a worker that was stopped past it can never skip a lock.
import type { AutoLock } from '../../settings/core/settings';

/** The next lock deadline after activity at `now`, or null to lock only when the browser restarts. */
export function nextDeadline(setting: AutoLock, now: number): number | null {
  if (setting === 'restart') return null;
  return now + Number(setting) * 60_000;
}

export function isPastDeadline(deadline: number | null, now: number): boolean {
  return deadline !== null && now >= deadline;
}
