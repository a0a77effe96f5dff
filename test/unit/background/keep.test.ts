// Keep's background handlers through the real dispatch (sender kinds, schemas) and the real vault
// (master password, capture key, write queue) over storage in memory: capture -> evidence ->
// offer -> accept, across tabs and a restart.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { reportOf } from '../detect/snapshot-of';
import { submitOf } from '../keep/submit-of';
import type { Submission } from '../../../src/keep/core/capture';
import type { Sender } from '../../../src/shared/protocol/sender';
import type { Entry } from '../../../src/vault/core/entry';
import { createEntry } from '../../../src/vault/core/entry';
import { changePassword } from '../../../src/vault/core/password-change';
import { copyStorage, newStorage, startWorker, valueOf, type Storage } from './worker';
vi.mock('hash-wasm', async (real) => (await import('../remembered-argon2')).remembering(await real()));

vi.stubGlobal('__TARGET__', 'chrome');

const MASTER = 'a sturdy master passphrase';

// A vault made once with a real master password (and so its capture key); each test starts a
// worker over a copy of it, unlocked.
let made: Storage;
beforeAll(async () => {
  made = newStorage();
  const worker = await startWorker(made);
  valueOf(await worker.send('vault/create', { password: MASTER }), 'create');
});

const isSubmission = (payload: unknown): payload is Submission => typeof payload === 'object' && payload !== null && 'formClass' in payload;

/**
 * A worker over `storage`: fresh modules, as a restarted service worker has. The tests name the
 * submission the background should read; `keep/submit` carries it as a content script does, a
 * page holding such a form (submitOf).
 */
async function load(storage: Storage) {
  const worker = await startWorker(storage);
  return async <T = unknown>(type: string, payload: unknown, sender: Sender): Promise<{ ok: boolean; value?: T; error?: { code: string } }> =>
    (await worker.send(type, type === 'keep/submit' && isSubmission(payload) ? submitOf(sender.url, payload) : payload, sender)) as never;
}

/** Entries written through the real write queue of the worker started last. */
async function put(...entries: Entry[]): Promise<void> {
  const { changeEntries } = await import('../../../src/vault/background/entry-writes');
  await changeEntries(Date.now(), () => ({ put: entries, result: undefined }));
}

/** The entries the vault of the worker started last holds. */
async function stored(): Promise<Entry[]> {
  const { unlocked } = await import('../../../src/vault/background/vault');
  return [...(await unlocked(Date.now())).entries.values()];
}

const content = (tabId: number, url: string): Sender => ({ kind: 'content', origin: new URL(url).origin, url, tabId, frameId: 0 });
const popup: Sender = { kind: 'extension', origin: 'chrome-extension://x', url: 'chrome-extension://x/popup.html', tabId: undefined, frameId: undefined };
const prompt = (tabId: number): Sender => ({ kind: 'embedded', origin: 'chrome-extension://x', url: 'chrome-extension://x/prompt.html', tabId, frameId: 3 });

const typed = (value: string) => ({ value, source: 'typed' as const });
const login = (username: string | null, password: string | null, formKey = 'login-form'): Submission => ({
  formKey, formClass: 'login', username: username === null ? null : typed(username), currentPassword: password === null ? null : typed(password), newPassword: null, confirmPassword: null,
});
const entry = (id: string, username: string, password: string) =>
  createEntry({ id, site: { origins: ['http://shop.test'], match: 'site' }, username, password }, 1);

type Send = Awaited<ReturnType<typeof load>>;
type Offers = { offers: { id: string; kind: string; username: string; candidates: { id: string }[]; pending: boolean; accepted: boolean; origin: string }[]; locked: boolean; judging: number };

/** A content script's submit, then a navigation to `next`: its hello, report and load status (as the content script sends them). */
async function submitAndMoveOn(send: Send, tabId: number, url: string, submission: Submission, next: string, nextClass = 'none', signals: string[] = []) {
  expect(await send('content/hello', {}, content(tabId, url))).toMatchObject({ ok: true });
  expect(await send('keep/submit', submission, content(tabId, url))).toMatchObject({ ok: true, value: { kept: true } });
  await send('content/hello', {}, content(tabId, next));
  await send('page/report', reportOf(next, nextClass, signals), content(tabId, next));
  await send('keep/observe', { kind: 'load', status: 200 }, content(tabId, next));
}

async function offersFor(send: Send, tabId: number | null): Promise<Offers> {
  const reply = await send<Offers>('keep/offers', { tabId }, popup);
  if (!reply.ok || !reply.value) throw new Error(JSON.stringify(reply));
  return reply.value;
}

describe('keep handlers', () => {
  let send: Send;
  let storage: Storage;

  beforeEach(async () => {
    storage = copyStorage(made);
    send = await load(storage);
  });

  it('refuses a submission that claims a page, and keeps nothing of it', async () => {
    await send('content/hello', {}, content(7, 'http://evil.test/'));
    const claimed = { ...submitOf('http://shop.test/login', login('me@mail.test', 'My-Pass-1')), url: 'http://shop.test/login' };
    expect(await send('keep/submit', claimed, content(7, 'http://evil.test/'))).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(JSON.stringify([...storage.session.map.values()])).not.toContain('me@mail.test');
    // A page of another origin than the sender's is a claim too, with or without values.
    const elsewhere = submitOf('http://shop.test/login', login('me@mail.test', 'My-Pass-1'));
    expect(await send('keep/submit', elsewhere, content(7, 'http://evil.test/'))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(JSON.stringify([...storage.session.map.values()])).not.toContain('me@mail.test');
  });

  it('reads the submitted form from the page it was sent with: its class, its values by role, and the form it names for the follow-up', async () => {
    const url = 'http://shop.test/login';
    await send('content/hello', {}, content(7, url));
    const request = submitOf(url, login('me@mail.test', 'My-Pass-1'));
    const reply = await send<{ kept: boolean; form: { key: string; fields: { index: number; role: string }[] } | null }>('keep/submit', request, content(7, url));
    expect(reply).toEqual({ ok: true, value: { kept: true, form: { key: 'login-form', fields: [{ index: 0, role: 'username' }, { index: 1, role: 'current-password' }] } } });
    // A form the page does not hold, or one that is no credential form, sends nothing.
    expect(await send('keep/submit', { ...request, forms: [{ formKey: 'elsewhere', values: [null] }] }, content(7, url))).toEqual({ ok: true, value: { kept: false, form: null } });
    const none = { ...request, snapshot: { ...request.snapshot, forms: [] } };
    expect(await send('keep/submit', none, content(7, url))).toEqual({ ok: true, value: { kept: false, form: null } });
    // Bounded like the snapshot: more values than a form's fields, or more forms than a submit names, is refused.
    const form = request.forms[0]!;
    for (const forms of [[{ ...form, values: Array(41).fill(null) }], [form, form, form], []]) {
      expect(await send('keep/submit', { ...request, forms }, content(7, url))).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    }
  });

  it('saves a successful first login under the origin the sender had', async () => {
    await submitAndMoveOn(send, 7, 'http://shop.test/login?next=%2Faccount#top', login('me@mail.test', 'My-Pass-1'), 'http://shop.test/account');
    const { offers } = await offersFor(send, 7);
    expect(offers).toMatchObject([{ kind: 'save', username: 'me@mail.test', origin: 'http://shop.test' }]);
    expect(JSON.stringify(offers)).not.toContain('My-Pass-1');
    const accepted = await send('keep/accept', { offerId: offers[0]?.id, choice: { action: 'save' } }, popup);
    expect(accepted).toMatchObject({ ok: true, value: { username: 'me@mail.test', site: { origins: ['http://shop.test'] } } });
    expect(await stored()).toMatchObject([{ username: 'me@mail.test', password: 'My-Pass-1', status: 'active' }]);
    expect((await offersFor(send, 7)).offers).toEqual([]);
  });

  it('keeps captured passwords sealed in storage.session, unlocked or not', async () => {
    await send('keep/submit', login('me@mail.test', 'My-Pass-1'), content(7, 'http://shop.test/login'));
    await submitAndMoveOn(send, 8, 'http://shop.test/login', login('you@mail.test', 'Your-Pass-2'), 'http://shop.test/account');
    expect((await offersFor(send, 8)).offers).toMatchObject([{ kind: 'save', username: 'you@mail.test' }]);
    const stored = JSON.stringify([...storage.session.map.values()]);
    expect(stored).toContain('me@mail.test');
    for (const password of ['My-Pass-1', 'Your-Pass-2']) expect(stored).not.toContain(password);
  });

  it('keeps nothing when there is no capture key to seal to (no vault yet)', async () => {
    send = await load(newStorage());
    expect(await send('keep/submit', login('me@mail.test', 'My-Pass-1'), content(7, 'http://shop.test/login'))).toMatchObject({ ok: true, value: { kept: false } });
  });

  it('keeps no reset token in storage', async () => {
    await send('keep/submit', login('me@mail.test', 'My-Pass-1'), content(7, 'http://shop.test/login?token=SECRET-TOKEN'));
    expect(JSON.stringify([...storage.session.map.values()])).not.toContain('SECRET-TOKEN');
  });

  it('never offers after a failed login: same form back with an error, or an HTTP 401 page', async () => {
    await submitAndMoveOn(send, 7, 'http://shop.test/login', login('me@mail.test', 'Wrong-1'), 'http://shop.test/login', 'login', ['error-message']);
    expect((await offersFor(send, 7)).offers).toEqual([]);
    await send('keep/submit', login('me@mail.test', 'Wrong-2'), content(7, 'http://shop.test/login'));
    await send('content/hello', {}, content(7, 'http://shop.test/session'));
    await send('keep/observe', { kind: 'load', status: 401 }, content(7, 'http://shop.test/session'));
    await send('page/report', reportOf('http://shop.test/session', 'none'), content(7, 'http://shop.test/session'));
    expect((await offersFor(send, 7)).offers).toEqual([]);
  });

  it('never offers a repeat login with stored credentials', async () => {
    await put(entry('a', 'me@mail.test', 'My-Pass-1'));
    await submitAndMoveOn(send, 7, 'http://shop.test/login', login('me@mail.test', 'My-Pass-1'), 'http://shop.test/account');
    expect((await offersFor(send, 7)).offers).toEqual([]);
  });

  it('keeps nothing that is masked, a code or a card number', async () => {
    for (const password of ['••••••••', '482913', '4111 1111 1111 1111']) {
      expect(await send('keep/submit', login('me@mail.test', password), content(7, 'http://shop.test/login'))).toMatchObject({ ok: true, value: { kept: false } });
    }
  });

  it('merges a two-step login into one save with the right username', async () => {
    await send('keep/submit', login('two@mail.test', null, 'step-1'), content(7, 'http://shop.test/login'));
    await submitAndMoveOn(send, 7, 'http://login.shop.test/password', login(null, 'Two-Step-1', 'step-2'), 'http://shop.test/account');
    expect((await offersFor(send, 7)).offers).toMatchObject([{ kind: 'save', username: 'two@mail.test' }]);
  });

  it('updates the right entry on a change form, keeps history, marks pending; the next login confirms it', async () => {
    for (const [id, user, pass] of [['a', 'a@mail.test', 'A-Pass-1'], ['b', 'b@mail.test', 'B-Pass-1'], ['c', 'c@mail.test', 'C-Pass-1']] as const) await put(entry(id, user, pass));
    const url = 'http://shop.test/account/password';
    await send('keep/submit', { formKey: 'change', formClass: 'change-password', username: null, currentPassword: typed('B-Pass-1'), newPassword: typed('B-Pass-2'), confirmPassword: typed('B-Pass-2') }, content(7, url));
    await send('keep/observe', { kind: 'form-shown', formKey: 'change', formClass: 'change-password', cleared: true, signals: ['success-message'] }, content(7, url));
    const { offers } = await offersFor(send, 7);
    expect(offers).toMatchObject([{ kind: 'update', candidates: [{ id: 'b' }], pending: true }]);
    await send('keep/accept', { offerId: offers[0]?.id, choice: { action: 'update', entryId: 'b' } }, popup);
    expect((await stored()).find((e) => e.id === 'b')).toMatchObject({ password: 'B-Pass-2', status: 'pending', history: [{ password: 'B-Pass-1' }] });

    await submitAndMoveOn(send, 7, 'http://shop.test/login', login('b@mail.test', 'B-Pass-2'), 'http://shop.test/account');
    expect((await stored()).find((e) => e.id === 'b')).toMatchObject({ password: 'B-Pass-2', status: 'active' });
    expect((await offersFor(send, 7)).offers).toEqual([]);
  });

  it('offers to revert a pending change when the old password is the one that logs in', async () => {
    await put(changePassword(entry('b', 'b@mail.test', 'B-Pass-1'), 'B-Pass-2', 2, { pending: true }));
    await submitAndMoveOn(send, 7, 'http://shop.test/login', login('b@mail.test', 'B-Pass-2'), 'http://shop.test/login', 'login', ['error-message']);
    await submitAndMoveOn(send, 7, 'http://shop.test/login', login('b@mail.test', 'B-Pass-1'), 'http://shop.test/account');
    const { offers } = await offersFor(send, 7);
    expect(offers).toMatchObject([{ kind: 'revert', candidates: [{ id: 'b' }] }]);
    await send('keep/accept', { offerId: offers[0]?.id, choice: { action: 'revert', entryId: 'b' } }, popup);
    expect((await stored()).find((e) => e.id === 'b')).toMatchObject({ password: 'B-Pass-1', status: 'active' });
  });

  it('links a reset page in another tab on another subdomain to the forgot step, with no picker', async () => {
    for (const [id, user, pass] of [['a', 'a@mail.test', 'A-Pass-1'], ['b', 'b@mail.test', 'B-Pass-1']] as const) await put(entry(id, user, pass));
    await send('keep/submit', { formKey: 'forgot', formClass: 'forgot-password', username: typed('b@mail.test'), currentPassword: null, newPassword: null, confirmPassword: null }, content(7, 'http://login.shop.test/forgot'));
    const reset: Submission = { formKey: 'reset', formClass: 'set-new-password', username: null, currentPassword: null, newPassword: typed('B-Reset-9'), confirmPassword: typed('B-Reset-9') };
    await submitAndMoveOn(send, 9, 'http://shop.test/reset', reset, 'http://shop.test/login', 'login');
    const { offers } = await offersFor(send, 9);
    expect(offers).toMatchObject([{ kind: 'update', candidates: [{ id: 'b' }], pending: true, username: 'b@mail.test' }]);
  });

  it('answers locked while locked, keeps the offer, and completes it on unlock', async () => {
    expect(await send('vault/lock', {}, popup)).toMatchObject({ ok: true, value: { status: 'locked' } });
    await submitAndMoveOn(send, 7, 'http://shop.test/login', login('me@mail.test', 'My-Pass-1'), 'http://shop.test/account');
    const listed = await offersFor(send, 7);
    expect(listed).toMatchObject({ locked: true, offers: [{ kind: 'locked', username: 'me@mail.test' }] });
    const reply = await send('keep/accept', { offerId: listed.offers[0]?.id, choice: { action: 'save' } }, popup);
    expect(reply).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect((await offersFor(send, 7)).offers).toMatchObject([{ accepted: true }]);
    // Taken, judged and accepted while locked: the password is nowhere in storage in the clear.
    expect(JSON.stringify([...storage.session.map.values(), ...storage.local.map.values()])).not.toContain('My-Pass-1');
    expect(await send('vault/unlock', { password: MASTER }, popup)).toMatchObject({ ok: true, value: { failure: null } });
    expect(await stored()).toMatchObject([{ username: 'me@mail.test', password: 'My-Pass-1' }]);
    expect((await offersFor(send, 7)).offers).toEqual([]);
  });

  it.each([['each in its own task', true], ['all in one task, as a worker busy for a moment delivers them', false]])(
    'judges a submit by the next page\'s messages that arrive while the submit is still being stored (%s)',
    async (_, apart) => {
      // The next document's content script starts at once after a form post: its hello, load
      // status and report reach the background right behind the submit, none waiting for
      // another's answer, while storage.session answers a write a few milliseconds later, as a
      // trip through the browser does. Each must count as evidence after the submit.
      const url = 'http://shop.test/login';
      const next = 'http://shop.test/account';
      await send('content/hello', {}, content(7, url));
      const { set } = storage.session;
      storage.session.set = async (items) => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        return set(items);
      };
      const task = () => (apart ? new Promise((resolve) => setTimeout(resolve, 0)) : Promise.resolve());
      const answers = [send('keep/submit', login('me@mail.test', 'My-Pass-1'), content(7, url))];
      await task();
      answers.push(send('content/hello', {}, content(7, next)));
      await task();
      answers.push(send('keep/observe', { kind: 'load', status: 200 }, content(7, next)));
      await task();
      answers.push(send('page/report', reportOf(next, 'none'), content(7, next)));
      await Promise.all(answers);
      storage.session.set = set;
      expect((await offersFor(send, 7)).offers).toMatchObject([{ kind: 'save', username: 'me@mail.test' }]);
    },
  );

  it('says how many submits in the tab are still being judged, so an empty list can be told from a wait', async () => {
    await send('content/hello', {}, content(7, 'http://shop.test/login'));
    await send('keep/submit', login('me@mail.test', 'My-Pass-1'), content(7, 'http://shop.test/login'));
    expect(await offersFor(send, 7)).toMatchObject({ offers: [], judging: 1 });
    expect(await offersFor(send, 8)).toMatchObject({ offers: [], judging: 0 });
    // The site answers with the form again and its error: decided, a failure, nothing to offer.
    await send('content/hello', {}, content(7, 'http://shop.test/login'));
    await send('page/report', reportOf('http://shop.test/login', 'login', ['error-message']), content(7, 'http://shop.test/login'));
    await send('keep/observe', { kind: 'load', status: 200 }, content(7, 'http://shop.test/login'));
    expect(await offersFor(send, 7)).toMatchObject({ offers: [], judging: 0 });
    // A submit Keep does not keep (a one-time code) is never waited for.
    await send('keep/submit', login('me@mail.test', '482913'), content(7, 'http://shop.test/login'));
    expect(await offersFor(send, 7)).toMatchObject({ offers: [], judging: 0 });
  });

  it('keeps an offer across a service-worker restart', async () => {
    await submitAndMoveOn(send, 7, 'http://shop.test/login', login('me@mail.test', 'My-Pass-1'), 'http://shop.test/account');
    send = await load(storage);
    expect((await offersFor(send, 7)).offers).toMatchObject([{ kind: 'save' }]);
  });

  it('keeps a waiting capture across a restart and judges it by the next page', async () => {
    await send('keep/submit', login('me@mail.test', 'My-Pass-1'), content(7, 'http://shop.test/login'));
    send = await load(storage);
    await send('content/hello', {}, content(7, 'http://shop.test/account'));
    await send('page/report', reportOf('http://shop.test/account', 'none'), content(7, 'http://shop.test/account'));
    await send('keep/observe', { kind: 'load', status: 200 }, content(7, 'http://shop.test/account'));
    expect((await offersFor(send, 7)).offers).toMatchObject([{ kind: 'save' }]);
  });

  it('never for this site: lists the site, drops its offers, and keeps nothing there again', async () => {
    await submitAndMoveOn(send, 7, 'http://login.shop.test/login', login('me@mail.test', 'My-Pass-1'), 'http://shop.test/account');
    const { offers } = await offersFor(send, 7);
    expect(await send('keep/never', { offerId: offers[0]?.id }, popup)).toEqual({ ok: true, value: { site: 'shop.test' } });
    expect(await send('settings/get', {}, popup)).toMatchObject({ ok: true, value: { neverSave: ['shop.test'] } });
    expect((await offersFor(send, 7)).offers).toEqual([]);
    expect(await send('keep/submit', login('me@mail.test', 'My-Pass-1'), content(7, 'http://www.shop.test/login'))).toMatchObject({ ok: true, value: { kept: false } });
  });

  it('never for this site with settings that cannot be read: refused, the settings and the offer stay', async () => {
    const newer = { v: 99, data: { autoLock: '5', theme: 'from a newer version' } };
    storage.local.map.set('settings', structuredClone(newer));
    await submitAndMoveOn(send, 7, 'http://shop.test/login', login('me@mail.test', 'My-Pass-1'), 'http://shop.test/account');
    const { offers } = await offersFor(send, 7);
    expect(await send('keep/never', { offerId: offers[0]?.id }, prompt(7))).toMatchObject({ ok: false, error: { code: 'unreadable' } });
    expect(storage.local.map.get('settings')).toEqual(newer);
    expect((await offersFor(send, 7)).offers).toMatchObject([{ id: offers[0]?.id }]);
  });

  it('"Not now" keeps the offer for the popup; forget removes it', async () => {
    await submitAndMoveOn(send, 7, 'http://shop.test/login', login('me@mail.test', 'My-Pass-1'), 'http://shop.test/account');
    const id = (await offersFor(send, 7)).offers[0]?.id;
    await send('keep/dismiss', { offerId: id, forget: false }, prompt(7));
    expect((await offersFor(send, 7)).offers).toMatchObject([{ id, dismissed: true }]);
    await send('keep/dismiss', { offerId: id, forget: true }, popup);
    expect((await offersFor(send, 7)).offers).toEqual([]);
  });

  it('lets our framed prompt see and act on its own tab only', async () => {
    await submitAndMoveOn(send, 7, 'http://shop.test/login', login('me@mail.test', 'My-Pass-1'), 'http://shop.test/account');
    const id = (await offersFor(send, 7)).offers[0]?.id;
    // A framed prompt that names another tab is refused; naming none, it sees its own tab's offers.
    expect(await send('keep/offers', { tabId: 7 }, prompt(8))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await send('keep/offers', { tabId: null }, prompt(8))).toEqual({ ok: true, value: { offers: [], locked: false, judging: 0 } });
    expect(await send('keep/accept', { offerId: id, choice: { action: 'save' } }, prompt(8))).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await send('keep/accept', { offerId: id, choice: { action: 'save' } }, prompt(7))).toMatchObject({ ok: true });
  });

  it('keeps our framed prompt from asking about one site on another site’s page; the popup still lists it', async () => {
    await submitAndMoveOn(send, 7, 'http://shop.test/login', login('me@mail.test', 'My-Pass-1'), 'http://shop.test/account');
    await send('content/hello', {}, content(7, 'http://evil.test/'));
    expect(await send('keep/offers', { tabId: null }, prompt(7))).toEqual({ ok: true, value: { offers: [], locked: false, judging: 0 } });
    const id = (await offersFor(send, 7)).offers[0]?.id;
    expect(id).toBeDefined();
    expect(await send('keep/dismiss', { offerId: id, forget: true }, prompt(7))).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('refuses an update of an entry that was not offered', async () => {
    await put(entry('a', 'a@mail.test', 'A-Pass-1'));
    await put( createEntry({ id: 'z', site: { origins: ['http://other.test'], match: 'site' }, username: 'a@mail.test', password: 'Z' }, 1));
    await submitAndMoveOn(send, 7, 'http://shop.test/login', login('a@mail.test', 'A-Pass-2'), 'http://shop.test/account');
    const id = (await offersFor(send, 7)).offers[0]?.id;
    expect(await send('keep/accept', { offerId: id, choice: { action: 'update', entryId: 'z' } }, popup)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect((await stored()).find((e) => e.id === 'z')?.password).toBe('Z');
  });

  it.each([
    ['a capture from an extension page', 'keep/submit', login('me@mail.test', 'x1'), popup],
    ['an observation from our framed prompt', 'keep/observe', { kind: 'load', status: 200 }, prompt(7)],
    ['the offer list from a content script', 'keep/offers', { tabId: 7 }, content(7, 'http://shop.test/')],
    ['an accept from a content script', 'keep/accept', { offerId: 'x', choice: { action: 'save' } }, content(7, 'http://shop.test/')],
    ['never-save from a content script', 'keep/never', { offerId: 'x' }, content(7, 'http://shop.test/')],
    ['a dismiss from a content script', 'keep/dismiss', { offerId: 'x', forget: true }, content(7, 'http://shop.test/')],
  ] as const)('refuses %s', async (_name, type, payload, sender) => {
    expect(await send(type, payload, sender)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('keeps nothing from a frame other than the top one', async () => {
    const framed = { ...content(7, 'http://shop.test/login'), frameId: 2 };
    expect(await send('keep/submit', login('me@mail.test', 'My-Pass-1'), framed)).toMatchObject({ ok: true, value: { kept: false } });
  });
});
