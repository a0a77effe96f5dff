#!/usr/bin/env node
// The E2E suite needs Debian's Chromium and Firefox ESR. Installs them when missing and we are
// root (CI, fresh machines); otherwise says exactly what to run.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const wanted = [
  { pkg: 'chromium', bin: process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium' },
  { pkg: 'firefox-esr', bin: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr' },
];
const missing = wanted.filter(({ bin }) => !existsSync(bin)).map(({ pkg }) => pkg);
if (missing.length === 0) process.exit(0);

const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
if (typeof process.getuid !== 'function' || process.getuid() !== 0) {
  console.error(`E2E tests need ${missing.join(' and ')}. Install them with:\n  sudo sh -c '${command}'`);
  process.exit(1);
}
console.log(`installing ${missing.join(', ')} (about a minute)...`);
execFileSync('sh', ['-c', `${command} >/dev/null`], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
