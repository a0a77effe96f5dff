// Export through the options page, in both browsers: the master password is asked
// again (a wrong one exports nothing); the Latchkey CSV re-imports into the same vault, history
// and dates included; Chrome's CSV carries every login; the encrypted backup restores exactly
// into a fresh profile, and a wrong backup password or a changed byte restores nothing.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readImportCsv } from '../../src/tidy/core/csv/read';
import { launch, sendFrom } from './harness/browser';
import { readLocalFacts } from './harness/extension-storage';
import { READY, type TestPage } from './harness/page';
import { BROWSERS, useSuite } from './harness/suite';
import { until } from './harness/until';
import { vaultEntries, withoutIds } from './harness/vault-entries';
import type { Entry } from '../../src/vault/core/entry';

const CSV = resolve(import.meta.dirname, '../fixtures/csv');
const OPTIONS = 'src/pages/options/index.html#/import';
const MASTER = 'a sturdy master passphrase';
const BACKUP_PASSWORD = 'another long backup phrase';

async function importText(page: TestPage, text: string, choices: Record<string, 'incoming' | 'existing'> = {}): Promise<void> {
  const preview = await sendFrom(page, 'import/preview', { text });
  if (!preview.ok || !preview.value.preview) throw new Error(JSON.stringify(preview));
  expect(await sendFrom(page, 'import/commit', { previewId: preview.value.preview.previewId, choices })).toMatchObject({ ok: true });
}

async function openOptions(page: Promise<TestPage>): Promise<TestPage> {
  const opened = await page;
  await opened.waitFor(READY);
  await opened.waitFor('[data-testid="export-form"]');
  return opened;
}

const failureText = (page: TestPage, testid: string) =>
  until(() => page.text(`[data-testid="${testid}"]`), (text) => text !== '', testid, 20_000);

describe.each(BROWSERS)('export through the options page in %s', (name) => {
  const s = useSuite(name);
  let page: TestPage;
  let before: Entry[];
  const scratch = mkdtempSync(join(tmpdir(), 'latchkey-export-'));

  beforeAll(async () => {
    const probe = await s.browser.openExtensionPage('src/pages/popup/index.html');
    expect(await sendFrom(probe, 'vault/create', { password: MASTER })).toMatchObject({ ok: true });
    // A vault with some life in it: several sources, a conflict decided (history), a reviewed entry.
    await importText(probe, readFileSync(join(CSV, 'keepassxc.csv'), 'utf8'));
    await importText(probe, readFileSync(join(CSV, 'firefox.csv'), 'utf8'), { 5: 'incoming' });
    await importText(probe, readFileSync(join(CSV, 'latchkey.csv'), 'utf8'));
    const list = await sendFrom(probe, 'entries/list', { tabId: null, query: '', offset: 0, limit: 500 });
    if (!list.ok) throw new Error(JSON.stringify(list));
    expect(await sendFrom(probe, 'entries/review', { ids: [list.value.items[0]?.id ?? ''], reviewed: true })).toMatchObject({ ok: true });
    // Our popup is an extension page too, but exports are answered to the options page only.
    expect(await sendFrom(probe, 'export/create', { format: 'latchkey', master: MASTER })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await probe.close();
    page = await openOptions(s.browser.openExtensionPage(OPTIONS));
    before = await vaultEntries(page, MASTER);
    expect(before.some((e) => e.history.length > 0)).toBe(true);
    expect(before.some((e) => e.reviewedAt !== null)).toBe(true);
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  async function exportAs(format: 'latchkey' | 'chrome' | 'backup', master = MASTER) {
    await page.click(`[data-testid="export-format-${format}"]`);
    if (format === 'backup') {
      await page.fill('#backup-password', BACKUP_PASSWORD);
      await page.fill('#backup-confirm', BACKUP_PASSWORD);
    }
    await page.fill('#export-master', master);
    return page.download(() => page.click('[data-testid="export-submit"]'));
  }

  it('asks for the master password again: a wrong one exports nothing', async () => {
    await page.click('[data-testid="export-format-latchkey"]');
    expect(await page.attr('[data-testid="export-submit"]', 'disabled')).not.toBeNull();
    await page.fill('#export-master', 'not the master password');
    await page.click('[data-testid="export-submit"]');
    expect(await failureText(page, 'export-failure')).toMatch(/Wrong master password. Nothing was exported/);
    expect(await page.text('[data-testid="export-notice"]')).toBe('');
  });

  it('exports Chrome CSV with every login', async () => {
    const file = await exportAs('chrome');
    expect(file.name).toMatch(/^latchkey-chrome-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(file.text.split('\r\n')[0]).toBe('name,url,username,password,note');
    const read = readImportCsv(file.text);
    if (!read.ok) throw new Error(read.error.code);
    expect(read.value.format).toBe('chrome');
    const passwords = read.value.rows.map((row) => (row.kind === 'login' ? row.password : null));
    expect(passwords.sort()).toEqual(before.map((e) => e.password).sort());
    // The password fields are cleared once the file is saved.
    expect(await page.evaluate(() => (document.getElementById('export-master') as HTMLInputElement).value, null)).toBe('');
  });

  it('exports Latchkey CSV that re-imports into the same vault, history and dates included', async () => {
    const file = await exportAs('latchkey');
    expect(file.name).toMatch(/^latchkey-export-.*\.csv$/);
    const path = join(scratch, file.name);
    writeFileSync(path, file.text);
    const ids = before.map((e) => e.id);
    expect(await sendFrom(page, 'entries/delete-many', { ids })).toMatchObject({ ok: true });
    expect(await vaultEntries(page, MASTER)).toEqual([]);
    await page.setFiles('[data-testid="import-file"]', [path]);
    await page.waitFor('[data-testid="import-format"][data-format="latchkey"]');
    expect(await page.attr('[data-testid="import-count-new"]', 'data-count')).toBe(String(before.length));
    await page.click('[data-testid="import-commit"]');
    await page.waitFor(`[data-testid="import-result"][data-total="${before.length}"]`);
    expect(withoutIds(await vaultEntries(page, MASTER))).toEqual(withoutIds(before));
    await page.click('[data-testid="import-forget"]');
  });

  it('exports an encrypted backup that restores exactly into a fresh profile', { timeout: 150_000 }, async () => {
    const current = await vaultEntries(page, MASTER);
    // Two different backup passwords: the button stays disabled and says why.
    await page.click('[data-testid="export-format-backup"]');
    await page.fill('#backup-password', BACKUP_PASSWORD);
    await page.fill('#backup-confirm', `${BACKUP_PASSWORD}x`);
    await page.fill('#export-master', MASTER);
    expect(await page.attr('[data-testid="export-submit"]', 'disabled')).not.toBeNull();
    expect(await page.text('[data-testid="export-why"]')).toMatch(/differ/);
    const file = await exportAs('backup');
    expect(file.name).toMatch(/^latchkey-backup-.*\.json$/);
    for (const entry of current) expect(file.text).not.toContain(entry.password);
    const good = join(scratch, file.name);
    writeFileSync(good, file.text);
    const parsed = JSON.parse(file.text) as { data: { ct: string } };
    const flipped = parsed.data.ct.startsWith('A') ? `B${parsed.data.ct.slice(1)}` : `A${parsed.data.ct.slice(1)}`;
    const tampered = join(scratch, 'tampered.json');
    writeFileSync(tampered, JSON.stringify({ ...parsed, data: { ...parsed.data, ct: flipped } }));

    const fresh = await launch(name, s.server);
    try {
      const probe = await fresh.openExtensionPage('src/pages/popup/index.html');
      const otherMaster = 'the second profile master phrase';
      expect(await sendFrom(probe, 'vault/create', { password: otherMaster })).toMatchObject({ ok: true });
      await probe.close();
      const restore = await openOptions(fresh.openExtensionPage(OPTIONS));
      const raw = async () => JSON.stringify(await readLocalFacts(restore));
      const empty = await raw();

      await restore.setFiles('[data-testid="import-file"]', [tampered]);
      await restore.waitFor('[data-testid="restore-form"][data-file="tampered.json"]');
      await restore.fill('#restore-password', BACKUP_PASSWORD);
      await restore.click('[data-testid="restore-submit"]');
      expect(await failureText(restore, 'import-failure')).toMatch(/changed after it was made/);
      expect(await raw()).toBe(empty);

      await restore.setFiles('[data-testid="import-file"]', [good]);
      await restore.waitFor(`[data-testid="restore-form"][data-file="${file.name}"]`);
      await restore.fill('#restore-password', 'not the backup password');
      await restore.click('[data-testid="restore-submit"]');
      expect(await failureText(restore, 'import-failure')).toMatch(/Wrong backup password/);
      expect(await raw()).toBe(empty);

      await restore.fill('#restore-password', BACKUP_PASSWORD);
      await restore.click('[data-testid="restore-submit"]');
      await restore.waitFor('[data-testid="import-format"][data-format="backup"]', { timeout: 20_000 });
      expect(await restore.attr('[data-testid="import-count-new"]', 'data-count')).toBe(String(current.length));
      await restore.click('[data-testid="import-commit"]');
      await restore.waitFor(`[data-testid="import-result"][data-total="${current.length}"]`);
      // Exactly the same entries, ids included, under the new profile's own master password.
      expect(await vaultEntries(restore, otherMaster)).toEqual(current);
    } finally {
      await fresh.dispose();
    }
  });
});
