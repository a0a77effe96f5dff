// Vault figures in headless Chromium, measured from an extension page as the popup and options
// page would see them (message round trip included): unlock with the default KDF, import preview
// and commit of 10,000 rows, and saving one change in a vault of 10,000 entries; then the import
// against same-round baselines (baselines.ts, rounds.ts): commit ÷ sealing and writing as many
// records, preview ÷ papaparse on the same file, so the figures say what the import adds on any
// machine. Each round imports into a fresh vault, as a first import does.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launch, sendFrom } from '../e2e/harness/browser';
import { READY, type TestPage } from '../e2e/harness/page';
import { papaparseMs, sealAndWriteMs } from './baselines';
import { record } from './record';
import { recordRatio } from './rounds';
import { chromeCsv } from './seed';

const MASTER = 'a sturdy master passphrase';
// The page's own API (Chromium only here): the benchmark times messages inside the page.
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { local: { clear(): Promise<void> }; session: { clear(): Promise<void> } };
};

let browser: Awaited<ReturnType<typeof launch>>;
let page: TestPage;

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await run();
  return { ms: Math.round(performance.now() - started), value };
}

beforeAll(async () => {
  browser = await launch('chromium', null); // extension pages only, no fixture sites
  page = await browser.openExtensionPage('src/pages/popup/index.html');
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

/**
 * A vault of nothing, as a first import finds it: every stored value cleared with the worker
 * stopped on either side (its in-memory entries, indexes and pending writes go with it), then a
 * new vault created. Rounds that import into one vault would each match against the ones before.
 */
async function freshVault(): Promise<void> {
  await page.close();
  await browser.stopWorker();
  const blank = await browser.openExtensionPage('src/pages/offscreen/clipboard.html');
  await blank.evaluate(() => Promise.all([chrome.storage.local.clear(), chrome.storage.session.clear()]), null);
  await blank.close();
  await browser.stopWorker();
  page = await browser.openExtensionPage('src/pages/popup/index.html');
  expect(await sendFrom(page, 'vault/create', { password: MASTER })).toMatchObject({ ok: true });
}

/** Milliseconds inside the page from sending `type` to its reply, and the reply. */
async function timedInPage(type: string, payload: unknown): Promise<{ ms: number; reply: { ok: boolean; value?: unknown; error?: unknown } }> {
  await page.waitFor(READY);
  return page.evaluate(async ([t, p]) => {
    const started = performance.now();
    const reply = (await chrome.runtime.sendMessage({ type: t, payload: p })) as { ok: boolean; value?: unknown; error?: unknown };
    return { ms: performance.now() - started, reply };
  }, [type, payload] as const);
}

/**
 * The preview as the options page asks for it (tidy/ui/importing/hand-over.ts): the text put in a
 * blob: URL of our origin, the URL sent, the URL revoked once answered; timed inside the page.
 */
async function previewInPage(text: string): Promise<{ ms: number; reply: { ok: boolean; value?: unknown; error?: unknown } }> {
  await page.waitFor(READY);
  return page.evaluate(async (t) => {
    const started = performance.now();
    const file = URL.createObjectURL(new Blob([t], { type: 'text/plain;charset=utf-8' }));
    const reply = (await chrome.runtime.sendMessage({ type: 'import/preview', payload: { file } })) as { ok: boolean; value?: unknown; error?: unknown };
    URL.revokeObjectURL(file);
    return { ms: performance.now() - started, reply };
  }, text);
}

/** One import of `text` into a fresh vault: preview, then commit, each timed inside the page. */
async function importOnce(text: string, rows: number): Promise<{ previewMs: number; commitMs: number }> {
  await freshVault();
  const preview = await previewInPage(text);
  const summary = (preview.reply.value as { preview?: { previewId: string; counts: { new: number } } } | undefined)?.preview;
  if (!preview.reply.ok || !summary) throw new Error(JSON.stringify(preview.reply).slice(0, 300));
  expect(summary.counts.new).toBe(rows);
  const commit = await timedInPage('import/commit', { previewId: summary.previewId, choices: {} });
  expect(commit.reply).toMatchObject({ ok: true, value: { written: rows } });
  return { previewMs: preview.ms, commitMs: commit.ms };
}

const ROUNDS_10K = 5;

it('imports 10,000 rows against sealing and parsing the same in the same round', async () => {
  const previews: number[] = [];
  const parses: number[] = [];
  const commits: number[] = [];
  const seals: number[] = [];
  for (let round = 0; round < ROUNDS_10K; round++) {
    const text = chromeCsv(10_000, `ratio${round}`);
    const { previewMs, commitMs } = await importOnce(text, 10_000);
    previews.push(previewMs);
    commits.push(commitMs);
    parses.push(await papaparseMs(page, text));
    seals.push(await sealAndWriteMs(page, 10_000));
  }
  recordRatio('import.commitRatio.10k', commits, seals, 2, 'commit of 10,000 rows into a fresh vault ÷ sealing and writing 10,000 records');
  recordRatio('import.previewRatio.10k', previews, parses, 3, 'preview of 10,000 rows against a fresh vault, handed over as the options page does (blob: URL) ÷ papaparse on the same file');
}, 600_000);

it('commits 100,000 rows in under twice the time of sealing 100,000 records', async () => {
  const { commitMs } = await importOnce(chromeCsv(100_000, 'big'), 100_000);
  const seal = await sealAndWriteMs(page, 100_000);
  recordRatio('import.commitRatio.100k', [commitMs], [seal], 2, 'commit of 100,000 rows into a fresh vault ÷ sealing and writing 100,000 records');
}, 900_000);
