// 'popup/open' through the real handlers and the real vault over storage in memory: one answer
// holds exactly what the five separate messages it replaced answer, locked or not, with or
// without a tab; the tab state it reads from memory is the one stored, across a worker restart.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { reportOf } from '../detect/snapshot-of';
import type { Sender } from '../../../src/shared/protocol/sender';
import { contentOf as content, copyStorage, newStorage, startWorker, valueOf, type Storage } from './worker';

vi.stubGlobal('__TARGET__', 'chrome');

const MASTER = 'a sturdy master passphrase';
const PASSWORD = 'Pw-1-stored';
const STARTED_AT = 42;
const VERSION = '1.2.3';

type Loose = { ok: boolean; value?: any; error?: { code: string } }; // eslint-disable-line @typescript-eslint/no-explicit-any -- test reads replies loosely
type Send = (type: string, payload: unknown, sender: Sender) => Promise<Loose>;

/** A new worker over `storage`: the real handlers and the real vault. */
async function load(storage: Storage): Promise<Send> {
  const worker = await startWorker(storage, { startedAt: STARTED_AT, version: VERSION });
  return async (type, payload, sender) => (await worker.send(type, payload, sender)) as Loose;
}

const popup: Sender = { kind: 'extension', origin: 'chrome-extension://x', url: 'chrome-extension://x/popup.html', tabId: undefined, frameId: undefined };

// A vault made once, with a real master password, unlocked, three entries saved through the real
// write queue; each test starts a worker over a copy of it (the key in storage.session: unlocked).
let made: Storage;
beforeAll(async () => {
  made = newStorage();
  const worker = await startWorker(made);
  valueOf(await worker.send('vault/create', { password: MASTER }), 'create');
  for (const [origin, username] of [['https://shop.test', 'me@mail.test'], ['https://other.test', 'you@mail.test'], ['https://www.shop.test', 'alt@mail.test']]) {
    valueOf(await worker.send('entries/save', { site: { origins: [origin], match: 'site' }, username, password: PASSWORD, notes: '' }), 'save');
  }
});

/** What the popup asked for before 'popup/open', message by message. */
async function separately(send: Send, tabId: number | null, limit: number) {
  const [status, vault, tab, list, settings] = await Promise.all([
    send('status', {}, popup),
    send('vault/state', {}, popup),
    tabId === null ? null : send('tab/state', { tabId }, popup),
    send('entries/list', { tabId, query: '', offset: 0, limit }, popup),
    send('settings/get', {}, popup),
  ]);
  return {
    status: status.value, vault: vault.value, tab: tab?.value ?? null, list: list.ok ? list.value : null,
    clipboardClearSeconds: settings.value.clipboardClearSeconds, language: settings.value.language, theme: settings.value.theme,
  };
}

describe('popup/open', () => {
  let send: Send;
  let storage: Storage;

  beforeEach(async () => {
    storage = copyStorage(made);
    send = await load(storage);
    await send('settings/set', { language: 'es', clipboardClearSeconds: 45, theme: 'dark' }, popup);
    await send('content/hello', {}, content(7, 'https://shop.test/login'));
    await send('page/report', reportOf('https://shop.test/login', 'login'), content(7, 'https://shop.test/login'));
  });

  it('answers in one reply what the separate messages answer, for a tab', async () => {
    const reply = await send('popup/open', { tabId: 7, limit: 2 }, popup);
    expect(reply.ok).toBe(true);
    expect(reply.value).toEqual(await separately(send, 7, 2));
    expect(reply.value).toMatchObject({
      status: { version: VERSION, startedAt: STARTED_AT },
      vault: { status: 'unlocked', entries: 3 },
      tab: { hello: { url: 'https://shop.test/login' }, report: { pageClass: 'login' } },
      list: { all: 3, total: 3 },
      clipboardClearSeconds: 45,
      language: 'es',
      theme: 'dark',
    });
    expect(reply.value.list.items).toHaveLength(2);
    // The tab's site first: both shop.test entries before other.test, which sorts before www.shop.test.
    expect(reply.value.list.siteFirst).toBe(2);
    expect(reply.value.list.items.map((e: { username: string }) => e.username).sort()).toEqual(['alt@mail.test', 'me@mail.test']);
    expect(JSON.stringify(reply.value)).not.toContain(PASSWORD);
  });

  it('answers without a tab, and locked without a list', async () => {
    expect((await send('popup/open', { tabId: null, limit: 30 }, popup)).value).toMatchObject({ tab: null, list: { siteFirst: 0, all: 3 } });
    expect(await send('vault/lock', {}, popup)).toMatchObject({ ok: true, value: { status: 'locked' } });
    const locked = await send('popup/open', { tabId: 7, limit: 30 }, popup);
    expect(locked.value).toEqual(await separately(send, 7, 30));
    expect(locked.value).toMatchObject({ vault: { status: 'locked', entries: null }, list: null, tab: { hello: { url: 'https://shop.test/login' } } });
  });

  it('is for our own pages only, and checks what it is asked', async () => {
    expect(await send('popup/open', { tabId: 7, limit: 30 }, content(7, 'https://shop.test/login'))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // Our page framed in a shop (the prompt, the guide) never sees the vault's list.
    const framed: Sender = { kind: 'embedded', origin: 'chrome-extension://x', url: 'chrome-extension://x/prompt.html', tabId: 7, frameId: 3 };
    expect(await send('popup/open', { tabId: 7, limit: 30 }, framed)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await send('popup/open', { tabId: 7, limit: 5000 }, popup)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('reads the tab as stored: after a worker restart, a new page and a closed tab', async () => {
    send = await load(storage);
    expect((await send('popup/open', { tabId: 7, limit: 1 }, popup)).value.tab).toMatchObject({ hello: { url: 'https://shop.test/login' }, report: { pageClass: 'login' } });
    // A new document in the tab starts a fresh state, in memory and in storage alike.
    await send('content/hello', {}, content(7, 'https://other.test/'));
    expect((await send('popup/open', { tabId: 7, limit: 1 }, popup)).value.tab).toMatchObject({ hello: { url: 'https://other.test/' }, report: null });
    expect(storage.session.map.get('tab:7')).toMatchObject({ data: { hello: { url: 'https://other.test/' }, report: null } });
    const { forgetTab } = await import('../../../src/detect/background/tab-state');
    await forgetTab(7);
    expect(storage.session.map.has('tab:7')).toBe(false);
    expect((await send('popup/open', { tabId: 7, limit: 1 }, popup)).value.tab).toEqual({ hello: null, report: null });
  });
});
