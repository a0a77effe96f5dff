// A sync conflict shown to the user and answered: an entry edited on two computers at once ends
// with both passwords on both, marked (conflictAt) in the entry table and the health report;
// "mark as reviewed" on one computer clears the mark there, only for the conflict the page showed,
// only from our own pages, and sync carries the cleared mark to the other computer, passwords kept.
import { describe, expect, it } from 'vitest';
import { contentOf, valueOf } from './worker';
import { computer, deliver, passwordOf, type Computer } from './sync-computers';

const MASTER = 'one master passphrase on both computers';
const site = { origins: ['https://shop.example'], match: 'site' as const };
const MINUTE = 60_000;
const SECOND = 1_000;
const QUERY = { query: '', site: '', problem: null, status: 'any', ids: null, sort: 'site', oldAfterDays: 365, offset: 0, limit: 50 };

type Row = { id: string; conflictAt: number | null };
const rowOf = async (c: Computer, id: string) => valueOf<{ items: Row[] }>(await c.worker.send('entries/table', QUERY), 'table').items.find((row) => row.id === id);
const conflicts = async (c: Computer) => valueOf<{ counts: { conflict: number } }>(await c.worker.send('health/report', { oldAfterDays: 365 }), 'report').counts.conflict;
const historyOf = async (c: Computer, id: string) => valueOf<{ history: unknown[] }>(await c.worker.send('entries/history', { id }), 'history').history.length;

/** Resolves once Date.now() is in the next second: synced times are whole seconds (wire-precision.ts). */
async function clockTick(): Promise<void> {
  const before = Math.floor(Date.now() / SECOND);
  while (Math.floor(Date.now() / SECOND) <= before) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('a sync conflict, marked and reviewed', () => {
  it('is marked on both computers, cleared by "mark as reviewed" on one, and the clearing syncs with both passwords kept', async () => {
    const t0 = Date.now();
    const a = await computer();
    valueOf(await a.worker.send('vault/create', { password: MASTER }), 'create');
    const { id } = valueOf<{ id: string }>(await a.worker.send('entries/save', { site, username: 'ann', password: 'First-pass-1', notes: '' }), 'save');
    valueOf(await a.worker.send('sync/turn', { on: true, removeCopy: false }), 'turn on');
    await a.syncNow(t0);
    const b = await computer();
    deliver(a, b);
    expect(await b.adopt(MASTER)).toBeNull();
    await b.syncNow(t0);

    // Both edit the entry before either hears of the other's edit.
    valueOf(await a.worker.send('entries/save', { id, site, username: 'ann', password: 'Edited-on-A-2', notes: '' }), 'edit on A');
    // B's edit is the newer one: both saves can fall in the same second, and two edits of the
    // same (synced) time are ordered by the merge's tie-break, not by which was made second.
    await clockTick();
    valueOf(await b.worker.send('entries/save', { id, site, username: 'ann', password: 'Edited-on-B-3', notes: '' }), 'edit on B');
    await a.syncNow(t0 + MINUTE);
    await b.syncNow(t0 + MINUTE);
    deliver(a, b);
    await b.syncNow(t0 + 2 * MINUTE);
    deliver(b, a);
    await a.syncNow(t0 + 2 * MINUTE);
    for (const c of [a, b]) {
      expect((await rowOf(c, id))?.conflictAt).toBeGreaterThan(0);
      expect(await conflicts(c)).toBe(1);
    }
    const shown = (await rowOf(a, id))?.conflictAt ?? 0;

    // Only our own pages may answer it, and only for the conflict they showed.
    const fromPage = await a.worker.send('entries/conflict-reviewed', { id, conflictAt: shown }, contentOf(1, 'https://shop.example/'));
    expect(fromPage).toMatchObject({ ok: false });
    expect(await a.worker.send('entries/conflict-reviewed', { id, conflictAt: shown - 1 })).toMatchObject({ ok: false, error: { message: 'this entry has changed: open it again' } });
    expect(await a.worker.send('entries/conflict-reviewed', { id, conflictAt: '1' })).toMatchObject({ ok: false });
    expect((await rowOf(a, id))?.conflictAt).toBe(shown);

    expect(await a.worker.send('entries/conflict-reviewed', { id, conflictAt: shown })).toMatchObject({ ok: true, value: { cleared: true } });
    expect(await a.worker.send('entries/conflict-reviewed', { id, conflictAt: shown })).toMatchObject({ ok: true, value: { cleared: false } });
    expect((await rowOf(a, id))?.conflictAt).toBeNull();
    expect(await conflicts(a)).toBe(0);

    await a.syncNow(t0 + 3 * MINUTE);
    deliver(a, b);
    await b.syncNow(t0 + 3 * MINUTE);
    for (const c of [a, b]) {
      expect((await rowOf(c, id))?.conflictAt).toBeNull();
      expect(await passwordOf(c, id)).toBe('Edited-on-B-3');
      // First-pass-1 and Edited-on-A-2, still in history.
      expect(await historyOf(c, id)).toBe(2);
    }
  });
});
