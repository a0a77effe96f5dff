// The delayed clipboard clear (vault/background/clipboard-clear.ts) outlives the browser: the time is
// stored in storage.local (only a time), and the next start of the background clears at once if
// it is due, or arms the clear again for the time left. Storage in memory; a browser restart is a
// new module instance over the same storage.local and an empty storage.session.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const fake = await vi.hoisted(async () => {
  const { memoryArea } = await import('./memory-storage');
  const local = memoryArea();
  let session = memoryArea();
  const alarms = new Map<string, number>();
  const clears: number[] = [];
  const browser = {
    storage: { local, get session() { return session; } },
    alarms: {
      create: async (name: string, { when }: { when: number }) => void alarms.set(name, when),
      clear: async (name: string) => alarms.delete(name),
    },
  };
  return { local, alarms, clears, browser, restartBrowser: () => ((session = memoryArea()), alarms.clear()) };
});
vi.mock('webextension-polyfill', () => ({ default: fake.browser }));
vi.mock('../../../src/shared/platform/clipboard', () => ({ clearClipboard: async () => (fake.clears.push(Date.now()), true) }));

const T0 = Date.UTC(2025, 0, 10, 12);
const load = async () => {
  vi.resetModules();
  return import('../../../src/vault/background/clipboard-clear');
};

describe('the delayed clipboard clear', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.setSystemTime(T0);
    fake.local.map.clear();
    fake.clears.length = 0;
    fake.restartBrowser();
  });
  afterEach(() => void vi.useRealTimers());

  it('stores only the time, in storage.local, and clears when it comes', async () => {
    const clipboard = await load();
    const at = await clipboard.scheduleClipboardClear(T0);
    expect(at).toBe(T0 + 30_000);
    expect([...fake.local.map]).toEqual([['clipboard:clearAt', { v: 1, data: at }]]);
    expect(fake.alarms.get(clipboard.CLIPBOARD_ALARM)).toBe(at);
    await vi.advanceTimersByTimeAsync(29_000);
    expect(fake.clears).toEqual([]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(fake.clears).toEqual([at]);
    expect(fake.local.map.has('clipboard:clearAt')).toBe(false);
  });

  it('clears at the next start of a browser that quit after the time had come', async () => {
    const at = await (await load()).scheduleClipboardClear(T0);
    fake.restartBrowser(); // the browser quits before the delay: no timer, no alarm, no session
    vi.setSystemTime(at + 3_600_000);
    await (await load()).resumeClipboardClear(Date.now());
    expect(fake.clears).toHaveLength(1);
    expect(fake.local.map.has('clipboard:clearAt')).toBe(false);
  });

  it('arms the clear again at the start of a browser that quit before the time came', async () => {
    const at = await (await load()).scheduleClipboardClear(T0);
    fake.restartBrowser();
    vi.setSystemTime(T0 + 10_000);
    const clipboard = await load();
    await clipboard.resumeClipboardClear(Date.now());
    expect(fake.clears).toEqual([]);
    expect(fake.alarms.get(clipboard.CLIPBOARD_ALARM)).toBe(at);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(fake.clears).toEqual([at]);
  });

  it('clears at once when the stored time cannot be read, and does nothing when none is stored', async () => {
    await (await load()).resumeClipboardClear(T0);
    expect(fake.clears).toEqual([]);
    fake.local.map.set('clipboard:clearAt', { v: 7, data: 'later' });
    await (await load()).resumeClipboardClear(T0);
    expect(fake.clears).toHaveLength(1);
    expect(fake.local.map.has('clipboard:clearAt')).toBe(false);
  });
});
