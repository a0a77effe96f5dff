// One queue for every write, through the real handlers and the real vault over storage in memory:
// a burst of a few hundred mixed writes sent at once (test/e2e/harness/mixed-writes.ts) leaves the
// vault and the settings exactly as the same writes sent one after another do.
import { describe, expect, it, vi } from 'vitest';
import { MASTER, normalized, prepareBurst, storedEntries, type Message } from '../../e2e/harness/mixed-writes';
import { contentOf, newStorage, startWorker, valueOf, type Storage, type Worker } from './worker';
vi.mock('hash-wasm', async (real) => (await import('../remembered-argon2')).remembering(await real()));

vi.stubGlobal('__TARGET__', 'chrome');

const SHOP = 'http://shop.test';
const TAB = 7;

async function prepared(): Promise<{ storage: Storage; worker: Worker; burst: Message[] }> {
  const storage = newStorage();
  const worker = await startWorker(storage);
  valueOf(await worker.send('content/hello', {}, contentOf(TAB, `${SHOP}/login.html`)), 'hello');
  const burst = await prepareBurst((type, payload) => worker.send(type, payload), TAB, SHOP);
  return { storage, worker, burst };
}

async function outcome(storage: Storage, worker: Worker) {
  const raw = Object.fromEntries(storage.local.map);
  const settings = valueOf(await worker.send('settings/get', {}), 'settings');
  const listed = valueOf<{ all: number }>(await worker.send('entries/list', { tabId: null, query: '', offset: 0, limit: 0 }), 'list');
  const entries = await storedEntries(raw, MASTER);
  return { entries: normalized(entries), settings, inMemory: listed.all, stored: entries.length, tombstones: Object.values(raw).filter((v) => (v as { deleted?: unknown }).deleted === true).length };
}

describe('the write queue', () => {
  it('gives a burst of mixed writes sent at once the vault the same writes give one after another', async () => {
    const serial = await prepared();
    const serialReplies = [];
    for (const { type, payload } of serial.burst) serialReplies.push(await serial.worker.send(type, payload));
    const expected = await outcome(serial.storage, serial.worker);

    const concurrent = await prepared();
    expect(concurrent.burst.length).toBeGreaterThan(250);
    const replies = await Promise.all(concurrent.burst.map(({ type, payload }) => concurrent.worker.send(type, payload)));
    const failed = replies.flatMap((reply, i) => (reply.ok ? [] : [`${concurrent.burst[i]?.type}: ${reply.error.message}`]));
    expect(failed).toEqual([]);
    expect(serialReplies.every((reply) => reply.ok)).toBe(true);
    const got = await outcome(concurrent.storage, concurrent.worker);

    expect(got.entries).toEqual(expected.entries);
    expect(got.settings).toEqual(expected.settings);
    // What the worker holds in memory is what is stored, and no deletion left a tombstone behind.
    expect(got.inMemory).toBe(got.stored);
    expect(got.tombstones).toBe(0);
    // The burst did what it says: 150 saves, 2 x 20 imported rows and 5 restored from the backup
    // joined 50 + 4 + 5 + 8 + 3 entries; 10 were deleted, 4 merged away, 5 + 3 came back from undo.
    expect(got.stored).toBe(50 + 4 + 5 + 8 + 3 + 150 + 40 + 5 - 10 - 4 + 5);
    expect(got.settings).toMatchObject({ clipboardClearSeconds: 45, promptsEnabled: false, autoLock: '60' });
    expect((got.settings as { neverSave: string[] }).neverSave).toHaveLength(10);
  }, 120_000);
});
