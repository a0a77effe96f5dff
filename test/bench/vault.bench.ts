// Vault figures in headless Chromium, measured from an extension page as the popup and options
// page would see them (message round trip included): unlock with the default KDF, import preview
// and commit of 10,000 rows, and saving one change in a vault of 10,000 entries.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launch, sendFrom } from '../e2e/harness/browser';
import type { TestPage } from '../e2e/harness/page';
import { record } from './record';
import { chromeCsv } from './seed';

const MASTER = 'a sturdy master passphrase';
let browser: Awaited<ReturnType<typeof launch>>;
let page: TestPage;

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await run();
  return { ms: Math.round(performance.now() - started), value };
}

beforeAll(async () => {
  browser = await launch('chromium');
  page = await browser.openExtensionPage('src/ui/popup/index.html');
  expect(await sendFrom(page, 'vault/create', { password: MASTER })).toMatchObject({ ok: true });
});
afterAll(() => browser.dispose());

it('unlocks with the default KDF', async () => {
  await sendFrom(page, 'vault/lock', {});
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    await sendFrom(page, 'vault/lock', {});
    const { ms, value } = await timed(() => sendFrom(page, 'vault/unlock', { password: MASTER }));
    expect(value).toMatchObject({ ok: true, value: { failure: null } });
    runs.push(ms);
  }
  runs.sort((a, b) => a - b);
  record('unlock.ms', { value: runs[1] ?? 0, unit: 'ms (median of 3)', target: null, note: 'Argon2id 64 MiB, t=3, p=1' });
});

it('imports 10,000 rows and saves one change among them', async () => {
  const text = chromeCsv(10_000);
  const preview = await timed(() => sendFrom(page, 'import/preview', { text }));
  if (!preview.value.ok || !preview.value.value.preview) throw new Error(JSON.stringify(preview.value).slice(0, 300));
  expect(preview.value.value.preview.counts.new).toBe(10_000);
  record('import.previewMs.10k', { value: preview.ms, unit: 'ms', target: 2000 });

  const commit = await timed(() => sendFrom(page, 'import/commit', { previewId: preview.value.ok ? preview.value.value.preview?.previewId ?? '' : '', choices: {} }));
  expect(commit.value).toMatchObject({ ok: true, value: { total: 10_000 } });
  record('import.commitMs.10k', { value: commit.ms, unit: 'ms', target: 2000 });

  const list = await sendFrom(page, 'entries/list', { tabId: null, query: '', offset: 4242, limit: 1 });
  if (!list.ok) throw new Error(list.error.message);
  const entry = list.value.items[0];
  if (!entry) throw new Error('no entry to change');
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const save = await timed(() => sendFrom(page, 'entries/save', { id: entry.id, site: entry.site, username: entry.username, password: `Changed-${i}-x`, notes: entry.notes }));
    expect(save.value.ok).toBe(true);
    runs.push(save.ms);
  }
  runs.sort((a, b) => a - b);
  record('vault.saveMs.10k', { value: runs[2] ?? 0, unit: 'ms (median of 5)', target: null });
});
