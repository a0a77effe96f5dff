#!/usr/bin/env node
// `npm start [-- --firefox] [-- --headless]`: builds if the build is missing or older than the
// sources, starts the demo shops on https://start.test:PORT/ and their real-looking names (the
// E2E fixture sites and harness), and opens a browser with the extension loaded in a throwaway
// profile: Chromium by default, Firefox ESR through web-ext with --firefox. Ctrl-C (or closing
// the browser) stops the browser and the shops and deletes the profile. --headless is for the
// E2E test of this script: no window, and the browser's debugging endpoint is printed.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runnerImport } from 'vite';

const ROOT = resolve(import.meta.dirname, '..');
const FLAGS = new Set(['--firefox', '--headless']);
const args = process.argv.slice(2);
const unknown = args.filter((a) => !FLAGS.has(a));
if (unknown.length > 0) {
  console.error(`npm start: unknown option ${unknown.join(' ')}; usage: npm start [-- --firefox] [-- --headless]`);
  process.exit(2);
}
const firefox = args.includes('--firefox');
const headless = args.includes('--headless');

/** Newest modification time under `path` (a file or a folder), in ms. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const SOURCES = ['src', 'public', 'manifest.json', 'vite.config.ts', 'package-lock.json'].map((p) => join(ROOT, p));
const BUILDS = ['dist/chrome/manifest.json', 'dist/firefox/manifest.json'].map((p) => join(ROOT, p));
const built = Math.min(...BUILDS.map((p) => (existsSync(p) ? statSync(p).mtimeMs : 0)));
if (built < Math.max(...SOURCES.map(newest))) {
  console.log('npm start: building dist/chrome and dist/firefox first...');
  if (spawnSync('node', [join(ROOT, 'scripts/build.mjs')], { stdio: 'inherit' }).status !== 0) process.exit(1);
}

const HAND_LOAD = 'load dist/chrome (chrome://extensions, Developer mode, Load unpacked) or dist/firefox (about:debugging) by hand, as the README says';
if (!headless && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log(`npm start: no display here (neither DISPLAY nor WAYLAND_DISPLAY is set), so no browser window can open; ${HAND_LOAD}.`);
  process.exit(1);
}
const executable = firefox ? (process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr') : (process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium');
if (!existsSync(executable)) {
  const variable = firefox ? 'FIREFOX_PATH' : 'CHROMIUM_PATH';
  console.log(`npm start: no ${firefox ? 'Firefox' : 'Chromium'} at ${executable}; run \`node scripts/ensure-browsers.mjs\` (Debian) or set ${variable}, or ${HAND_LOAD}.`);
  process.exit(1);
}

// The demo is TypeScript that shares the E2E harness: vite's module runner loads it as it is.
const { module } = await runnerImport(join(ROOT, 'scripts/demo/run.ts'), { configFile: false, logLevel: 'error', root: ROOT });
const demo = await module.startDemo({ firefox, headless }).catch((error) => {
  console.error(`npm start: could not open the demo: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

let stopping = false;
async function stop(code) {
  if (stopping) return;
  stopping = true;
  console.log('\nnpm start: stopping the browser and the demo shops...');
  await demo.stop();
  process.exit(code);
}
// Libraries under web-ext add handlers of their own (one exits at once, before the browser is
// closed): this script alone decides what Ctrl-C does.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.removeAllListeners(signal);
  process.on(signal, () => void stop(0));
}
void demo.browser.closed.then(() => stop(0));

console.log(`\nLatchkey demo: ${demo.startUrl}`);
console.log(demo.browser.summary);
if (demo.browser.debugging) console.log(`debugging: ${demo.browser.debugging}`);
console.log('Press Ctrl-C here to stop the browser and the shops (the profile is deleted).');
