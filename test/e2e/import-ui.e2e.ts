// Import through the options page, in both browsers: each of the six formats chosen
// with the page's file input (a real driver upload), the detected format and counts shown, a
// conflict decided in the page; bad files (a spreadsheet, HTML, no password column, conflicting
// columns, 50 MB, an unterminated quote, semicolons) each give a clear message and leave storage
// untouched; an unknown file says its columns were guessed; names and notes reach the entry
// editor; "forget the file contents" drops the preview in the background.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendFrom } from './harness/browser';
import { readLocalFacts } from './harness/extension-storage';
import { READY, type TestPage } from './harness/page';
import { BROWSERS, useSuite } from './harness/suite';
import { until } from './harness/until';
import { vaultEntries } from './harness/vault-entries';
import { FIXTURE_EXPORTS } from '../fixtures/csv/expected';

const CSV = resolve(import.meta.dirname, '../fixtures/csv');
const MASTER = 'a sturdy master passphrase';

// The six other managers' exports (our own format has its own tests in export.e2e.ts).
const FORMATS = FIXTURE_EXPORTS.filter((f) => f.format !== 'latchkey');

async function emptyVault(page: TestPage): Promise<void> {
  const list = await sendFrom(page, 'entries/list', { tabId: null, query: '', offset: 0, limit: 500 });
  if (!list.ok) throw new Error(JSON.stringify(list));
  const ids = list.value.items.map((item) => item.id);
  if (ids.length > 0) expect(await sendFrom(page, 'entries/delete-many', { ids })).toMatchObject({ ok: true });
}

const countsShown = (page: TestPage) =>
  page.evaluate(() => {
    const counts: Record<string, number> = {};
    for (const li of document.querySelectorAll<HTMLElement>('[data-testid^="import-count-"]')) {
      counts[li.dataset.testid?.slice('import-count-'.length) ?? ''] = Number(li.dataset.count);
    }
    return counts;
  }, null);

describe.each(BROWSERS)('import through the options page in %s', (name) => {
  const s = useSuite(name);
  let page: TestPage;
  const scratch = mkdtempSync(join(tmpdir(), 'latchkey-import-'));
  const rawStorage = async () => JSON.stringify(await readLocalFacts(page));

  beforeAll(async () => {
    // The vault is made from another page: Firefox never finishes a reload of an extension page.
    const probe = await s.browser.openExtensionPage('src/pages/popup/index.html');
    expect(await sendFrom(probe, 'vault/create', { password: MASTER })).toMatchObject({ ok: true });
    await probe.close();
    page = await s.browser.openExtensionPage('src/pages/options/index.html#/import');
    await page.waitFor(READY);
    await page.waitFor('[data-testid="import-file"]');
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  async function choose(path: string): Promise<void> {
    await page.setFiles('[data-testid="import-file"]', [path]);
  }

  it.each(FORMATS)('imports $file: detects $format and shows the counts', async ({ file, format, counts }) => {
    await emptyVault(page);
    await choose(join(CSV, file));
    await page.waitFor(`[data-testid="import-format"][data-format="${format}"]`);
    expect(await countsShown(page)).toEqual(counts);
    // Every error row is listed with its row number and a reason.
    const errors = await page.evaluate(
      () => [...document.querySelectorAll<HTMLElement>('[data-testid="import-error-row"]')].map((li) => [li.dataset.row, li.textContent]),
      null,
    );
    expect(errors).toHaveLength(counts.error);
    for (const [row, text] of errors) expect(text).toMatch(new RegExp(`row ${row}: \\w`));
    await page.click('[data-testid="import-commit"]');
    await page.waitFor(`[data-testid="import-result"][data-total="${counts.new}"]`);
    const stored = await vaultEntries(page, MASTER);
    expect(stored).toHaveLength(counts.new);
    // No password of the file reached the page's DOM.
    for (const entry of stored) expect(await page.evaluate(() => document.body.innerHTML, null)).not.toContain(`>${entry.password}<`);
    await page.click('[data-testid="import-forget"]');
    await page.waitFor('[data-testid="import-result"]', { hidden: true });
  });

  it('resolves a conflict the way the user chose; the losing password goes to history', async () => {
    await emptyVault(page);
    await choose(join(CSV, 'firefox.csv'));
    // Row 5 (Ebay!Older1, changed 2019) meets row 4 (Ebay!Web2, changed 2023): the saved-side default wins...
    await page.waitFor('[data-testid="conflict-5"]');
    expect(await page.evaluate(() => (document.querySelector('[data-testid="conflict-5-existing"]') as HTMLInputElement).checked, null)).toBe(true);
    // ...and the user brings the imported one back instead.
    await page.click('[data-testid="conflict-5-incoming"]');
    await page.click('[data-testid="import-commit"]');
    await page.waitFor('[data-testid="import-result"]');
    const ebay = (await vaultEntries(page, MASTER)).filter((e) => e.username === 'ann_buys');
    expect(ebay).toHaveLength(1);
    expect(ebay[0]?.password).toBe('Ebay!Older1');
    expect(ebay[0]?.history.map((h) => h.password)).toEqual(['Ebay!Web2']);
    expect(ebay[0]?.site.origins.sort()).toEqual(['https://signin.ebay.co.uk', 'https://www.ebay.co.uk']);
  });

  it("says when it guessed an unknown file's columns; the entry editor shows each login's name and notes", async () => {
    await emptyVault(page);
    const path = join(scratch, 'unknown-manager.csv');
    // Header LF, rows CRLF and CR CR LF, as a file re-saved on another system ends up.
    writeFileSync(path, 'title,website,login,password,comments,folder\nMy shop,https://named.test/login,ann,N4med!pw,"PIN 1234\r\nsecond line",Shops\r\nOther,https://other.test,bob,0ther!pw,,\r\r\n');
    await choose(path);
    await page.waitFor('[data-testid="import-format"][data-format="guessed"][data-guessed="true"]');
    expect(await page.text('[data-testid="import-guessed"]')).toMatch(/guessed the columns/);
    expect(await countsShown(page)).toMatchObject({ new: 2, error: 0 });
    await page.click('[data-testid="import-commit"]');
    await page.waitFor('[data-testid="import-result"][data-total="2"]');
    const stored = await vaultEntries(page, MASTER);
    expect(stored.map((e) => [e.name, e.username, e.password, e.notes]).sort()).toEqual([['My shop', 'ann', 'N4med!pw', 'PIN 1234\r\nsecond line'], ['Other', 'bob', '0ther!pw', '']]);
    await page.click('[data-testid="import-forget"]');
    // The passwords are a section of their own: there and back, as the navigation moves.
    await page.click('[data-testid="nav-passwords"]');
    await page.waitFor('[data-testid="entries-site"]');
    await page.fill('[data-testid="entries-site"]', 'named.test');
    await page.waitFor('[data-testid="entries-count"][data-total="1"]');
    await page.click('[data-testid="row-edit"]');
    await page.waitFor('[data-testid="edit-name"]');
    expect(await page.evaluate(() => (document.querySelector('[data-testid="edit-name"]') as HTMLInputElement).value, null)).toBe('My shop');
    expect(await page.evaluate(() => (document.querySelector('[data-testid="edit-notes"]') as HTMLTextAreaElement).value, null)).toMatch(/^PIN 1234\r?\nsecond line$/);
    await page.click('[data-testid="edit-close"]');
    await page.fill('[data-testid="entries-site"]', '');
    await page.click('[data-testid="nav-import"]');
    await page.waitFor('[data-testid="import-file"]');
  });

  it('forgets a previewed file: the background drops the preview and the page its state', async () => {
    await choose(join(CSV, 'chrome.csv'));
    await page.waitFor('[data-testid="import-preview"]');
    const previewId = (await page.attr('[data-testid="import-preview"]', 'data-preview-id')) ?? '';
    const before = await rawStorage();
    await page.click('[data-testid="import-cancel"]');
    await page.waitFor('[data-testid="import-preview"]', { hidden: true });
    expect(await page.text('[data-testid="import-notice"]')).toMatch(/forgotten/);
    expect(await page.evaluate(() => (document.querySelector('[data-testid="import-file"]') as HTMLInputElement).value, null)).toBe('');
    expect(await sendFrom(page, 'import/commit', { previewId, choices: {} })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await rawStorage()).toBe(before);
  });

  const huge = () => {
    // 50 MB of plausible CSV, written for this run only (never committed).
    const path = join(scratch, 'huge.csv');
    const row = 'https://shop.example,ann,Secret-Password-1\n';
    writeFileSync(path, `url,username,password\n${row.repeat(Math.ceil((50 * 1024 * 1024) / row.length))}`);
    return path;
  };

  it.each([
    ['a spreadsheet', () => join(CSV, 'bad-binary.csv'), /spreadsheet \(\.xlsx or \.ods\), not a CSV export\. Save it as CSV/],
    ['an HTML page', () => join(CSV, 'bad-html.csv'), /web page \(HTML\)/],
    ['a CSV without a password column', () => join(CSV, 'bad-no-password-column.csv'), /No password column/],
    ['conflicting url columns', () => join(CSV, 'bad-conflicting-columns.csv'), /Columns url, login_uri both hold the url/],
    ['a 50 MB file', huge, /The file is 50\.\d MB; imports are limited to 20 MB/],
    ['an unterminated quote', () => join(CSV, 'bad-unterminated-quote.csv'), /opened on line 3 \(row 3\) is never closed/],
    ['a file separated by semicolons', () => {
      const path = join(scratch, 'semicolons.csv');
      writeFileSync(path, 'url;username;password\nhttps://a.test;ann;Secret-Password-2\n');
      return path;
    }, /separated by semicolons, not commas\. Save the file again as comma-separated CSV/],
  ])('refuses %s with a clear message and writes nothing', async (_what, path, message) => {
    const before = await rawStorage();
    await choose(path());
    await until(() => page.text('[data-testid="import-failure"]'), (text) => text !== '', 'the import failure message', 20_000);
    const text = await page.text('[data-testid="import-failure"]');
    expect(text).toMatch(message);
    expect(text).toMatch(/Nothing was imported/);
    expect(await page.evaluate(() => document.querySelector('[data-testid="import-preview"]') === null, null)).toBe(true);
    expect(await rawStorage()).toBe(before);
  });
});
