// Runs in: background. Entries at rest: one sealed record per entry under `vault:e:<id>`, so
// saving one change writes one record, and a bulk change (import, master password change) is one
// atomic write of all of them. Unreadable records are reported and left as they are.
import * as z from 'zod/mini';
import { openRecord, sealRecord } from '../../core/crypto/record';
import { ENTRY_VERSION, Entry } from '../../core/vault/entry';
import { migrate } from '../../core/vault/migrations';
import { readPrefixed } from '../../platform/local-records';

export const RECORD_PREFIX = 'vault:e:';
export const recordKey = (id: string) => `${RECORD_PREFIX}${id}`;

export const Unreadable = z.object({ id: z.string(), problem: z.enum(['tampered', 'malformed', 'invalid']) });
export type Unreadable = z.infer<typeof Unreadable>;

export async function openAll(key: CryptoKey): Promise<{ entries: Map<string, Entry>; unreadable: Unreadable[] }> {
  const stored = await readPrefixed(RECORD_PREFIX);
  const entries = new Map<string, Entry>();
  const unreadable: Unreadable[] = [];
  await Promise.all(
    Object.entries(stored).map(async ([storageKey, raw]) => {
      const id = storageKey.slice(RECORD_PREFIX.length);
      const opened = await openRecord(key, raw, id);
      if (!opened.ok) return void unreadable.push({ id, problem: opened.error });
      const entry = parseEntry(opened.value.plaintext, opened.value.v);
      if (!entry || entry.id !== id) return void unreadable.push({ id, problem: 'invalid' });
      entries.set(id, entry);
    }),
  );
  return { entries, unreadable };
}

function parseEntry(plaintext: string, version: number): Entry | null {
  let json: unknown;
  try {
    json = JSON.parse(plaintext);
  } catch {
    return null;
  }
  if (version === ENTRY_VERSION) {
    const parsed = Entry.safeParse(json);
    return parsed.success ? parsed.data : null;
  }
  const migrated = migrate(json, version);
  return migrated.ok ? migrated.value : null;
}

export async function sealEntry(key: CryptoKey, entry: Entry): Promise<[string, unknown]> {
  // Parse before sealing: nothing is stored that could not be read back.
  const valid = Entry.parse(entry);
  return [recordKey(valid.id), await sealRecord(key, valid.id, ENTRY_VERSION, JSON.stringify(valid))];
}
