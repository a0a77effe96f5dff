// Runs in: background. What this computer knows of the synced vault (sync/core/replica-state.ts),
// kept in storage.local between workers: its computer id, the newest generation it applied or
// wrote (an older one arriving is a replay), and the state itself, sealed under the vault key
// since it holds entries. Plus the last sync's status for the settings page (no secret in it).
// A master password change here re-seals it under the new key (resealedLocal), notes which synced
// header was this vault's before (the synced copy is then this computer's to re-key, not another
// vault's), carries over what the synced copy held that this computer had not merged yet, and
// keeps the handoff (sync/core/key-handoff.ts) the other computers need to follow the change.
import * as z from 'zod/mini';
import { openRecord, SealedRecord, sealRecord } from '../../vault/core/crypto/record';
import { randomBytes, toBase64 } from '../../vault/core/crypto/bytes';
import { readKey, writeTogether } from '../../shared/platform/local-records';
import { RAW_KEYS } from '../../shared/storage/items';
import type { VaultHeader } from '../../vault/core/crypto/header';
import { ReplicaId, type SyncState, type Version } from '../core/replica-state';
import { stateFromWire, stateToWire, WIRE_FORMAT } from '../core/wire';
import { SyncStatus } from '../core/status';
import { KeyHandoff } from '../core/key-handoff';

const LOCAL_KEY = RAW_KEYS.local.syncLocal;
const STATUS_KEY = RAW_KEYS.local.syncStatus;
const STATE_RECORD_ID = 'latchkey:sync-state';
const REPLICA_ID_BYTES = 9;

const CARRIED_RECORD_ID = 'latchkey:sync-carried';

const Stored = z.object({
  replica: ReplicaId,
  lastGen: z.int().check(z.nonnegative()),
  state: SealedRecord,
  /** The synced header this vault had before its master password changed here (headerPrint). */
  rekeyedFrom: z.optional(z.string()),
  /** The synced state as it was then, opened under the old key, not merged yet. */
  carried: z.optional(SealedRecord),
  /** The master password handoff of the last change (sealed: key-handoff.ts), written with every push. */
  handoff: z.optional(KeyHandoff),
});

export interface LocalSync {
  replica: string;
  lastGen: number;
  state: ReadonlyMap<string, readonly Version[]>;
  rekeyedFrom?: string;
  carried?: ReadonlyMap<string, readonly Version[]>;
  handoff?: KeyHandoff;
}

/** What a write of the local state keeps besides the state itself. */
export interface LocalExtras {
  /** Kept until this computer has written the synced copy under its new key. */
  rekeyedFrom?: string | undefined;
  handoff?: KeyHandoff | undefined;
}

/** What tells one vault header from another: its key check, sealed under its own key. */
export const headerPrint = (header: VaultHeader): string => JSON.stringify(header.keyCheck);

// base64url without padding: 12 characters, as ReplicaId allows.
const newReplicaId = () => toBase64(randomBytes(REPLICA_ID_BYTES)).replaceAll('+', '-').replaceAll('/', '_');

/**
 * This computer's sync state. A state that does not open under `key` (the master password was
 * changed here, or it was damaged) is started afresh under a new computer id: versions written
 * under the old id with higher counts would otherwise make the new ones look older and lose.
 */
export async function readLocal(key: CryptoKey): Promise<LocalSync> {
  const stored = Stored.safeParse(await readKey(LOCAL_KEY));
  if (stored.success) {
    const { replica, lastGen, rekeyedFrom, carried, handoff } = stored.data;
    const state = await openState(key, stored.data.state, STATE_RECORD_ID);
    if (state) {
      const carriedState = carried ? await openState(key, carried, CARRIED_RECORD_ID) : null;
      return { replica, lastGen, state, ...(rekeyedFrom === undefined ? {} : { rekeyedFrom }), ...(carriedState ? { carried: carriedState } : {}), ...(handoff ? { handoff } : {}) };
    }
  }
  return { replica: newReplicaId(), lastGen: stored.success ? stored.data.lastGen : 0, state: new Map() };
}

async function openState(key: CryptoKey, sealed: SealedRecord, id: string): Promise<Map<string, readonly Version[]> | null> {
  const opened = await openRecord(key, sealed, id);
  const state = opened.ok ? stateFromWire(parseJson(opened.value.plaintext)) : null;
  return state?.ok ? state.value : null;
}

const sealState = (key: CryptoKey, id: string, state: SyncState) => sealRecord(key, id, WIRE_FORMAT, JSON.stringify(stateToWire(state)));

export async function writeLocal(key: CryptoKey, replica: string, lastGen: number, state: SyncState, { rekeyedFrom, handoff }: LocalExtras = {}): Promise<void> {
  const sealed = await sealState(key, STATE_RECORD_ID, state);
  await writeTogether({ [LOCAL_KEY]: { replica, lastGen, state: sealed, ...(rekeyedFrom === undefined ? {} : { rekeyedFrom }), ...(handoff ? { handoff } : {}) } });
}

/**
 * This computer's sync state re-sealed under `newKey`, to be written with the re-keyed vault. The
 * same computer id and state: a fresh start would make every entry a new version, concurrent with
 * the other computers' own. `synced`: the synced copy, if it is still under `oldKey`.
 */
export async function resealedLocal(oldKey: CryptoKey, newKey: CryptoKey, synced: { header: VaultHeader; state: SyncState | null } | null, handoff: KeyHandoff | null): Promise<Record<string, unknown>> {
  const stored = Stored.safeParse(await readKey(LOCAL_KEY));
  if (!stored.success) return {};
  const local = await readLocal(oldKey);
  return {
    [LOCAL_KEY]: {
      replica: local.replica,
      lastGen: local.lastGen,
      state: await sealState(newKey, STATE_RECORD_ID, local.state),
      ...(synced ? { rekeyedFrom: headerPrint(synced.header) } : {}),
      ...(synced?.state ? { carried: await sealState(newKey, CARRIED_RECORD_ID, synced.state) } : {}),
      ...(handoff ? { handoff } : {}),
    },
  };
}

export async function readStatus(): Promise<SyncStatus | null> {
  const parsed = SyncStatus.safeParse(await readKey(STATUS_KEY));
  return parsed.success ? parsed.data : null;
}

export const writeStatus = (status: SyncStatus): Promise<void> => writeTogether({ [STATUS_KEY]: SyncStatus.parse(status) });

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
