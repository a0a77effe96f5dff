// Import through the background (end to end): preview writes nothing, commit
// writes atomically, and a bad file is refused with a clear message and no change to storage. The
// file reaches the background as a blob: URL of our own page, and no other URL is read.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sendFrom } from './harness/browser';
import { readLocalFacts } from './harness/extension-storage';
import type { TestPage } from './harness/page';
import { BROWSERS, useSuite } from './harness/suite';

const CSV = resolve(import.meta.dirname, '../fixtures/csv');
const read = (file: string) => readFileSync(resolve(CSV, file), 'utf8');

describe.each(BROWSERS)('import in %s', (name) => {
  const s = useSuite(name);
  let probe: TestPage;
  const rawStorage = async () => JSON.stringify(await readLocalFacts(probe));

  beforeAll(async () => {
    probe = await s.browser.openExtensionPage('src/pages/popup/index.html');
    expect(await sendFrom(probe, 'vault/create', { password: 'a sturdy master passphrase' })).toMatchObject({ ok: true });
  });

  it('previews a Chrome export without writing, then commits it atomically', async () => {
    const before = await rawStorage();
    const preview = await sendFrom(probe, 'import/preview', { text: read('chrome.csv') });
    if (!preview.ok || !preview.value.preview) throw new Error(JSON.stringify(preview));
    expect(preview.value.preview.format).toBe('chrome');
    expect(preview.value.preview.counts).toEqual({ new: 6, identical: 1, conflict: 0, skipped: 1, error: 1 });
    // No password crosses to the page in the preview.
    expect(JSON.stringify(preview.value)).not.toContain('Kq7vRt2mXa');
    expect(await rawStorage()).toBe(before);

    const commit = await sendFrom(probe, 'import/commit', { previewId: preview.value.preview.previewId, choices: {} });
    expect(commit).toEqual({ ok: true, value: { written: 6, total: 6 } });
    const list = await sendFrom(probe, 'entries/list', { tabId: null, query: '', offset: 0, limit: 0 });
    expect(list.ok && list.value.total).toBe(6);
    // Re-importing the same file finds everything identical.
    const again = await sendFrom(probe, 'import/preview', { text: read('chrome.csv') });
    expect(again.ok && again.value.preview?.counts.identical).toBe(7);
  });

  it("reads a file our page hands over as a blob: URL; a revoked one is unreachable, a website's refused unread", async () => {
    const file = await probe.evaluate((text) => URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' })), read('firefox.csv'));
    const preview = await sendFrom(probe, 'import/preview', { file });
    if (!preview.ok || !preview.value.preview) throw new Error(JSON.stringify(preview));
    expect(preview.value.preview.format).toBe('firefox');
    expect(await sendFrom(probe, 'import/forget', { previewId: preview.value.preview.previewId })).toEqual({ ok: true, value: { forgotten: true } });
    await probe.evaluate((url) => URL.revokeObjectURL(url), file);
    expect(await sendFrom(probe, 'import/preview', { file })).toMatchObject({ ok: true, value: { preview: null, failure: { code: 'file-unreachable' } } });
    const foreign = `blob:https://shop.test/${file.slice(-36)}`;
    expect(await sendFrom(probe, 'import/preview', { file: foreign })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await sendFrom(probe, 'import/backup-preview', { file: foreign, password: 'whatever it is' })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it.each([
    ['an HTML page', 'bad-html.csv', 'html'],
    ['a spreadsheet (an .xlsx)', 'bad-binary.csv', 'spreadsheet'],
    ['a file without a password column', 'bad-no-password-column.csv', 'missing-column'],
    ['conflicting url columns', 'bad-conflicting-columns.csv', 'conflicting-columns'],
    ['an unterminated quote', 'bad-unterminated-quote.csv', 'unterminated-quote'],
  ])('refuses %s with a clear message and changes nothing', async (_what, file, code) => {
    const before = await rawStorage();
    const reply = await sendFrom(probe, 'import/preview', { text: read(file) });
    expect(reply).toMatchObject({ ok: true, value: { preview: null, failure: { code } } });
    expect(reply.ok && reply.value.failure?.message.length).toBeGreaterThan(10);
    expect(await rawStorage()).toBe(before);
  });

  it('drops a held preview when the vault locks', async () => {
    const preview = await sendFrom(probe, 'import/preview', { text: read('firefox.csv') });
    const previewId = preview.ok ? preview.value.preview?.previewId : undefined;
    expect(previewId).toBeTruthy();
    await sendFrom(probe, 'vault/lock', {});
    expect(await sendFrom(probe, 'vault/unlock', { password: 'a sturdy master passphrase' })).toMatchObject({ ok: true, value: { failure: null } });
    const reply = await sendFrom(probe, 'import/commit', { previewId: previewId!, choices: {} });
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('refuses to commit a preview it does not hold', async () => {
    const reply = await sendFrom(probe, 'import/commit', { previewId: 'made-up', choices: {} });
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });
});
