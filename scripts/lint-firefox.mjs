#!/usr/bin/env node
// web-ext lint on the Firefox build: fails on any error, and on any warning not explained in
// README.md ("web-ext lint warnings"), so a new warning is looked at rather than ignored.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

// Each accepted warning: its code and a test on the flagged file's content (chunk names change
// with every build). Explained in README.md.
const ACCEPTED = [
  // Preact's renderer implements dangerouslySetInnerHTML; our UI never uses it (eslint forbids it).
  { code: 'UNSAFE_VAR_ASSIGNMENT', holds: (code) => code.includes('dangerouslySetInnerHTML') && code.includes('__html') },
];
const contentOf = (file) => (file ? readFileSync(`dist/firefox/${file}`, 'utf8') : '');
const accepted = (m) => ACCEPTED.some((a) => a.code === m.code && /innerHTML/.test(m.message) && a.holds(contentOf(m.file)));

let out;
try {
  out = execFileSync('npx', ['web-ext', 'lint', '--source-dir', 'dist/firefox', '--output', 'json', '--no-config-discovery'], { encoding: 'utf8' });
} catch (error) {
  out = error.stdout; // web-ext exits non-zero when it finds errors; the JSON is still on stdout
}
const report = JSON.parse(out);
const describe = (m) => `  ${m.code}: ${m.message}${m.file ? ` (${m.file})` : ''}`;
const unexpected = report.warnings.filter((w) => !accepted(w));
console.log(`web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings, ${report.notices.length} notices`);
for (const m of report.errors) console.log(describe(m));
for (const m of report.warnings) console.log(describe(m) + (accepted(m) ? ' [accepted, see README]' : ''));
if (report.errors.length > 0 || unexpected.length > 0) process.exit(1);
