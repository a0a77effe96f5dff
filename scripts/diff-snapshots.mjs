// Compares two --save-snapshots files of eval:detect page by page: a change meant to make the
// snapshot faster must leave every snapshot (and where each labelled field sits in it) as it was.
// Usage: node scripts/diff-snapshots.mjs before.json after.json   (exit 1 on any difference)
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';

// Each run serves the corpus on its own port: the page's URL is compared without it.
const load = (f) => new Map(JSON.parse(readFileSync(f, 'utf8').replace(/http:\/\/127\.0\.0\.1:\d+/g, 'http://corpus')).map((r) => [r.file, r]));
const [before, after] = process.argv.slice(2).map(load);
if (!before || !after) throw new Error('usage: diff-snapshots before.json after.json');

/** The first path at which two values differ, for a readable report. */
function firstDifference(a, b, path = '') {
  if (isDeepStrictEqual(a, b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference(a[k], b[k], `${path}.${k}`);
      if (d) return d;
    }
  }
  return `${path}: ${JSON.stringify(a)?.slice(0, 160)} != ${JSON.stringify(b)?.slice(0, 160)}`;
}

let same = 0;
const differ = [];
const missing = [];
for (const [file, a] of before) {
  const b = after.get(file);
  if (!b || !a.probe || !b.probe) { missing.push(`${file}: ${a.error ?? ''} / ${b?.error ?? 'absent'}`); continue; }
  const d = firstDifference({ snapshot: a.probe.snapshot, fields: a.probe.fields }, { snapshot: b.probe.snapshot, fields: b.probe.fields });
  if (d) differ.push(`${file}\n   ${d}`); else same++;
}
console.log(`${same} pages identical, ${differ.length} differ, ${missing.length} without a snapshot in one of the two`);
for (const line of [...differ, ...missing]) console.log(`  ${line}`);
process.exit(differ.length > 0 ? 1 : 0);
