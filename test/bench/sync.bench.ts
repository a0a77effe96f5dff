// What the synced vault costs in Chrome's storage.sync (102,400 bytes): bytes per typical entry
// (typical-entries.ts) at 1,000 entries, every item counted as the browser counts it (key and
// JSON value), header and manifest included; and how many such entries fit in all.
import { expect, it } from 'vitest';
import { createHeader } from '../../src/vault/core/crypto/header';
import { newKdfParams } from '../../src/vault/core/crypto/kdf-params';
import { recordLocal } from '../../src/sync/core/merge';
import { packState } from '../../src/sync/core/pack';
import { record } from './record';
import { TYPICAL_HISTORY, typicalEntries } from './typical-entries';

const GOAL_ENTRIES = 1_000;
const NOTE = `site, username, 16–20 char password, ${TYPICAL_HISTORY} history items; columns, deflate-raw, AES-GCM, 6.5 bits a byte`;

it('measures the synced size of typical entries', async () => {
  const { header, key } = await createHeader('a sturdy master passphrase', newKdfParams('pbkdf2-sha256'), 0);
  const all = typicalEntries(4 * GOAL_ENTRIES);
  const packedFor = async (count: number) => {
    const state = recordLocal(new Map(), 'A1b2C3d4', new Map(all.slice(0, count).map((e) => [e.id, e])), new Set(), 0).state;
    return packState(key, header, state, 1, 'A1b2C3d4');
  };
  const atGoal = await packedFor(GOAL_ENTRIES);
  record('sync.bytesPerEntry', { value: Math.round(atGoal.bytes / GOAL_ENTRIES), unit: 'bytes', target: Math.floor(102_400 / GOAL_ENTRIES), note: NOTE });
  let low = 0;
  let high = all.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if ((await packedFor(mid)).fits) low = mid;
    else high = mid - 1;
  }
  record('sync.maxEntries', { value: low, unit: 'entries', target: GOAL_ENTRIES, lowerIsBetter: false, note: NOTE });
  expect(low).toBeGreaterThan(0);
});
