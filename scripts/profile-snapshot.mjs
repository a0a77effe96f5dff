// Where the page's share of detection goes: V8 CPU profiles of the content script's snapshot
// (test/eval/snapshot-entry.ts, unminified so functions keep their names) on corpus pages, summed
// by function. The browser's own work a DOM call forces (style, layout, hit testing) is counted
// in that call's native frame (getComputedStyle, getBoundingClientRect, elementsFromPoint...).
// Usage: node scripts/profile-snapshot.mjs <corpus-dir> <timings.json from eval:detect --timings> [--top N] [--warm K]
//   the first N pages of the list (the slowest first; default 20); each page's first call is one
//   profile, then K more calls (default 10) another.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDetectorBundle } from './lib/eval-bundle.mjs';
import { openBrowser } from './lib/eval-browser.mjs';
import { serveFolder } from './lib/eval-static-server.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const SAMPLING_US = 50;

function parseArgs(argv) {
  const [dir, list, ...rest] = argv;
  if (!dir || !list) throw new Error('usage: profile-snapshot <corpus-dir> <timings.json> [--top N] [--warm K]');
  const opt = (name, fallback) => { const i = rest.indexOf(name); return i >= 0 ? Number(rest[i + 1]) : fallback; };
  return { dir, list, top: opt('--top', 20), warm: opt('--warm', 10) };
}

/** Self and total ms per function label, added into `into`. */
function addProfile(profile, into) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const label = (n) => `${n.callFrame.functionName || '(anonymous)'}${n.callFrame.url ? `:${n.callFrame.lineNumber + 1}` : ''}`;
  profile.samples.forEach((sample, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const leaf = byId.get(sample);
    if (!leaf || leaf.callFrame.functionName === '(idle)') return;
    into.busy += ms;
    const self = label(leaf);
    const entry = (name) => into.fns.get(name) ?? into.fns.set(name, { self: 0, total: 0 }).get(name);
    entry(self).self += ms;
    const seen = new Set();
    for (let id = sample; id !== undefined; id = parentOf.get(id)) {
      const node = byId.get(id);
      if (!node || node.callFrame.functionName === '(root)') continue;
      const name = label(node);
      if (seen.has(name)) continue;
      seen.add(name);
      entry(name).total += ms;
    }
  });
}

function report(title, sum, pages, count = 25) {
  const line = (ms, name) => `  ${(ms / pages).toFixed(2).padStart(7)} ms ${((100 * ms) / sum.busy).toFixed(0).padStart(3)}%  ${name}`;
  const top = (key) => [...sum.fns].sort((a, b) => b[1][key] - a[1][key]).slice(0, count).map(([name, t]) => line(t[key], name));
  return [`${title}: ${(sum.busy / pages).toFixed(2)} ms busy per page (${pages} pages)`, ' by self time:', ...top('self'), ' by total time:', ...top('total')].join('\n');
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const files = JSON.parse(readFileSync(opts.list, 'utf8')).slice(0, opts.top).map((r) => r.file);
  const bundle = await buildDetectorBundle(resolve(here, '../test/eval/snapshot-entry.ts'), 'iife', { minify: false });
  const server = await serveFolder(resolve(opts.dir));
  const { context, close } = await openBrowser(server.origin);
  const first = { busy: 0, fns: new Map() };
  const warm = { busy: 0, fns: new Map() };
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
    for (const file of files) {
      await page.goto(`${server.origin}/${file.split('/').map(encodeURIComponent).join('/')}`, { waitUntil: 'load', timeout: 20_000 }).catch(() => undefined);
      await cdp.send('Profiler.start');
      const ms = await page.evaluate(`const t0 = performance.now();\n${bundle}\n;window.__latchkeySnapshot(); performance.now() - t0`);
      addProfile((await cdp.send('Profiler.stop')).profile, first);
      await cdp.send('Profiler.start');
      await page.evaluate(`for (let i = 0; i < ${opts.warm}; i++) window.__latchkeySnapshot();`);
      addProfile((await cdp.send('Profiler.stop')).profile, warm);
      process.stderr.write(`${ms.toFixed(1).padStart(7)} ms  ${file}\n`);
    }
  } finally {
    await close();
    await server.close();
  }
  console.log(report('first call', first, files.length));
  console.log(report(`warm (${opts.warm} calls)`, warm, files.length * opts.warm));
}

main().catch((err) => { console.error(err); process.exit(1); });
