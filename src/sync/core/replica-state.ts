// Runs anywhere. What one computer knows of the synced vault: for every entry id, the versions no
// other version it has seen supersedes. Each version carries a version clock (how many changes each
// computer had made to the entry when it was written), so "written after seeing that one" is told
// from "written at the same time elsewhere", which wall clocks on two computers cannot tell.
// A deletion is a version too (a tombstone, `entry: null`), so a deletion travels like an edit and
// an absent id never means "deleted".
import * as z from 'zod/mini';
import { Entry } from '../../vault/core/entry';

/** A computer's id in the synced data: random, short (it is repeated in every clock). */
export const ReplicaId = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,16}$/));
export type ReplicaId = z.infer<typeof ReplicaId>;

export const Clock = z.record(ReplicaId, z.int().check(z.positive()));
export type Clock = z.infer<typeof Clock>;

export const Version = z.object({
  clock: Clock,
  /** The computer that wrote this version: breaks ties between equal timestamps. */
  by: ReplicaId,
  /** For a tombstone, when the entry was deleted (epoch ms); for an edit, its entry's `updated`. */
  at: z.int().check(z.nonnegative()),
  /** The entry as written, or null: deleted. */
  entry: z.nullable(Entry),
});
export type Version = z.infer<typeof Version>;

/** Entry id -> its current versions (one, or several written concurrently), in canonical order. */
export type SyncState = ReadonlyMap<string, readonly Version[]>;

/** The clock as a string that is the same for equal clocks: sorts and compares versions. */
export const clockKey = (clock: Clock): string =>
  Object.keys(clock)
    .sort()
    .map((id) => `${id}:${clock[id]}`)
    .join(',');

/** JSON with object keys sorted: equal for equal values whatever order their keys were set in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}
