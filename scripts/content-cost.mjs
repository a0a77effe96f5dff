// What the built content script costs a page, in Chromium with the extension loaded: its main-thread
// script time (the page's ScriptDuration, from the DevTools protocol, minus the same page's without
// the extension, paired by page). Unlike eval:detect, which times the snapshot alone, this counts
// everything the content script does on a load: compiling the whole file, each feature's set-up,
// the first read, the messages. Browsers take turns page by page, so a busy moment of the machine
// falls on all of them; V8's compilation cache is off, as for a site's first page.
// Usage: node scripts/content-cost.mjs <corpus-dir> [--every N] [--compare <other build dir>]
//   every Nth page of the corpus (default 10); `--compare` adds a second build (say, one without
//   a change) to the same turns. Build first (`npm run build`): it loads dist/chrome.
import { chromium } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM, EVAL_ARGS } from './lib/eval-browser.mjs';
import { median, percentile } from './lib/eval-metrics.mjs';
import { serveFolder } from './lib/eval-static-server.mjs';

// The content script reads after the page's first frame and then reports: done well within this.
const SETTLE_MS = 500;

function parseArgs(argv) {
  const [dir, ...rest] = argv;
  if (!dir) throw new Error('usage: content-cost <corpus-dir> [--every N] [--compare <build dir>]');
  const opt = (name) => { const i = rest.indexOf(name); return i >= 0 ? rest[i + 1] : undefined; };
  return { dir, every: Number(opt('--every') ?? 10), compare: opt('--compare') };
}

async function launch(extensionDir) {
  const profile = mkdtempSync(join(tmpdir(), 'latchkey-cost-'));
  const args = extensionDir ? [...EVAL_ARGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : EVAL_ARGS;
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args, ignoreDefaultArgs: extensionDir ? ['--disable-extensions'] : [] });
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return {
    async scriptMs(url) {
      await page.goto(url, { waitUntil: 'load', timeout: 20_000 });
      await page.waitForTimeout(SETTLE_MS);
      const { metrics } = await cdp.send('Performance.getMetrics');
      return 1000 * (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? NaN);
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const opts = parseArgs(process.argv.slice(2));
const files = JSON.parse(readFileSync(resolve(opts.dir, 'index.json'), 'utf8')).map((e) => e.file).filter((_, i) => i % opts.every === 0);
const builds = { none: null, 'dist/chrome': resolve('dist/chrome'), ...(opts.compare ? { [opts.compare]: resolve(opts.compare) } : {}) };
const server = await serveFolder(opts.dir);
const browsers = Object.fromEntries(await Promise.all(Object.entries(builds).map(async ([name, dir]) => [name, await launch(dir)])));
const names = Object.keys(builds);
const rows = [];
try {
  for (const [i, file] of files.entries()) {
    const url = `${server.origin}/${file.split('/').map(encodeURIComponent).join('/')}`;
    const row = {};
    for (const name of i % 2 ? names : [...names].reverse()) row[name] = await browsers[name].scriptMs(url).catch(() => NaN);
    if (names.every((name) => Number.isFinite(row[name]))) rows.push(row);
    if ((i + 1) % 50 === 0) console.error(`${i + 1}/${files.length}`);
  }
} finally {
  await Promise.all(Object.values(browsers).map((b) => b.close()));
  await server.close();
}
const show = (values) => `median ${median(values).toFixed(2)} ms, p95 ${percentile(values, 95).toFixed(2)} ms`;
console.log(`content script's script time per page load, against the same page without the extension (${rows.length} pages):`);
for (const name of names.filter((n) => n !== 'none')) console.log(`  ${name}: ${show(rows.map((r) => r[name] - r.none))}`);
if (opts.compare) console.log(`  dist/chrome - ${opts.compare}, paired: ${show(rows.map((r) => r['dist/chrome'] - r[opts.compare]))}`);
