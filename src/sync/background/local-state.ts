// Runs in: background. What this computer knows of the synced vault (sync/core/replica-state.ts),
// kept in storage.local between workers: its computer id, the newest generation it applied or
// wrote (an older one arriving is a replay), and the state itself, sealed under the vault key
// since it holds entries. Plus the last sync's status for the settings page (no secret in it).
import * as z from 'zod/mini';
import { openRecord, SealedRecord, sealRecord } from '../../vault/core/crypto/record';
import { randomBytes, toBase64 } from '../../vault/core/crypto/bytes';
import { readKey, writeTogether } from '../../shared/platform/local-records';
import { RAW_KEYS } from '../../shared/storage/items';
import { ReplicaId, type SyncState, type Version } from '../core/replica-state';
import { stateFromWire, stateToWire, WIRE_FORMAT } from '../core/wire';
import { SyncStatus } from '../core/status';

const LOCAL_KEY = RAW_KEYS.local.syncLocal;
const STATUS_KEY = RAW_KEYS.local.syncStatus;
const STATE_RECORD_ID = 'latchkey:sync-state';
const REPLICA_ID_BYTES = 9;

const Stored = z.object({ replica: ReplicaId, lastGen: z.int().check(z.nonnegative()), state: SealedRecord });

export interface LocalSync {
  replica: string;
  lastGen: number;
  state: ReadonlyMap<string, readonly Version[]>;
}

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
    const opened = await openRecord(key, stored.data.state, STATE_RECORD_ID);
    const state = opened.ok ? stateFromWire(parseJson(opened.value.plaintext)) : null;
    if (state?.ok) return { replica: stored.data.replica, lastGen: stored.data.lastGen, state: state.value };
  }
  return { replica: newReplicaId(), lastGen: stored.success ? stored.data.lastGen : 0, state: new Map() };
}

export async function writeLocal(key: CryptoKey, replica: string, lastGen: number, state: SyncState): Promise<void> {
  const sealed = await sealRecord(key, STATE_RECORD_ID, WIRE_FORMAT, JSON.stringify(stateToWire(state)));
  await writeTogether({ [LOCAL_KEY]: { replica, lastGen, state: sealed } });
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
