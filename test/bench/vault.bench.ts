// Vault figures in headless Chromium, measured from an extension page as the popup and options
// page would see them (message round trip included): unlock with the default KDF, import preview
// and commit of 10,000 rows, and saving one change in a vault of 10,000 entries; then the import
// against same-run baselines (baselines.ts): commit ÷ sealing and writing as many records, preview
// ÷ papaparse on the same file, so the figures say what the import adds on any machine.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launch, sendFrom } from '../e2e/harness/browser';
import type { TestPage } from '../e2e/harness/page';
import { papaparseMs, sealAndWriteMs } from './baselines';
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
  browser = await launch('chromium', null); // extension pages only, no fixture sites
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

const median = (runs: readonly number[]) => [...runs].sort((a, b) => a - b)[Math.floor(runs.length / 2)] ?? 0;
const round2 = (n: number) => Math.round(n * 100) / 100;

async function importOnce(text: string, rows: number): Promise<{ previewMs: number; commitMs: number }> {
  const preview = await timed(() => sendFrom(page, 'import/preview', { text }));
  if (!preview.value.ok || !preview.value.value.preview) throw new Error(JSON.stringify(preview.value).slice(0, 300));
  expect(preview.value.value.preview.counts.new).toBe(rows);
  const previewId = preview.value.value.preview.previewId;
  const commit = await timed(() => sendFrom(page, 'import/commit', { previewId, choices: {} }));
  expect(commit.value).toMatchObject({ ok: true, value: { written: rows } });
  return { previewMs: preview.ms, commitMs: commit.ms };
}

/** A ratio of medians, with the spread of every run against every baseline run. */
function ratio(name: string, runs: readonly number[], baselines: readonly number[], target: number | null, what: string): void {
  const value = round2(median(runs) / median(baselines));
  const low = round2(Math.min(...runs) / Math.max(...baselines));
  const high = round2(Math.max(...runs) / Math.min(...baselines));
  const ms = (list: readonly number[]) => list.map((n) => Math.round(n)).join('/');
  record(name, { value, unit: 'ratio', target, note: `${what}: ${ms(runs)} ms ÷ baseline ${ms(baselines)} ms; spread ${low}–${high}` });
}

const RUNS_10K = 3;
const BASELINE_RUNS = 3;

it('imports 10,000 rows against sealing and parsing the same in the same run', async () => {
  const previews: number[] = [];
  const commits: number[] = [];
  const parses: number[] = [];
  for (let run = 0; run < RUNS_10K; run++) {
    const text = chromeCsv(10_000, `ratio${run}`);
    const { previewMs, commitMs } = await importOnce(text, 10_000);
    previews.push(previewMs);
    commits.push(commitMs);
    parses.push(await papaparseMs(page, text));
  }
  const seals: number[] = [];
  for (let run = 0; run < BASELINE_RUNS; run++) seals.push(await sealAndWriteMs(page, 10_000));
  ratio('import.commitRatio.10k', commits, seals, 2, 'commit of 10,000 rows');
  ratio('import.previewRatio.10k', previews, parses, null, 'preview of 10,000 rows (message round trip included)');
}, 600_000);

it('commits 100,000 rows in under twice the time of sealing 100,000 records', async () => {
  const { commitMs } = await importOnce(chromeCsv(100_000, 'big'), 100_000);
  const seals: number[] = [];
  for (let run = 0; run < 2; run++) seals.push(await sealAndWriteMs(page, 100_000));
  ratio('import.commitRatio.100k', [commitMs], seals, 2, 'commit of 100,000 rows');
}, 900_000);
