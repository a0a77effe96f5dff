// Runs in: background. The unlocked vault's entries sealed as one value in storage.session, so a
// restarted service worker (Chrome stops it after 30 s without events, so most popup opens start
// one) reads one value and decrypts it once instead of reading and decrypting every record, which
// for a large vault is most of a cold open (popup.coldRatio in `npm run bench`).
// It is derived data and never the source of truth. It lives as long as the unlocked key beside
// it (gone on a lock or a browser restart); an unlock reads every record again, so a damaged record
// is always found there; every write of records removes it first, so a worker that dies before
// the next snapshot leaves none rather than a stale one; and anything that does not open, parse
// and match is ignored, and the records are read as before.
import * as z from 'zod/mini';
import { openRecord, sealRecord } from '../core/crypto/record';
import { Entry } from '../core/entry';
import { log } from '../../shared/platform/log';
import { readSession, removeSession, writeSession } from '../../shared/platform/session-values';
import { RAW_KEYS } from '../../shared/storage/items';
import { Unreadable } from './records';

const SNAPSHOT_KEY = RAW_KEYS.session.vaultSnapshot;
// The record id and version its seal binds (vault/core/crypto/record.ts): a sealed entry record copied
// here does not open as a snapshot, nor a snapshot of another format.
const SNAPSHOT_ID = 'snapshot';
const SNAPSHOT_VERSION = 1;
// storage.session holds 10 MB in Chrome, shared with the tab, Keep and guide state: a vault whose
// snapshot would take more than half of it is read from its records instead.
export const MAX_SNAPSHOT_CHARS = 5 * 1024 * 1024;

const Contents = z.object({ entries: z.array(Entry), unreadable: z.array(Unreadable) });

export interface Restored {
  entries: Map<string, Entry>;
  unreadable: Unreadable[];
}

/** The entries as last snapshotted under `key`, or null (none, or not one this key opens). */
export async function readSnapshot(key: CryptoKey): Promise<Restored | null> {
  const raw = await readSession(SNAPSHOT_KEY);
  if (raw === undefined) return null;
  const opened = await openRecord(key, raw, SNAPSHOT_ID);
  if (!opened.ok || opened.value.v !== SNAPSHOT_VERSION) return null;
  let json: unknown;
  try {
    json = JSON.parse(opened.value.plaintext);
  } catch {
    return null;
  }
  const parsed = Contents.safeParse(json);
  if (!parsed.success) return null;
  return { entries: new Map(parsed.data.entries.map((entry) => [entry.id, entry])), unreadable: parsed.data.unreadable };
}

/** Seals the entries as they are now; a vault too large for it, or a full storage, keeps none. */
export async function writeSnapshot(key: CryptoKey, entries: ReadonlyMap<string, Entry>, unreadable: readonly Unreadable[]): Promise<void> {
  const plaintext = JSON.stringify({ entries: [...entries.values()], unreadable });
  if (plaintext.length > MAX_SNAPSHOT_CHARS) return forgetSnapshot();
  try {
    await writeSession({ [SNAPSHOT_KEY]: await sealRecord(key, SNAPSHOT_ID, SNAPSHOT_VERSION, plaintext) });
  } catch (error) {
    log.warn('vault snapshot not kept:', error instanceof Error ? error.message : String(error));
    await forgetSnapshot();
  }
}

export async function forgetSnapshot(): Promise<void> {
  await removeSession([SNAPSHOT_KEY]);
}
