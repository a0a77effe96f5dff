// Runs in: background. A vault whose master password was changed on another computer (sync
// carries the news, sync/core/key-handoff.ts): the unlock then takes the new password, and this
// computer's records move to the new header and key in one write, as a change made here does
// (master-password.ts), so a worker stopped mid-way leaves the vault from before, whole.
// The vault does not know sync: sync registers what it knows here (onSuccessor).
import type { UnlockedKey, VaultHeader } from '../core/crypto/header';
import { keyOpensHeader, parseHeader } from '../core/crypto/header';
import { readHeader } from './header-store';
import { resealedVault } from './master-password';
import { commitRecords } from './record-commit';
import { openAll } from './records';
import { writeQueue } from './write-queue';

/** The header this vault moved to elsewhere, its key (from the new password) and this vault's old key. */
export interface MovedVault {
  header: VaultHeader;
  next: UnlockedKey;
  oldKey: CryptoKey;
  oldRawKey: Uint8Array<ArrayBuffer>;
}

export interface Successor {
  /** Whether the vault under `key` (the local header's) is proven to have moved elsewhere: its password no longer unlocks. */
  movedOn(key: CryptoKey): Promise<boolean>;
  /** The header `password` opens that this vault (`local`) moved to elsewhere, with the keys to move; null if none. */
  successor(password: string, local: VaultHeader): Promise<MovedVault | null>;
  /** Whether a move is announced (unproven: only for the unlock page's words, never for a decision). */
  announced(local: VaultHeader): Promise<boolean>;
}

let registered: Successor | null = null;
export function onSuccessor(successor: Successor): void {
  registered = successor;
}
export const successor = (): Successor | null => registered;

/**
 * Re-seals this computer's records under the moved vault's key, with its header, in one write.
 * Records that do not open under the old key stay as they are (reported, never overwritten).
 * False if the vault changed meanwhile (the old key no longer opens the stored header).
 */
export function adoptMovedVault(moved: MovedVault): Promise<boolean> {
  return writeQueue(async () => {
    const local = parseHeader(await readHeader());
    if (!local.ok || !(await keyOpensHeader(moved.oldKey, local.value))) return false;
    const { entries } = await openAll(moved.oldKey);
    const change = { oldHeader: local.value, newHeader: moved.header, oldRawKey: moved.oldRawKey };
    await commitRecords(await resealedVault(moved.oldKey, moved.next.key, entries.values(), change));
    return true;
  });
}
