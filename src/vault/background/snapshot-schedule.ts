// Runs in: background. When the snapshot (snapshot.ts) is sealed: writes often come several at
// once (Keep saving a login and then its confirmation, bulk edits and their undo, a user saving
// twice), so it is sealed once they pause, and in the write queue, so it is never of a
// half-applied write.
import type { Loaded } from './decrypted-cache';
import { writeSnapshot } from './snapshot';
import { writeQueue } from './write-queue';

const SNAPSHOT_DELAY_MS = 1_000;
let snapshotTimer: ReturnType<typeof setTimeout> | null = null;

/** Seals `current()` as it is when the writes pause; nothing when the vault went meanwhile. */
export function snapshotSoon(current: () => Loaded | null): void {
  if (snapshotTimer !== null) clearTimeout(snapshotTimer);
  snapshotTimer = setTimeout(() => {
    snapshotTimer = null;
    void writeQueue(async () => {
      const loaded = current();
      if (loaded) await writeSnapshot(loaded.key, loaded.entries, loaded.unreadable);
    });
  }, SNAPSHOT_DELAY_MS);
}
