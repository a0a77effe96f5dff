// Runs in: background. The guides in storage.session (guide/core/state.ts), read and changed in
// one serial queue so a page report and a click in the panel arriving together both count.
import { EMPTY_GUIDES, pruneGuides, type GuideStore } from '../core/state';
import { log } from '../../shared/platform/log';
import { guideItem } from '../../shared/storage/items';
import { createSerialQueue } from '../../shared/serial-queue';

const serial = createSerialQueue();

export async function readGuides(now: number): Promise<GuideStore> {
  const { value, error } = await guideItem.get();
  // Flow state only: an unreadable value is started afresh (the user starts the guide again).
  if (error) log.warn(`guide state unreadable, starting afresh: ${error}`);
  return pruneGuides(error ? EMPTY_GUIDES : value, now);
}

/** Read-modify-write; `change` returns the next store and what the caller wants back. */
export function updateGuides<T>(now: number, change: (store: GuideStore) => { store: GuideStore; result: T }): Promise<T> {
  return serial('guide', async () => {
    const before = await readGuides(now);
    const { store, result } = change(before);
    if (store !== before) await guideItem.set(store);
    return result;
  });
}
