// The background believes only the browser (DESIGN.md rule 8), through the real dispatch and
// handlers and the real vault over storage in memory: a content script's hello claims nothing, a
// report of another origin is refused, a late report of the page before is not kept, and what the
// popup lists and fills for a tab follows the sender's URL, never a page's claim.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { reportOf } from '../detect/snapshot-of';
import type { FillCommand } from '../../../src/shared/protocol/commands';
import type { Sender } from '../../../src/shared/protocol/sender';
import { contentOf as content, copyStorage, newStorage, startWorker, valueOf, type Storage } from './worker';

vi.stubGlobal('__TARGET__', 'chrome');

const MASTER = 'a sturdy master passphrase';
type Loose = { ok: boolean; value?: any; error?: { code: string } }; // eslint-disable-line @typescript-eslint/no-explicit-any -- test reads replies loosely
type Send = (type: string, payload: unknown, sender: Sender) => Promise<Loose>;

// Every fill command a tab was sent (the content script's own checks are not under test here).
const fills: { tabId: number; command: FillCommand }[] = [];

// A vault made once, with a real master password, unlocked, the bank's entry saved through the
// real write queue; each test starts a worker over a copy of it (the key in storage.session).
let made: Storage;
let bankId: string;
beforeAll(async () => {
  made = newStorage();
  const worker = await startWorker(made);
  valueOf(await worker.send('vault/create', { password: MASTER }), 'create');
  const saved = valueOf<{ id: string }>(
    await worker.send('entries/save', { site: { origins: ['https://bank.test'], match: 'site' }, username: 'me@mail.test', password: 'Bank-Pass-1', notes: '' }),
    'save',
  );
  bankId = saved.id;
});

async function load(storage: Storage): Promise<Send> {
  const worker = await startWorker(storage, { onTabCommand: (tabId, command) => fills.push({ tabId, command: command as FillCommand }) });
  return async (type, payload, sender) => (await worker.send(type, payload, sender)) as Loose;
}

const BANK = 'https://bank.test/login';
const EVIL = 'https://evil.test/';
const popup: Sender = { kind: 'extension', origin: 'chrome-extension://x', url: 'chrome-extension://x/popup.html', tabId: undefined, frameId: undefined };
const tabState = async (send: Send, tabId: number) => (await send('tab/state', { tabId }, popup)).value;

describe('what the background believes about a tab', () => {
  let send: Send;

  beforeEach(async () => {
    fills.length = 0;
    send = await load(copyStorage(made));
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
    expect(await send('fill/entry', { tabId: 7, entryId: bankId }, popup)).toEqual({ ok: true, value: { filled: false, reason: 'not-matching' } });
    expect(fills).toEqual([]);
    await send('content/hello', {}, content(8, BANK));
    const atBank = (await send('entries/list', { tabId: 8, query: '', offset: 0, limit: 10 }, popup)).value;
    expect(atBank.items.slice(0, atBank.siteFirst).map((e: { id: string }) => e.id)).toEqual([bankId]);
    expect(await send('fill/entry', { tabId: 8, entryId: bankId }, popup)).toMatchObject({ ok: true, value: { filled: true } });
    expect(fills).toMatchObject([{ tabId: 8, command: { kind: 'fill', pageUrl: BANK } }]);
  });

  it('refuses a report of another origin than its sender\'s, and keeps nothing of it', async () => {
    await send('content/hello', {}, content(7, EVIL));
    expect(await send('page/report', reportOf(BANK, 'login'), content(7, EVIL))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await send('page/report', reportOf('not a url', 'login'), content(7, EVIL))).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect((await tabState(send, 7)).report).toBeNull();
  });

  it('keeps a report whose path moved on in the same document (history.pushState), under the sender\'s URL', async () => {
    await send('content/hello', {}, content(7, 'https://shop.test/'));
    expect(await send('page/report', reportOf('https://shop.test/account/login', 'login'), content(7, 'https://shop.test/'))).toMatchObject({ ok: true, value: { stored: true } });
    expect(await tabState(send, 7)).toMatchObject({ hello: { url: 'https://shop.test/' }, report: { url: 'https://shop.test/account/login' } });
  });

  it('does not keep a late report from the document the tab showed before', async () => {
    await send('content/hello', {}, content(7, BANK));
    await send('content/hello', {}, content(7, 'https://bank.test/account'));
    expect(await send('page/report', reportOf(BANK, 'login'), content(7, BANK))).toMatchObject({ ok: true, value: { stored: false } });
    expect(await tabState(send, 7)).toMatchObject({ hello: { url: 'https://bank.test/account' }, report: null });
  });

  it('keeps a report only from the top frame', async () => {
    await send('content/hello', {}, content(7, BANK));
    expect(await send('page/report', reportOf(BANK, 'login'), { ...content(7, BANK), frameId: 3 })).toMatchObject({ ok: true, value: { stored: false } });
    expect((await tabState(send, 7)).report).toBeNull();
  });
});
