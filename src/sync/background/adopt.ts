// Runs in: background. A computer with no vault yet whose browser account holds a synced one (the
// user turned sync on elsewhere): nothing is taken by itself. The first-run page asks (sync/offer)
// and the user either unlocks the synced vault with its master password (sync/adopt) or starts a
// separate vault here, which does not sync until the user chooses to (Settings).
import { unlockHeader } from '../../vault/core/crypto/header';
import type { VaultFailure } from '../../vault/core/failure';
import { readHeader, writeHeader } from '../../vault/background/header-store';
import { startUnlocked } from '../../vault/background/vault';
import { writeQueue } from '../../vault/background/write-queue';
import { ReplyFailure } from '../../shared/protocol/reply';
import { readSyncArea } from '../../shared/platform/sync-area';
import { writeSettings } from '../../settings/background/settings';
import { readSyncedHeader } from '../core/pack';

/**
 * Whether the browser account holds a synced vault this computer could take (it has none yet):
 * the first-run page then offers to unlock it or to start a separate one here.
 */
export async function syncedVaultOffer(): Promise<{ exists: boolean }> {
  if ((await readHeader()) !== undefined) return { exists: false };
  return { exists: readSyncedHeader(await readSyncArea()).ok };
}

/**
 * This computer, with no vault yet, takes the synced one: its header (after the same checks as a
 * stored one: the KDF floors, before any derivation) becomes this vault's once `password` opens
 * it, sync turns on here, and the entries follow at the first sync. Nothing is written for a
 * wrong password.
 */
export async function adoptSyncedVault(password: string, now: number): Promise<VaultFailure | null> {
  const header = readSyncedHeader(await readSyncArea());
  if (!header.ok) return header.error.code === 'header' ? header.error.error.code : 'absent';
  const opened = await unlockHeader(password, header.value);
  if (!opened.ok) return opened.error.code;
  const adopted = await writeQueue(async () => {
    if ((await readHeader()) !== undefined) return false;
    await writeHeader(header.value);
    await writeSettings({ sync: true });
    return true;
  });
  if (!adopted) throw new ReplyFailure('bad-request', 'a vault already exists');
  await startUnlocked(opened.value, now);
  return null;
}
