// The real background's sync spends the push budget (sync/core/push-budget.ts): quick changes each
// reach the synced copy at once, and a run past the burst writes nothing until the window allows.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { valueOf } from './worker';
import { computer, type Computer } from './sync-computers';
import { PUSH_BURST, PUSH_WINDOW_MS } from '../../../src/sync/core/push-budget';
vi.mock('hash-wasm', async (real) => (await import('../remembered-argon2')).remembering(await real()));

const MASTER = 'one master passphrase on both computers';
const site = { origins: ['https://shop.example'], match: 'site' as const };
const SECOND = 1_000;

/** The generation of the synced copy: one more for each push. */
const generation = (c: Computer) => (c.storage.sync.map.get('s:m') as { g?: number } | undefined)?.g ?? 0;
const change = async (c: Computer, i: number) =>
  valueOf(await c.worker.send('entries/save', { site, username: `user${i}`, password: `Password-${i}-x7`, notes: '' }), 'save');

afterEach(() => {
  vi.useRealTimers();
});

describe('sync push budget in the background', () => {
  it('pushes a burst of quick changes one by one, then holds the next until the window lets it go', async () => {
    const a = await computer();
    valueOf(await a.worker.send('vault/create', { password: MASTER }), 'create');
    valueOf(await a.worker.send('sync/turn', { on: true, removeCopy: false }), 'turn on');
    await vi.waitFor(() => expect(generation(a)).toBe(1), { timeout: 15_000 }); // the switch's own push
    // The runs below are the test's own, at the times it names: the ones a write schedules (two
    // seconds later, at the real time) never fire, and the switch's push is a window before.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const before = 1;
    const t0 = Date.now() + PUSH_WINDOW_MS + SECOND;
    for (let i = 0; i < PUSH_BURST; i++) {
      await change(a, i);
      await a.syncNow(t0 + i * 3 * SECOND);
      expect(generation(a)).toBe(before + i + 1);
    }
    await change(a, PUSH_BURST);
    await a.syncNow(t0 + PUSH_BURST * 3 * SECOND);
    await a.syncNow(t0 + PUSH_WINDOW_MS - 1);
    expect(generation(a)).toBe(before + PUSH_BURST);
    await a.syncNow(t0 + PUSH_WINDOW_MS);
    expect(generation(a)).toBe(before + PUSH_BURST + 1);
  });
});
