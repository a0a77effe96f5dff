// The master password handoff as untrusted input: two computers run the real background over
// storage in memory, the test plays the sync engine (and the attacker on the way). An altered or
// replayed handoff moves nothing and is reported; the computer keeps its vault as it was. A
// computer that missed two changes follows both with the newest password.
import { describe, expect, it, vi } from 'vitest';
import { valueOf } from './worker';
import { computer, deliver, passwordOf, status, type Computer } from './sync-computers';
vi.mock('hash-wasm', async (real) => (await import('../remembered-argon2')).remembering(await real()));

const FIRST = 'the first master passphrase';
const SECOND = 'the second, changed on A';
const THIRD = 'the third, changed on A again';
const site = { origins: ['https://shop.example'], match: 'site' as const };
const MINUTE = 60_000;
// A dozen key derivations on a busy machine.
const DERIVATIONS_TIMEOUT_MS = 240_000;

const unlock = async (c: Computer, password: string) => valueOf<{ failure: unknown }>(await c.worker.send('vault/unlock', { password }), 'unlock').failure;
const lock = async (c: Computer) => valueOf(await c.worker.send('vault/lock', {}), 'lock');
const change = async (c: Computer, current: string, next: string) =>
  expect(valueOf<{ failure: unknown }>(await c.worker.send('vault/change-master', { current, next }), 'change').failure).toBeNull();

/** One character of the sealed `keys` of the synced handoff, changed. */
function alterKeys(c: Computer): void {
  const handoff = structuredClone(c.storage.sync.map.get('s:k')) as { keys: { ct: string } };
  const at = Math.floor(handoff.keys.ct.length / 2);
  handoff.keys.ct = handoff.keys.ct.slice(0, at) + (handoff.keys.ct[at] === 'A' ? 'B' : 'A') + handoff.keys.ct.slice(at + 1);
  c.storage.sync.map.set('s:k', handoff);
}

describe('the master password handoff between computers', () => {
  it('refuses an altered handoff and one replayed from an earlier change, and follows two changes with the newest password', async () => {
    const a = await computer();
    valueOf(await a.worker.send('vault/create', { password: FIRST }), 'create');
    const saved = valueOf<{ id: string }>(await a.worker.send('entries/save', { site, username: 'ann', password: 'Ann-pass-1', notes: '' }), 'save');
    valueOf(await a.worker.send('sync/turn', { on: true, removeCopy: false }), 'turn on');
    await a.syncNow(1 * MINUTE);
    const b = await computer();
    deliver(a, b);
    expect(await b.adopt(FIRST)).toBeNull();
    await b.syncNow(2 * MINUTE);
    await lock(b);
    const bHeader = structuredClone(b.storage.local.map.get('vault:header'));

    await change(a, FIRST, SECOND);
    await a.syncNow(3 * MINUTE);
    const firstHandoff = structuredClone(a.storage.sync.map.get('s:k'));

    // Altered on the way: the new password does not move B; reported; B's vault untouched.
    deliver(a, b);
    alterKeys(b);
    expect(await unlock(b, SECOND)).toBe('wrong-password');
    expect(valueOf<{ status: unknown }>(await b.worker.send('sync/state', {}), 'state').status).toMatchObject({ kind: 'tampered', item: 's:k' });
    expect(b.storage.local.map.get('vault:header')).toEqual(bHeader);

    // A changes again. Replayed: the first change's handoff beside the second change's header.
    await change(a, SECOND, THIRD);
    await a.syncNow(4 * MINUTE);
    deliver(a, b);
    b.storage.sync.map.set('s:k', firstHandoff);
    expect(await unlock(b, THIRD)).toBe('wrong-password');
    expect(await status(b)).toBe('replayed');
    expect(b.storage.local.map.get('vault:header')).toEqual(bHeader);

    // The genuine item: B, two changes behind, follows with the newest password only.
    deliver(a, b);
    expect(await unlock(b, SECOND)).toBe('wrong-password');
    expect(await unlock(b, FIRST)).toBe('changed-elsewhere');
    expect(await unlock(b, THIRD)).toBeNull();
    await b.syncNow(5 * MINUTE);
    expect(await status(b)).toBe('ok');
    expect(await passwordOf(b, saved.id)).toBe('Ann-pass-1');
  }, DERIVATIONS_TIMEOUT_MS);
});
