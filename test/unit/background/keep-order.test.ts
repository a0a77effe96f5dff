// Keep's evidence when the next document's messages reach the background before the submit they
// follow: after a navigation to another renderer, or while the submit's handler is still busy,
// the new document's hello, report and load status can be handled first. Judged by document, not
// by arrival: through the real dispatch, vault and storage in memory (keep.test.ts has the rest).
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { reportOf } from '../detect/snapshot-of';
import { submitOf } from '../keep/submit-of';
import type { Submission } from '../../../src/keep/core/capture';
import type { Sender } from '../../../src/shared/protocol/sender';
import { copyStorage, newStorage, startWorker, valueOf, type Storage } from './worker';
vi.mock('hash-wasm', async (real) => (await import('../remembered-argon2')).remembering(await real()));

vi.stubGlobal('__TARGET__', 'chrome');

let made: Storage;
beforeAll(async () => {
  made = newStorage();
  const worker = await startWorker(made);
  valueOf(await worker.send('vault/create', { password: 'a sturdy master passphrase' }), 'create');
});

const LOGIN = 'http://shop.test/login';
const ACCOUNT = 'http://shop.test/account';
const TAB = 7;

/** A content script in the tab's top frame; `documentId` as Chrome gives it (Firefox gives none we use). */
const content = (url: string, documentId?: string): Sender => ({ kind: 'content', origin: new URL(url).origin, url, tabId: TAB, frameId: 0, ...(documentId ? { documentId } : {}) });
const popup: Sender = { kind: 'extension', origin: 'chrome-extension://x', url: 'chrome-extension://x/popup.html', tabId: undefined, frameId: undefined };
const login: Submission = {
  formKey: 'login-form', formClass: 'login', username: { value: 'me@mail.test', source: 'typed' }, currentPassword: { value: 'My-Pass-1', source: 'typed' }, newPassword: null, confirmPassword: null,
};

type Offers = { offers: { kind: string; username: string }[]; judging: number };

describe('keep evidence that overtakes its submit', () => {
  let send: (type: string, payload: unknown, sender: Sender) => Promise<{ ok: boolean; value?: unknown }>;
  let commands: unknown[];
  let storage: Storage;

  beforeEach(async () => {
    commands = [];
    storage = copyStorage(made);
    const worker = await startWorker(storage, { onTabCommand: (_tab, command) => commands.push(command) });
    send = (type, payload, sender) => worker.send(type, type === 'keep/submit' ? submitOf(sender.url, payload as Submission) : payload, sender);
  });

  const offers = async () => valueOf<Offers>((await send('keep/offers', { tabId: TAB }, popup)) as never, 'offers');

  /** The login page's own hello and report, then the next document's hello, report and load status, and only then the submit. */
  async function nextPageFirst(from: Sender, next: Sender, nextClass: string, signals: string[] = []) {
    await send('content/hello', {}, from);
    await send('page/report', reportOf(from.url, 'login'), from);
    await send('keep/observe', { kind: 'load', status: 200 }, from);
    await send('content/hello', {}, next);
    await send('page/report', reportOf(next.url, nextClass, signals), next);
    await send('keep/observe', { kind: 'load', status: 200 }, next);
    expect(await send('keep/submit', login, from)).toMatchObject({ ok: true, value: { kept: true } });
  }

  it('offers to save a login whose next page said hello and reported before the submit arrived, and shows the prompt', async () => {
    await nextPageFirst(content(LOGIN, 'doc-login'), content(ACCOUNT, 'doc-account'), 'none');
    expect(await offers()).toMatchObject({ offers: [{ kind: 'save', username: 'me@mail.test' }], judging: 0 });
    expect(commands).toContainEqual({ kind: 'keep-prompt' });
  });

  it('judges a failure when the form came back with its error before the submit arrived (same URL, another document)', async () => {
    await nextPageFirst(content(LOGIN, 'doc-login'), content(LOGIN, 'doc-login-again'), 'login', ['error-message']);
    expect(await offers()).toEqual({ offers: [], locked: false, judging: 0 });
  });

  it('tells the next document by its URL where the browser gives no document id (Firefox)', async () => {
    await nextPageFirst(content(LOGIN), content(ACCOUNT), 'none');
    expect(await offers()).toMatchObject({ offers: [{ kind: 'save' }], judging: 0 });
  });

  it('does not take the submitting document\'s own hello and report for a navigation; the next document\'s, after the submit, still count', async () => {
    // The tab showed the login page, another page, and the login page again from the
    // back-forward cache: the same document, saying hello again. Its own hellos and report, all
    // before the submit, are no navigation after it.
    const from = content(LOGIN, 'doc-login');
    await send('content/hello', {}, from);
    await send('content/hello', {}, content('http://shop.test/help', 'doc-help'));
    await send('content/hello', {}, from);
    await send('page/report', reportOf(LOGIN, 'login'), from);
    await send('keep/observe', { kind: 'load', status: 200 }, from);
    await send('keep/submit', login, from);
    // Its own page as it was (a login form) would read as "the same form after reload": a failure.
    expect(await offers()).toMatchObject({ offers: [], judging: 1 });
    const next = content(ACCOUNT, 'doc-account');
    await send('content/hello', {}, next);
    await send('page/report', reportOf(ACCOUNT, 'none'), next);
    await send('keep/observe', { kind: 'load', status: 200 }, next);
    expect(await offers()).toMatchObject({ offers: [{ kind: 'save' }], judging: 0 });
  });

  it('takes the page before for no next page when the submitting document\'s own hello never arrived', async () => {
    // The login page's hello was lost (its content script goes on without an answer): the tab's
    // last hello is the page before it, a page with no form that would read as "moved on".
    const home = content('http://shop.test/', 'doc-home');
    await send('content/hello', {}, home);
    await send('page/report', reportOf(home.url, 'none'), home);
    await send('keep/observe', { kind: 'load', status: 200 }, home);
    expect(await send('keep/submit', login, content(LOGIN, 'doc-login'))).toMatchObject({ ok: true, value: { kept: true } });
    expect(await offers()).toMatchObject({ offers: [], judging: 1 });
  });

  it('judges by the next document whose hello was handled before the submit but reached Keep after it', async () => {
    // The hello's record is still being written when the submit is stored: the submit finds the
    // login page as the tab's last document, and the hello, timed before the capture, reaches Keep after it.
    const from = content(LOGIN, 'doc-login');
    const next = content(ACCOUNT, 'doc-account');
    await send('content/hello', {}, from);
    const { set } = storage.session;
    let written = () => undefined as void;
    const held = new Promise<void>((resolve) => (written = resolve));
    storage.session.set = async (items) => {
      if (`tab:${TAB}` in items) await held;
      return set(items);
    };
    try {
      // The hello is timed before the submit in every run (the background's clock, set back for
      // the moment the hello is handled: nothing is timed in the future, which storage would prune).
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(Date.now() - 20);
      const hello = send('content/hello', {}, next);
      vi.useRealTimers();
      expect(await send('keep/submit', login, from)).toMatchObject({ ok: true, value: { kept: true } });
      written();
      await hello;
    } finally {
      vi.useRealTimers();
      storage.session.set = set;
    }
    await send('page/report', reportOf(ACCOUNT, 'none'), next);
    await send('keep/observe', { kind: 'load', status: 200 }, next);
    expect(await offers()).toMatchObject({ offers: [{ kind: 'save' }], judging: 0 });
  });
});
