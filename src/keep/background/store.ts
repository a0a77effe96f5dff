// Runs in: background. Keep's session state (keep/core/state.ts): captures waiting for their
// outcome, offers waiting for the user, remembered identities. storage.session, so a submit
// survives the navigation it causes and a service-worker restart. One serial queue, so evidence
// arriving from two messages at once is not lost.
import { EMPTY_KEEP, prune, type KeepState } from '../core/state';
import { log } from '../../shared/platform/log';
import { keepItem } from '../../shared/storage/items';
import { createSerialQueue } from '../../shared/serial-queue';

const serial = createSerialQueue();

export async function readKeep(now: number): Promise<KeepState> {
  const { value, error } = await keepItem.get();
  // Flow state only (no entry lives here): an unreadable value is started afresh, not kept.
  if (error) log.warn(`keep state unreadable, starting afresh: ${error}`);
  return prune(error ? EMPTY_KEEP : value, now);
}

/**
 * The state after every change already asked for: a submit still being stored is there. Evidence
 * that looks before it writes must look this way, or a next page's hello and report that arrive
 * while their submit is being stored find nothing waiting and are lost.
 */
export function readKeepInOrder(now: number): Promise<KeepState> {
  return serial('keep', () => readKeep(now));
}

/**
 * Read-modify-write; `change` returns the next state and what the caller wants back. It may read
 * what it needs first (a submit reads the settings): its place in the queue is taken at the call,
 * so evidence that arrives meanwhile is judged after it.
 */
export function updateKeep<T>(now: number, change: (state: KeepState) => { state: KeepState; result: T } | Promise<{ state: KeepState; result: T }>): Promise<T> {
  return serial('keep', async () => {
    const before = await readKeep(now);
    const { state, result } = await change(before);
    if (state !== before) await keepItem.set(prune(state, now));
    return result;
  });
}
