// Runs in: background. The master password handoff between computers (sync/core/key-handoff.ts):
// - a change made here writes, with the re-keyed vault, a handoff carrying the old key (and those
//   the previous handoff carried) sealed under the new one, which the next sync publishes as `s:k`;
// - a computer still on the old password learns of the change when it syncs (proven under its own
//   key: sync pauses) and at its next unlock takes the new password (vault/background/successor.ts).
// The unlock decisions only ever rest on seals made under a key the computer holds or derives.
import { unlockHeader, type VaultHeader } from '../../vault/core/crypto/header';
import { onSuccessor, type MovedVault } from '../../vault/background/successor';
import { readSyncArea } from '../../shared/platform/sync-area';
import { readSettings } from '../../settings/background/settings';
import { readSyncedHeader } from '../core/pack';
import { handedKeys, headerDigest, HANDOFF_ITEM, KeyHandoff, makeHandoff, movedTo, oldKeyFor, type OldKey } from '../core/key-handoff';
import { writeStatus } from './local-state';

/** The synced header, when sync is on here and it is not `local` (the vault may have moved to it). */
async function otherSyncedHeader(local: VaultHeader): Promise<{ header: VaultHeader; items: Record<string, unknown> } | null> {
  if (!(await readSettings()).sync) return null;
  const items = await readSyncArea();
  const synced = readSyncedHeader(items);
  if (!synced.ok || (await headerDigest(synced.value)) === (await headerDigest(local))) return null;
  return { header: synced.value, items };
}

export function startHandoff(): void {
  onSuccessor({
    async movedOn(key) {
      const items = await readSyncArea();
      const synced = readSyncedHeader(items);
      if (!(await readSettings()).sync || !synced.ok) return false;
      return (await movedTo(key, items[HANDOFF_ITEM], synced.value)).ok;
    },
    async successor(password, local): Promise<MovedVault | null> {
      const other = await otherSyncedHeader(local);
      if (!other || !(HANDOFF_ITEM in other.items)) return null;
      // The synced header passed the KDF floors (readSyncedHeader) before this derivation.
      const next = await unlockHeader(password, other.header);
      if (!next.ok) return null;
      const old = await oldKeyFor(next.value.key, other.items[HANDOFF_ITEM], other.header, local);
      if (!old.ok) {
        // The new password opens the synced vault, yet its handoff does not give this one's key.
        if (old.error !== 'not-ours') await writeStatus({ kind: old.error === 'other-header' ? 'replayed' : 'tampered', at: Date.now(), item: HANDOFF_ITEM });
        return null;
      }
      return { header: other.header, next: next.value, oldKey: old.value.key, oldRawKey: old.value.raw };
    },
    async announced(local) {
      const other = await otherSyncedHeader(local);
      if (!other) return false;
      const handoff = KeyHandoff.safeParse(other.items[HANDOFF_ITEM]);
      return handoff.success && handoff.data.to === (await headerDigest(other.header));
    },
  });
}

/**
 * The handoff for a change here from `oldHeader` (key `oldKey`, bytes `oldRawKey`) to `newHeader`:
 * the old key first, then those the synced handoff to `oldHeader` carried (opened under the old
 * key), so a computer that missed several changes still moves. When the change is this computer
 * catching up with one made elsewhere, the synced handoff is that very change's: kept as it is.
 */
export async function handoffFor(oldKey: CryptoKey, newKey: CryptoKey, change: { oldHeader: VaultHeader; newHeader: VaultHeader; oldRawKey: Uint8Array<ArrayBuffer> }): Promise<KeyHandoff> {
  const items = await readSyncArea();
  const synced = KeyHandoff.safeParse(items[HANDOFF_ITEM]);
  if (synced.success && synced.data.to === (await headerDigest(change.newHeader))) return synced.data;
  const earlier = await handedKeys(oldKey, items[HANDOFF_ITEM], change.oldHeader);
  const old: OldKey[] = [{ print: await headerDigest(change.oldHeader), raw: change.oldRawKey }, ...(earlier.ok ? earlier.value : [])];
  return makeHandoff(newKey, change.newHeader, old);
}
