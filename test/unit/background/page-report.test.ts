// The content script sends its page's snapshot; the background classifies it (detect/core, with
// every script's keyword lists), keeps it for the tab and answers the sending frame with the report
// (detect/background/classify-report.ts), through the real dispatch and handlers. A snapshot bigger
// than the content script ever sends is refused whole, and of two reports of one frame the newer
// one is what the tab keeps, whatever order they are answered in.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { snapshotPage } from '../../../src/detect/content/snapshot';
import type { Sender } from '../../../src/shared/protocol/sender';
import { attributeVisibility } from '../detect/attribute-visibility';
import { reportOf, snapshotOf } from '../detect/snapshot-of';
import { contentOf as content, newStorage, startWorker } from './worker';

vi.stubGlobal('__TARGET__', 'chrome');

type Loose = { ok: boolean; value?: any; error?: { code: string; message: string } }; // eslint-disable-line @typescript-eslint/no-explicit-any -- test reads replies loosely
type Send = (type: string, payload: unknown, sender: Sender) => Promise<Loose>;
const popup: Sender = { kind: 'extension', origin: 'chrome-extension://x', url: 'chrome-extension://x/popup.html', tabId: undefined, frameId: undefined };

const SITE = join(__dirname, '../../fixtures/sites/magazin.test');

describe('page reports classified by the background', () => {
  let send: Send;

  beforeEach(async () => {
    const worker = await startWorker(newStorage());
    send = async (type, payload, sender) => (await worker.send(type, payload, sender)) as Loose;
  });

  it('answers the first report of a Cyrillic-only forgot-password page with its class, and keeps it for the tab', async () => {
    const url = 'https://magazin.test/zabyli-parol.html';
    const window = new Window({ url });
    window.document.write(readFileSync(join(SITE, 'zabyli-parol.html'), 'utf8'));
    const snapshot = snapshotPage(window.document as unknown as Document, { visibility: attributeVisibility });
    await window.happyDOM.close();
    await send('content/hello', {}, content(4, url));
    const reply = await send('page/report', { seq: 1, snapshot, ms: 2 }, content(4, url));
    expect(reply).toMatchObject({ ok: true, value: { seq: 1, stored: true, report: { pageClass: 'forgot-password' } } });
    expect(reply.value.report.ms).toBeGreaterThanOrEqual(2);
    expect((await send('tab/state', { tabId: 4 }, popup)).value.report).toEqual(reply.value.report);
  });

  it('refuses a snapshot over the content script\'s own bounds, says so without the page\'s words, and keeps the tab\'s report', async () => {
    const url = 'https://shop.test/login';
    await send('content/hello', {}, content(4, url));
    await send('page/report', reportOf(url, 'login'), content(4, url));
    const before = (await send('tab/state', { tabId: 4 }, popup)).value;
    const snapshot = snapshotOf(url, 'login');
    const form = snapshot.forms[0]!;
    const secret = 'page-words-'.repeat(40);
    for (const huge of [
      { ...snapshot, title: secret },
      { ...snapshot, forms: Array.from({ length: 41 }, () => form) },
      { ...snapshot, forms: [{ ...form, fields: Array.from({ length: 41 }, () => form.fields[0]) }] },
      { ...snapshot, messages: Array.from({ length: 41 }, () => 'Wrong password') },
      { ...snapshot, forms: [{ ...form, fields: [{ ...form.fields[0], label: secret }] }] },
      { ...snapshot, url: `${url}?${'q'.repeat(9_000)}` },
    ]) {
      const reply = await send('page/report', { seq: 99, snapshot: huge, ms: 1 }, content(4, url));
      expect(reply).toMatchObject({ ok: false, error: { code: 'bad-request' } });
      expect(reply.error?.message).not.toContain('page-words');
    }
    expect((await send('tab/state', { tabId: 4 }, popup)).value).toEqual(before);
  });

  it('keeps the newer of two reports of one frame sent together, and answers the overtaken one with no report', async () => {
    const url = 'https://shop.test/login';
    await send('content/hello', {}, content(4, url));
    const older = reportOf(url, 'login');
    const middle = reportOf(url, 'login', ['error-message']);
    const newer = reportOf(url, 'login', ['forgot-password-link']);
    const replies = await Promise.all([older, middle, newer].map((r) => send('page/report', r, content(4, url))));
    // The first runs at once; the middle one waited and was replaced by the newest.
    expect(replies.map((r) => [r.value.seq, r.value.report?.signals.map((s: { kind: string }) => s.kind) ?? null])).toEqual([
      [older.seq, []], [middle.seq, null], [newer.seq, ['forgot-password-link']],
    ]);
    expect((await send('tab/state', { tabId: 4 }, popup)).value.report.signals).toMatchObject([{ kind: 'forgot-password-link' }]);
  });
});
