// Reads and writes what the extension keeps, from one of its own pages, as an attacker with disk
// access or a test checking the background's facts would: storage.local raw, storage.session
// values, alarms. Each page function names the API itself (Firefox `browser`, Chromium `chrome`)
// because it runs in the page, not here.
import { NOT_READY, READY, type TestPage, whenReady } from './page';

interface ExtensionApi {
  storage: {
    local: {
      get(keys: string | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(key: string): Promise<void>;
    };
    session: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
  };
  alarms: { get(name: string): Promise<{ scheduledTime: number } | undefined>; create(name: string, info: { when: number }): Promise<void> };
}
declare const browser: ExtensionApi | undefined;
declare const chrome: ExtensionApi;

export async function readLocal(page: TestPage): Promise<Record<string, unknown>> {
  // Once ready: Firefox starts extension pages without waiting for them to load.
  return whenReady(page, () =>
    page.evaluate(
      async ([ready, notReady]) => (document.querySelector(ready) ? await (typeof browser === 'undefined' ? chrome : browser).storage.local.get(null) : notReady),
      [READY, NOT_READY] as const,
    ),
  );
}

/**
 * Everything stored but the health report's strength verdicts (`vault:strength`): derived data the
 * background's sweep writes on its own schedule after any write (background/workbench/
 * strength-sweep.ts), so "nothing was written" checks compare the rest.
 */
export async function readLocalFacts(page: TestPage): Promise<Record<string, unknown>> {
  const { 'vault:strength': _verdicts, ...stored } = await readLocal(page);
  return stored;
}

export async function writeLocal(page: TestPage, items: Record<string, unknown>): Promise<void> {
  await page.waitFor(READY);
  return page.evaluate((values) => (typeof browser === 'undefined' ? chrome : browser).storage.local.set(values), items);
}

export async function removeLocal(page: TestPage, key: string): Promise<void> {
  await page.waitFor(READY);
  return page.evaluate((name) => (typeof browser === 'undefined' ? chrome : browser).storage.local.remove(name), key);
}

/**
 * Stores `size` characters under `key` (made in the page: megabytes through the test protocol
 * are slow), reads them back and removes them; answers the length read back, or the error.
 */
export async function roomInLocal(page: TestPage, key: string, size: number): Promise<number | string> {
  await page.waitFor(READY);
  return page.evaluate(
    async ([k, n]) => {
      const local = (typeof browser === 'undefined' ? chrome : browser).storage.local;
      try {
        await local.set({ [k]: 'x'.repeat(n) });
        const back = (await local.get(k))[k];
        return typeof back === 'string' ? back.length : 'nothing read back';
      } catch (error) {
        return String(error);
      } finally {
        await local.remove(k);
      }
    },
    [key, size] as const,
  );
}

export async function readSession(page: TestPage, key: string): Promise<unknown> {
  return whenReady(page, () =>
    page.evaluate(
      async ([k, ready, notReady]) => (document.querySelector(ready) ? ((await (typeof browser === 'undefined' ? chrome : browser).storage.session.get(k))[k] ?? null) : notReady),
      [key, READY, NOT_READY] as const,
    ),
  );
}

export async function writeSession(page: TestPage, items: Record<string, unknown>): Promise<void> {
  await page.waitFor(READY);
  return page.evaluate((values) => (typeof browser === 'undefined' ? chrome : browser).storage.session.set(values), items);
}

/** When the named alarm is due, or null when there is none. */
export async function alarmTime(page: TestPage, name: string): Promise<number | null> {
  await page.waitFor(READY);
  return page.evaluate(async (n) => (await (typeof browser === 'undefined' ? chrome : browser).alarms.get(n))?.scheduledTime ?? null, name);
}

/**
 * Sets the named alarm for `when`, replacing the background's own (alarms are the extension's,
 * whichever of its contexts set them): time brought forward instead of waited out.
 */
export async function setAlarm(page: TestPage, name: string, when: number): Promise<void> {
  await page.waitFor(READY);
  return page.evaluate(([n, at]) => (typeof browser === 'undefined' ? chrome : browser).alarms.create(n, { when: at }), [name, when] as const);
}
