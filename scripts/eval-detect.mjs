// Corpus evaluation of the form detector in real Chromium.
// Usage: npm run eval:detect -- <corpus-dir> [--json out.json] [--strict] [--pages out-pages.json]
// <corpus-dir>/index.json lists { file, label, ambiguous, alt_labels }. --strict drops ambiguous
// pages; otherwise a prediction in alt_labels also counts as correct.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDetectorBundle } from './lib/eval-bundle.mjs';
import { detectOnPage, openBrowser } from './lib/eval-browser.mjs';
import { confusion, median, percentile, scoreClasses } from './lib/eval-metrics.mjs';
import { printReport } from './lib/eval-report.mjs';
import { serveFolder } from './lib/eval-static-server.mjs';

const PARALLEL = 2; // two cores

function parseArgs(argv) {
  const opts = { dir: '', json: '', pages: '', strict: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--strict') opts.strict = true;
    else if (a === '--json') opts.json = argv[++i] ?? '';
    else if (a === '--pages') opts.pages = argv[++i] ?? '';
    else if (!opts.dir) opts.dir = a;
  }
  if (!opts.dir) throw new Error('usage: eval-detect <corpus-dir> [--json out.json] [--strict] [--pages pages.json]');
  return opts;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const dir = resolve(opts.dir);
  const entries = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')).filter((e) => !(opts.strict && e.ambiguous));
  const here = fileURLToPath(new URL('.', import.meta.url));
  const bundle = await buildDetectorBundle(resolve(here, '../test/eval/detector-entry.ts'));
  const server = await serveFolder(dir);
  const { context, close } = await openBrowser(server.origin);
  const rows = [];
  let next = 0;
  let errors = 0;
  const worker = async () => {
    while (next < entries.length) {
      const e = entries[next++];
      const url = `${server.origin}/${e.file.split('/').map(encodeURIComponent).join('/')}`;
      let r;
      try { r = await detectOnPage(context, url, bundle); } catch (err) { errors++; r = { pageClass: 'none', ms: 0, firstMs: 0, baselineMs: 0, forms: [], error: String(err).slice(0, 200) }; }
      const alts = opts.strict ? [] : e.alt_labels ?? [];
      const label = alts.includes(r.pageClass) ? r.pageClass : e.label;
      rows.push({ file: e.file, label, predicted: r.pageClass, ...r });
      if (rows.length % 100 === 0) process.stderr.write(`${rows.length}/${entries.length}\n`);
    }
  };
  try {
    await Promise.all(Array.from({ length: PARALLEL }, worker));
  } finally {
    await close();
    await server.close();
  }
  const scored = scoreClasses(rows);
  const ok = rows.filter((r) => !r.error);
  const timing = { medianMs: median(ok.map((r) => r.ms)), p95Ms: percentile(ok.map((r) => r.ms), 95), baselineMedianMs: median(ok.map((r) => r.baselineMs)) };
  timing.ratio = timing.baselineMedianMs > 0 ? timing.medianMs / timing.baselineMedianMs : 0;
  const firstRun = { medianMs: median(ok.map((r) => r.firstMs)), p95Ms: percentile(ok.map((r) => r.firstMs), 95) };
  printReport(scored, confusion(rows), timing, { firstRun, pages: rows.length, strict: opts.strict, errors, bundleBytes: Buffer.byteLength(bundle) });
  if (opts.json) writeFileSync(opts.json, JSON.stringify({ macroF1: scored.macroF1, classes: scored.classes, pages: rows.length, timing }, null, 2));
  if (opts.pages) writeFileSync(opts.pages, JSON.stringify(rows.filter((r) => r.label !== r.predicted), null, 1));
}

main().catch((err) => { console.error(err); process.exit(1); });
