// What the synced vault costs in Chrome's storage.sync (102,400 bytes), every item counted as the
// browser counts it (key and JSON value), header and manifest included, on typical entries
// (typical-entries.ts): how many entries fit with the whole history, and bytes per entry there; and how many fit as shipped, the pack leaving each entry's oldest
// history out once the whole does not fit (sync/core/trim.ts), and with how many kept.
import { expect, it } from 'vitest';
import { createHeader } from '../../src/vault/core/crypto/header';
import { newKdfParams } from '../../src/vault/core/crypto/kdf-params';
import { recordLocal } from '../../src/sync/core/merge';
import { packState } from '../../src/sync/core/pack';
import { record } from './record';
import { TYPICAL_HISTORY, typicalEntries } from './typical-entries';

const GOAL_ENTRIES = 1_000;
const NOTE = `site, username, 16–20 char password, ${TYPICAL_HISTORY} history items; columns, times in seconds, deflate-raw, AES-GCM, 6.5 bits a byte`;

it('measures the synced size of typical entries', async () => {
  const { header, key } = await createHeader('a sturdy master passphrase', newKdfParams('pbkdf2-sha256'), 0);
  const all = typicalEntries(4 * GOAL_ENTRIES);
  const packedFor = async (count: number) => {
    const state = recordLocal(new Map(), 'A1b2C3d4', new Map(all.slice(0, count).map((e) => [e.id, e])), new Set(), 0).state;
    return packState(key, header, state, 1, 'A1b2C3d4');
  };
  /** The most entries for which `fits` holds (it holds for fewer whenever it holds for more). */
  const most = async (fits: (packed: Awaited<ReturnType<typeof packedFor>>) => boolean) => {
    let low = 0;
    let high = all.length;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (fits(await packedFor(mid))) low = mid;
      else high = mid - 1;
    }
    return low;
  };
  const fullHistory = await most((packed) => packed.fits && packed.history === null);
  // Past that count the pack leaves history out: the whole history's cost is measured at it.
  const whole = await packedFor(fullHistory);
  record('sync.bytesPerEntry', { value: Math.round(whole.bytes / fullHistory), unit: 'bytes', target: Math.floor(102_400 / GOAL_ENTRIES), note: `whole history, at ${fullHistory} entries; ${NOTE}` });
  record('sync.maxEntriesFullHistory', { value: fullHistory, unit: 'entries', target: GOAL_ENTRIES, lowerIsBetter: false, note: `whole history; ${NOTE}` });
  const shipped = await most((packed) => packed.fits);
  const goal = await packedFor(GOAL_ENTRIES);
  record('sync.maxEntries', { value: shipped, unit: 'entries', target: GOAL_ENTRIES, lowerIsBetter: false, note: `oldest history left out over the quota (at 1,000: ${goal.history?.keep ?? 'all'} kept per entry, ${goal.bytes} bytes); ${NOTE}` });
  expect(shipped).toBeGreaterThanOrEqual(fullHistory);
});
