// Loads corpus pages in headless Chromium, offline: every request not to the local server is
// aborted (corpus pages point at the live web). Injects the detector bundle and times it in-page.
import { chromium } from 'playwright-core';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const RUNS = 5;

// Runs inside the page: a few timed runs of the detector and of the baseline; medians. The first
// run is also kept: the bundle is fresh in every page, as the content script is, so it pays for
// compiling the code and the keyword regexes.
function measure(runs) {
  const med = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  const times = []; const base = [];
  let report;
  for (let i = 0; i < runs; i++) {
    let t = performance.now(); report = window.__latchkeyDetect(); times.push(performance.now() - t);
    t = performance.now(); window.__latchkeyBaseline(); base.push(performance.now() - t);
  }
  return { pageClass: report.pageClass, ms: med(times), firstMs: times[0], baselineMs: med(base),
    forms: report.forms.map((f) => ({ class: f.class, visible: f.visible, reasons: f.reasons })) };
}

export async function openBrowser(origin) {
  const browser = await chromium.launch({ executablePath: '/usr/lib/chromium/chromium', headless: true, args: ARGS });
  // Frozen pages carry strict CSP meta tags that would block the injected bundle.
  const context = await browser.newContext({ bypassCSP: true, javaScriptEnabled: true, serviceWorkers: 'block' });
  await context.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
  return { context, close: () => browser.close() };
}

// Pages load two at a time, but only one is timed at a time: two timed runs on two cores would
// slow each other down through the shared browser process.
let timing = Promise.resolve();
function oneAtATime(task) {
  const run = timing.then(task, task);
  timing = run.then(() => undefined, () => undefined);
  return run;
}

export async function detectOnPage(context, url, bundle) {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 20_000 }).catch(() => undefined);
    return await oneAtATime(async () => {
      await page.evaluate(bundle);
      return page.evaluate(measure, RUNS);
    });
  } finally {
    await page.close();
  }
}
