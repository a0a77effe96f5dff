#!/usr/bin/env node
// Checks on the built extension, run by `npm test` after the build:
// - size budget: the content script is injected into every page the user opens, so a stray
//   import (a schema table, a data file, the polyfill) must fail here rather than ship;
// - manifest rules from DESIGN.md: web_accessible_resources lists exactly the in-page prompt and guide pages
//   (rule 6: the content script frames it; anything else would be one more thing for a page to
//   probe), with a dynamic URL in Chrome; no eval in the extension-page CSP, no broad permissions.
import { readFileSync, statSync } from 'node:fs';

// Every page pays for it. Of it, telling the user's own keys from a script's input
// (core/keep/user-value.ts) and what a person sees from a hidden field (content/detect/visibility.ts)
// take about 5 KB: what keeps a page from planting credentials or reading a fill.
const BUDGET_KB = 66;
// The in-page UI pages the content script frames (DESIGN.md rule 6); nothing else is web-accessible.
const PROMPT_PAGE = ['src/ui/prompt/index.html', 'src/ui/guide/index.html'];
const FORBIDDEN_PERMISSIONS = ['tabs', 'webRequest', 'webRequestBlocking', 'scripting', 'debugger', 'cookies', 'history', '<all_urls>'];
const problems = [];

for (const target of ['chrome', 'firefox']) {
  const dir = `dist/${target}`;
  const kb = statSync(`${dir}/src/content/index.js`).size / 1024;
  console.log(`${target}: content script ${kb.toFixed(1)} KB (budget ${BUDGET_KB} KB)`);
  if (kb > BUDGET_KB) problems.push(`${target}: content script is ${kb.toFixed(1)} KB, over ${BUDGET_KB} KB`);
  // The polyfill's own guard message: if it is in the bundle, a content file imported it
  // (src/platform/native-api.ts explains why the content script does without it).
  if (readFileSync(`${dir}/src/content/index.js`, 'utf8').includes('should only be loaded in a browser extension')) {
    problems.push(`${target}: the content script bundles webextension-polyfill`);
  }

  const manifest = JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8'));
  // The prompt must be framable by pages (an iframe of an extension page needs this), and nothing
  // else may be: no script chunks, no other page. Chrome also hides it behind a per-session id.
  const framed = (manifest.web_accessible_resources ?? []).flatMap((entry) => entry.resources ?? []);
  if (JSON.stringify(framed) !== JSON.stringify(PROMPT_PAGE)) problems.push(`${target}: web_accessible_resources must be exactly ${PROMPT_PAGE}, got ${framed.join(', ')}`);
  if (target === 'chrome' && !manifest.web_accessible_resources.every((entry) => entry.use_dynamic_url === true)) {
    problems.push(`${target}: the prompt page must be web-accessible only through a dynamic URL`);
  }
  const csp = manifest.content_security_policy?.extension_pages ?? '';
  if (/'unsafe-eval'|'unsafe-inline'/.test(csp)) problems.push(`${target}: extension-page CSP allows eval or inline script`);
  for (const permission of [...(manifest.permissions ?? []), ...(manifest.host_permissions ?? [])]) {
    if (FORBIDDEN_PERMISSIONS.includes(permission)) problems.push(`${target}: permission "${permission}" needs a README entry and this list changed`);
  }
}

for (const problem of problems) console.error(`FAIL ${problem}`);
process.exit(problems.length > 0 ? 1 : 0);
