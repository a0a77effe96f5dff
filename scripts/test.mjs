#!/usr/bin/env node
// `npm test`: every check, in the order a failure is cheapest to find. Stops at the first
// failing step, then prints a summary with each step's wall time and the test counts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

mkdirSync('artifacts', { recursive: true });
const vitest = (project) => ['npx', 'vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=artifacts/${project}.json`];
const steps = [
  { name: 'typecheck', cmd: ['npx', 'tsc', '--noEmit', '-p', 'tsconfig.json'] },
  { name: 'lint', cmd: ['npx', 'eslint', '.'] },
  { name: 'unit', cmd: vitest('unit'), results: 'artifacts/unit.json' },
  { name: 'build', cmd: ['node', 'scripts/build.mjs'] },
  { name: 'build checks', cmd: ['node', 'scripts/check-build.mjs'] },
  { name: 'web-ext lint', cmd: ['node', 'scripts/lint-firefox.mjs'] },
  { name: 'browsers', cmd: ['node', 'scripts/ensure-browsers.mjs'] },
  { name: 'e2e', cmd: vitest('e2e'), results: 'artifacts/e2e.json' },
];

const started = performance.now();
const done = [];
let failed = false;
for (const step of steps) {
  console.log(`\n=== ${step.name}: ${step.cmd.join(' ')}`);
  const t0 = performance.now();
  const { status } = spawnSync(step.cmd[0], step.cmd.slice(1), { stdio: 'inherit' });
  let counts = '';
  if (step.results && existsSync(step.results)) {
    const r = JSON.parse(readFileSync(step.results, 'utf8'));
    step.passed = r.numPassedTests;
    step.failed = r.numFailedTests;
    counts = `${r.numPassedTests} passed, ${r.numFailedTests} failed`;
  }
  done.push({ step: step.name, ok: status === 0, seconds: ((performance.now() - t0) / 1000).toFixed(1), counts });
  if (status !== 0) {
    failed = true;
    break;
  }
}

console.log('\n=== summary');
console.table(done);
console.log(`wall time: ${((performance.now() - started) / 1000).toFixed(1)} s`);
const passed = steps.reduce((n, s) => n + (s.passed ?? 0), 0);
const failures = steps.reduce((n, s) => n + (s.failed ?? 0), 0);
console.log(`tests: ${passed} passed, ${failures + (failed && failures === 0 ? 1 : 0)} failed`);
process.exit(failed ? 1 : 0);
