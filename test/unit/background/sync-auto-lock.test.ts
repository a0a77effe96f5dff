// Another computer's changes arriving by sync are not the user's activity here: merging them must
// not move the auto-lock deadline, or a vault left unlocked would stay unlocked for as long as the
// other computer keeps editing.
import { describe, expect, it, vi } from 'vitest';
import { valueOf } from './worker';
import { computer, deliver, passwordOf } from './sync-computers';
vi.mock('hash-wasm', async (real) => (await import('../remembered-argon2')).remembering(await real()));

const MASTER = 'one master passphrase on both computers';
const site = { origins: ['https://shop.example'], match: 'site' as const };
const MINUTE = 60_000;
// DEADLINE (items.ts loads the extension API, which only the worker mocks).
const DEADLINE = 'vault:deadline';

describe('sync and auto-lock', () => {
  it('merges the other computer’s edit without pushing back the deadline', async () => {
    const a = await computer();
    valueOf(await a.worker.send('vault/create', { password: MASTER }), 'create');
    const saved = valueOf<{ id: string }>(await a.worker.send('entries/save', { site, username: 'ann', password: 'First-pass-1', notes: '' }), 'save');
    valueOf(await a.worker.send('sync/turn', { on: true, removeCopy: false }), 'turn on');
    await a.syncNow(Date.now());

    const b = await computer();
    deliver(a, b);
    expect(await b.adopt(MASTER)).toBeNull();
    await b.syncNow(Date.now());
    const deadline = b.storage.session.map.get(DEADLINE);
    expect(typeof deadline).toBe('number');

    valueOf(await a.worker.send('entries/save', { id: saved.id, site, username: 'ann', password: 'Edited-on-A-2', notes: '' }), 'edit on A');
    await a.syncNow(Date.now() + MINUTE);
    deliver(a, b);
    // Late in B's unlocked time: a use now would move the deadline well past where it is.
    await b.syncNow((deadline as number) - MINUTE);
    expect(b.storage.session.map.get(DEADLINE)).toBe(deadline);
    expect(await passwordOf(b, saved.id)).toBe('Edited-on-A-2');
  });
});
