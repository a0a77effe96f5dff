// A master password change on one computer re-keys the synced copy: two computers run the real
// background over storage in memory, and the test plays the sync engine by copying one's sync
// area into the other's. What the other computer synced before the change and this one had not
// merged yet survives it. The other computer, still on the old password, is told (proven under
// its own key) and pauses; at its next unlock it takes the new password, refuses the old one, moves
// its records to the new key and merges, its unsynced edit included.
import { describe, expect, it, vi } from 'vitest';
import { valueOf } from './worker';
import { computer, deliver, passwordOf, status } from './sync-computers';
vi.mock('hash-wasm', async (real) => (await import('../remembered-argon2')).remembering(await real()));

const OLD = 'the first master passphrase';
const NEW = 'a second master passphrase, changed on A';
const site = { origins: ['https://shop.example'], match: 'site' as const };
const MINUTE = 60_000;
// Five key derivations (create, two unlocks, the change's two): tens of seconds on a busy machine.
const DERIVATIONS_TIMEOUT_MS = 120_000;

describe('a master password change and sync', () => {
  it('re-keys the synced copy, keeps what the other computer had synced, and the other moves to the new password at its next unlock without losing anything', async () => {
    const a = await computer();
    valueOf(await a.worker.send('vault/create', { password: OLD }), 'create');
    const saved = valueOf<{ id: string }>(await a.worker.send('entries/save', { site, username: 'ann', password: 'First-pass-1', notes: '' }), 'save');
    valueOf(await a.worker.send('sync/turn', { on: true, removeCopy: false }), 'turn on');
    await a.syncNow(1 * MINUTE);
    expect(await status(a)).toBe('ok');

    // B: a second computer with the same vault, which then changes the password and syncs it.
    const b = await computer();
    deliver(a, b);
    expect(await b.adopt(OLD)).toBeNull();
    await b.syncNow(2 * MINUTE);
    expect(await passwordOf(b, saved.id)).toBe('First-pass-1');
    valueOf(await b.worker.send('entries/save', { id: saved.id, site, username: 'ann', password: 'Changed-on-B-2', notes: '' }), 'edit on B');
    await b.syncNow(3 * MINUTE);
    deliver(b, a);

    // A changes its master password before it merged B's edit.
    const change = valueOf<{ failure: unknown }>(await a.worker.send('vault/change-master', { current: OLD, next: NEW }), 'change');
    expect(change.failure).toBeNull();
    await a.syncNow(4 * MINUTE);
    expect(await status(a)).toBe('ok');
    // B's edit made it into A's vault through the change.
    expect(await passwordOf(a, saved.id)).toBe('Changed-on-B-2');
    // The synced copy is under the new password now: a computer with no vault adopts it and opens it with NEW.
    const c = await computer();
    deliver(a, c);
    expect(await c.adopt(NEW)).toBeNull();
    await c.syncNow(5 * MINUTE);
    expect(await passwordOf(c, saved.id)).toBe('Changed-on-B-2');

    // B, still unlocked on the old password, edits before it hears of the change: unsynced.
    const own = valueOf<{ id: string }>(await b.worker.send('entries/save', { site, username: 'bea', password: 'Only-on-B-3', notes: '' }), 'save on B');
    deliver(a, b);
    await b.syncNow(6 * MINUTE);
    expect(await status(b)).toBe('changed-elsewhere');
    expect(await passwordOf(b, saved.id)).toBe('Changed-on-B-2');

    // B's next unlock: the page is told; the old password no longer unlocks; the new one does.
    valueOf(await b.worker.send('vault/lock', {}), 'lock B');
    expect(valueOf(await b.worker.send('vault/state', {}), 'state B')).toMatchObject({ status: 'locked', changedElsewhere: true });
    expect(valueOf<{ failure: unknown }>(await b.worker.send('vault/unlock', { password: OLD }), 'unlock B old').failure).toBe('changed-elsewhere');
    expect(valueOf<{ failure: unknown }>(await b.worker.send('vault/unlock', { password: NEW }), 'unlock B new').failure).toBeNull();
    expect(b.storage.local.map.get('vault:header')).toEqual(a.storage.local.map.get('vault:header'));
    await b.syncNow(7 * MINUTE);
    expect(await status(b)).toBe('ok');
    expect(await passwordOf(b, own.id)).toBe('Only-on-B-3');
    expect(await passwordOf(b, saved.id)).toBe('Changed-on-B-2');
    valueOf(await b.worker.send('vault/lock', {}), 'lock B again');
    expect(valueOf<{ failure: unknown }>(await b.worker.send('vault/unlock', { password: OLD }), 'old after').failure).toBe('wrong-password');
    expect(valueOf(await b.worker.send('vault/state', {}), 'state B after')).not.toHaveProperty('changedElsewhere');

    // Back to A: B's own edit arrives.
    deliver(b, a);
    await a.syncNow(8 * MINUTE);
    expect(await passwordOf(a, own.id)).toBe('Only-on-B-3');
  }, DERIVATIONS_TIMEOUT_MS);
});
