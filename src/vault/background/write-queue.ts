// Runs in: background. The vault's one write queue: entry changes (entry-writes.ts), the master
// password change (master-password.ts), create, unlock and the snapshot, each worked out from the
// vault as it is when its turn comes.
import { createSerialQueue } from '../../shared/serial-queue';

const serial = createSerialQueue();

/** Runs `task` in the vault's write queue: after every write asked for before it, before any after. */
export function writeQueue<T>(task: () => Promise<T>): Promise<T> {
  return serial('vault', task);
}
