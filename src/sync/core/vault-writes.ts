// Runs anywhere. What a merge writes to this computer's vault (background/sync.ts, in the vault's
// write queue): what the merged state shows, and never less history than held here.
import type { Entry } from '../../vault/core/entry';
import { keepHeldHistory } from './held-history';
import { resolveAll } from './merge';
import type { SyncState } from './replica-state';
import { sameAtWirePrecision } from './wire-precision';

/**
 * The vault's writes for a merged state: every entry it shows, with the history held here kept,
 * unless the vault holds it so already (at the wire's precision: this computer's milliseconds
 * stay); and the removal of every entry it no longer shows but for `unreadable` records.
 */
export function vaultWrites(current: ReadonlyMap<string, Entry>, state: SyncState, unreadable: ReadonlySet<string>): { put: Entry[]; remove: string[] } {
  const view = resolveAll(state);
  const put = [...view.values()].flatMap((merged) => {
    const held = current.get(merged.id);
    const entry = keepHeldHistory(held, merged);
    return held && sameAtWirePrecision(held, entry) ? [] : [entry];
  });
  const remove = [...current.keys()].filter((id) => !view.has(id) && !unreadable.has(id));
  return { put, remove };
}
