// Settings that cannot be read (written by a newer version after a downgrade, or damaged) are used
// as defaults but never written over, by any settings message; the options page learns why and the
// user's explicit reset is the one write that replaces them. Through the real dispatch and handlers.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_SPEC } from '../../../src/settings/core/settings';
import { newStorage, startWorker, type Storage, type Worker } from './worker';
vi.mock('hash-wasm', async (real) => (await import('../remembered-argon2')).remembering(await real()));

vi.stubGlobal('__TARGET__', 'chrome');

const stored = {
  'written by a newer version': [{ v: SETTINGS_SPEC.version + 1, data: { ...DEFAULT_SETTINGS, autoLock: '5', colourScheme: 'dusk' } }, 'newer-version'],
  damaged: [{ v: SETTINGS_SPEC.version, data: { ...DEFAULT_SETTINGS, clipboardClearSeconds: 'soon' } }, 'damaged'],
  'not in an envelope': [{ autoLock: '5' }, 'damaged'],
} as const;

describe('settings that cannot be read', () => {
  let storage: Storage;
  let worker: Worker;
  beforeEach(async () => {
    storage = newStorage();
    worker = await startWorker(storage);
  });

  it.each(Object.entries(stored))('%s: every write is refused and changes nothing; a reset replaces them', async (_name, [raw, problem]) => {
    storage.local.map.set('settings', structuredClone(raw));
    expect(await worker.send('settings/get', {})).toEqual({ ok: true, value: DEFAULT_SETTINGS });
    expect(await worker.send('settings/problem', {})).toEqual({ ok: true, value: { problem } });
    for (const [type, payload] of [
      ['settings/set', { autoLock: '60' }],
      ['settings/set', {}],
      ['settings/never-save', { action: 'add', site: 'https://shop.test' }],
      ['settings/never-save', { action: 'remove', site: 'shop.test' }],
    ] as const) {
      const reply = await worker.send(type, payload);
      expect(reply, type).toMatchObject({ ok: false, error: { code: 'unreadable' } });
      expect(storage.local.map.get('settings'), type).toEqual(raw);
    }
    expect(await worker.send('settings/reset', {})).toEqual({ ok: true, value: DEFAULT_SETTINGS });
    expect(await worker.send('settings/problem', {})).toEqual({ ok: true, value: { problem: null } });
    expect(await worker.send('settings/set', { autoLock: '60' })).toMatchObject({ ok: true, value: { autoLock: '60' } });
    // A new worker reads what the reset and the save wrote.
    const next = await startWorker(storage);
    expect(await next.send('settings/get', {})).toMatchObject({ ok: true, value: { autoLock: '60', clipboardClearSeconds: 30 } });
  });

  it('readable settings have no problem, and a write keeps what it did not change', async () => {
    expect(await worker.send('settings/problem', {})).toEqual({ ok: true, value: { problem: null } });
    await worker.send('settings/set', { clipboardClearSeconds: 90 });
    await worker.send('settings/never-save', { action: 'add', site: 'https://shop.test' });
    expect(await (await startWorker(storage)).send('settings/get', {})).toMatchObject({ ok: true, value: { clipboardClearSeconds: 90, neverSave: ['shop.test'] } });
  });
});
