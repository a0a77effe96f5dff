// Runs in: background. "Move to site…": the selected entries get another site in one write inside
// the vault's write queue (vault/core/move-site.ts). What they had before is held in memory for
// an undo, per unlocked vault like deleted entries (trash.ts): a lock ends the chance to undo.
import { typedOrigin } from '../../vault/core/match/typed-origin';
import { ReplyFailure } from '../../shared/protocol/reply';
import { moveToSite, undoMove, type Moved } from '../../vault/core/move-site';
import { deltaTo } from '../../vault/core/entry-change';
import { changeEntries } from '../../vault/background/entry-writes';
import { unlocked } from '../../vault/background/vault';

const UNDO_MS = 10 * 60_000;
type Vault = Awaited<ReturnType<typeof unlocked>>;
const held = new WeakMap<Vault, Map<string, { moved: Moved[]; expires: number }>>();

export async function moveEntries(ids: readonly string[], site: string, now: number): Promise<{ moved: number; origin: string | null; undoId: string | null }> {
  const origin = typedOrigin(site);
  if (!origin) return { moved: 0, origin: null, undoId: null };
  const vault = await unlocked(now);
  const moved = await changeEntries(now, (current) => {
    const result = moveToSite(current, ids, origin, now);
    return { ...deltaTo(current, result.next), result: result.moved };
  });
  if (moved.length === 0) return { moved: 0, origin, undoId: null };
  let undo = held.get(vault);
  if (!undo) held.set(vault, (undo = new Map()));
  for (const [id, item] of undo) if (item.expires < now) undo.delete(id);
  const undoId = crypto.randomUUID();
  undo.set(undoId, { moved, expires: now + UNDO_MS });
  return { moved: moved.length, origin, undoId };
}

export async function unmoveEntries(undoId: string, now: number): Promise<{ restored: number }> {
  const vault = await unlocked(now);
  const undo = held.get(vault);
  const item = undo?.get(undoId);
  if (!undo || !item || item.expires < now) throw new ReplyFailure('bad-request', 'too late to undo this move');
  const restored = await changeEntries(now, (current) => {
    const result = undoMove(current, item.moved, now);
    return { ...deltaTo(current, result.next), result: result.restored };
  });
  undo.delete(undoId);
  return { restored };
}
