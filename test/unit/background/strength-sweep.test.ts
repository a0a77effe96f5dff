// The strength sweep: passwords are scored when written, in slices that let other work run
// between them, stored sealed, and picked up again by a restarted worker.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createEntry, type Entry } from '../../../src/vault/core/entry';

const fake = vi.hoisted(() => {
  const local = new Map<string, unknown>();
  const state = {
    locked: false,
    object: { key: null as unknown, entries: new Map<string, unknown>(), unreadable: [] as unknown[] },
    scored: [] as string[],
    onScore: () => undefined as unknown,
    sinceUse: 60_000,
  };
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
  return { local, state, browser: { storage, runtime: { getManifest: () => ({ version: '0' }) } } };
});

vi.mock('webextension-polyfill', () => ({ default: fake.browser }));
vi.mock('../../../src/vault/background/vault', () => ({
  loadedQuietly: async () => (fake.state.locked ? null : fake.state.object),
  sinceLastUse: () => fake.state.sinceUse,
  unlocked: async () => fake.state.object,
}));
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

const newKey = () => crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
const vaultOf = (count: number) =>
  new Map<string, Entry>(Array.from({ length: count }, (_, i) => {
    const e = createEntry({ id: `e${i}`, site: { origins: [`https://s${i}.test`], match: 'site' }, username: 'u', password: `${i % 3 ? 'strong' : 'weak'}-password-${i}` }, 0);
    return [e.id, e];
  }));
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const until = async (check: () => boolean, what: string) => {
  for (let waited = 0; !check(); waited += 10) {
    if (waited > 5000) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
};

describe('strength sweep', () => {
  beforeEach(async () => {
    fake.local.clear();
    fake.state.locked = false;
    fake.state.scored = [];
    fake.state.sinceUse = 60_000;
    fake.state.object = { key: await newKey(), entries: vaultOf(60), unreadable: [] };
    vi.resetModules();
  });

  it('scores written passwords in slices, letting other work run between them, and stores the verdicts sealed', async () => {
    const { onVaultChanged } = await import('../../../src/tidy/background/strength-sweep');
    // Other work queued meanwhile (a timer here) runs between slices: the scores come in several
    // runs with ticks between them, never as one run of all 60.
    const order: ('score' | 'tick')[] = [];
    fake.state.onScore = () => order.push('score');
    const ticker = setInterval(() => order.push('tick'), 0);
    onVaultChanged('written');
    await until(() => fake.state.scored.length === 60 && fake.local.has('vault:strength'), 'every password scored and stored');
    clearInterval(ticker);
    const runs = order.join(' ').split('tick').map((run) => run.trim().split(' ').filter(Boolean).length).filter((n) => n > 0);
    expect(runs.reduce((a, b) => a + b, 0)).toBe(60);
    expect(Math.max(...runs)).toBeLessThan(60);
    const stored = JSON.stringify(fake.local.get('vault:strength'));
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
    fake.state.sinceUse = 0;
    onVaultChanged('written');
    await sleep(300);
    expect(fake.state.scored).toHaveLength(0);
    fake.state.sinceUse = 60_000;
    await until(() => fake.state.scored.length === 60, 'scoring once the vault is quiet');
  });

  it('stops when the vault locks, and a restarted worker picks up what was left', async () => {
    const first = await import('../../../src/tidy/background/strength-sweep');
    first.onVaultChanged('written');
    await until(() => fake.state.scored.length > 0, 'the first slice');
    fake.state.locked = true;
    await sleep(100);
    const scoredBeforeLock = fake.state.scored.length;
    expect(scoredBeforeLock).toBeLessThan(60);

    // A new worker: fresh modules, the vault loaded again under the same key.
    vi.resetModules();
    fake.state.locked = false;
    fake.state.object = { ...fake.state.object, entries: new Map(fake.state.object.entries) };
    const second = await import('../../../src/tidy/background/strength-sweep');
    second.onVaultChanged('loaded');
    await until(() => new Set(fake.state.scored).size === 60 && fake.local.has('vault:strength'), 'the rest scored after the restart');
    const { healthReport } = await import('../../../src/tidy/background/health');
    expect((await healthReport(365, Date.now())).strength.unchecked).toBe(0);
  });
});
