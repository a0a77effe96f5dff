// The guide's background handlers through the real dispatch (sender kinds, schemas) with storage
// in memory: started from the popup for a tab, moved along by any tab's page reports for the same
// site, readable by our framed page only for its own tab, and never by a content script.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { reportOf } from '../detect/snapshot-of';
import type { Sender } from '../../../src/shared/protocol/sender';

const fake = await vi.hoisted(async () => {
  const { memoryArea } = await import('./memory-storage');
  const sessionArea = memoryArea();
  const session = sessionArea.map;
  const opened: { tabId: number; url: string }[] = [];
  const browser = {
    storage: { local: memoryArea(), session: sessionArea },
    runtime: { getManifest: () => ({ version: '0' }) },
    tabs: { update: async (tabId: number, props: { url: string }) => void opened.push({ tabId, url: props.url }), sendMessage: async () => undefined },
  };
  return { session, browser, opened };
});

vi.mock('webextension-polyfill', () => ({ default: fake.browser }));
vi.stubGlobal('__TARGET__', 'chrome');

async function load() {
  const { dispatch } = await import('../../../src/shared/protocol/dispatch');
  const { createHandlers } = await import('../../../src/background/handlers');
  const handlers = createHandlers(0);
  return async (type: string, payload: unknown, sender: Sender) => (await dispatch(handlers, { type, payload }, sender)) as { ok: boolean; value?: any; error?: { code: string } }; // eslint-disable-line @typescript-eslint/no-explicit-any -- test reads replies loosely
}

const content = (tabId: number, url: string): Sender => ({ kind: 'content', origin: new URL(url).origin, url, tabId, frameId: 0 });
const popup: Sender = { kind: 'extension', origin: 'chrome-extension://x', url: 'chrome-extension://x/popup.html', tabId: undefined, frameId: undefined };
const framed = (tabId: number): Sender => ({ kind: 'embedded', origin: 'chrome-extension://x', url: 'chrome-extension://x/guide.html', tabId, frameId: 3 });

type Send = Awaited<ReturnType<typeof load>>;

async function visit(send: Send, tabId: number, url: string, pageClass: string, signals: string[] = [], texts?: string[]) {
  const hello = await send('content/hello', {}, content(tabId, url));
  expect(await send('page/report', reportOf(url, pageClass, signals, texts), content(tabId, url))).toMatchObject({ ok: true, value: { stored: true } });
  return hello.value as { guided: boolean };
}

describe('guide handlers', () => {
  let send: Send;

  beforeEach(async () => {
    fake.session.clear();
    fake.opened.length = 0;
    vi.resetModules();
    send = await load();
  });

  it('starts for the tab\'s site and follows the site into another tab', async () => {
    await visit(send, 1, 'https://login.aliexpress.com/', 'login', ['forgot-password-link']);
    const started = await send('guide/start', { tabId: 1, flow: 'recover', entryId: 'e1' }, popup);
    expect(started).toMatchObject({ ok: true, value: { guide: { recipeId: 'aliexpress', entryId: 'e1', current: { id: 'login' } }, opened: null } });
    await visit(send, 1, 'https://login.aliexpress.com/forgot', 'forgot-password');
    expect((await send('guide/state', { tabId: 1 }, popup)).value.guide.current.id).toBe('enter-account');
    // The mail's link, in a new tab, on another AliExpress domain.
    await visit(send, 7, 'https://login.aliexpress.ru/reset?token=x', 'set-new-password');
    const inNewTab = await send('guide/state', { tabId: 7 }, popup);
    expect(inNewTab.value.guide).toMatchObject({ current: { id: 'new-password', newPassword: true }, rules: { source: 'latchkey' } });
    // A page of another site has no guide.
    await visit(send, 8, 'https://mail.example.org/inbox', 'none');
    expect(await send('guide/state', { tabId: 8 }, popup)).toEqual({ ok: true, value: { guide: null } });
  });

  it('opens the change page for a change flow', async () => {
    await visit(send, 2, 'https://www.ebay.com/', 'none');
    const started = await send('guide/start', { tabId: 2, flow: 'change', entryId: null }, popup);
    expect(started.value.opened).toBe('https://accounts.ebay.com/acctsec/security-center/chngpwd');
    expect(fake.opened).toEqual([{ tabId: 2, url: 'https://accounts.ebay.com/acctsec/security-center/chngpwd' }]);
  });

  it('lets our framed page see, change and start only its own tab\'s guide; a content script neither', async () => {
    await visit(send, 1, 'https://login.aliexpress.com/', 'login');
    await visit(send, 2, 'https://www.dsers.com/login', 'login');
    const ali = (await send('guide/start', { tabId: 1, flow: 'recover', entryId: null }, popup)).value.guide;
    const dsers = (await send('guide/start', { tabId: 2, flow: 'recover', entryId: null }, popup)).value.guide;
    // A framed page speaks for the tab it is framed in: naming another is refused, naming none is its own.
    expect(await send('guide/state', { tabId: 1 }, framed(2))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await send('guide/state', { tabId: null }, framed(2))).value.guide.id).toBe(dsers.id);
    expect((await send('guide/state', { tabId: 2 }, framed(2))).value.guide.id).toBe(dsers.id);
    expect(await send('guide/dismiss', { guideId: ali.id }, framed(2))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await send('guide/collapse', { guideId: dsers.id, collapsed: true }, framed(2))).toMatchObject({ ok: true, value: { guide: { status: 'collapsed' } } });
    expect(await send('guide/resume', { guideId: dsers.id, tabId: 2 }, framed(2))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await send('guide/state', { tabId: 1 }, content(1, 'https://login.aliexpress.com/'))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // The trouble card (a framed page) may start only its own tab's recovery, whatever flow it names.
    await send('guide/dismiss', { guideId: dsers.id }, popup);
    expect(await send('guide/start', { tabId: 1, flow: 'recover', entryId: null }, framed(2))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const started = await send('guide/start', { tabId: null, flow: 'change', entryId: 'e1' }, framed(2));
    expect(started).toMatchObject({ ok: true, value: { guide: { flow: 'recover' } } });
    expect(started.value.guide.id).not.toBe(ali.id);
    expect((await send('guide/state', { tabId: 1 }, popup)).value.guide.id).toBe(ali.id);
  });

  it('dismissed, it keeps following; resumed from the popup, it shows where the user is', async () => {
    await visit(send, 1, 'https://login.aliexpress.com/', 'login');
    const guide = (await send('guide/start', { tabId: 1, flow: 'recover', entryId: null }, popup)).value.guide;
    expect(await send('guide/dismiss', { guideId: guide.id }, popup)).toMatchObject({ ok: true, value: { guide: { status: 'dismissed' } } });
    await visit(send, 1, 'https://login.aliexpress.com/code', 'verification-code');
    expect(await send('guide/resume', { guideId: guide.id, tabId: 1 }, popup)).toMatchObject({ ok: true, value: { guide: { status: 'open', current: { id: 'enter-code' } } } });
  });

  it('opens a change page only for a web address', async () => {
    for (const origin of ['javascript:alert(1)', 'file:///etc/passwd', 'not a url']) {
      expect(await send('guide/open-change', { origin, entryId: null }, popup)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    }
  });

  it('survives unreadable stored state (starts afresh)', async () => {
    fake.session.set('guide', { v: 1, data: { guides: 'nope' } });
    await visit(send, 1, 'https://login.aliexpress.com/', 'login');
    expect(await send('guide/state', { tabId: 1 }, popup)).toEqual({ ok: true, value: { guide: null } });
    expect(await send('guide/start', { tabId: 1, flow: 'recover', entryId: null }, popup)).toMatchObject({ ok: true });
  });

  it('tells a content script whether a guide follows its page (it then reads the page\'s texts)', async () => {
    expect(await visit(send, 1, 'https://login.aliexpress.com/', 'login')).toEqual({ tabId: 1, frameId: 0, top: true, guided: false });
    const guide = (await send('guide/start', { tabId: 1, flow: 'recover', entryId: null }, popup)).value.guide;
    expect((await visit(send, 1, 'https://login.aliexpress.com/forgot', 'forgot-password')).guided).toBe(true);
    expect((await visit(send, 3, 'https://login.aliexpress.ru/reset', 'set-new-password')).guided).toBe(true);
    expect((await visit(send, 4, 'https://www.dsers.com/login', 'login')).guided).toBe(false);
    await send('guide/dismiss', { guideId: guide.id }, popup);
    expect((await visit(send, 1, 'https://login.aliexpress.com/forgot', 'forgot-password')).guided).toBe(false);
  });

  it('says the problem the site\'s latest page states, and no more once it is gone', async () => {
    await visit(send, 1, 'https://login.aliexpress.com/code', 'verification-code');
    await send('guide/start', { tabId: 1, flow: 'recover', entryId: null }, popup);
    await visit(send, 1, 'https://login.aliexpress.com/code', 'verification-code', [], ['Enter the code', 'The code you entered is incorrect.']);
    expect((await send('guide/state', { tabId: 1 }, popup)).value.guide).toMatchObject({ current: { id: 'enter-code' }, notice: 'code-wrong' });
    await visit(send, 1, 'https://login.aliexpress.com/code', 'verification-code', [], ['Too many attempts. Try again later.']);
    expect((await send('guide/state', { tabId: 1 }, popup)).value.guide.notice).toBe('too-many-attempts');
    await visit(send, 1, 'https://login.aliexpress.com/reset', 'set-new-password', [], ['Set a new password']);
    expect((await send('guide/state', { tabId: 1 }, popup)).value.guide).toMatchObject({ current: { id: 'new-password' }, notice: null });
  });

  it('shows a step as on the page only while the tab\'s page shows it', async () => {
    await visit(send, 1, 'https://login.aliexpress.com/reset', 'set-new-password');
    await send('guide/start', { tabId: 1, flow: 'recover', entryId: null }, popup);
    expect((await send('guide/state', { tabId: 1 }, popup)).value.guide.current).toMatchObject({ id: 'new-password', onPage: true, newPassword: true });
    // The next page is one no step recognises: the step stays, its controls go.
    await visit(send, 1, 'https://login.aliexpress.com/account', 'none', [], ['Welcome back']);
    expect((await send('guide/state', { tabId: 1 }, popup)).value.guide.current).toMatchObject({ id: 'new-password', onPage: false });
    // The success said in a plain heading ends the flow.
    await visit(send, 1, 'https://login.aliexpress.com/done', 'none', [], ['Your password has been updated successfully.']);
    const done = (await send('guide/state', { tabId: 1 }, popup)).value.guide;
    expect(done.current).toMatchObject({ id: 'success', onPage: true, last: true });
    // The vault is locked in this test: the end says so rather than claim a save.
    expect(done.outcome).toEqual({ kind: 'locked', entryId: null });
  });

  it('remembers where the framed panel was put on a site, for its later guides; only that tab\'s panel may say', async () => {
    await visit(send, 1, 'https://login.aliexpress.com/', 'login');
    const guide = (await send('guide/start', { tabId: 1, flow: 'recover', entryId: null }, popup)).value.guide;
    const place = { right: true, bottom: false, dx: 24, dy: 80 };
    expect(await send('guide/place', { guideId: guide.id, place }, popup)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await visit(send, 2, 'https://www.dsers.com/login', 'login');
    expect(await send('guide/place', { guideId: guide.id, place }, framed(2))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await send('guide/place', { guideId: guide.id, place }, framed(1))).toEqual({ ok: true, value: {} });
    expect((await send('guide/state', { tabId: 1 }, framed(1))).value.guide.place).toEqual(place);
    const again = (await send('guide/start', { tabId: 1, flow: 'change', entryId: null }, popup)).value.guide;
    expect(again.id).not.toBe(guide.id);
    expect((await send('guide/state', { tabId: 1 }, framed(1))).value.guide.place).toEqual(place);
    expect(await send('guide/place', { guideId: again.id, place: { right: 'yes' } }, framed(1))).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('starts a change where the user is when the page is a step of it, and never at its end', async () => {
    // On AliExpress's account page with its "Change password" link: no navigation.
    await visit(send, 1, 'https://www.aliexpress.com/p/account', 'none', ['change-password-link']);
    const here = await send('guide/start', { tabId: 1, flow: 'change', entryId: null }, popup);
    expect(here).toMatchObject({ ok: true, value: { opened: null, guide: { current: { id: 'my-aliexpress' } } } });
    // On DSers's sign-in page, which is where its change flow ends: the guide starts afresh and
    // the change page opens.
    await visit(send, 2, 'https://www.dsers.com/login', 'login');
    const fresh = await send('guide/start', { tabId: 2, flow: 'change', entryId: null }, popup);
    expect(fresh).toMatchObject({ ok: true, value: { guide: { current: null, reached: [] } } });
    expect(fake.opened.map((o) => o.tabId)).toEqual([2]);
  });
});
