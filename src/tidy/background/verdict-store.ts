// Runs in: background. Password verdicts between unlocks (tidy/core/health/verdicts.ts): one sealed
// record under `vault:strength`, opened with the unlocked key (sealed-json.ts). A record that does
// not open is no verdicts: the passwords are checked again.
import type { Verdict } from '../core/health/strength-cache';
import { fromStored, StoredVerdicts, toStored, VERDICTS_VERSION } from '../core/health/verdicts';
import { loadSealed, saveSealed, type SealedJson } from './sealed-json';

const SPEC: SealedJson<StoredVerdicts> = { storageKey: 'vault:strength', recordId: 'health:strength', version: VERDICTS_VERSION, schema: StoredVerdicts };

export async function loadVerdicts(key: CryptoKey, passwords: Iterable<string>): Promise<[string, Verdict][]> {
  const stored = await loadSealed(key, SPEC);
  return stored ? fromStored(stored, passwords) : [];
}

export async function saveVerdicts(key: CryptoKey, verdicts: Iterable<readonly [string, Verdict]>): Promise<void> {
  await saveSealed(key, SPEC, toStored(verdicts));
}
