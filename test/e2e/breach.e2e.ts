// The online exposed-password check end to end, in both browsers, against a local stand-in for
// Have I Been Pwned's range API. The shipped build asks api.pwnedpasswords.com and nothing else
// (scripts/check-build.mjs checks it); this file builds its own copy of the extension whose API
// address is the stand-in's, through the build-time define in vite.config.ts, and loads that copy.
// The browser's permission for api.pwnedpasswords.com is still asked for at the click and checked
// by the background. The stand-in records every request: only 5-character prefixes of SHA-1 hashes
// arrive, with padding asked for. Its failures (429, an unreadable answer, no answer in time) each
// say why on the page and mark nothing exposed; turned off, nothing more is asked and the online
// results no longer count.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendFrom, type ExtensionBrowser } from './harness/browser';
import { launchChromium } from './harness/chromium';
import { launchFirefox } from './harness/firefox';
import { newProfile } from './harness/profile-template';
import { READY, type TestPage } from './harness/page';
import { startFixtureServer, type FixtureServer } from './harness/server';
import { BROWSERS } from './harness/suite';
import { until } from './harness/until';

const ROOT = resolve(import.meta.dirname, '../..');
const API = 'https://api.pwnedpasswords.com/*';
const BREACHED = 'Breached-But-Long-77';
const CLEAN = 'Clean-Long-Pass-93x';
const COMMON = 'password1';
const LATER = 'Another-New-One-55';
const sha1 = (text: string) => createHash('sha1').update(text).digest('hex').toUpperCase();
// Decoy lines, as the real API pads its answers with.
const PADDING = ['0018A45C4D1DEF81644B54AB7F969B88D65:0', '00D4F6E8FA6EECAD2A3AA415EEC418D38EC:0'];

type Mode = 'ok' | 'rate-limited' | 'garbage' | 'timeout';

describe.each(BROWSERS)('online exposed-password check in %s', (name) => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let probe: TestPage;
  let options: TestPage;
  const dirs: string[] = [];
  const requests: { method: string; url: string; padding: string | undefined }[] = [];
  const held: ServerResponse[] = [];
  let mode: Mode = 'ok';
  const breached = new Map([[BREACHED, 4242]]);

  /** The stand-in: every password of the test has its prefix routed; the answer follows `mode`. */
  function standIn(): void {
    for (const password of [BREACHED, CLEAN, COMMON, LATER]) {
      const path = `/range/${sha1(password).slice(0, 5)}`;
      server.route('127.0.0.1', 'OPTIONS', path, (req, res) => {
        requests.push({ method: 'OPTIONS', url: req.url ?? '', padding: undefined });
        res.writeHead(204, { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'Add-Padding', 'access-control-allow-methods': 'GET' }).end();
      });
      server.route('127.0.0.1', 'GET', path, (req, res) => {
        requests.push({ method: 'GET', url: req.url ?? '', padding: req.headers['add-padding'] as string | undefined });
        const prefix = path.slice('/range/'.length);
        const lines = [...breached].map(([p, count]) => [sha1(p), count] as const).filter(([hash]) => hash.startsWith(prefix)).map(([hash, count]) => `${hash.slice(5)}:${count}`);
        const cors = { 'access-control-allow-origin': '*', 'content-type': 'text/plain' };
        if (mode === 'timeout') return void held.push(res);
        if (mode === 'rate-limited') return void res.writeHead(429, { ...cors, 'retry-after': '2' }).end('Rate limit exceeded');
        // A body that names the hash but is not a range answer: it must not count.
        if (mode === 'garbage') return void res.writeHead(200, cors).end(`<html><body>${lines.join('<br>')}</body></html>`);
        res.writeHead(200, cors).end([...lines, ...PADDING].join('\r\n'));
      });
    }
  }

  beforeAll(async () => {
    server = await startFixtureServer();
    standIn();
    const extensionDir = mkdtempSync(join(tmpdir(), `latchkey-breach-build-${name}-`));
    const profileDir = newProfile(name);
    dirs.push(extensionDir, profileDir);
    await build({
      root: ROOT,
      configFile: join(ROOT, 'vite.config.ts'),
      mode: name === 'chromium' ? 'chrome' : 'firefox',
      logLevel: 'warn',
      define: { __BREACH_RANGE_URL__: JSON.stringify(`http://127.0.0.1:${server.httpPort}/range/`) },
      build: { outDir: extensionDir },
    });
    browser = name === 'chromium' ? await launchChromium({ extensionDir, profileDir }) : await launchFirefox({ extensionDir, profileDir });
    probe = await browser.openExtensionPage('src/pages/popup/index.html');
    expect(await sendFrom(probe, 'vault/create', { password: 'a sturdy master passphrase' })).toMatchObject({ ok: true });
    for (const [host, password] of [['magazin.test', BREACHED], ['mail.test', CLEAN], ['tienda.test', COMMON]] as const) {
      expect(await sendFrom(probe, 'entries/save', { site: { origins: [`https://${host}`], match: 'site' }, username: 'ann@mail.test', password, notes: '' })).toMatchObject({ ok: true });
    }
    options = await browser.openExtensionPage('src/pages/options/index.html#/health');
    await options.waitFor(READY);
    await options.waitFor('[data-testid="health"][data-complete="true"]', { timeout: 30_000 });
  }, 120_000);

  afterAll(async () => {
    for (const res of held) res.destroy();
    await browser?.close().catch(() => undefined);
    await server?.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  const exposedCount = () => options.attr('[data-testid="count-exposed"]', 'data-count');
  const hasPermission = () =>
    options.evaluate((origin) => {
      const api = (globalThis as unknown as { browser?: { permissions: { contains(p: object): Promise<boolean> } }; chrome: { permissions: { contains(p: object): Promise<boolean> } } });
      return (api.browser ?? api.chrome).permissions.contains({ origins: [origin] });
    }, API);

  it('is off until turned on: only the offline list counts, and nothing is asked', async () => {
    expect(await exposedCount()).toBe('1');
    // Firefox counts the content script's https match as this host too; Chrome keeps them apart
    // and asks the user at the click.
    expect(await hasPermission()).toBe(name === 'firefox');
    expect(await options.attr('[data-testid="breach-toggle"]', 'data-on')).toBe('false');
    expect(requests).toEqual([]);
  });

  it('turned on, asks for the permission at the click, then checks sending only 5-character prefixes', async () => {
    await browser.answerPermissionPrompts([API]);
    await options.click('[data-testid="breach-online"]');
    await options.waitFor('[data-testid="breach-toggle"][data-on="true"]');
    expect(await hasPermission()).toBe(true);
    await options.waitFor('[data-testid="breach-status"][data-unchecked="0"][data-found="1"][data-failure=""]', { timeout: 20_000 });
    await until(exposedCount, (count) => count === '2', 'the breached password counted as exposed');
    await options.waitFor('[data-testid="fix-item"][data-tier="exposed"]');
    expect(await options.text('[data-testid="fix-item"]')).toContain('magazin.test');
    expect(await options.text('[data-testid="fix-item"]')).toMatch(/4,?242/);

    const gets = requests.filter((r) => r.method === 'GET');
    expect(gets).toHaveLength(3);
    for (const request of requests) expect(request.url).toMatch(/^\/range\/[0-9A-F]{5}$/);
    for (const request of gets) expect(request.padding).toBe('true');
    const sent = JSON.stringify(requests);
    for (const password of [BREACHED, CLEAN, COMMON]) {
      expect(sent).not.toContain(password);
      expect(sent).not.toContain(sha1(password).slice(5));
    }
  });

  it.each<[Mode, RegExp]>([
    ['rate-limited', /slow down|too many/i],
    ['garbage', /could not be read/i],
    ['timeout', /in time/i],
  ])('an answer that fails (%s) says so and marks nothing exposed', async (failure, words) => {
    mode = failure;
    breached.set(LATER, 7);
    if (failure === 'rate-limited') {
      // A new password for the check: the page hears the vault change and checks it.
      expect(await sendFrom(probe, 'entries/save', { site: { origins: ['https://boutique.test'], match: 'site' }, username: 'ann@mail.test', password: LATER, notes: '' })).toMatchObject({ ok: true });
    } else {
      await options.click('[data-testid="breach-retry"]');
    }
    await options.waitFor(`[data-testid="breach-status"][data-failure="${failure}"]`, { timeout: 20_000 });
    expect(await options.text('[data-testid="breach-failure"]')).toMatch(words);
    expect(await options.attr('[data-testid="breach-status"]', 'data-found')).toBe('1');
    expect(await exposedCount()).toBe('2');
  });

  it('with the API answering again, "Try again" finishes the check', async () => {
    mode = 'ok';
    for (const res of held.splice(0)) res.destroy();
    await options.click('[data-testid="breach-retry"]');
    await options.waitFor('[data-testid="breach-status"][data-unchecked="0"][data-found="2"][data-failure=""]', { timeout: 20_000 });
    await until(exposedCount, (count) => count === '3', 'the later password counted as exposed');
  });

  it('turned off, asks nothing more and the online results no longer count', async () => {
    await options.click('[data-testid="breach-online"]');
    await options.waitFor('[data-testid="breach-toggle"][data-on="false"]');
    await until(exposedCount, (count) => count === '1', 'only the offline list counted');
    const asked = requests.length;
    // A new password: the page hears the change; the background decides not to ask.
    expect(await sendFrom(probe, 'entries/save', { site: { origins: ['https://shop.test'], match: 'site' }, username: 'ann@mail.test', password: 'Yet-Another-Long-66', notes: '' })).toMatchObject({ ok: true });
    expect(await sendFrom(probe, 'health/breach', { action: 'check' })).toMatchObject({ ok: true, value: { online: false, failure: 'off', checked: 0 } });
    expect(requests.length).toBe(asked);
  });
});
