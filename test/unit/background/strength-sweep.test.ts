// The strength sweep: passwords are scored when written, in slices that let other work run
// between them, stored sealed, and picked up again by a restarted worker.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEntry } from '../../../src/vault/core/entry';
import { copyStorage, startWorker, valueOf, vaultWith, type Storage, type Worker } from './worker';
vi.mock('hash-wasm', async (real) => (await import('../remembered-argon2')).remembering(await real()));

const fake = vi.hoisted(() => ({ state: { scored: [] as string[], onScore: () => undefined as unknown } }));

// About 2 ms a score, like zxcvbn on a slow machine: 60 passwords cannot fit in one 40 ms slice.
vi.mock('../../../src/tidy/background/scorer', () => ({
  loadScorer: async () => ({
    score: (password: string) => {
      const until = performance.now() + 2;
      while (performance.now() < until) { /* busy, as zxcvbn is */ }
      fake.state.scored.push(password);
      fake.state.onScore();
      return password.startsWith('weak') ? 1 : 4;
    },
    isCommon: () => false,
  }),
}));

vi.stubGlobal('__TARGET__', 'chrome');

const MASTER = 'a sturdy master passphrase';

// A vault made once with a real master password, 60 entries written through the real write queue
// (a third of them weak); each test starts a worker over a copy of it, unlocked.
let made: Storage;
beforeAll(async () => {
  made = await vaultWith(MASTER, () => Array.from({ length: 60 }, (_, i) =>
      createEntry({ id: `e${i}`, site: { origins: [`https://s${i}.test`], match: 'site' }, username: 'u', password: `${i % 3 ? 'strong' : 'weak'}-password-${i}` }, 0)));
});

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const until = async (check: () => boolean, what: string) => {
  for (let waited = 0; !check(); waited += 10) {
    if (waited > 5000) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
};

describe('strength sweep', () => {
  let storage: Storage;
  let worker: Worker;

  beforeEach(async () => {
    fake.state.scored = [];
    fake.state.onScore = () => undefined;
    storage = copyStorage(made);
    // A new worker: fresh modules, the sweep's and the vault's, over the stored vault.
    worker = await startWorker(storage);
    // The entries loaded, as a page's first ask loads them: the sweep works only on a loaded vault.
    valueOf(await worker.send('vault/state', {}), 'state');
  });

  it('scores written passwords in slices, letting other work run between them, and stores the verdicts sealed', async () => {
    const { onVaultChanged } = await import('../../../src/tidy/background/strength-sweep');
    // Other work queued meanwhile (a timer here) runs between slices: the scores come in several
    // runs with ticks between them, never as one run of all 60.
    const order: ('score' | 'tick')[] = [];
    fake.state.onScore = () => order.push('score');
    const ticker = setInterval(() => order.push('tick'), 0);
    onVaultChanged('written');
    await until(() => fake.state.scored.length === 60 && storage.local.map.has('vault:strength'), 'every password scored and stored');
    clearInterval(ticker);
    const runs = order.join(' ').split('tick').map((run) => run.trim().split(' ').filter(Boolean).length).filter((n) => n > 0);
    expect(runs.reduce((a, b) => a + b, 0)).toBe(60);
    expect(Math.max(...runs)).toBeLessThan(60);
    const stored = JSON.stringify(storage.local.map.get('vault:strength'));
    expect(stored).not.toMatch(/password/);

    // A report afterwards finds every verdict and scores nothing.
    const { healthReport } = await import('../../../src/tidy/background/health');
    const report = await healthReport(365, Date.now());
    expect(report.strength.unchecked).toBe(0);
    expect(report.counts.weak).toBe(20);
    expect(fake.state.scored).toHaveLength(60);
  });

  it('waits while the vault is in use (the user\'s requests go first)', async () => {
    const { onVaultChanged } = await import('../../../src/tidy/background/strength-sweep');
    // The clock is the test's: on a busy machine a real pause between two asks can outlast the
    // quiet period, and the sweep would rightly start. Only timers and Date are faked; the
    // crypto and the messages stay real.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      // The popup asking every 50 ms for a while: each ask is a use of the vault.
      valueOf(await worker.send('vault/state', {}), 'state');
      onVaultChanged('written');
      for (let asks = 0; asks < 20; asks++) {
        valueOf(await worker.send('vault/state', {}), 'state');
        await vi.advanceTimersByTimeAsync(50);
      }
      expect(fake.state.scored).toHaveLength(0);
      // Quiet from here: the sweep starts once the quiet period has passed, and finishes.
      for (let waited = 0; fake.state.scored.length < 60 && waited < 60_000; waited += 50) await vi.advanceTimersByTimeAsync(50);
      expect(fake.state.scored).toHaveLength(60);
    } finally {
      vi.useRealTimers();
    }
  });

  it('stops when the vault locks, and a restarted worker picks up what was left', async () => {
    const first = await import('../../../src/tidy/background/strength-sweep');
    first.onVaultChanged('written');
    await until(() => fake.state.scored.length > 0, 'the first slice');
    valueOf(await worker.send('vault/lock', {}), 'lock');
    await sleep(100);
    const scoredBeforeLock = fake.state.scored.length;
    expect(scoredBeforeLock).toBeLessThan(60);

    // A new worker: fresh modules, the vault unlocked again with the master password.
    worker = await startWorker(storage);
    expect(valueOf<{ failure: string | null }>(await worker.send('vault/unlock', { password: MASTER }), 'unlock').failure).toBeNull();
    valueOf(await worker.send('vault/state', {}), 'state');
    const second = await import('../../../src/tidy/background/strength-sweep');
    second.onVaultChanged('loaded');
    await until(() => new Set(fake.state.scored).size === 60 && storage.local.map.has('vault:strength'), 'the rest scored after the restart');
    const { healthReport } = await import('../../../src/tidy/background/health');
    expect((await healthReport(365, Date.now())).strength.unchecked).toBe(0);
  });
});
