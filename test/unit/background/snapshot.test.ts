// The vault's snapshot in storage.session (vault/background/snapshot.ts), with storage in memory
// and real WebCrypto: what was sealed comes back equal; anything it cannot trust (another key, one
// altered character, a sealed entry record put in its place, a future format) is ignored so the
// records are read instead; a vault too large for it, or a full storage, keeps none at all.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { sealRecord } from '../../../src/vault/core/crypto/record';
import { createEntry } from '../../../src/vault/core/entry';

const fake = await vi.hoisted(async () => {
  const { memoryArea } = await import('./memory-storage');
  const session = memoryArea();
  return { session, browser: { storage: { session } }, failWrites: false };
});
vi.mock('webextension-polyfill', () => ({ default: fake.browser }));

const { readSnapshot, writeSnapshot, forgetSnapshot, SNAPSHOT_KEY, MAX_SNAPSHOT_CHARS } = await import('../../../src/vault/background/snapshot');

const newKey = () => crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
const entry = (i: number, notes = '') =>
  createEntry({ id: `id-${i}`, site: { origins: [`https://shop-${i}.example`], match: 'site' }, username: `buyer${i}@mail.example`, password: `Pw-${i}`, notes }, 1_700_000_000_000 + i);
const entries = (count: number, notes = '') => new Map(Array.from({ length: count }, (_, i) => [`id-${i}`, entry(i, notes)] as const));

const originalSet = fake.session.set.bind(fake.session);
beforeEach(() => {
  fake.session.map.clear();
  fake.session.set = originalSet;
});

describe('the vault snapshot', () => {
  it('gives back exactly the entries and unreadable records it sealed, under the same key only', async () => {
    const key = await newKey();
    const sealed = entries(50);
    const unreadable = [{ id: 'broken', problem: 'tampered' as const }];
    await writeSnapshot(key, sealed, unreadable);
    const stored = fake.session.map.get(SNAPSHOT_KEY) as { ct: string };
    // Sealed: no username or password in the clear.
    expect(JSON.stringify(stored)).not.toContain('buyer1@');
    expect(JSON.stringify(stored)).not.toContain('Pw-1');
    expect(await readSnapshot(key)).toEqual({ entries: sealed, unreadable });
    expect(await readSnapshot(await newKey())).toBeNull();
  });

  it('is ignored when altered, replaced by an entry record, of another format, or absent', async () => {
    const key = await newKey();
    await writeSnapshot(key, entries(3), []);
    const stored = fake.session.map.get(SNAPSHOT_KEY) as { ct: string };
    const flipped = stored.ct[10] === 'A' ? 'B' : 'A';
    fake.session.map.set(SNAPSHOT_KEY, { ...stored, ct: stored.ct.slice(0, 10) + flipped + stored.ct.slice(11) });
    expect(await readSnapshot(key)).toBeNull();
    fake.session.map.set(SNAPSHOT_KEY, await sealRecord(key, 'id-1', 1, JSON.stringify(entry(1))));
    expect(await readSnapshot(key)).toBeNull();
    fake.session.map.set(SNAPSHOT_KEY, await sealRecord(key, 'snapshot', 2, JSON.stringify({ entries: [], unreadable: [] })));
    expect(await readSnapshot(key)).toBeNull();
    fake.session.map.set(SNAPSHOT_KEY, await sealRecord(key, 'snapshot', 1, JSON.stringify({ entries: [{ id: 'x' }], unreadable: [] })));
    expect(await readSnapshot(key)).toBeNull();
    await forgetSnapshot();
    expect(await readSnapshot(key)).toBeNull();
  });

  it('keeps none for a vault too large for it, or when storage refuses the write', async () => {
    const key = await newKey();
    await writeSnapshot(key, entries(3), []);
    expect(fake.session.map.has(SNAPSHOT_KEY)).toBe(true);
    // About 20,000 characters of notes per entry: over the limit with 300 entries.
    const large = entries(300, 'n'.repeat(20_000));
    expect(JSON.stringify([...large.values()]).length).toBeGreaterThan(MAX_SNAPSHOT_CHARS);
    await writeSnapshot(key, large, []);
    expect(fake.session.map.has(SNAPSHOT_KEY)).toBe(false);

    await writeSnapshot(key, entries(3), []);
    fake.session.set = async () => {
      throw new Error('Session storage quota bytes exceeded.');
    };
    await writeSnapshot(key, entries(4), []);
    expect(fake.session.map.has(SNAPSHOT_KEY)).toBe(false);
  });
});
