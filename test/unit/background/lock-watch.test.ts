// The background as it starts (background/index.ts registers every listener), with the browser's
// events as fakes that hold the real listeners: the idle state, a window closing and a late
// heartbeat alarm reach the vault's lock through the same code the browser would run. Pages cannot
// raise idle.onStateChanged or the system's sleep; this is the path below those events. The vault is
// the real one over storage in memory, made with a real master password and unlocked before each
// test: a lock is the vault locked, as openVault() sees it.
import { beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('hash-wasm', async (real) => (await import('../remembered-argon2')).remembering(await real()));

type Listener = (...args: never[]) => unknown;

const fake = await vi.hoisted(async () => {
  const { memoryArea } = await import('./memory-storage');
  const listeners = new Map<string, Listener[]>();
  const event = (name: string) => ({ addListener: (listener: Listener) => void listeners.set(name, [...(listeners.get(name) ?? []), listener]) });
  const windows = { left: 1 };
  const idle = { interval: null as number | null };
  const local = memoryArea();
  const browser = {
    storage: { local, session: memoryArea(), sync: memoryArea(), onChanged: event('storage.onChanged') },
    runtime: { id: 'test', sendMessage: async () => undefined, getURL: (path: string) => `chrome-extension://test${path}`, getManifest: () => ({ version: '1' }), onMessage: event('runtime.onMessage'), onConnect: event('runtime.onConnect'), onInstalled: event('runtime.onInstalled') },
    tabs: { onRemoved: event('tabs.onRemoved') },
    alarms: { onAlarm: event('alarms.onAlarm'), create: async () => undefined, clear: async () => true },
    idle: { onStateChanged: event('idle.onStateChanged'), setDetectionInterval: (seconds: number) => void (idle.interval = seconds) },
    windows: { onRemoved: event('windows.onRemoved'), getAll: async () => Array.from({ length: windows.left }, (_, id) => ({ id })) },
  };
  return { browser, listeners, windows, idle, local };
});

vi.mock('webextension-polyfill', () => ({ default: fake.browser }));
vi.stubGlobal('__TARGET__', 'firefox');

// The listeners' work (a settings read, a windows query) is promises on in-memory fakes: a few
// turns of the event loop see it done.
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((done) => setTimeout(done, 0));
}

/** Raises a browser event on every listener the background registered. */
async function raise(name: string, ...args: unknown[]): Promise<void> {
  for (const listener of fake.listeners.get(name) ?? []) (listener as (...a: unknown[]) => unknown)(...args);
  await settle();
}

await import('../../../src/background/index');
const vault = await import('../../../src/vault/background/vault');
const { onVaultEvent } = await import('../../../src/vault/background/vault-events');

const MASTER = 'a sturdy master passphrase';
await vault.createVault(MASTER, Date.now());
// Each lock the vault announces (lockVault raises it); the state is checked beside it.
const locks = { count: 0 };
onVaultEvent((event) => void (event === 'locked' && locks.count++));
const status = async () => (await vault.openVault(Date.now())).state.status;

describe('what locks the vault, from the background\'s own listeners', () => {
  beforeEach(async () => {
    if ((await status()) !== 'unlocked') expect(await vault.unlockVault(MASTER, Date.now())).toBeNull();
    expect(await status()).toBe('unlocked');
    locks.count = 0;
    fake.windows.left = 1;
  });

  it('registers for the idle state and window closes at start, and sets the idle time to the auto-lock time', async () => {
    await settle();
    expect(fake.listeners.get('idle.onStateChanged')).toHaveLength(1);
    expect(fake.listeners.get('windows.onRemoved')).toHaveLength(1);
    expect(fake.idle.interval).toBe(15 * 60);
  });

  it('locks on the screen locking and on idle, not on active', async () => {
    await raise('idle.onStateChanged', 'active');
    expect(locks.count).toBe(0);
    expect(await status()).toBe('unlocked');
    await raise('idle.onStateChanged', 'locked');
    expect(locks.count).toBe(1);
    expect(await status()).toBe('locked');
    expect(await vault.unlockVault(MASTER, Date.now())).toBeNull();
    await raise('idle.onStateChanged', 'idle');
    expect(locks.count).toBe(2);
    expect(await status()).toBe('locked');
  });

  it('locks when the last browser window closes, not before', async () => {
    fake.windows.left = 1;
    await raise('windows.onRemoved', 4);
    expect(locks.count).toBe(0);
    expect(await status()).toBe('unlocked');
    fake.windows.left = 0;
    await raise('windows.onRemoved', 5);
    expect(locks.count).toBe(1);
    expect(await status()).toBe('locked');
  });

  it('locks when the heartbeat fires long after it was due (the system slept)', async () => {
    await raise('alarms.onAlarm', { name: 'heartbeat', scheduledTime: Date.now() - 1_000 });
    expect(locks.count).toBe(0);
    expect(await status()).toBe('unlocked');
    await raise('alarms.onAlarm', { name: 'heartbeat', scheduledTime: Date.now() - 10 * 60_000 });
    expect(locks.count).toBe(1);
    expect(await status()).toBe('locked');
  });
});
