// Runs in: background. Derived health data kept between unlocks, sealed under the vault key as one
// record (vault/core/crypto/record.ts): the strength verdicts and the online check's results. A record
// that does not open (a master password change re-keyed the vault, an older version, tampering) is
// no data: it is worked out again, nothing else is lost. Written outside the vault's write queue:
// it is derived data, and a lost write only costs checking time.
import type * as z from 'zod/mini';
import { openRecord, sealRecord } from '../../vault/core/crypto/record';
import { readKey, writeTogether } from '../../shared/platform/local-records';
import { log } from '../../shared/platform/log';

export interface SealedJson<T> {
  /** The storage.local key, and the record id the seal binds it to. */
  storageKey: string;
  recordId: string;
  version: number;
  schema: z.ZodMiniType<T>;
}

export async function loadSealed<T>(key: CryptoKey, spec: SealedJson<T>): Promise<T | null> {
  const raw = await readKey(spec.storageKey);
  if (raw === undefined) return null;
  const opened = await openRecord(key, raw, spec.recordId);
  if (!opened.ok || opened.value.v !== spec.version) return null;
  let json: unknown;
  try {
    json = JSON.parse(opened.value.plaintext);
  } catch {
    return null;
  }
  const parsed = spec.schema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

export async function saveSealed<T>(key: CryptoKey, spec: SealedJson<T>, value: T): Promise<void> {
  try {
    const sealed = await sealRecord(key, spec.recordId, spec.version, JSON.stringify(value));
    await writeTogether({ [spec.storageKey]: sealed });
  } catch (error) {
    log.warn(`${spec.recordId} not stored: ${error instanceof Error ? error.message : String(error)}`);
  }
}
