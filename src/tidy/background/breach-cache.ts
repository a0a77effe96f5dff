// Runs in: background. What the online exposed-password check found (tidy/core/health/breach.ts), per
// unlock: times seen per password (0: checked, not seen), in memory while the vault is unlocked
// (it hangs off the unlocked vault object and goes with it on lock) and sealed in storage by
// password fingerprint (`vault:breach`), so a new unlock does not ask the API again.
import { BREACHES_VERSION, StoredBreaches } from '../core/health/breach';
import { fingerprint } from '../core/health/verdicts';
import { removeKeys } from '../../shared/platform/local-records';
import type { Loaded } from '../../vault/background/decrypted-cache';
import { RAW_KEYS } from '../../shared/storage/items';
import { loadSealed, saveSealed, type SealedJson } from './sealed-json';
import { passwordsOf } from './vault-passwords';

const SPEC: SealedJson<StoredBreaches> = { storageKey: RAW_KEYS.local.breaches, recordId: 'health:breach', version: BREACHES_VERSION, schema: StoredBreaches };

export interface BreachCache {
  /** Times seen in breaches; undefined: not checked. */
  get(password: string): number | undefined;
  set(password: string, count: number): void;
  size(): number;
}

const caches = new WeakMap<Loaded, Map<string, number>>();

export async function breachesOf(vault: Loaded): Promise<BreachCache> {
  let found = caches.get(vault);
  if (!found) {
    const seeded = new Map<string, number>();
    const stored = await loadSealed(vault.key, SPEC).catch(() => null);
    if (stored) {
      for (const password of passwordsOf(vault)) {
        const count = stored.counts[fingerprint(password)];
        if (count !== undefined) seeded.set(password, count);
      }
    }
    found = caches.get(vault) ?? seeded;
    caches.set(vault, found);
  }
  const map = found;
  return { get: (password) => map.get(password), set: (password, count) => void map.set(password, count), size: () => map.size };
}

/** Seals what is known of the vault's current passwords (results for passwords gone are dropped). */
export async function storeBreaches(vault: Loaded): Promise<void> {
  const found = caches.get(vault);
  if (!found) return;
  const counts: Record<string, number> = {};
  for (const password of passwordsOf(vault)) {
    const count = found.get(password);
    if (count !== undefined) counts[fingerprint(password)] = count;
  }
  await saveSealed(vault.key, SPEC, { counts });
}

/** Turning the online check off forgets what it found, in memory and in storage. */
export async function forgetBreaches(vault: Loaded | null): Promise<void> {
  if (vault) caches.set(vault, new Map());
  await removeKeys([SPEC.storageKey]);
}
