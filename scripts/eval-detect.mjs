// Corpus evaluation of the form detector in real Chromium.
// Usage: npm run eval:detect -- <corpus-dir> [--json out.json] [--strict] [--pages wrong.json]
//          [--fields wrong-fields.json] [--only <regex>] [--save-snapshots snaps.json] [--offline snaps.json]
//          [--no-loso] [--timings per-page.json]
// <corpus-dir>/index.json lists { file, label, ambiguous, alt_labels, language, forms } (see
// ../shared/corpus/README.md). --strict drops ambiguous pages; otherwise a prediction in
// alt_labels also counts as correct. --only keeps the pages whose file matches. The detector's
// snapshots can be saved and classified again later without a browser (--offline), which makes
// trying a classifier rule a matter of seconds; only snapshot changes need the browser again.
// Besides the whole-corpus figures it reports a leave-one-source-out evaluation (eval-loso.mjs):
// weights tuned on two sources, scored on the third (a few minutes; --no-loso skips it).
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDetectorBundle, importClassifier } from './lib/eval-bundle.mjs';
import { MIN_LOOP_MS, openBrowser, openTab } from './lib/eval-browser.mjs';
import { fieldLabels } from './lib/eval-field-labels.mjs';
import { confusion, median, percentile, scoreBy, scoreClasses, scoreRoles } from './lib/eval-metrics.mjs';
import { leaveOneSourceOut } from './lib/eval-loso.mjs';
import { printReport } from './lib/eval-report.mjs';
import { serveFolder } from './lib/eval-static-server.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));

function parseArgs(argv) {
  const opts = { dir: '', json: '', pages: '', fields: '', strict: false, only: '', save: '', offline: '', loso: true, timings: '' };
  const value = { '--json': 'json', '--pages': 'pages', '--fields': 'fields', '--only': 'only', '--save-snapshots': 'save', '--offline': 'offline', '--timings': 'timings' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--strict') opts.strict = true;
    else if (a === '--no-loso') opts.loso = false;
    else if (value[a]) opts[value[a]] = argv[++i] ?? '';
    else if (!opts.dir) opts.dir = a;
  }
  if (!opts.dir) throw new Error('usage: eval-detect <corpus-dir> [--json out.json] [--strict] [--pages wrong.json] [--fields wrong-fields.json] [--only regex] [--save-snapshots snaps.json] [--offline snaps.json] [--no-loso] [--timings per-page.json]');
  return opts;
}

const SOURCE_REPOS = { '1rneh/fathom-login-forms': 'fathom', 'duckduckgo/duckduckgo-autofill': 'ddg', 'TeamHG-Memex/Formasaurus': 'formasaurus' };

/** The corpus a page comes from: its own `source`, else its `source_repo`, else the folder under samples/ (Fathom's three corpora are one source). */
export function sourceOf(e) {
  if (e.source) return e.source;
  if (SOURCE_REPOS[e.source_repo]) return SOURCE_REPOS[e.source_repo];
  const dir = e.file.split('/')[1] ?? 'corpus';
  return dir.startsWith('fathom') ? 'fathom' : dir;
}

function languageOf(e, probeLang) {
  const lang = (e.language || probeLang || '').toLowerCase().split(/[-_]/)[0].replace(/[^a-z]/g, '');
  return lang || 'unknown';
}

async function runBrowser(dir, entries) {
  const bundles = {
    page: await buildDetectorBundle(resolve(here, '../test/eval/snapshot-entry.ts')),
    detector: await buildDetectorBundle(resolve(here, '../test/eval/detector-entry.ts')),
  };
  const server = await serveFolder(dir);
  const { context, close } = await openBrowser(server.origin);
  const results = new Map();
  // One page at a time, in one tab. A second tab loading beside the timed one, on this machine's
  // two cores, doubled every timing (ddg pages' first call, page's share: 10.6 / 33.9 ms median /
  // p95 beside a load, 5.0 / 13.0 alone) to save 15% of the wall time.
  const tab = await openTab(context);
  try {
    for (const e of entries) {
      const url = `${server.origin}/${e.file.split('/').map(encodeURIComponent).join('/')}`;
      let r;
      try { r = await tab.detect(url, bundles, fieldLabels(e)); } catch (err) { r = { error: String(err).slice(0, 200) }; }
      results.set(e.file, r);
      if (results.size % 100 === 0) process.stderr.write(`${results.size}/${entries.length}\n`);
    }
  } finally {
    await tab.close();
    await close();
    await server.close();
  }
  return { results, bundleBytes: Buffer.byteLength(bundles.page) + Buffer.byteLength(bundles.detector), pageBundleBytes: Buffer.byteLength(bundles.page) };
}

function readOffline(file) {
  const saved = JSON.parse(readFileSync(file, 'utf8'));
  return new Map(saved.map((s) => [s.file, s]));
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const dir = resolve(opts.dir);
  const only = opts.only ? new RegExp(opts.only) : null;
  const entries = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'))
    .filter((e) => !(opts.strict && e.ambiguous) && (!only || only.test(e.file)));
  // Built before the browser part, like the page's bundle: a run takes minutes, and a classifier
  // built after it from a worktree edited meanwhile would score one code state against another.
  // Offline, the saved snapshots are classified again by the classifier as it is now.
  const needClassifier = opts.offline || opts.loso;
  const module = needClassifier ? await importClassifier(resolve(here, '../test/eval/classify-entry.ts')) : null;
  const { results, bundleBytes, pageBundleBytes } = opts.offline ? { results: readOffline(opts.offline), bundleBytes: 0, pageBundleBytes: 0 } : await runBrowser(dir, entries);
  const classifier = opts.offline ? module : null;
  const rows = [];
  const fields = [];
  for (const e of entries) {
    const r = results.get(e.file);
    if (!r) continue;
    const probe = r.probe;
    const report = probe ? (classifier ? classifier.classifyPage(probe.snapshot) : probe.report) : null;
    const predicted = report?.pageClass ?? 'none';
    const alts = opts.strict ? [] : e.alt_labels ?? [];
    const label = alts.includes(predicted) ? predicted : e.label;
    for (const f of probe?.fields ?? []) {
      const form = report?.forms.find((x) => x.key === f.formKey);
      fields.push({ file: e.file, selector: f.selector, roles: f.roles, predicted: form?.fields.find((x) => x.index === f.index)?.role ?? 'none' });
    }
    rows.push({
      file: e.file, source: sourceOf(e), lang: languageOf(e, probe?.lang), label, predicted, error: r.error,
      firstMs: r.firstMs, ms: r.ms, baselineMs: r.baselineMs, noInputMs: r.noInputMs,
      pageFirstMs: r.pageFirstMs, pageMs: r.pageMs, pageNoInputMs: r.pageNoInputMs, firstByEval: r.firstByEval,
      forms: (report?.forms ?? []).map((f) => ({ class: f.class, visible: f.visible, reasons: f.reasons })),
    });
  }
  const errors = rows.filter((r) => r.error).length;
  const ok = rows.filter((r) => !r.error);
  const timing = opts.offline ? undefined : timingOf(ok);
  const scored = scoreClasses(rows);
  const loso = opts.loso ? leaveOneSourceOut(module, entries.filter((e) => results.has(e.file)).map((e) => ({
    source: sourceOf(e), label: e.label, alts: opts.strict ? [] : e.alt_labels ?? [], snapshot: results.get(e.file)?.probe?.snapshot,
  }))) : undefined;
  const result = {
    pages: rows.length, macroF1: scored.macroF1, classes: scored.classes, confusion: confusion(rows), loso,
    sources: scoreBy(rows, (r) => r.source), languages: scoreBy(rows.filter((r) => r.lang !== 'unknown'), (r) => r.lang),
    roles: scoreRoles(fields), timing,
  };
  printReport(result, { strict: opts.strict, errors, bundleBytes, pageBundleBytes });
  if (opts.json) writeFileSync(opts.json, JSON.stringify({ ...result, confusion: undefined }, null, 2));
  if (opts.pages) writeFileSync(opts.pages, JSON.stringify(rows.filter((r) => r.label !== r.predicted), null, 1));
  if (opts.fields) writeFileSync(opts.fields, JSON.stringify(fields.filter((f) => !f.roles.includes(f.predicted)), null, 1));
  // Every page's figures, slowest page's share first: which pages to profile.
  if (opts.timings) writeFileSync(opts.timings, JSON.stringify(ok.map(({ file, pageFirstMs, pageMs, pageNoInputMs, firstMs, ms, baselineMs }) => ({ file, pageFirstMs, pageMs, pageNoInputMs, firstMs, ms, baselineMs })).sort((a, b) => b.pageFirstMs - a.pageFirstMs), null, 1));
  if (opts.save) writeFileSync(opts.save, JSON.stringify([...results].map(([file, r]) => ({ file, ...r }))));
}

function timingOf(ok) {
  const of = (k) => ok.map((r) => r[k]).filter((x) => typeof x === 'number');
  const t = {
    firstMedianMs: median(of('firstMs')), firstP95Ms: percentile(of('firstMs'), 95),
    medianMs: median(of('ms')), p95Ms: percentile(of('ms'), 95),
    baselineMedianMs: median(of('baselineMs')), noInputMedianMs: median(of('noInputMs')), loopMs: MIN_LOOP_MS,
    // The page's share alone (the content script's snapshot; the background classifies).
    page: {
      firstMedianMs: median(of('pageFirstMs')), firstP95Ms: percentile(of('pageFirstMs'), 95),
      medianMs: median(of('pageMs')), p95Ms: percentile(of('pageMs'), 95), noInputMedianMs: median(of('pageNoInputMs')),
      firstByEval: ok.filter((r) => r.firstByEval).length,
    },
  };
  const ratio = (ms) => (t.baselineMedianMs > 0 ? ms / t.baselineMedianMs : 0);
  return { ...t, ratio: ratio(t.medianMs), page: { ...t.page, ratio: ratio(t.page.medianMs) } };
}

main().catch((err) => { console.error(err); process.exit(1); });
