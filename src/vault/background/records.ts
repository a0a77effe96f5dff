// Runs in: background. Entries at rest: one sealed record per entry under `vault:e:<id>`, so
// saving one change writes one record, and a bulk change (import, master password change) is one
// atomic write of all of them. Unreadable records are reported and left as they are.
//
// Deleting is a write too. A storage area has no call that writes some keys and removes others in
// one transaction (shared/platform/local-records.ts), and every stored record is read at unlock, so a
// worker stopped between the write of a change and the removal that followed would bring the
// removed entries back. So a deleted entry's record is overwritten with a tombstone in the same
// `set` as the rest of its change: that one call is the change, whole or not at all. The tombstones
// are removed right after, a removal that may be lost without harm (a tombstone reads as "no
// entry"); one a stopped worker left is removed when the records are next read. Chosen over a manifest of live ids written
// last: that list would be rewritten whole on every save (hundreds of kilobytes for a large vault)
// and readers would need two keys to agree; a tombstone costs one small key per deletion, for a
// moment. It is not sealed: whoever can write storage can remove a record just as well.
import * as z from 'zod/mini';
import { openRecord, sealRecord } from '../core/crypto/record';
import { ENTRY_VERSION, Entry } from '../core/entry';
import { migrate } from '../core/migrations';
import { readPrefixed } from '../../shared/platform/local-records';

export const RECORD_PREFIX = 'vault:e:';
export const recordKey = (id: string) => `${RECORD_PREFIX}${id}`;

export const Unreadable = z.object({ id: z.string(), problem: z.enum(['tampered', 'malformed', 'invalid']) });
export type Unreadable = z.infer<typeof Unreadable>;

const TOMBSTONE = { deleted: true } as const;
const Tombstone = z.object({ deleted: z.literal(true) });
const isTombstone = (raw: unknown) => Tombstone.safeParse(raw).success;

/**
 * The one `set` that writes `sealed` (storage key -> sealed record) and deletes `removed` (entry
 * ids): see above. A key both sealed and removed is written, not deleted.
 */
export function recordWrites(sealed: Readonly<Record<string, unknown>>, removed: readonly string[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const id of removed) values[recordKey(id)] = TOMBSTONE;
  return Object.assign(values, sealed);
}

/** The tombstones among `values` (as written by recordWrites): the keys to remove once it is stored. */
export const tombstonesIn = (values: Readonly<Record<string, unknown>>): string[] => Object.keys(values).filter((key) => isTombstone(values[key]));

export interface Opened {
  entries: Map<string, Entry>;
  unreadable: Unreadable[];
  /** Ids whose records are tombstones a stopped worker left, to remove. */
  tombstones: string[];
}

export async function openAll(key: CryptoKey): Promise<Opened> {
  const stored = await readPrefixed(RECORD_PREFIX);
  const entries = new Map<string, Entry>();
  const unreadable: Unreadable[] = [];
  const tombstones: string[] = [];
  await Promise.all(
    Object.entries(stored).map(async ([storageKey, raw]) => {
      const id = storageKey.slice(RECORD_PREFIX.length);
      if (isTombstone(raw)) return void tombstones.push(id);
      const opened = await openRecord(key, raw, id);
      if (!opened.ok) return void unreadable.push({ id, problem: opened.error });
      const entry = parseEntry(opened.value.plaintext, opened.value.v);
      if (!entry || entry.id !== id) return void unreadable.push({ id, problem: 'invalid' });
      entries.set(id, entry);
    }),
  );
  return { entries, unreadable, tombstones };
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
