// Runs in: background. What happened to the vault, for the background work that follows it.

/**
 * 'loaded': the entries were read (an unlock, or the first use after a worker restart);
 * 'written': entries changed, a delete alone included; 'rekeyed': the same entries under a new key; 'locked': this worker
 * forgot the entries (lock now, auto-lock, system lock). The health report's strength sweep
 * (tidy/background/strength-sweep.ts) listens, so passwords are scored when written; sync
 * (sync/background/sync.ts) sends a change; open pages are told to ask again; the import drops a
 * held preview on a lock. Raised inside the write queue: a listener only schedules work.
 */
export type VaultEvent = 'loaded' | 'written' | 'rekeyed' | 'locked';

const listeners: ((event: VaultEvent) => void)[] = [];

export function onVaultEvent(callback: (event: VaultEvent) => void): void {
  listeners.push(callback);
}

/** For the vault's own writers (entry-writes.ts, master-password.ts, the cache). */
export const raiseVaultEvent = (event: VaultEvent): void => {
  for (const callback of listeners) callback(event);
};
