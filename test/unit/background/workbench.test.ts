// The options page's workbench messages through the real dispatch (sender kinds, schemas) over a
// fake vault in memory: health report in slices, table, merge, delete and undo, review, restore.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Sender } from '../../../src/shared/protocol/sender';
import { createEntry, type Entry } from '../../../src/vault/core/entry';

const fake = vi.hoisted(() => {
  const vault = { locked: false, entries: new Map<string, Entry>(), object: { key: null as unknown, entries: new Map<string, Entry>(), unreadable: [] } };
  const local = new Map<string, unknown>();
  const storage = {
    local: {
      async get(key: string | null) {
        return key === null ? Object.fromEntries(local) : local.has(key) ? { [key]: structuredClone(local.get(key)) } : {};
      },
      async set(items: Record<string, unknown>) {
        for (const [k, v] of Object.entries(items)) local.set(k, structuredClone(v));
      },
      async remove() {},
    },
    session: {},
  };
  // Counts zxcvbn calls: 'password1' is the weak one here.
  const scored: string[] = [];
  return { vault, local, scored, browser: { storage, runtime: { getManifest: () => ({ version: '0' }) } } };
});

vi.mock('webextension-polyfill', () => ({ default: fake.browser }));
vi.mock('../../../src/vault/background/vault', () => {
  const locked = async () => {
    const { ReplyFailure } = await import('../../../src/shared/protocol/reply');
    return new ReplyFailure('locked', 'the vault is locked');
  };
  // One object while unlocked, as the real vault keeps: the workbench's caches hang off it.
  const unlocked = async () => {
    if (fake.vault.locked) throw await locked();
    fake.vault.object.entries = fake.vault.entries;
    return fake.vault.object;
  };
  return {
    unlocked,
  };
});
vi.mock('../../../src/vault/background/entry-writes', () => ({
  changeEntries: async <T>(_now: number, update: (current: ReadonlyMap<string, Entry>) => { put?: readonly Entry[]; remove?: readonly string[]; result: T }) => {
    if (fake.vault.locked) {
      const { ReplyFailure } = await import('../../../src/shared/protocol/reply');
      throw new ReplyFailure('locked', 'the vault is locked');
    }
    const { put = [], remove = [], result } = update(fake.vault.entries);
    const next = new Map(fake.vault.entries);
    for (const id of remove) next.delete(id);
    for (const entry of put) next.set(entry.id, entry);
    fake.vault.entries = next;
    return result;
  },
}));

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
const newKey = () => crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);

const DAY = 86_400_000;
const options: Sender = { kind: 'extension', origin: 'chrome-extension://x', url: 'chrome-extension://x/options.html', tabId: undefined, frameId: undefined };
const page: Sender = { kind: 'content', origin: 'https://shop.test', url: 'https://shop.test/', tabId: 1, frameId: 0 };
const TABLE = { query: '', site: '', problem: null, status: 'any', ids: null, sort: 'site', oldAfterDays: 365, offset: 0, limit: 50 };

function entry(id: string, origin: string, username: string, password: string, extra: Partial<Entry> = {}): Entry {
  return { ...createEntry({ id, site: { origins: [origin], match: 'site' }, username, password }, Date.now() - 3 * DAY), ...extra };
}

async function load() {
  const { dispatch } = await import('../../../src/shared/protocol/dispatch');
  const { workbenchHandlers } = await import('../../../src/tidy/background/handlers');
  const handlers = workbenchHandlers as unknown as Parameters<typeof dispatch>[0];
  // Replies are read loosely here: the dispatch has already checked them against the protocol.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
  return async (type: string, payload: unknown, sender: Sender = options): Promise<{ ok: boolean; value?: any; error?: { code: string } }> =>
    (await dispatch(handlers, { type, payload }, sender)) as never;
}

describe('workbench handlers', () => {
  let send: Awaited<ReturnType<typeof load>>;
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
    fake.vault.locked = false;
    fake.vault.object = { key: await newKey(), entries: new Map(), unreadable: [] };
    fake.local.clear();
    fake.scored.length = 0;
    fake.vault.entries = new Map([
      entry('weak', 'https://weak.test', 'ann', 'password1'),
      entry('dup-a', 'https://www.dup.test', 'ann@mail.test', 'Dup-Older-4q!Zx', { passwordChanged: Date.now() - 20 * DAY }),
      entry('dup-b', 'https://dup.test', 'ANN@mail.test', 'Dup-Newer-8w!Kp'),
      entry('old', 'https://old.test', 'bob', 'vT8#qLm2!zRw9@kP', { passwordChanged: Date.now() - 400 * DAY }),
    ].map((e) => [e.id, e]));
    vi.resetModules();
    send = await load();
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
    const stored = JSON.stringify(fake.local.get('vault:strength'));
    expect(stored).toMatch(/"ct"/);
    expect(stored).not.toMatch(/password1|Dup-|vT8/);
    // A new unlock: a new vault object (fresh caches), the same key.
    fake.vault.object = { ...fake.vault.object, entries: new Map() };
    const sealed = fake.local.get('vault:strength');
    expect((await send('health/report', { oldAfterDays: 365 })).value).toMatchObject({ counts: { weak: 1 }, strength: { unchecked: 0 } });
    expect(fake.scored).toHaveLength(4);
    // Nothing new was scored, so nothing was written again.
    expect(fake.local.get('vault:strength')).toEqual(sealed);
    // Under another key (a master password change) the record does not open: scored afresh.
    fake.vault.object = { key: await newKey(), entries: new Map(), unreadable: [] };
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
    expect(fake.vault.entries.has('dup-a')).toBe(false);
    expect(fake.vault.entries.get('dup-b')).toMatchObject({ password: 'Dup-Newer-8w!Kp', history: [{ password: 'Dup-Older-4q!Zx' }] });
  });

  it('deletes many and brings them back on undo, once', async () => {
    const deleted = await send('entries/delete-many', { ids: ['weak', 'old', 'missing'] });
    expect(deleted).toMatchObject({ ok: true, value: { deleted: 2 } });
    expect([...fake.vault.entries.keys()].sort()).toEqual(['dup-a', 'dup-b']);
    expect(await send('entries/undelete', { undoId: deleted.value.undoId })).toEqual({ ok: true, value: { restored: 2 } });
    expect(fake.vault.entries.get('weak')?.password).toBe('password1');
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
    expect(fake.vault.entries.get('dup-b')).toMatchObject({ password: 'Dup-Older-4q!Zx', history: [{ password: 'Dup-Newer-8w!Kp' }] });
  });
});
