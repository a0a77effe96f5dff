// The vault's own bookkeeping, on the real vault over storage in memory: a use is stamped with the
// time the caller gives (background work waits for a quiet moment measured on that clock), and
// every change of entries, a delete alone included, is announced as `written` to the listeners
// that keep derived data (sync, the health report's strength sweep, open pages).
import { beforeAll, describe, expect, it, vi } from 'vitest';

const fake = await vi.hoisted(async () => {
  const { memoryArea } = await import('./memory-storage');
  const browser = {
    storage: { local: memoryArea(), session: memoryArea() },
    runtime: { id: 'test', getURL: (path: string) => `chrome-extension://test${path}`, getManifest: () => ({ version: '1' }) },
    alarms: { create: async () => undefined, clear: async () => true },
  };
  return { browser };
});

vi.mock('webextension-polyfill', () => ({ default: fake.browser }));
vi.stubGlobal('__TARGET__', 'chrome');

const { createVault, unlocked, openVault } = await import('../../../src/vault/background/vault');
const { onVaultEvent } = await import('../../../src/vault/background/vault-events');
const { sinceLastUse } = await import('../../../src/vault/background/activity');
const { changeEntries } = await import('../../../src/vault/background/entry-writes');
const { createEntry } = await import('../../../src/vault/core/entry');

// A clock of the test's own, far from the machine's: a stamp taken from the machine's clock
// instead of the one given cannot land on it by chance.
const T0 = 1_000_000_000;
const MINUTE = 60_000;
const MASTER = 'a sturdy master passphrase';

const events: string[] = [];

beforeAll(async () => {
  await createVault(MASTER, T0);
  onVaultEvent((event) => void events.push(event));
});

describe('a use of the vault', () => {
  it('is stamped with the time it is given, by unlocked() and by openVault()', async () => {
    await unlocked(T0 + MINUTE);
    expect(sinceLastUse(T0 + MINUTE)).toBe(0);
    expect(sinceLastUse(T0 + 3 * MINUTE)).toBe(2 * MINUTE);
    await openVault(T0 + 2 * MINUTE);
    expect(sinceLastUse(T0 + 2 * MINUTE)).toBe(0);
  });
});

describe('a change of entries', () => {
  const entry = createEntry({ id: 'e1', site: { origins: ['https://shop.example'], match: 'site' }, username: 'ann', password: 'first password' }, T0);

  it('announces `written` for a save and for a delete alone', async () => {
    events.length = 0;
    await changeEntries(T0 + MINUTE, () => ({ put: [entry], result: null }));
    expect(events).toEqual(['written']);

    events.length = 0;
    const deleted = await changeEntries(T0 + MINUTE, (current) => ({ remove: [entry.id], result: current.has(entry.id) }));
    expect(deleted).toBe(true);
    expect(events).toEqual(['written']);
    expect((await unlocked(T0 + MINUTE)).entries.has(entry.id)).toBe(false);
  });

  it('announces nothing when nothing changed (a delete of an id the vault does not hold)', async () => {
    events.length = 0;
    await changeEntries(T0 + MINUTE, () => ({ remove: ['no-such-id'], result: null }));
    expect(events).toEqual([]);
  });
});
