// Runs in: background. Keep's session state (core/keep/state.ts): captures waiting for their
// outcome, offers waiting for the user, remembered identities. storage.session, so a submit
// survives the navigation it causes and a service-worker restart. One serial queue, so evidence
// arriving from two messages at once is not lost.
import { EMPTY_KEEP, prune, type KeepState } from '../../core/keep/state';
import { log } from '../../platform/log';
import { keepItem } from '../items';
import { createSerialQueue } from '../serial';

const serial = createSerialQueue();

export async function readKeep(now: number): Promise<KeepState> {
  const { value, error } = await keepItem.get();
  // Flow state only (no entry lives here): an unreadable value is started afresh, not kept.
  if (error) log.warn(`keep state unreadable, starting afresh: ${error}`);
  return prune(error ? EMPTY_KEEP : value, now);
}

/** Read-modify-write; `change` returns the next state and what the caller wants back. */
export function updateKeep<T>(now: number, change: (state: KeepState) => { state: KeepState; result: T }): Promise<T> {
  return serial('keep', async () => {
    const before = await readKeep(now);
    const { state, result } = change(before);
    if (state !== before) await keepItem.set(prune(state, now));
    return result;
  });
}
