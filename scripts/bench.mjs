#!/usr/bin/env node
// `npm run bench [-- --json out.json] [--only <file>] [--test <name>]`: builds, runs every benchmark
// under test/bench in headless Chromium, prints one table, and optionally writes
// { name: { value, unit, target, spread, rounds } }. A measured figure is the median of rounds
// (test/bench/rounds.ts); its spread is printed beside it. `--only popup` runs the files whose
// name contains "popup", `--test <name>` the tests whose name contains it: one figure while
// iterating, rather than the whole bench.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const args = process.argv.slice(2);
const valueOf = (flag) => {
  const at = args.indexOf(flag);
  if (at < 0) return undefined;
  const value = args[at + 1];
  if (!value || value.startsWith('--')) {
    console.error('usage: npm run bench [-- --json <file>] [--only <file name part>] [--test <test name part>]');
    process.exit(2);
  }
  return value;
};
const jsonOut = valueOf('--json');
const only = valueOf('--only');
const testName = valueOf('--test');

const RESULTS = 'artifacts/bench';
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

const run = (cmd, cmdArgs) => spawnSync(cmd, cmdArgs, { stdio: 'inherit' }).status ?? 1;
if (run('node', ['scripts/build.mjs']) !== 0) process.exit(1);
if (run('node', ['scripts/ensure-browsers.mjs']) !== 0) process.exit(1);
const started = performance.now();
const status = run('npx', ['vitest', 'run', '--project', 'bench', ...(only ? [only] : []), ...(testName ? ['-t', testName] : [])]);
console.log(`benchmarks ran in ${Math.round((performance.now() - started) / 1000)} s`);

const results = {};
for (const file of readdirSync(RESULTS).filter((f) => f.endsWith('.json')).sort()) {
  results[basename(file, '.json')] = JSON.parse(readFileSync(join(RESULTS, file), 'utf8'));
}
const spreadText = (r) => (r.spread ? `${r.spread.low}–${r.spread.high} (IQR ${r.spread.q1}–${r.spread.q3}, n=${r.rounds})` : '');
const verdict = (r) => (r.target === null ? '' : (r.lowerIsBetter === false ? r.value >= r.target : r.value <= r.target) ? 'ok' : 'MISSED');
console.table(
  Object.fromEntries(
    Object.entries(results).map(([name, r]) => [
      name,
      { value: r.value, spread: spreadText(r), unit: r.unit, target: r.target ?? '-', verdict: verdict(r), note: r.note ?? '' },
    ]),
  ),
);
if (jsonOut) {
  const out = Object.fromEntries(Object.entries(results).map(([name, r]) => [name, { value: r.value, unit: r.unit, target: r.target, spread: r.spread ?? null, rounds: r.rounds ?? 1 }]));
  writeFileSync(jsonOut, JSON.stringify(out, null, 2));
  console.log(`wrote ${jsonOut}`);
}
process.exit(status);
