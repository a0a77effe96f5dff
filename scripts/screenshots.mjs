#!/usr/bin/env node
// `npm run screenshots`: builds, then photographs the real build's popup in headless Chromium
// (test/screenshots/readme.shot.ts: a demo vault imported through the extension's own messages,
// light and dark) into docs/screenshots/, the pictures the README shows.
import { spawnSync } from 'node:child_process';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit' }).status ?? 1;
if (run('node', ['scripts/build.mjs']) !== 0) process.exit(1);
if (run('node', ['scripts/ensure-browsers.mjs']) !== 0) process.exit(1);
process.exit(run('npx', ['vitest', 'run', '--project', 'screenshots']));
