// 'popup/open' through the real dispatch, with storage in memory and a fake vault: one answer
// holds exactly what the five separate messages it replaced answer, locked or not, with or
// without a tab; the tab state it reads from memory is the one stored, across a worker restart.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Sender } from '../../../src/shared/protocol/sender';
import { createEntry, type Entry } from '../../../src/vault/core/entry';

const fake = await vi.hoisted(async () => {
  const { memoryArea } = await import('./memory-storage');
  const local = memoryArea();
  const session = memoryArea();
  const browser = { storage: { local, session }, runtime: { getManifest: () => ({ version: '1.2.3' }) }, idle: { setDetectionInterval: () => undefined } };
  return { local, session, browser, vault: { locked: false, entries: new Map<string, Entry>() } };
});

vi.mock('webextension-polyfill', () => ({ default: fake.browser }));
vi.mock('../../../src/vault/background/vault', () => {
  const loaded = () => ({ key: null, entries: fake.vault.entries, unreadable: [] });
  return {
    openVault: async () =>
      fake.vault.locked
        ? { state: { status: 'locked', entries: null, unreadable: 0 }, vault: null }
        : { state: { status: 'unlocked', entries: fake.vault.entries.size, unreadable: 0 }, vault: loaded() },
    unlocked: async () => {
      if (!fake.vault.locked) return loaded();
      const { ReplyFailure } = await import('../../../src/shared/protocol/reply');
      throw new ReplyFailure('locked', 'the vault is locked');
    },
  };
});
vi.stubGlobal('__TARGET__', 'chrome');

async function load() {
  const { dispatch } = await import('../../../src/shared/protocol/dispatch');
  const { createHandlers } = await import('../../../src/background/handlers');
  const handlers = createHandlers(42);
  return async (type: string, payload: unknown, sender: Sender) => (await dispatch(handlers, { type, payload }, sender)) as { ok: boolean; value?: any; error?: { code: string } }; // eslint-disable-line @typescript-eslint/no-explicit-any -- test reads replies loosely
}
type Send = Awaited<ReturnType<typeof load>>;

const popup: Sender = { kind: 'extension', origin: 'chrome-extension://x', url: 'chrome-extension://x/popup.html', tabId: undefined, frameId: undefined };
const content = (tabId: number, url: string): Sender => ({ kind: 'content', origin: new URL(url).origin, url, tabId, frameId: 0 });
const entry = (id: string, origin: string, username: string) => createEntry({ id, site: { origins: [origin], match: 'site' }, username, password: 'Pw-1' }, 1);
const report = (url: string) => ({ url, pageClass: 'login', forms: [], signals: [], ms: 1 });

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

  beforeEach(async () => {
    fake.local.map.clear();
    fake.session.map.clear();
    fake.vault.locked = false;
    fake.vault.entries = new Map(
      [entry('a', 'https://shop.test', 'me@mail.test'), entry('b', 'https://other.test', 'you@mail.test'), entry('c', 'https://www.shop.test', 'alt@mail.test')].map((e) => [e.id, e]),
    );
    vi.resetModules();
    send = await load();
    await send('settings/set', { language: 'es', clipboardClearSeconds: 45, theme: 'dark' }, popup);
    await send('content/hello', {}, content(7, 'https://shop.test/login'));
    await send('page/report', report('https://shop.test/login'), content(7, 'https://shop.test/login'));
  });

  it('answers in one reply what the separate messages answer, for a tab', async () => {
    const reply = await send('popup/open', { tabId: 7, limit: 2 }, popup);
    expect(reply.ok).toBe(true);
    expect(reply.value).toEqual(await separately(send, 7, 2));
    expect(reply.value).toMatchObject({
      status: { version: '1.2.3', startedAt: 42 },
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
    expect(reply.value.list.items.map((e: Entry) => e.id).sort()).toEqual(['a', 'c']);
    expect(JSON.stringify(reply.value)).not.toContain('Pw-1');
  });

  it('answers without a tab, and locked without a list', async () => {
    expect((await send('popup/open', { tabId: null, limit: 30 }, popup)).value).toMatchObject({ tab: null, list: { siteFirst: 0, all: 3 } });
    fake.vault.locked = true;
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
    vi.resetModules();
    send = await load();
    expect((await send('popup/open', { tabId: 7, limit: 1 }, popup)).value.tab).toMatchObject({ hello: { url: 'https://shop.test/login' }, report: { pageClass: 'login' } });
    // A new document in the tab starts a fresh state, in memory and in storage alike.
    await send('content/hello', {}, content(7, 'https://other.test/'));
    expect((await send('popup/open', { tabId: 7, limit: 1 }, popup)).value.tab).toMatchObject({ hello: { url: 'https://other.test/' }, report: null });
    expect(fake.session.map.get('tab:7')).toMatchObject({ data: { hello: { url: 'https://other.test/' }, report: null } });
    const { forgetTab } = await import('../../../src/detect/background/tab-state');
    await forgetTab(7);
    expect(fake.session.map.has('tab:7')).toBe(false);
    expect((await send('popup/open', { tabId: 7, limit: 1 }, popup)).value.tab).toEqual({ hello: null, report: null });
  });
});
