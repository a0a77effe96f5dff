// Loads corpus pages in headless Chromium, offline: every request not to the local server is
// aborted (corpus pages point at the live web). Injects the detector bundle and times it in-page.
import { chromium } from 'playwright-core';
import { COMPILE_HINT } from './compile-hint.mjs';

// No compilation cache: every page compiles the bundle and its regexes afresh, as a shopper's first
// visit to a site does; otherwise V8 would reuse what earlier pages of the run compiled.
/** The Chromium the evaluations launch (CHROMIUM_PATH, as for the E2E suite and `npm start`). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';
/** Its switches: no compilation cache, so every page compiles our code as a site's first page does. */
export const EVAL_ARGS = ['--js-flags=--no-compilation-cache', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
// Each warm figure is a loop of calls that lasts at least this long, divided by the number of
// calls: Chromium rounds performance.now() to 0.1 ms, so a single call of a fraction of a
// millisecond would read 0 or 0.1. Half a percent of error at that floor.
export const MIN_LOOP_MS = 20;
const MIN_LOOP_CALLS = 3;

// The content script's first read waits for the page's next rendered frame
// (src/detect/content/after-paint.ts): the page is laid out and drawn by then, so the read pays
// only for itself. The evaluation starts its first call at the same point.
export const AFTER_NEXT_PAINT = '() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)))';

// Runs inside the page. The page's bundle (snapshot-entry.ts: only what the content script runs
// for a report) goes in as a classic script, as the browser injects the content script, and with
// the same compile hint as its first line (compile-hint.mjs): the time counts from before the
// script is compiled, so the first call pays for compiling our code (all of it, as the hint asks),
// the module set-up and the first, cold, run on every page load. The classifier is not in it: the
// extension classifies in the background (regexes compiled once per worker, not per page).
// A page that stops the script (a DOM method of its own in place of appendChild) gets the bundle
// evaluated instead, timed from its first line, and is counted (`firstByEval`).
function firstSnapshot(source) {
  const script = document.createElement('script');
  script.textContent = source;
  const start = performance.now();
  (document.head ?? document.documentElement).appendChild(script);
  script.remove();
  if (typeof window.__latchkeySnapshot !== 'function') return null;
  window.__latchkeyFirstSnapshot = window.__latchkeySnapshot();
  return performance.now() - start;
}

function firstSnapshotByEval() {
  window.__latchkeyFirstSnapshot = window.__latchkeySnapshot();
  return performance.now() - window.__latchkeyStart;
}

/** The page's share of the first call on the page `page` shows, in ms, and how it was timed. */
export async function timeFirstSnapshot(page, bundle) {
  const byScript = await page.evaluate(`(${firstSnapshot})(${JSON.stringify(`${COMPILE_HINT}\n${bundle}`)})`);
  if (typeof byScript === 'number') return { ms: byScript, byEval: false };
  return { ms: await page.evaluate(`window.__latchkeyStart = performance.now();\n${bundle}\n;(${firstSnapshotByEval})()`), byEval: true };
}

// Runs inside the page, in the same script as the detector bundle (classifier, baseline, probe), so
// the whole first figure is the page's first call plus the classifier's set-up and first run, as
// before the two were split. Both halves are timed, and their sum is the whole detection.
function measure({ labels, minLoopMs, minLoopCalls, pageFirstMs }) {
  const first = window.__latchkeyClassify(window.__latchkeyFirstSnapshot);
  const firstMs = pageFirstMs + (performance.now() - window.__latchkeyClassifierStart);
  const loop = (fn) => {
    const t0 = performance.now();
    let n = 0; let elapsed = 0;
    do { fn(); n++; elapsed = performance.now() - t0; } while (elapsed < minLoopMs || n < minLoopCalls);
    return elapsed / n;
  };
  const ms = loop(window.__latchkeyDetect);
  const pageMs = loop(window.__latchkeySnapshot);
  const baselineMs = loop(window.__latchkeyBaseline);
  const probe = window.__latchkeyProbe(labels);
  // Last, as it changes the page: the same page with every field gone, as most pages a shopper opens are.
  for (const el of Array.from(document.querySelectorAll('input,select,textarea'))) el.remove();
  const noInputMs = loop(window.__latchkeyDetect);
  const pageNoInputMs = loop(window.__latchkeySnapshot);
  return { pageClass: first.pageClass, firstMs, ms, pageFirstMs, pageMs, baselineMs, noInputMs, pageNoInputMs, probe };
}

export async function openBrowser(origin) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: EVAL_ARGS });
  // Frozen pages carry strict CSP meta tags that would block the injected bundle.
  const context = await browser.newContext({ bypassCSP: true, javaScriptEnabled: true, serviceWorkers: 'block' });
  await context.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
  return { context, close: () => browser.close() };
}

/** A tab that loads page after page: opening a tab per page cost more than the detection itself. */
export async function openTab(context) {
  const page = await context.newPage();
  return {
    /** `bundles.page` (the content script's share) is injected and timed first, on its own; then `bundles.detector`. */
    async detect(url, bundles, labels) {
      await page.goto(url, { waitUntil: 'load', timeout: 20_000 }).catch(() => undefined);
      await page.evaluate(`(${AFTER_NEXT_PAINT})()`).catch(() => undefined);
      const { ms: pageFirstMs, byEval } = await timeFirstSnapshot(page, bundles.page);
      const options = { labels, minLoopMs: MIN_LOOP_MS, minLoopCalls: MIN_LOOP_CALLS, pageFirstMs };
      const measured = await page.evaluate(`window.__latchkeyClassifierStart = performance.now();\n${bundles.detector}\n;(${measure})(${JSON.stringify(options)})`);
      return { ...measured, firstByEval: byEval };
    },
    close: () => page.close(),
  };
}
