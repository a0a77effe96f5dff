#!/usr/bin/env node
// Builds dist/chrome and dist/firefox from the one manifest (see vite.config.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { build } from 'vite';
import { COMPILE_HINT, CONTENT_SCRIPT } from './lib/compile-hint.mjs';

for (const mode of ['chrome', 'firefox']) {
  const started = performance.now();
  await build({ mode, logLevel: 'warn' });
  // After the bundler, which drops comments: the hint must be the file's first line.
  const file = `dist/${mode}/${CONTENT_SCRIPT}`;
  writeFileSync(file, `${COMPILE_HINT}\n${readFileSync(file, 'utf8')}`);
  console.log(`built dist/${mode} in ${Math.round(performance.now() - started)} ms`);
}
