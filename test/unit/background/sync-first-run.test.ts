// First run on a computer whose browser account already holds a synced vault: nothing is taken by
// itself. The user either unlocks the synced vault with its master password (a wrong one writes
// nothing), or starts a separate vault here, which does not sync and leaves the synced copy as it is.
import { describe, expect, it, vi } from 'vitest';
import { valueOf } from './worker';
import { computer, deliver, passwordOf, status, type Computer } from './sync-computers';
vi.mock('hash-wasm', async (real) => (await import('../remembered-argon2')).remembering(await real()));

const MASTER = 'the synced vault passphrase';
const OTHER = 'a separate vault passphrase here';
const site = { origins: ['https://shop.example'], match: 'site' as const };
const MINUTE = 60_000;
const DERIVATIONS_TIMEOUT_MS = 120_000;

const offer = async (c: Computer) => valueOf<{ exists: boolean }>(await c.worker.send('sync/offer', {}), 'offer').exists;
const vaultStatus = async (c: Computer) => valueOf<{ status: string }>(await c.worker.send('vault/state', {}), 'state').status;

async function syncedElsewhere(): Promise<{ a: Computer; id: string }> {
  const a = await computer();
  valueOf(await a.worker.send('vault/create', { password: MASTER }), 'create');
  const { id } = valueOf<{ id: string }>(await a.worker.send('entries/save', { site, username: 'ann', password: 'Ann-pass-1', notes: '' }), 'save');
  valueOf(await a.worker.send('sync/turn', { on: true, removeCopy: false }), 'turn on');
  await a.syncNow(MINUTE);
  return { a, id };
}

describe('first run with a synced vault in the browser account', () => {
  it('offers it, takes nothing by itself, refuses a wrong master password and unlocks it with the right one', async () => {
    const { a, id } = await syncedElsewhere();
    const b = await computer();
    deliver(a, b);
    await b.syncNow(2 * MINUTE);
    expect(await vaultStatus(b)).toBe('absent');
    expect(await offer(b)).toBe(true);
    expect(valueOf<{ failure: unknown }>(await b.worker.send('sync/adopt', { password: OTHER }), 'wrong').failure).toBe('wrong-password');
    expect(b.storage.local.map.has('vault:header')).toBe(false);
    expect(await b.adopt(MASTER)).toBeNull();
    expect(await vaultStatus(b)).toBe('unlocked');
    expect(await offer(b)).toBe(false);
    await b.syncNow(3 * MINUTE);
    expect(await passwordOf(b, id)).toBe('Ann-pass-1');
    expect(await status(b)).toBe('ok');
  }, DERIVATIONS_TIMEOUT_MS);

  it('starts a separate vault that does not sync and leaves the synced copy as it is', async () => {
    const { a } = await syncedElsewhere();
    const b = await computer();
    deliver(a, b);
    const synced = structuredClone([...b.storage.sync.map]);
    valueOf(await b.worker.send('vault/create', { password: OTHER }), 'create separate');
    valueOf(await b.worker.send('entries/save', { site, username: 'bea', password: 'Bea-pass-2', notes: '' }), 'save on B');
    await b.syncNow(2 * MINUTE);
    expect(valueOf<{ on: boolean }>(await b.worker.send('sync/state', {}), 'sync state').on).toBe(false);
    expect(await offer(b)).toBe(false);
    expect([...b.storage.sync.map]).toEqual(synced);
    // Adopting is for a computer without a vault: this one keeps its own.
    expect((await b.worker.send('sync/adopt', { password: MASTER })).ok).toBe(false);
    expect([...b.storage.sync.map]).toEqual(synced);
  }, DERIVATIONS_TIMEOUT_MS);
});
