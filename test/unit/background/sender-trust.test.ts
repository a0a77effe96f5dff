// The background believes only the browser (DESIGN.md rule 8), through the real dispatch and
// handlers with storage in memory and a fake vault: a content script's hello claims nothing, a
// report of another origin is refused, a late report of the page before is not kept, and what the
// popup lists and fills for a tab follows the sender's URL, never a page's claim.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { FillCommand } from '../../../src/shared/protocol/commands';
import type { Sender } from '../../../src/shared/protocol/sender';
import { createEntry, type Entry } from '../../../src/vault/core/entry';

const fake = await vi.hoisted(async () => {
  const { memoryArea } = await import('./memory-storage');
  const local = memoryArea();
  const session = memoryArea();
  // Every fill command a tab was sent, and the tab's answer (the content script's own checks are not under test here).
  const fills: { tabId: number; command: FillCommand }[] = [];
  const tabs = {
    sendMessage: async (tabId: number, command: FillCommand) => {
      fills.push({ tabId, command });
      return { filled: true, reason: 'filled' };
    },
  };
  const browser = { storage: { local, session }, tabs, runtime: { getManifest: () => ({ version: '1' }) } };
  return { local, session, browser, fills, entries: new Map<string, Entry>() };
});

vi.mock('webextension-polyfill', () => ({ default: fake.browser }));
vi.mock('../../../src/vault/background/vault', () => {
  const loaded = () => ({ key: null, entries: fake.entries, unreadable: [] });
  return {
    openVault: async () => ({ state: { status: 'unlocked', entries: fake.entries.size, unreadable: 0 }, vault: loaded() }),
    unlocked: async () => loaded(),
  };
});
vi.mock('../../../src/vault/background/entry-writes', () => ({
  changeEntries: async <T>(_now: number, update: (current: ReadonlyMap<string, Entry>) => { put?: readonly Entry[]; result: T }) => {
    const { put = [], result } = update(fake.entries);
    for (const entry of put) fake.entries.set(entry.id, entry);
    return result;
  },
}));
vi.stubGlobal('__TARGET__', 'chrome');

async function load() {
  const { dispatch } = await import('../../../src/shared/protocol/dispatch');
  const { createHandlers } = await import('../../../src/background/handlers');
  const handlers = createHandlers(0);
  return async (type: string, payload: unknown, sender: Sender) => (await dispatch(handlers, { type, payload }, sender)) as { ok: boolean; value?: any; error?: { code: string } }; // eslint-disable-line @typescript-eslint/no-explicit-any -- test reads replies loosely
}
type Send = Awaited<ReturnType<typeof load>>;

const BANK = 'https://bank.test/login';
const EVIL = 'https://evil.test/';
const popup: Sender = { kind: 'extension', origin: 'chrome-extension://x', url: 'chrome-extension://x/popup.html', tabId: undefined, frameId: undefined };
const content = (tabId: number, url: string): Sender => ({ kind: 'content', origin: new URL(url).origin, url, tabId, frameId: 0 });
const report = (url: string, pageClass = 'login') => ({ url, pageClass, forms: [], signals: [], ms: 1 });
const tabState = async (send: Send, tabId: number) => (await send('tab/state', { tabId }, popup)).value;

describe('what the background believes about a tab', () => {
  let send: Send;

  beforeEach(async () => {
    fake.local.map.clear();
    fake.session.map.clear();
    fake.fills.length = 0;
    fake.entries = new Map([['bank', createEntry({ id: 'bank', site: { origins: ['https://bank.test'], match: 'site' }, username: 'me@mail.test', password: 'Bank-Pass-1' }, 1)]]);
    vi.resetModules();
    send = await load();
  });

  it('records the URL the sender loaded, and refuses a hello that claims one', async () => {
    expect(await send('content/hello', { url: BANK }, content(7, EVIL))).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await tabState(send, 7)).toEqual({ hello: null, report: null });
    expect(await send('content/hello', {}, content(7, EVIL))).toMatchObject({ ok: true, value: { tabId: 7, frameId: 0, top: true } });
    expect((await tabState(send, 7)).hello.url).toBe(EVIL);
  });

  it('lists and fills the bank entry only in a tab whose sender is the bank', async () => {
    await send('content/hello', {}, content(7, EVIL));
    const list = await send('entries/list', { tabId: 7, query: '', offset: 0, limit: 10 }, popup);
    expect(list.value.siteFirst).toBe(0);
    expect(await send('fill/entry', { tabId: 7, entryId: 'bank' }, popup)).toEqual({ ok: true, value: { filled: false, reason: 'not-matching' } });
    expect(fake.fills).toEqual([]);
    await send('content/hello', {}, content(8, BANK));
    const atBank = (await send('entries/list', { tabId: 8, query: '', offset: 0, limit: 10 }, popup)).value;
    expect(atBank.items.slice(0, atBank.siteFirst).map((e: Entry) => e.id)).toEqual(['bank']);
    expect(await send('fill/entry', { tabId: 8, entryId: 'bank' }, popup)).toMatchObject({ ok: true, value: { filled: true } });
    expect(fake.fills).toMatchObject([{ tabId: 8, command: { kind: 'fill', pageUrl: BANK } }]);
  });

  it('refuses a report of another origin than its sender\'s, and keeps nothing of it', async () => {
    await send('content/hello', {}, content(7, EVIL));
    expect(await send('page/report', report(BANK), content(7, EVIL))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await send('page/report', report('not a url'), content(7, EVIL))).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect((await tabState(send, 7)).report).toBeNull();
  });

  it('keeps a report whose path moved on in the same document (history.pushState), under the sender\'s URL', async () => {
    await send('content/hello', {}, content(7, 'https://shop.test/'));
    expect(await send('page/report', report('https://shop.test/account/login'), content(7, 'https://shop.test/'))).toEqual({ ok: true, value: { stored: true } });
    expect(await tabState(send, 7)).toMatchObject({ hello: { url: 'https://shop.test/' }, report: { url: 'https://shop.test/account/login' } });
  });

  it('does not keep a late report from the document the tab showed before', async () => {
    await send('content/hello', {}, content(7, BANK));
    await send('content/hello', {}, content(7, 'https://bank.test/account'));
    expect(await send('page/report', report(BANK), content(7, BANK))).toEqual({ ok: true, value: { stored: false } });
    expect(await tabState(send, 7)).toMatchObject({ hello: { url: 'https://bank.test/account' }, report: null });
  });

  it('keeps a report only from the top frame', async () => {
    await send('content/hello', {}, content(7, BANK));
    expect(await send('page/report', report(BANK), { ...content(7, BANK), frameId: 3 })).toEqual({ ok: true, value: { stored: false } });
    expect((await tabState(send, 7)).report).toBeNull();
  });
});
