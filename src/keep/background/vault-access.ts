// Runs in: background. The unlocked entries for Keep, or null while the vault is locked or
// absent: a locked vault is a normal state for offers (they wait), not an error.
import { ReplyFailure } from '../../shared/protocol/reply';
import type { Entry } from '../../vault/core/entry';
import { unlocked } from '../../vault/background/vault';

export async function entriesIfUnlocked(now: number): Promise<ReadonlyMap<string, Entry> | null> {
  try {
    return (await unlocked(now)).entries;
  } catch (error) {
    if (error instanceof ReplyFailure && error.code === 'locked') return null;
    throw error;
  }
}
