// The options page's workbench messages through the real dispatch (sender kinds, schemas) and the
// real vault over storage in memory: health report in slices, table, merge, delete and undo,
// review, restore.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Sender } from '../../../src/shared/protocol/sender';
import { createEntry, type Entry } from '../../../src/vault/core/entry';
import { copyStorage, startWorker, vaultWith, type Storage } from './worker';

// Counts zxcvbn calls: 'password1' is the weak one here.
const fake = vi.hoisted(() => ({ scored: [] as string[] }));

vi.mock('../../../src/tidy/background/scorer', () => ({
  loadScorer: async () => ({
    score: (password: string) => {
      fake.scored.push(password);
      return password === 'password1' ? 0 : 4;
    },
    isCommon: (password: string) => password === 'password1',
  }),
}));

vi.stubGlobal('__TARGET__', 'chrome');

const MASTER = 'a sturdy master passphrase';
const DAY = 86_400_000;
const options: Sender = { kind: 'extension', origin: 'chrome-extension://x', url: 'chrome-extension://x/options.html', tabId: undefined, frameId: undefined };
const page: Sender = { kind: 'content', origin: 'https://shop.test', url: 'https://shop.test/', tabId: 1, frameId: 0 };
const TABLE = { query: '', site: '', problem: null, status: 'any', ids: null, sort: 'site', oldAfterDays: 365, offset: 0, limit: 50 };

function entry(id: string, origin: string, username: string, password: string, extra: Partial<Entry> = {}): Entry {
  return { ...createEntry({ id, site: { origins: [origin], match: 'site' }, username, password }, Date.now() - 3 * DAY), ...extra };
}

// A vault made once with a real master password, the four entries written through the real write
// queue (their ids and dates as given); each test starts a worker over a copy of it, unlocked.
let made: Storage;
beforeAll(async () => {
  made = await vaultWith(MASTER, () => [
      entry('weak', 'https://weak.test', 'ann', 'password1'),
      entry('dup-a', 'https://www.dup.test', 'ann@mail.test', 'Dup-Older-4q!Zx', { passwordChanged: Date.now() - 20 * DAY }),
      entry('dup-b', 'https://dup.test', 'ANN@mail.test', 'Dup-Newer-8w!Kp'),
      entry('old', 'https://old.test', 'bob', 'vT8#qLm2!zRw9@kP', { passwordChanged: Date.now() - 400 * DAY }),
    ]);
});

type Loose = { ok: boolean; value?: any; error?: { code: string } }; // eslint-disable-line @typescript-eslint/no-explicit-any -- the dispatch has already checked replies against the protocol

async function load(storage: Storage) {
  const worker = await startWorker(storage);
  // The worker's own vault module (startWorker reset the registry): the entries as it holds them.
  const vault = await import('../../../src/vault/background/vault');
  return {
    send: async (type: string, payload: unknown, sender: Sender = options): Promise<Loose> => (await worker.send(type, payload, sender)) as Loose,
    entries: async () => (await vault.unlocked(Date.now())).entries,
  };
}

describe('workbench handlers', () => {
  let send: Awaited<ReturnType<typeof load>>['send'];
  let entries: Awaited<ReturnType<typeof load>>['entries'];
  let storage: Storage;
  // Asks as the page does, until every password is scored (the first ask only analyses).
  async function fullReport() {
    let reply = await send('health/report', { oldAfterDays: 365 });
    for (let asks = 1; reply.ok && reply.value.strength.unchecked > 0; asks++) {
      expect(asks).toBeLessThan(50);
      reply = await send('health/report', { oldAfterDays: 365 });
    }
    return reply;
  }

  beforeEach(async () => {
    fake.scored.length = 0;
    storage = copyStorage(made);
    ({ send, entries } = await load(storage));
  });

  it('refuses every workbench message from a web page’s content script', async () => {
    for (const type of ['health/report', 'entries/table', 'entries/merge', 'entries/delete-many', 'entries/undelete', 'entries/review', 'entries/history', 'entries/restore-password', 'entries/table-ids', 'entries/move', 'entries/unmove']) {
      expect(await send(type, {}, page), type).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });

  it('reports health without a password in the reply, scoring in slices until done', async () => {
    const first = await send('health/report', { oldAfterDays: 365 });
    expect(first).toMatchObject({ ok: true, value: { counts: { duplicate: 2, old: 1 }, strength: { unchecked: 4 } } });
    const reply = await fullReport();
    expect(reply).toMatchObject({ ok: true, value: { total: 4, counts: { weak: 1, duplicate: 2, old: 1 }, strength: { unchecked: 0 } } });
    expect(JSON.stringify(reply)).not.toMatch(/password1|Dup-|vT8/);
  });

  it('keeps verdicts sealed between unlocks, so a second unlock scores nothing again', async () => {
    expect((await fullReport()).value).toMatchObject({ counts: { weak: 1 }, strength: { unchecked: 0 } });
    expect(fake.scored).toHaveLength(4);
    const stored = JSON.stringify(storage.local.map.get('vault:strength'));
    expect(stored).toMatch(/"ct"/);
    expect(stored).not.toMatch(/password1|Dup-|vT8/);
    // A new unlock: a new vault object (fresh caches), the same key.
    expect(await send('vault/lock', {})).toMatchObject({ ok: true, value: { status: 'locked' } });
    expect(await send('vault/unlock', { password: MASTER })).toMatchObject({ ok: true, value: { failure: null } });
    const sealed = storage.local.map.get('vault:strength');
    expect((await send('health/report', { oldAfterDays: 365 })).value).toMatchObject({ counts: { weak: 1 }, strength: { unchecked: 0 } });
    expect(fake.scored).toHaveLength(4);
    // Nothing new was scored, so nothing was written again.
    expect(storage.local.map.get('vault:strength')).toEqual(sealed);
    // Under another key the record does not open: scored afresh. A master password change with no
    // sweep listening (this worker runs the handlers alone) leaves the record under the old key;
    // a restarted worker reads it with the new one.
    expect(await send('vault/change-master', { current: MASTER, next: 'another sturdy passphrase' })).toMatchObject({ ok: true, value: { failure: null } });
    expect(storage.local.map.get('vault:strength')).toEqual(sealed);
    ({ send } = await load(storage));
    expect((await fullReport()).value).toMatchObject({ counts: { weak: 1 } });
    expect(fake.scored).toHaveLength(8);
  });

  it('answers the table before the health analysis, without badges, then with them', async () => {
    expect(await send('entries/table', TABLE)).toMatchObject({ ok: true, value: { total: 4, badges: false, items: [{ problems: [] }, {}, {}, {}] } });
    await send('health/report', { oldAfterDays: 365 });
    expect(await send('entries/table', TABLE)).toMatchObject({ ok: true, value: { badges: true, items: [{ id: 'dup-b', problems: ['duplicate'] }, {}, {}, {}] } });
  });

  it('answers the table with badges, filters and sorts', async () => {
    expect(await send('entries/table', { ...TABLE, problem: 'duplicate' })).toMatchObject({ ok: true, value: { total: 2, all: 4, items: [{ id: 'dup-b', problems: ['duplicate'] }, { id: 'dup-a' }] } });
    const oldest = await send('entries/table', { ...TABLE, sort: 'changed-oldest', limit: 1 });
    expect(oldest.value.items).toMatchObject([{ id: 'old', problems: ['old'] }]);
    expect((await send('entries/table', { ...TABLE, site: 'weak' })).value.items.map((r: { id: string }) => r.id)).toEqual(['weak']);
    expect((await send('entries/table', { ...TABLE, ids: ['old', 'weak'] })).value.total).toBe(2);
    expect((await send('entries/table-ids', { ...TABLE, query: 'ann@' })).value.ids.sort()).toEqual(['dup-a', 'dup-b']);
  });

  it('merges duplicates, keeping the newest password and the other in history', async () => {
    expect(await send('entries/merge', { groups: [['dup-a', 'dup-b'], ['weak', 'old']] })).toEqual({ ok: true, value: { merged: 1, removed: 1, skipped: 1 } });
    expect((await entries()).has('dup-a')).toBe(false);
    expect((await entries()).get('dup-b')).toMatchObject({ password: 'Dup-Newer-8w!Kp', history: [{ password: 'Dup-Older-4q!Zx' }] });
  });

  it('deletes many and brings them back on undo, once', async () => {
    const deleted = await send('entries/delete-many', { ids: ['weak', 'old', 'missing'] });
    expect(deleted).toMatchObject({ ok: true, value: { deleted: 2 } });
    expect([...(await entries()).keys()].sort()).toEqual(['dup-a', 'dup-b']);
    expect(await send('entries/undelete', { undoId: deleted.value.undoId })).toEqual({ ok: true, value: { restored: 2 } });
    expect((await entries()).get('weak')?.password).toBe('password1');
    expect(await send('entries/undelete', { undoId: deleted.value.undoId })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('marks as reviewed, which takes the entry out of the counts', async () => {
    expect(await send('entries/review', { ids: ['weak'], reviewed: true })).toEqual({ ok: true, value: { changed: 1 } });
    expect((await fullReport()).value).toMatchObject({ reviewed: 1, counts: { weak: 0 } });
    expect((await send('entries/table', { ...TABLE, status: 'reviewed' })).value.items).toMatchObject([{ id: 'weak', problems: ['exposed', 'weak'] }]);
  });

  it('lists history dates and restores an old password in one click', async () => {
    await send('entries/merge', { groups: [['dup-a', 'dup-b']] });
    const { value } = await send('entries/history', { id: 'dup-b' });
    expect(value).toEqual({ history: [{ changedAt: expect.any(Number) }] });
    expect(await send('entries/restore-password', { id: 'dup-b', index: 0, changedAt: 1 })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await send('entries/restore-password', { id: 'dup-b', index: 0, changedAt: value.history[0].changedAt })).toMatchObject({ ok: true });
    expect((await entries()).get('dup-b')).toMatchObject({ password: 'Dup-Older-4q!Zx', history: [{ password: 'Dup-Newer-8w!Kp' }] });
  });
});
