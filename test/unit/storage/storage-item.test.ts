// A declared storage item (shared/platform/storage-item.ts) over storage in memory: an item that keeps
// unreadable values refuses every write while what is stored cannot be read, and leaves it exactly
// as it was; only an explicit reset replaces it. A replaceable item (session flow state) writes.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { UnreadableStoredValue } from '../../../src/shared/storage/versioned';

const fake = await vi.hoisted(async () => {
  const { memoryArea } = await import('../background/memory-storage');
  const local = memoryArea();
  return { local, browser: { storage: { local, session: local } } };
});
vi.mock('webextension-polyfill', () => ({ default: fake.browser }));

const { defineItem } = await import('../../../src/shared/platform/storage-item');

const Prefs = z.object({ theme: z.enum(['light', 'dark']) });
const item = (whenUnreadable: 'keep' | 'replace') =>
  defineItem({ area: 'local', key: 'prefs', schema: Prefs, fallback: { theme: 'light' as const }, version: 1, whenUnreadable });

const unreadable = [
  ['written by a newer version', { v: 2, data: { theme: 'dark', font: 'serif' } }, 'newer-version'],
  ['damaged', { v: 1, data: { theme: 'purple' } }, 'damaged'],
  ['not in an envelope', 'dark', 'damaged'],
] as const;

beforeEach(() => fake.local.map.clear());

describe('a storage item that keeps unreadable values', () => {
  it.each(unreadable)('refuses set and update while the stored value is %s, and changes nothing', async (_name, raw, problem) => {
    fake.local.map.set('prefs', structuredClone(raw));
    const prefs = item('keep');
    expect(await prefs.get()).toMatchObject({ value: { theme: 'light' }, problem });
    const refused = await prefs.set({ theme: 'dark' }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(UnreadableStoredValue);
    expect(refused).toMatchObject({ key: 'prefs', problem });
    await expect(prefs.update(() => ({ theme: 'dark' }))).rejects.toBeInstanceOf(UnreadableStoredValue);
    expect(fake.local.map.get('prefs')).toEqual(raw);
  });

  it('writes over nothing, over a readable value, and over anything once reset', async () => {
    const prefs = item('keep');
    await prefs.set({ theme: 'dark' });
    expect(await prefs.update((current) => ({ theme: current.theme === 'dark' ? 'light' : 'dark' }))).toEqual({ theme: 'light' });
    fake.local.map.set('prefs', { v: 9, data: {} });
    await prefs.reset({ theme: 'light' });
    expect(await prefs.get()).toEqual({ value: { theme: 'light' } });
    await prefs.set({ theme: 'dark' });
    expect(await prefs.get()).toEqual({ value: { theme: 'dark' } });
  });
});

describe('a storage item that replaces unreadable values (session flow state)', () => {
  it.each(unreadable)('writes over a value %s; update starts from the fallback', async (_name, raw) => {
    fake.local.map.set('prefs', structuredClone(raw));
    const prefs = item('replace');
    expect(await prefs.update((current) => current)).toEqual({ theme: 'light' });
    await prefs.set({ theme: 'dark' });
    expect(await prefs.get()).toEqual({ value: { theme: 'dark' } });
  });
});
