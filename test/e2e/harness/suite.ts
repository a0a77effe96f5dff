// Per-browser setup shared by E2E files: a fixture server and a browser with the extension.
import { afterAll, beforeAll } from 'vitest';
import { launch, type BrowserName, type ExtensionBrowser, type LaunchedBrowser } from './browser';
import { startFixtureServer, type FixtureServer } from './server';

export const BROWSERS: readonly BrowserName[] = (process.env.E2E_BROWSERS?.split(',') as BrowserName[] | undefined) ?? [
  'chromium',
  'firefox',
];

export interface Suite {
  browser: ExtensionBrowser;
  server: FixtureServer;
}

/** Call inside a describe block; the returned object is filled in before the first test runs. */
export function useSuite(name: BrowserName): Suite {
  const suite = {} as Suite;
  let dispose: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    suite.server = await startFixtureServer();
    const browser = await launch(name, suite.server);
    suite.browser = browser;
    dispose = browser.dispose;
  });
  afterAll(async () => {
    await dispose?.();
    await suite.server?.close();
  });
  return suite;
}

export interface TwoProfiles {
  a: LaunchedBrowser;
  b: LaunchedBrowser;
}

/**
 * Two browsers of one kind, each with its own profile: two computers of one user, for sync (the
 * harness carries one's sync area to the other, harness/sync-area.ts). No fixture server: sync
 * tests open only extension pages. Call inside a describe block, like useSuite.
 */
export function useTwoProfiles(name: BrowserName): TwoProfiles {
  const two = {} as TwoProfiles;
  beforeAll(async () => {
    two.a = await launch(name, null);
    two.b = await launch(name, null);
  });
  afterAll(async () => {
    await two.a?.dispose();
    await two.b?.dispose();
  });
  return two;
}
