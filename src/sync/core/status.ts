// Runs anywhere. What the last sync did, for the settings page: never a password, never an entry.
import * as z from 'zod/mini';

export const SyncStatusKind = z.enum([
  // Written or read, the synced copy and this vault agree.
  'ok',
  // Part of the other computer's write has not arrived yet; nothing applied meanwhile.
  'waiting',
  // Refused, nothing applied: an item altered, an older write replayed, another master password's
  // vault, a synced header below the KDF floors.
  'tampered',
  'replayed',
  'other-key',
  'header',
  // The master password was changed on another computer: paused until the next unlock here, which
  // takes the new one (sync/core/key-handoff.ts).
  'changed-elsewhere',
  // The vault does not fit the browser's sync quota: nothing written, the synced copy is as before.
  'too-large',
]);
export type SyncStatusKind = z.infer<typeof SyncStatusKind>;

export const SyncStatus = z.object({
  kind: SyncStatusKind,
  at: z.int().check(z.nonnegative()),
  /** The storage item refused ('tampered'). */
  item: z.optional(z.string().check(z.maxLength(64))),
  /** What the synced copy takes (or would take: 'too-large'), and the quota. */
  bytes: z.optional(z.int().check(z.nonnegative())),
  quota: z.optional(z.int().check(z.nonnegative())),
  /**
   * 'too-large': whether the sync area still holds an earlier complete copy of this vault (the
   * other computers keep it), or none was ever written (they get nothing at all).
   */
  kept: z.optional(z.boolean()),
  /**
   * 'ok' over the quota with the oldest history left out (sync/core/trim.ts): the other computers
   * get at most `keep` history items per entry, and `left` items stay on this computer.
   */
  history: z.optional(z.object({ keep: z.int().check(z.positive()), left: z.int().check(z.positive()) })),
});
export type SyncStatus = z.infer<typeof SyncStatus>;
