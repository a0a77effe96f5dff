// The browser `npm start` opens: a fresh throwaway profile with the built extension, pointed at the
// demo shops and trusting their certificate exactly as the E2E browsers do (harness/site-trust.ts).
// Chromium through playwright-core (the E2E launcher, headed); Firefox ESR through `web-ext run`.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import webExt from 'web-ext';
import { DIST } from '../../test/e2e/harness/browser';
import { extensionId, launchContext } from '../../test/e2e/harness/chromium';
import { EXECUTABLE as FIREFOX } from '../../test/e2e/harness/firefox';
import type { FixtureServer } from '../../test/e2e/harness/server';
import { FIREFOX_SITE_PREFS, trustInFirefoxProfile } from '../../test/e2e/harness/site-trust';
import { until } from '../../test/e2e/harness/until';

export interface DemoBrowser {
  /** What is open, for the terminal. */
  summary: string;
  /** Where a test can attach to the browser (headless only): a CDP URL or a WebDriver BiDi socket. */
  debugging: string | null;
  /** Settles when the user closes the browser. */
  closed: Promise<void>;
  stop(): Promise<void>;
}

export interface OpenOptions {
  server: FixtureServer;
  startUrl: string;
  headless: boolean;
}

/** How long the first install takes to open the options page, beyond which the start page comes first anyway. */
const FIRST_RUN_WAIT_MS = 10_000;

export async function openChromium({ server, startUrl, headless }: OpenOptions): Promise<DemoBrowser> {
  const profileDir = mkdtempSync(join(tmpdir(), 'latchkey-demo-chromium-'));
  const context = await launchContext(
    { extensionDir: DIST.chromium, profileDir, sites: server },
    // Headless is for the E2E test of `npm start`: it attaches through this port.
    { headless, args: headless ? ['--remote-debugging-port=0'] : [], handleSignals: false },
  );
  const stop = async () => {
    await context.close().catch(() => undefined);
    rmSync(profileDir, { recursive: true, force: true });
  };
  try {
    const id = await extensionId(context);
    const start = context.pages()[0] ?? (await context.newPage());
    await start.goto(startUrl);
    // The first install opens the options page (where the vault is created) in a second tab: the
    // start page, which says so, stays in front.
    const optionsOpen = async () => context.pages().some((p) => p.url().startsWith(`chrome-extension://${id}/`));
    await until(optionsOpen, Boolean, 'the options page', FIRST_RUN_WAIT_MS).catch(() => undefined);
    await start.bringToFront();
    const closed = new Promise<void>((done) => context.on('close', () => done()));
    // Chromium writes the port it picked into the profile (first line).
    const port = headless ? readFileSync(join(profileDir, 'DevToolsActivePort'), 'utf8').split('\n')[0] : null;
    return {
      summary: `Chromium is open with Latchkey loaded (extension id ${id}).`,
      debugging: port ? `http://127.0.0.1:${port}` : null,
      closed,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** How long Firefox may take to close after web-ext signalled it. */
const FIREFOX_EXIT_MS = 10_000;

/** Whether anything still listens on 127.0.0.1:port. */
function listening(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), done(true)));
    socket.once('error', () => done(false));
  });
}

function freePort(): Promise<number> {
  return new Promise((done, failed) => {
    const probe = createServer();
    probe.once('error', failed);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

export async function openFirefox({ server, startUrl, headless }: OpenOptions): Promise<DemoBrowser> {
  const profileDir = mkdtempSync(join(tmpdir(), 'latchkey-demo-firefox-'));
  trustInFirefoxProfile(profileDir, server);
  const bidiPort = headless ? await freePort() : null;
  let closedNow: () => void = () => undefined;
  const closed = new Promise<void>((done) => (closedNow = done));
  const params = {
    sourceDir: DIST.firefox,
    firefox: FIREFOX,
    firefoxProfile: profileDir,
    keepProfileChanges: true, // the profile is ours to throw away, not a copy web-ext makes
    pref: { ...FIREFOX_SITE_PREFS },
    startUrl: [startUrl],
    noReload: true,
    noInput: true,
    // Headless is for the E2E test of `npm start`: it attaches over WebDriver BiDi on this port
    // (system access lets it open moz-extension:// pages, as in the E2E harness).
    args: bidiPort ? ['-headless', '--remote-debugging-port', String(bidiPort), '--remote-allow-system-access'] : [],
  };
  const runner = await webExt.cmd.run(params, { shouldExitProgram: false }).catch((error: unknown) => {
    rmSync(profileDir, { recursive: true, force: true });
    throw error;
  });
  runner.registerCleanup(() => closedNow());
  return {
    summary: 'Firefox is open with Latchkey loaded as a temporary add-on.',
    debugging: bidiPort ? `ws://127.0.0.1:${bidiPort}/session` : null,
    closed,
    async stop() {
      await runner.exit().catch(() => undefined);
      // web-ext signals Firefox and returns before it has gone: "stopped" means its endpoint is closed.
      if (bidiPort) await until(() => listening(bidiPort), (open) => !open, 'Firefox closed', FIREFOX_EXIT_MS).catch(() => undefined);
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
