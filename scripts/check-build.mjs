#!/usr/bin/env node
// Checks on the built extension, run by `npm test` after the build:
// - size budget: the content script is injected into every page the user opens, so a stray
//   import (a schema table, a data file, the polyfill) must fail here rather than ship;
// - manifest rules from DESIGN.md: web_accessible_resources lists exactly the in-page prompt and guide pages
//   (rule 6: the content script frames it; anything else would be one more thing for a page to
//   probe), with a dynamic URL in Chrome; no eval in the extension-page CSP, no broad permissions;
// - zxcvbn's dictionaries ship once, in the packed data file (shared/passwords/strength-settings.ts): a page or
//   worker chunk that imports a language package's dictionaries doubles the extension's size.
//   the one optional host permission is the exposed-password API's, and the background asks that
//   API and no other (only the E2E suite builds a copy pointed at its stand-in, elsewhere);
// - the popup's files at open carry no UI of the framed pages (vite.config.ts, codeSplitting);
// - the shipped message tables say exactly what public/_locales says;
// - the content script starts with V8's compile hint (scripts/lib/compile-hint.mjs).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { COMPILE_HINT, CONTENT_SCRIPT } from './lib/compile-hint.mjs';

// Every page pays for it. Of it, telling the user's own keys from a script's input
// (keep/core/user-value.ts) and what a person sees from a hidden field (detect/content/visibility.ts)
// take about 5 KB: what keeps a page from planting credentials or reading a fill; checking every
// message on the frame channel (shared/protocol/frame-channel.ts) about 1 KB. The classifier and
// its keyword tables are not in it: the content script snapshots the page and the background
// classifies (detect/background/classify-report.ts). Waiting for the page's first frame before
// the first read (detect/content/after-paint.ts) and V8's compile hint take 0.3 KB and save the
// page more time than they cost to load. The margin is for a fix, not a feature: a feature that
// needs more should find the room first. #19's ceiling is 40 KB.
const BUDGET_KB = 37;
// The in-page UI pages the content script frames (DESIGN.md rule 6); nothing else is web-accessible.
const PROMPT_PAGE = ['src/keep/ui/prompt/index.html', 'src/guide/ui/index.html'];
const OPTIONAL_HOSTS = ['https://api.pwnedpasswords.com/*'];
const RANGE_URL = 'https://api.pwnedpasswords.com/range/';
const FORBIDDEN_PERMISSIONS = ['tabs', 'webRequest', 'webRequestBlocking', 'scripting', 'debugger', 'cookies', 'history', '<all_urls>'];
// The first words of zxcvbn-ts's dictionaries as the language packages write them (comma-joined
// strings); the packed file joins them by line and is gzipped, so none of these can match it.
const DICTIONARY_MARKERS = ['123456,password,12345678', 'aaren,aarika,abagael', 'smith,johnson,williams', 'the,of,and,in,was,is'];
const ZXCVBN_DATA_FILE = 'zxcvbn-data.gz';
// The detector's word lists as detect/core/words/ writes them (quoted, comma-joined): the build
// ships them prepared as regex sources (`log in|login`), so this can only match the raw lists.
const RAW_WORD_LISTS = /log in['"`],\s*['"`]login['"`]/;
const ZOD_MARKER = '$ZodType';
// A test id of the Keep prompt's buttons: the prompt's UI is shared by the framed pages, not the
// popup, which evaluates every file its page names on each click of the toolbar button
// (vite.config.ts, codeSplitting).
const PROMPT_UI_MARKER = 'prompt-never';
const problems = [];

function scripts(dir) {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js')).map((file) => `${dir}/${file}`);
}

for (const target of ['chrome', 'firefox']) {
  const dir = `dist/${target}`;
  const content = readFileSync(`${dir}/${CONTENT_SCRIPT}`, 'utf8');
  const kb = statSync(`${dir}/${CONTENT_SCRIPT}`).size / 1024;
  console.log(`${target}: content script ${kb.toFixed(1)} KB (budget ${BUDGET_KB} KB)`);
  if (kb > BUDGET_KB) problems.push(`${target}: content script is ${kb.toFixed(1)} KB, over ${BUDGET_KB} KB`);
  // The polyfill's own guard message: if it is in the bundle, a content file imported it
  // (src/shared/platform/native-api.ts explains why the content script does without it).
  if (content.includes('should only be loaded in a browser extension')) {
    problems.push(`${target}: the content script bundles webextension-polyfill`);
  }
  // zod's own type names: the content script checks what it receives with hand-written guards
  // (shared/protocol/guard.ts); a value imported from a schema file would bring zod back whole.
  if (content.includes(ZOD_MARKER)) {
    problems.push(`${target}: the content script bundles zod (import only types from schema files there)`);
  }
  if (!content.startsWith(`${COMPILE_HINT}\n`)) {
    problems.push(`${target}: the content script does not start with V8's compile hint (scripts/build.mjs)`);
  }
  if (RAW_WORD_LISTS.test(content)) {
    problems.push(`${target}: the content script carries the detector's raw word lists (vite.config.ts prepares them as __KEYWORD_TABLES__)`);
  }

  const popupPage = readFileSync(`${dir}/src/pages/popup/index.html`, 'utf8');
  for (const [, file] of popupPage.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)) {
    if (readFileSync(`${dir}/${file}`, 'utf8').includes(PROMPT_UI_MARKER)) problems.push(`${target}: the popup loads ${file} at open, which carries the Keep prompt's UI`);
  }

  // The shipped message tables are public/_locales without the translators' notes
  // (vite.config.ts, lightLocales): every message and placeholder content, unchanged.
  for (const locale of readdirSync('public/_locales')) {
    const source = JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8'));
    const shipped = JSON.parse(readFileSync(`${dir}/_locales/${locale}/messages.json`, 'utf8'));
    const said = (table) => JSON.stringify(Object.entries(table).map(([key, { message, placeholders }]) => [key, message, Object.entries(placeholders ?? {}).map(([name, { content }]) => [name, content])]));
    if (said(shipped) !== said(source)) problems.push(`${target}: _locales/${locale}/messages.json does not say what public/_locales says`);
  }

  if (!existsSync(`${dir}/${ZXCVBN_DATA_FILE}`)) problems.push(`${target}: ${ZXCVBN_DATA_FILE} is missing`);
  for (const file of scripts(dir)) {
    const text = readFileSync(file, 'utf8');
    if (DICTIONARY_MARKERS.some((marker) => text.includes(marker))) problems.push(`${file}: carries zxcvbn dictionaries, which ship once in ${ZXCVBN_DATA_FILE}`);
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
  if (JSON.stringify(manifest.optional_host_permissions ?? []) !== JSON.stringify(OPTIONAL_HOSTS)) {
    problems.push(`${target}: optional_host_permissions must be exactly ${OPTIONAL_HOSTS}`);
  }
  const assetScripts = readdirSync(`${dir}/assets`).filter((file) => file.endsWith('.js')).map((file) => readFileSync(`${dir}/assets/${file}`, 'utf8'));
  if (!assetScripts.some((text) => text.includes(RANGE_URL))) problems.push(`${target}: the exposed-password check does not ask ${RANGE_URL}`);
}

for (const problem of problems) console.error(`FAIL ${problem}`);
process.exit(problems.length > 0 ? 1 : 0);
