#!/usr/bin/env node
// Size budgets on the build, checked by `npm test`: the content script is injected into every
// page the user opens, so a stray import (a schema table, a data file) must fail the build rather
// than ship. Figures are reported by `npm run bench`; this only enforces the ceiling.
import { statSync } from 'node:fs';

const BUDGETS = [
  { file: 'dist/chrome/src/content/index.js', maxKB: 60 },
  { file: 'dist/firefox/src/content/index.js', maxKB: 60 },
];

let over = false;
for (const { file, maxKB } of BUDGETS) {
  const kb = statSync(file).size / 1024;
  const ok = kb <= maxKB;
  over ||= !ok;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${file}: ${kb.toFixed(1)} KB (budget ${maxKB} KB)`);
}
process.exit(over ? 1 : 0);
