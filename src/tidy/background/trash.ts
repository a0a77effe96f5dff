// Runs in: background. Delete with undo: the deleted entries are removed from storage at once
// (one atomic write) and held here, in memory, for a few minutes so `entries/undelete` can write
// them back as they were. Held per unlocked vault: a lock, or a worker restart, ends the chance
// to undo, and no deleted password outlives the unlock.
import { ReplyFailure } from '../../shared/protocol/reply';
import type { Entry } from '../../vault/core/entry';
import { changeEntries } from '../../vault/background/entry-writes';
import { unlocked } from '../../vault/background/vault';

const UNDO_MS = 10 * 60_000;
type Vault = Awaited<ReturnType<typeof unlocked>>;
const held = new WeakMap<Vault, Map<string, { entries: Entry[]; expires: number }>>();

export async function deleteEntries(ids: readonly string[], now: number): Promise<{ deleted: number; undoId: string }> {
  const vault = await unlocked(now);
  const removed = await changeEntries(now, (current) => {
    const doomed = [...new Set(ids)].flatMap((id) => current.get(id) ?? []);
    return { remove: doomed.map((entry) => entry.id), result: doomed };
  });
  let bin = held.get(vault);
  if (!bin) held.set(vault, (bin = new Map()));
  for (const [id, item] of bin) if (item.expires < now) bin.delete(id);
  const undoId = crypto.randomUUID();
  bin.set(undoId, { entries: removed, expires: now + UNDO_MS });
  return { deleted: removed.length, undoId };
}

export async function undeleteEntries(undoId: string, now: number): Promise<{ restored: number }> {
  const vault = await unlocked(now);
  const bin = held.get(vault);
  const item = bin?.get(undoId);
  if (!bin || !item || item.expires < now) throw new ReplyFailure('bad-request', 'too late to undo this delete');
  // An entry saved again under the same id since the delete wins over the deleted copy.
  await changeEntries(now, (current) => ({ put: item.entries.filter((entry) => !current.has(entry.id)), result: undefined }));
  bin.delete(undoId);
  return { restored: item.entries.length };
}
