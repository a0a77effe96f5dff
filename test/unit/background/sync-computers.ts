// Computers that sync, for unit tests: each runs the real background over its own storage in
// memory (worker.ts), sync included; deliver() plays the browser's sync engine.
import { newStorage, startWorker, valueOf, type Storage, type Worker } from './worker';

export interface Computer {
  storage: Storage;
  worker: Worker;
  syncNow(now: number): Promise<void>;
  /** First run with a synced vault: take it with its master password (sync/adopt); the failure, if any. */
  adopt(password: string): Promise<unknown>;
}

export async function computer(storage = newStorage()): Promise<Computer> {
  const worker = await startWorker(storage);
  const sync = await import('../../../src/sync/background/sync');
  sync.startSync();
  const adopt = async (password: string) => valueOf<{ failure: unknown }>(await worker.send('sync/adopt', { password }), 'adopt').failure;
  return { storage, worker, syncNow: sync.syncNow, adopt };
}

/** The sync engine: `to` gets everything `from` has in its sync area, and nothing else. */
export function deliver(from: Computer, to: Computer): void {
  to.storage.sync.map.clear();
  for (const [key, value] of from.storage.sync.map) to.storage.sync.map.set(key, structuredClone(value));
}

export const passwordOf = async (c: Computer, id: string) => valueOf<{ password: string }>(await c.worker.send('entries/password', { id }), 'password').password;
export const status = async (c: Computer) => valueOf<{ status: { kind: string } | null }>(await c.worker.send('sync/state', {}), 'sync state').status?.kind;
