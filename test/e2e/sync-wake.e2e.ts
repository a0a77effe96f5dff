// A computer whose background is asleep when the sync engine delivers the other computer's write
// still merges it: the delivery is a storage change, and a stopped background must wake for it
// (sync/background/sync.ts). Watched only through stored facts (the vault as stored, the sync
// status), never through a message, which would wake the background itself.
import { describe, expect, it } from 'vitest';
import { sendFrom } from './harness/browser';
import { readLocal } from './harness/extension-storage';
import { BROWSERS, useTwoProfiles } from './harness/suite';
import { deliver, readSyncArea } from './harness/sync-area';
import { until } from './harness/until';
import { vaultEntries } from './harness/vault-entries';

const MASTER = 'one master passphrase on both computers';
const UNLOCK_MS = 30_000; // Argon2id on a loaded machine
const SYNC_MS = 20_000;
const site = { origins: ['https://www.aliexpress.com'], match: 'site' as const };

describe.each(BROWSERS)('sync to a stopped background in %s', (name) => {
  const two = useTwoProfiles(name);

  it('a delivery while B\'s background is stopped is merged without B being used', async () => {
    const pageA = await two.a.openExtensionPage('src/pages/popup/index.html');
    expect(await sendFrom(pageA, 'vault/create', { password: MASTER })).toMatchObject({ ok: true });
    await sendFrom(pageA, 'entries/save', { site, username: 'ann@example.test', password: 'Kq7vRt2mXa-first', notes: '' });
    expect(await sendFrom(pageA, 'sync/turn', { on: true, removeCopy: false })).toMatchObject({ ok: true });
    await until(() => readSyncArea(pageA), (items) => 's:m' in items, 'the first sync from A', SYNC_MS);
    const pageB = await two.b.openExtensionPage('src/pages/popup/index.html');
    await deliver(pageA, pageB);
    expect(await sendFrom(pageB, 'sync/adopt', { password: MASTER })).toMatchObject({ ok: true });
    await until(() => vaultEntries(pageB, MASTER), (es) => es.length === 1, "A's entry on B", UNLOCK_MS);

    // A's next change, pushed by a fresh background (with the whole push budget).
    const gen = async () => ((await readSyncArea(pageA))['s:m'] as { g?: number } | undefined)?.g ?? 0;
    const genA = await gen();
    await two.a.stopWorker();
    await sendFrom(pageA, 'entries/save', { site, username: 'dan@example.test', password: 'Dan-added-on-A-7q', notes: '' });
    await until(gen, (g) => g > genA, "A's write of the new entry", 60_000);

    // B asleep, then the engine delivers: B merges it without anyone using B.
    const statusB = async () => ((await readLocal(pageB))['sync:status'] as { at?: number } | undefined)?.at ?? 0;
    const before = await statusB();
    expect(await two.b.stopWorker()).toBe(true);
    await deliver(pageA, pageB);
    await until(() => vaultEntries(pageB, MASTER), (es) => es.some((e) => e.password === 'Dan-added-on-A-7q'), 'the merge on B, asleep at delivery', SYNC_MS * 2);
    // The status follows the entries' write (the run reports once it has written them).
    await until(statusB, (at) => at > before, "B's sync status after the merge", SYNC_MS);
  });
});
