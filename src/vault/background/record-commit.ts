// Runs in: background. The commit point of every write of records.
import { removeKeys, writeTogether } from '../../shared/platform/local-records';
import { currentLoaded } from './decrypted-cache';
import { tombstonesIn } from './records';
import { forgetSnapshot } from './snapshot';
import { snapshotSoon } from './snapshot-schedule';

/**
 * Every write of records goes through here, inside the write queue, as `values` from
 * records.ts's recordWrites (deletions as tombstones). The snapshot goes first, so a worker stopped
 * between the write and the next snapshot leaves none, never one older than the records; then the
 * one `set` that is the whole change; then the tombstones it wrote are removed.
 */
export async function commitRecords(values: Record<string, unknown>): Promise<void> {
  await forgetSnapshot();
  await writeTogether(values);
  await removeKeys(tombstonesIn(values));
  snapshotSoon(currentLoaded);
}
