// The unlocked key and its auto-lock deadline (vault/background/keyring.ts), with storage.session
// and alarms in memory. The deadline is mirrored in memory because this worker is its only writer:
// a message reads storage.session only in a worker that has not read or written it yet, and the
// mirror still locks exactly as the stored deadline says, before and after a worker restart.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = await vi.hoisted(async () => {
  const { memoryArea } = await import('./memory-storage');
  const session = memoryArea();
  const alarms = new Map<string, number>();
  const browser = {
    storage: { session },
    alarms: {
      create: async (name: string, { when }: { when: number }) => void alarms.set(name, when),
      clear: async (name: string) => alarms.delete(name),
    },
  };
  return { session, alarms, browser, reads: { count: 0 } };
});

vi.mock('webextension-polyfill', () => ({ default: fake.browser }));

const RAW = new Uint8Array(32).fill(7);
const T0 = 1_000_000;

/** A fresh worker: module state empty, storage.session as the last worker left it. */
async function worker() {
  vi.resetModules();
  return import('../../../src/vault/background/keyring');
}

beforeEach(() => {
  fake.session.map.clear();
  fake.alarms.clear();
  fake.reads.count = 0;
  const get = fake.session.get.bind(fake.session);
  fake.session.get = async (keys) => {
    fake.reads.count++;
    return get(keys);
  };
});

describe('the auto-lock deadline', () => {
  it('is read from storage once per worker, not on every message', async () => {
    const first = await worker();
    await first.storeKey(RAW, await crypto.subtle.importKey('raw', RAW, 'AES-GCM', false, ['encrypt']), T0 + 60_000);
    expect(fake.alarms.get(first.AUTO_LOCK_ALARM)).toBe(T0 + 60_000);
    for (let i = 0; i < 5; i++) expect(await first.currentKey(T0 + i)).not.toBeNull();
    // storeKey wrote it: the worker already knows it.
    expect(fake.reads.count).toBe(0);

    const restarted = await worker();
    for (let i = 0; i < 5; i++) expect(await restarted.currentKey(T0 + i)).not.toBeNull();
    // One read of the deadline, one of the key (imported once, then kept in memory).
    expect(fake.reads.count).toBe(2);
  });

  it('locks once the deadline passes, in the worker that set it and in a restarted one', async () => {
    const first = await worker();
    await first.storeKey(RAW, await crypto.subtle.importKey('raw', RAW, 'AES-GCM', false, ['encrypt']), T0 + 60_000);
    expect(await first.currentKey(T0 + 59_999)).not.toBeNull();
    expect(await first.currentKey(T0 + 60_000)).toBeNull();
    // Locked means forgotten: the key and the deadline are gone from the session, the alarms too.
    expect(fake.session.map.size).toBe(0);
    expect(fake.alarms.size).toBe(0);

    const again = await worker();
    await again.storeKey(RAW, await crypto.subtle.importKey('raw', RAW, 'AES-GCM', false, ['encrypt']), T0 + 60_000);
    const restarted = await worker();
    expect(await restarted.currentKey(T0 + 60_001)).toBeNull();
    expect(fake.session.map.has('vault:key')).toBe(false);
  });

  it('follows activity: an extension is stored (and mirrored) once it moves the deadline by 10 s or more', async () => {
    const keyring = await worker();
    await keyring.storeKey(RAW, await crypto.subtle.importKey('raw', RAW, 'AES-GCM', false, ['encrypt']), T0 + 60_000);
    await keyring.extendDeadline(T0 + 65_000);
    expect(fake.session.map.get('vault:deadline')).toBe(T0 + 60_000);
    await keyring.extendDeadline(T0 + 70_000);
    expect(fake.session.map.get('vault:deadline')).toBe(T0 + 70_000);
    expect(fake.alarms.get(keyring.AUTO_LOCK_ALARM)).toBe(T0 + 70_000);
    // The mirror holds what is stored, so the lock comes exactly when storage says.
    expect(await keyring.currentKey(T0 + 69_999)).not.toBeNull();
    expect(await keyring.currentKey(T0 + 70_000)).toBeNull();
  });

  it('never locks by time when the setting is "until the browser restarts" (no deadline)', async () => {
    const keyring = await worker();
    await keyring.storeKey(RAW, await crypto.subtle.importKey('raw', RAW, 'AES-GCM', false, ['encrypt']), null);
    // No deadline alarm; the heartbeat that notices a system asleep stays (lock-watch.ts).
    expect([...fake.alarms.keys()]).toEqual([keyring.HEARTBEAT_ALARM]);
    const restarted = await worker();
    expect(await restarted.currentKey(T0 + 10 * 365 * 86_400_000)).not.toBeNull();
  });
});
