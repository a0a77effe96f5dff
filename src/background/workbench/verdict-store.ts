// Runs in: background. zxcvbn-ts verdicts between unlocks (core/health/verdicts.ts): one sealed
// record under `vault:strength`, opened with the unlocked key. A record that does not open (a
// master password change re-keyed the vault, or it was tampered with) is no verdicts: the
// passwords are scored again, nothing else is lost. Written outside the vault's write queue: it
// is derived data, and a lost write only costs scoring time.
import { openRecord, sealRecord } from '../../core/crypto/record';
import { fromStored, StoredVerdicts, toStored, VERDICTS_VERSION } from '../../core/health/verdicts';
import { readKey, writeTogether } from '../../platform/local-records';
import { log } from '../../platform/log';

const STORAGE_KEY = 'vault:strength';
const RECORD_ID = 'health:strength';

export async function loadVerdicts(key: CryptoKey, passwords: Iterable<string>): Promise<[string, boolean][]> {
  const raw = await readKey(STORAGE_KEY);
  if (raw === undefined) return [];
  const opened = await openRecord(key, raw, RECORD_ID);
  if (!opened.ok || opened.value.v !== VERDICTS_VERSION) return [];
  let json: unknown;
  try {
    json = JSON.parse(opened.value.plaintext);
  } catch {
    return [];
  }
  const stored = StoredVerdicts.safeParse(json);
  return stored.success ? fromStored(stored.data, passwords) : [];
}

export async function saveVerdicts(key: CryptoKey, verdicts: Iterable<readonly [string, boolean]>): Promise<void> {
  try {
    const sealed = await sealRecord(key, RECORD_ID, VERDICTS_VERSION, JSON.stringify(toStored(verdicts)));
    await writeTogether({ [STORAGE_KEY]: sealed });
  } catch (error) {
    log.warn(`password strength verdicts not stored: ${error instanceof Error ? error.message : String(error)}`);
  }
}
