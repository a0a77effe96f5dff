import { describe, expect, it } from 'vitest';
import { dispatch, type Handlers } from '../../../src/shared/protocol/dispatch';
import { protocol } from '../../../src/shared/protocol/messages';
import type { Sender } from '../../../src/shared/protocol/sender';
import { DEFAULT_SETTINGS } from '../../../src/settings/core/settings';

const content: Sender = { kind: 'content', origin: 'https://shop.test', url: 'https://shop.test/', tabId: 3, frameId: 0 };
const page: Sender = { kind: 'extension', origin: 'chrome-extension://x', url: 'chrome-extension://x/p.html', tabId: undefined, frameId: undefined };

// Every message not under test answers with a failure the assertions would notice.
const unexpected = Object.fromEntries(
  Object.keys(protocol).map((type) => [type, () => { throw new Error(`unexpected ${type}`); }]),
) as unknown as Handlers;

function handlers(over: Partial<Handlers> = {}): Handlers {
  return {
    ...unexpected,
    status: () => ({ version: '1', target: 'chrome', startedAt: 1 }),
    'content/hello': (_r, s) => ({ tabId: s.tabId ?? -1, frameId: s.frameId ?? 0, top: s.frameId === 0, guided: false }),
    'page/report': ({ seq }) => ({ seq, stored: true, report: null }),
    'tab/state': () => ({ hello: null, report: null }),
    'settings/get': () => DEFAULT_SETTINGS,
    'settings/set': (patch) => ({ ...DEFAULT_SETTINGS, ...patch }),
    ...over,
  };
}

describe('dispatch', () => {
  it('answers a valid message from an allowed sender', async () => {
    expect(await dispatch(handlers(), { type: 'content/hello', payload: {} }, content)).toEqual({
      ok: true,
      value: { tabId: 3, frameId: 0, top: true, guided: false },
    });
  });

  it.each([
    ['an unknown sender', { type: 'status', payload: {} }, null, 'forbidden'],
    ['a non-envelope', 'hello', content, 'bad-request'],
    ['an unknown type', { type: 'vault/dump', payload: {} }, content, 'unknown-type'],
    ['a prototype key as type', { type: 'constructor', payload: {} }, content, 'unknown-type'],
    ['settings from a content script', { type: 'settings/set', payload: { promptsEnabled: false } }, content, 'forbidden'],
    ['a password from a content script', { type: 'entries/password', payload: { id: 'x' } }, content, 'forbidden'],
    ['a fill request from a content script', { type: 'fill/entry', payload: { tabId: 3, entryId: 'x' } }, content, 'forbidden'],
    ['an unlock from a content script', { type: 'vault/unlock', payload: { password: 'guess' } }, content, 'forbidden'],
    ['the entry list from a content script', { type: 'entries/list', payload: { tabId: null, query: '', offset: 0, limit: 5 } }, content, 'forbidden'],
    ['a page report from an extension page', { type: 'page/report', payload: {} }, page, 'forbidden'],
    ['a payload that fails its schema', { type: 'settings/set', payload: { clipboardClearSeconds: 'soon' } }, page, 'bad-request'],
  ] as const)('refuses %s', async (_name, raw, sender, code) => {
    const reply = await dispatch(handlers(), raw, sender);
    expect(reply).toMatchObject({ ok: false, error: { code } });
  });

  it('turns a throwing handler into an internal error instead of a rejected promise', async () => {
    const reply = await dispatch(handlers({ 'settings/get': () => { throw new Error('disk on fire'); } }), { type: 'settings/get', payload: {} }, page);
    expect(reply).toEqual({ ok: false, error: { code: 'internal', message: '"settings/get" failed: disk on fire' } });
  });

  it('checks replies against the protocol too', async () => {
    const broken = handlers({ 'settings/get': () => ({ ...DEFAULT_SETTINGS, autoLock: 'never' as never }) });
    expect(await dispatch(broken, { type: 'settings/get', payload: {} }, page)).toMatchObject({ ok: false, error: { code: 'bad-reply' } });
  });
});

describe('who may ask for secrets', () => {
  it('only top-level extension pages may ask for passwords, fills, unlocks or the entry list', async () => {
    const { protocol } = await import('../../../src/shared/protocol/messages');
    for (const type of ['entries/password', 'fill/entry', 'vault/unlock', 'vault/create', 'vault/change-master', 'entries/list', 'import/preview', 'import/commit'] as const) {
      expect(protocol[type].from, type).toEqual(['extension']);
    }
  });
});
