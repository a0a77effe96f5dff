#!/usr/bin/env node
// Builds dist/chrome and dist/firefox from the one manifest (see vite.config.ts).
import { build } from 'vite';

for (const mode of ['chrome', 'firefox']) {
  const started = performance.now();
  await build({ mode, logLevel: 'warn' });
  console.log(`built dist/${mode} in ${Math.round(performance.now() - started)} ms`);
}
