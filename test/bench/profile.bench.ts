// Where the time of the popup and import figures goes, not a figure itself: CPU profiles
// (cpu-profile.ts) of the service worker during a 10,000-row import preview, a timeline of the
// popup opening for a shop tab with 10,000 entries (its messages, files and long frames), and CPU
// profiles of the popup page and the worker while it opens. Runs only when asked, under the lock:
// `BENCH_PROFILE=1 npx vitest run --project bench test/bench/profile.bench.ts` after a build
// (`npx vite build --mode chrome --minify false` keeps the functions' names). Writes the report
// to artifacts/bench-profile.txt and the console.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { DIST, sendFrom, tabIdOf } from '../e2e/harness/browser';
import { extensionId, launchContext, wrap } from '../e2e/harness/chromium';
import { newProfile } from '../e2e/harness/profile-template';
import { READY } from '../e2e/harness/page';
import { startFixtureServer, type FixtureServer } from '../e2e/harness/server';
import { lastBusyMs, pageTarget, profileReport, spanOf, startProfile, stopProfile, workerTarget, type CpuProfile } from './cpu-profile';
import { chromeCsv, untilScored } from './seed';

const RUNS = 5;
const OUT = resolve(import.meta.dirname, '../../artifacts/bench-profile.txt');

let server: FixtureServer;
let context: BrowserContext;
let origin: string;
const report: string[] = [];

describe.runIf(process.env.BENCH_PROFILE)('profiles', () => {
  beforeAll(async () => {
    server = await startFixtureServer();
    context = await launchContext({ extensionDir: DIST.chromium, profileDir: newProfile('chromium'), sites: server });
    origin = `chrome-extension://${await extensionId(context)}`;
  }, 120_000);
  afterAll(async () => {
    mkdirSync(dirname(OUT), { recursive: true });
    writeFileSync(OUT, report.join('\n\n'));
    console.log(report.join('\n\n'));
    await context.close();
    await server.close();
  });

  async function extensionPage(path: string): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${origin}/${path}`);
    return page;
  }

  it('profiles the import preview of 10,000 rows into an empty vault', async () => {
    const setup = wrap(await extensionPage('src/pages/popup/index.html'));
    expect(await sendFrom(setup, 'vault/create', { password: 'a sturdy master passphrase' })).toMatchObject({ ok: true });
    const holder = await extensionPage('src/pages/offscreen/clipboard.html');
    const worker = await workerTarget(context, holder, origin);
    const profiles: CpuProfile[] = [];
    const ms: number[] = [];
    let previewId = '';
    for (let run = 0; run < RUNS; run++) {
      // Handed over as the options page does (tidy/ui/importing/hand-over.ts): a blob: URL the worker reads.
      const file = await setup.evaluate((text) => URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' })), chromeCsv(10_000, `run${run}`));
      await startProfile(worker);
      const started = performance.now();
      const preview = await sendFrom(setup, 'import/preview', { file });
      ms.push(performance.now() - started);
      profiles.push(await stopProfile(worker));
      previewId = preview.ok ? preview.value.preview?.previewId ?? '' : '';
    }
    // Where in the round trip the worker handled it: the rest is the message's way in and out.
    const spans = profiles.map((profile) => `${Math.round(spanOf(profile, 'import/preview')?.firstMs ?? -1)}-${Math.round(lastBusyMs(profile))}`);
    report.push(`import/preview of 10,000 rows, round trip ${ms.map((n) => Math.round(n)).join('/')} ms; the worker from its handler's first sample to its last work, in ms after the send: ${spans.join(' / ')}\n${profileReport('service worker', profiles)}`);
    // The same file's way to the worker alone, with no profiler attached: a trivial question
    // (vault/state) carrying the text beside its payload, which the worker does not read.
    await worker.detach();
    const carried: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const text = chromeCsv(10_000, `carry${run}`);
      carried.push(await setup.evaluate(async (ballast) => {
        const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime;
        const started = performance.now();
        await api.sendMessage({ type: 'vault/state', payload: {}, ballast });
        return performance.now() - started;
      }, text));
    }
    report.push(`vault/state carrying the same 10,000-row text beside it, round trip ${carried.map((n) => Math.round(n)).join('/')} ms`);
    // The popup figures are of a vault of 10,000 entries: the last preview, committed.
    expect(await sendFrom(setup, 'import/commit', { previewId, choices: {} })).toMatchObject({ ok: true, value: { total: 10_000 } });
    await untilScored(() => sendFrom(setup, 'health/report', { oldAfterDays: 365 }));
    await holder.close();
    await setup.close();
  }, 600_000);

  it('times the popup opening: messages, files, frames', async () => {
    const url = `${server.origin('shop.test')}/login.html`;
    const shop = await context.newPage();
    await shop.goto(url);
    const lookup = wrap(await extensionPage('src/pages/offscreen/clipboard.html'));
    const tabId = await tabIdOf({ ...lookup, waitFor: async () => undefined }, url);
    const lines: string[] = [];
    for (let run = -1; run < RUNS; run++) {
      const page = await context.newPage();
      // Before any of the page's scripts: each message's send and answer, and every long frame.
      await page.addInitScript(() => {
        const log: string[] = [];
        (globalThis as unknown as { timeline: string[] }).timeline = log;
        const at = () => performance.now().toFixed(1);
        const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: { type: string }): Promise<unknown> } } }).chrome.runtime;
        const original = api.sendMessage.bind(api);
        api.sendMessage = (message) => {
          log.push(`${at()} send ${message.type}`);
          return original(message).then((reply) => (log.push(`${at()} reply ${message.type} ${JSON.stringify(reply).length} B`), reply));
        };
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            const frame = entry as PerformanceEntry & { blockingDuration?: number; scripts?: { sourceURL: string; sourceFunctionName: string; duration: number; invoker: string }[] };
            const scripts = (frame.scripts ?? []).map((s) => `${s.invoker} ${s.sourceFunctionName} ${s.sourceURL.replace(/^.*\//, '')} ${Math.round(s.duration)}`).join('; ');
            log.push(`${entry.startTime.toFixed(1)} ${entry.entryType} ${Math.round(entry.duration)} ms ${scripts}`);
          }
        }).observe({ type: 'long-animation-frame', buffered: true });
      });
      await page.goto(`${origin}/src/pages/popup/index.html?tab=${tabId}`);
      await page.waitForSelector(READY);
      await page.waitForSelector('[data-testid="search-results"] [role="row"]');
      await page.waitForTimeout(300);
      const timeline = await page.evaluate(() => {
        const log = (globalThis as unknown as { timeline: string[] }).timeline;
        const entries = [
          ...performance.getEntriesByType('resource').map((r) => `${r.startTime.toFixed(1)} file ${r.name.replace(/^.*\//, '')} to ${(r as PerformanceResourceTiming).responseEnd.toFixed(1)}`),
          ...performance.getEntriesByType('paint').map((p) => `${p.startTime.toFixed(1)} ${p.name}`),
          ...performance.getEntriesByType('mark').map((m) => `${m.startTime.toFixed(1)} mark ${m.name}`),
          ...(['domInteractive', 'domContentLoadedEventEnd', 'loadEventEnd'] as const).map((k) => `${(performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)[k].toFixed(1)} ${k}`),
          ...log,
        ];
        return entries.sort((a, b) => parseFloat(a) - parseFloat(b));
      });
      await page.close();
      if (run >= 0) lines.push(`run ${run}:`, ...timeline.map((l) => `  ${l}`));
    }
    report.push(`popup open timeline (ms from navigation start)\n${lines.join('\n')}`);
    await lookup.close();
    await shop.close();
  }, 600_000);

  it('profiles the popup opening for a shop tab with 10,000 entries', async () => {
    const url = `${server.origin('shop.test')}/login.html`;
    const shop = await context.newPage();
    await shop.goto(url);
    const lookup = wrap(await extensionPage('src/pages/offscreen/clipboard.html'));
    const tabId = await tabIdOf({ ...lookup, waitFor: async () => undefined }, url);
    const popupPath = `src/pages/popup/index.html?tab=${tabId}`;
    const pageProfiles: CpuProfile[] = [];
    const workerProfiles: CpuProfile[] = [];
    const readyMs: number[] = [];
    for (let run = -1; run < RUNS; run++) {
      // An extension page first, so the popup's navigation stays in the profiled renderer.
      const page = await extensionPage('src/pages/offscreen/clipboard.html');
      const session = await context.newCDPSession(page);
      const worker = await workerTarget(context, page, origin);
      await startProfile(pageTarget(session));
      await startProfile(worker);
      await page.goto(`${origin}/${popupPath}`);
      await page.waitForSelector(READY);
      await page.waitForSelector('[data-testid="search-results"] [role="row"]');
      const ready = await page.evaluate(() => performance.getEntriesByName('latchkey:ready')[0]?.startTime ?? -1);
      const pageProfile = await stopProfile(pageTarget(session));
      const workerProfile = await stopProfile(worker);
      await worker.detach();
      await page.close();
      // The first open compiles what the later ones reuse, as in popup.bench.ts.
      if (run < 0) continue;
      readyMs.push(ready);
      pageProfiles.push(pageProfile);
      workerProfiles.push(workerProfile);
    }
    report.push(`popup open to ready ${readyMs.map((n) => Math.round(n)).join('/')} ms\n${profileReport('popup page', pageProfiles)}\n${profileReport('service worker', workerProfiles)}`);
    await lookup.close();
    await shop.close();
  }, 600_000);
});
