#!/usr/bin/env node
// Builds both targets and zips them for the stores: artifacts/latchkey-{chrome,firefox}-VERSION.zip.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('manifest.json', 'utf8'));
execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
for (const target of ['chrome', 'firefox']) {
  execFileSync('npx', ['web-ext', 'build', '--source-dir', `dist/${target}`, '--artifacts-dir', 'artifacts',
    '--filename', `latchkey-${target}-${version}.zip`, '--overwrite-dest', '--no-config-discovery'], { stdio: 'inherit' });
}
