// What the content script's first call on a page (eval:detect's `timing.page.first*`) is made of.
// Usage: node scripts/first-call-parts.mjs <corpus-dir> [--only <regex>] [--pages N]
// Each page is loaded once per browser below, and three things are timed in it, in this order:
//   first  the snapshot bundle (test/eval/snapshot-entry.ts) run and called, as eval:detect does (a
//          classic script with the compile hint, timed from before it is compiled): after the
//          page's next rendered frame, as the content script's first read;
//   again  the same bundle run afresh and called: what the first read touched for the first
//          time (hit tests, styles no frame needed) is behind it, so what is left is compiling our
//          code and its first, cold, run;
//   warm   the snapshot called again and again (a 20 ms loop).
// In two browsers: with V8's compilation cache off, as eval:detect runs (a site's first page in
// a new renderer compiles our code) and on (later pages in the same renderer find it compiled).
// So: first - again is the page's own first-touch cost left after its frame, and `again` off -
// `again` on is compiling.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDetectorBundle } from './lib/eval-bundle.mjs';
import { AFTER_NEXT_PAINT, CHROMIUM, timeFirstSnapshot } from './lib/eval-browser.mjs';
import { median, percentile } from './lib/eval-metrics.mjs';
import { serveFolder } from './lib/eval-static-server.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const BASE_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

function parseArgs(argv) {
  const [dir, ...rest] = argv;
  if (!dir) throw new Error('usage: first-call-parts <corpus-dir> [--only regex] [--pages N]');
  const opt = (name, fallback) => { const i = rest.indexOf(name); return i >= 0 ? rest[i + 1] : fallback; };
  return { dir, only: new RegExp(opt('--only', '^samples/ddg/')), pages: Number(opt('--pages', 60)) };
}

async function timePages(origin, files, bundle, compilationCache) {
  const args = compilationCache ? BASE_ARGS : ['--js-flags=--no-compilation-cache', ...BASE_ARGS];
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args });
  try {
    const context = await browser.newContext({ bypassCSP: true, serviceWorkers: 'block' });
    await context.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
    const page = await context.newPage();
    const rows = [];
    for (const file of files) {
      await page.goto(`${origin}/${file.split('/').map(encodeURIComponent).join('/')}`, { waitUntil: 'load', timeout: 20_000 }).catch(() => undefined);
      try {
        await page.evaluate(`(${AFTER_NEXT_PAINT})()`);
        const { ms: first } = await timeFirstSnapshot(page, bundle);
        const { ms: again } = await timeFirstSnapshot(page, bundle);
        const warm = await page.evaluate(() => {
          const t0 = performance.now();
          let n = 0;
          do { window.__latchkeySnapshot(); n++; } while (performance.now() - t0 < 20);
          return (performance.now() - t0) / n;
        });
        rows.push({ first, again, warm });
      } catch { /* a page that navigated away or broke the bundle: not timed */ }
    }
    return rows;
  } finally {
    await browser.close();
  }
}

const opts = parseArgs(process.argv.slice(2));
const index = JSON.parse(readFileSync(resolve(opts.dir, 'index.json'), 'utf8'));
const files = index.map((e) => e.file).filter((f) => opts.only.test(f)).slice(0, opts.pages);
const bundle = await buildDetectorBundle(resolve(here, '../test/eval/snapshot-entry.ts'));
const server = await serveFolder(opts.dir);
try {
  for (const cache of [false, true]) {
    const rows = await timePages(server.origin, files, bundle, cache);
    const show = (k) => `${median(rows.map((r) => r[k])).toFixed(2)} / ${percentile(rows.map((r) => r[k]), 95).toFixed(2)}`;
    console.log(`compilation cache ${cache ? 'on ' : 'off'} (n=${rows.length}), median / p95 ms: first ${show('first')}, again ${show('again')}, warm ${show('warm')}`);
  }
} finally {
  await server.close();
}
