// Runs in: background. Sync through the browser's sync storage, when the user turned it on:
// 1. read the synced items and open them (sync/core/pack.ts); anything refused is reported in the
//    status and nothing of it is applied;
// 2. in the vault's write queue (changeEntries), record this computer's own changes in its state,
//    merge the synced state in (sync/core/merge.ts) and write the entries that changed;
// 3. write the merged state back when the synced copy lacks something, within the push budget
//    (sync/core/push-budget.ts), and only when it fits the quota.
// A sync runs a moment after the vault is written or unlocked and after the sync area changes
// (the other computer wrote, or the sync engine delivered).
import { changeEntries } from '../../vault/background/entry-writes';
import { loadQuietly } from '../../vault/background/vault';
import { onVaultEvent } from '../../vault/background/vault-events';
import { readHeader } from '../../vault/background/header-store';
import { keyOpensHeader, parseHeader } from '../../vault/core/crypto/header';
import { onRekey, type Rekey } from '../../vault/background/master-password';
import { onSyncAreaChanged, readSyncArea, removeSyncItems, writeSyncArea } from '../../shared/platform/sync-area';
import { log } from '../../shared/platform/log';
import { createSerialQueue } from '../../shared/serial-queue';
import { readSettings, writeSettings } from '../../settings/background/settings';
import { mergeStates, pruneTombstones, recordLocal } from '../core/merge';
import { isSyncItem, MANIFEST_ITEM, packState, readSyncedHeader, unpackItems, type Unpacked } from '../core/pack';
import { canonicalJson, type SyncState } from '../core/replica-state';
import { vaultWrites } from '../core/vault-writes';
import { HISTORY_STEPS, trimHistory } from '../core/trim';
import { itemBytes, QUOTA_BYTES } from '../core/limits';
import { afterPush, pushWait } from '../core/push-budget';
import type { SyncStatus } from '../core/status';
import { headerPrint, readLocal, readStatus, resealedLocal, writeLocal, writeStatus } from './local-state';
import { handoffFor, startHandoff } from './handoff';
import { HANDOFF_ITEM, movedTo } from '../core/key-handoff';

/** Changes come in bursts (a save, then its confirmation): sync once they pause. */
const SETTLE_MS = 2_000;
/** A write of the other computer's that stays incomplete this long was cut short or overwritten. */
const INCOMPLETE_PATIENCE_MS = 60_000;

const serial = createSerialQueue();
let timer: ReturnType<typeof setTimeout> | null = null;
/**
 * When this background pushed lately. In memory: a new background starts with the whole burst.
 * Chrome stops a worker only after 30 s without events, so even a user who changes something
 * after each such pause gets at most one burst per 38 s (pauses, settles, pushes): under half the
 * browser's hourly budget.
 */
let pushes: number[] = [];
let incomplete: { manifest: string; since: number } | null = null;

export function scheduleSync(delay = SETTLE_MS): void {
  if (timer !== null) clearTimeout(timer);
  timer = setTimeout(() => {
    timer = null;
    void syncNow(Date.now()).catch((error: unknown) => log.warn(`sync failed: ${String(error)}`));
  }, delay);
}

/**
 * Wires the triggers; called once at the background's top level. The sync engine delivering the
 * other computer's items is a storage change, which wakes a stopped worker.
 */
export function startSync(): void {
  onRekey(resealSync);
  startHandoff();
  onVaultEvent((event) => {
    if (event === 'written' || event === 'loaded' || event === 'rekeyed') scheduleSync();
  });
  onSyncAreaChanged((keys) => {
    if (!keys.some((key) => isSyncItem(key) || key === HANDOFF_ITEM)) return;
    scheduleSync();
  });
}

/**
 * A master password change here (run inside it, under both keys): this computer's state moves to
 * the new key, and a synced copy still under the old one is marked as this vault's, so the next
 * sync re-keys it rather than refuse it as another master password's. What that copy held is
 * carried over (sealed under the new key) for the next sync to merge: nothing another computer
 * wrote is lost. The other computers then refuse the re-keyed copy until their next unlock.
 */
async function resealSync(oldKey: CryptoKey, newKey: CryptoKey, change: Rekey): Promise<Record<string, unknown>> {
  const items = await readSyncArea();
  const header = readSyncedHeader(items);
  const ours = header.ok && (await keyOpensHeader(oldKey, header.value));
  const opened = ours ? await unpackItems(oldKey, items, 0) : null;
  // The other computers follow the change only with the old key, sealed under the new one.
  const handoff = ours || (await readSettings()).sync ? await handoffFor(oldKey, newKey, change) : null;
  return resealedLocal(oldKey, newKey, header.ok && ours ? { header: header.value, state: opened?.ok ? opened.value.state : null } : null, handoff);
}

const report = (kind: SyncStatus['kind'], at: number, extra: Partial<SyncStatus> = {}) => writeStatus({ kind, at, ...extra });
const sameState = (a: SyncState, b: SyncState) => canonicalJson([...a].sort(([x], [y]) => (x < y ? -1 : 1))) === canonicalJson([...b].sort(([x], [y]) => (x < y ? -1 : 1)));

export function syncNow(now: number): Promise<void> {
  return serial('sync', async () => {
    if (!(await readSettings()).sync) return;
    // A background the delivery started again has the key but no entries loaded: read them.
    const vault = await loadQuietly(now);
    const header = parseHeader(await readHeader());
    if (!vault || !header.ok) return;
    // A master password change here during this run re-keys the vault object (vault.key) and
    // writes this computer's sync state afresh: what this run read is then stale and is not written.
    const key = vault.key;
    const rekeyedMeanwhile = () => vault.key !== key;
    const local = await readLocal(key);
    const items = await readSyncArea();
    const opened = await unpackItems(key, items, local.lastGen);
    let remote: Unpacked | null = null;
    // The synced copy is this vault's from before its master password changed here: re-key it,
    // with what it held then.
    const syncedHeader = readSyncedHeader(items);
    const rekeying = !opened.ok && opened.error.code === 'other-key' && syncedHeader.ok && local.rekeyedFrom === headerPrint(syncedHeader.value);
    if (rekeying) {
      remote = local.carried ? { state: new Map(local.carried), gen: local.lastGen, writer: local.replica } : null;
    } else if (opened.ok) {
      remote = opened.value;
      incomplete = null;
    } else if (opened.error.code === 'incomplete') {
      const manifest = JSON.stringify(items[MANIFEST_ITEM]);
      if (incomplete?.manifest !== manifest) incomplete = { manifest, since: now };
      if (now - incomplete.since < INCOMPLETE_PATIENCE_MS) {
        await report('waiting', now);
        return scheduleSync(INCOMPLETE_PATIENCE_MS);
      }
      // Given up waiting: this computer's state replaces the broken write; the computer that
      // made it still holds its changes and writes them again once it sees this one.
    } else if (opened.error.code === 'other-key' && syncedHeader.ok && (await movedTo(key, items[HANDOFF_ITEM], syncedHeader.value)).ok) {
      // The master password was changed on another computer (proven under this vault's key): the
      // synced copy is this vault's, under a key this computer gets at its next unlock. Paused till then.
      return report('changed-elsewhere', now);
    } else if (opened.error.code !== 'absent') {
      const { code } = opened.error;
      return report(code, now, code === 'tampered' ? { item: opened.error.item } : {});
    }

    const unreadable = new Set(vault.unreadable.map(({ id }) => id));
    const merged = await mergeIntoVault(now, local.state, local.replica, unreadable, remote?.state ?? null);
    const { state } = pruneTombstones(merged, now);
    const lastGen = Math.max(local.lastGen, remote?.gen ?? 0);
    if (rekeyedMeanwhile()) return scheduleSync(0);
    await writeLocal(key, local.replica, lastGen, state, { rekeyedFrom: rekeying ? local.rekeyedFrom : undefined, handoff: local.handoff });
    if (remote && !rekeying && syncedHasAll(state, remote.state)) {
      const last = await readStatus();
      return report('ok', now, { bytes: last?.bytes ?? 0, quota: QUOTA_BYTES, ...(last?.history ? { history: last.history } : {}) });
    }
    const wait = pushWait(pushes, now);
    if (wait > 0) return scheduleSync(wait);

    // The handoff of the last master password change goes with every write: a computer that was
    // away still finds it, whoever wrote last.
    const handoff = local.handoff ? { [HANDOFF_ITEM]: local.handoff } : {};
    const packed = await packState(key, header.value, state, lastGen + 1, local.replica, local.handoff ? itemBytes(HANDOFF_ITEM, local.handoff) : 0);
    const { bytes } = packed;
    const tooLarge = { bytes, quota: QUOTA_BYTES, kept: remote !== null };
    if (!packed.fits) return report('too-large', now, tooLarge);
    if (rekeyedMeanwhile()) return scheduleSync(0);
    pushes = afterPush(pushes, now);
    try {
      await writeSyncArea({ ...packed.items, ...handoff });
    } catch (error) {
      // The browser's own quota check (what other extensions' data or a different count leaves).
      if (/quota/i.test(String(error))) return report('too-large', now, tooLarge);
      throw error;
    }
    await removeSyncItems(Object.keys(items).filter((key) => isSyncItem(key) && !(key in packed.items)));
    if (rekeyedMeanwhile()) return scheduleSync(0);
    await writeLocal(key, local.replica, lastGen + 1, state, { handoff: local.handoff });
    await report('ok', now, { bytes, quota: QUOTA_BYTES, ...(packed.history ? { history: packed.history } : {}) });
  });
}

/**
 * Whether the synced copy holds everything this state would write: the whole state, or the state
 * with history left out as a pack over the quota leaves it (a copy written that way is not
 * written again and again for lacking what it leaves out).
 */
function syncedHasAll(state: SyncState, synced: SyncState): boolean {
  if (sameState(state, synced)) return true;
  return HISTORY_STEPS.some((keep) => sameState(trimHistory(state, keep).state, synced));
}

/**
 * Records this computer's changes, merges the synced state in and writes what changed: one change
 * in the write queue, quiet (another computer's changes are not the user's activity here).
 */
function mergeIntoVault(now: number, known: SyncState, replica: string, unreadable: ReadonlySet<string>, remote: SyncState | null): Promise<SyncState> {
  return changeEntries(now, (current) => {
    let state: SyncState = recordLocal(known, replica, current, unreadable, now).state;
    if (remote) state = mergeStates(state, remote);
    // A synced entry with fewer history items than held here takes none away (held-history.ts).
    return { ...vaultWrites(current, state, unreadable), result: state };
  }, { quiet: true });
}

export async function syncState(): Promise<{ on: boolean; status: SyncStatus | null }> {
  return { on: (await readSettings()).sync, status: await readStatus() };
}

/** Turning sync off here stops this computer syncing; `removeCopy` also deletes the synced copy (every computer's). */
export async function turnSync(on: boolean, removeCopy: boolean): Promise<{ on: boolean; status: SyncStatus | null }> {
  await writeSettings({ sync: on });
  if (!on && removeCopy) await removeSyncItems(Object.keys(await readSyncArea()).filter((key) => isSyncItem(key) || key === HANDOFF_ITEM));
  if (on) scheduleSync(0);
  return syncState();
}
