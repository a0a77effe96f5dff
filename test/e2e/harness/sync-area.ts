// Plays the browser's sync engine between two profiles: reads the sync storage area of one and
// writes its items into the other's, from an extension page of each, as Chrome Sync or Firefox
// Sync would deliver them. Exists only in the test harness; the extension has no such path.
import { NOT_READY, READY, type TestPage, whenReady } from './page';

interface SyncApi {
  storage: { sync: { get(keys: null): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
}
declare const browser: SyncApi | undefined;
declare const chrome: SyncApi;

export async function readSyncArea(page: TestPage): Promise<Record<string, unknown>> {
  return whenReady(page, () =>
    page.evaluate(
      async ([ready, notReady]) => (document.querySelector(ready) ? await (typeof browser === 'undefined' ? chrome : browser).storage.sync.get(null) : notReady),
      [READY, NOT_READY] as const,
    ),
  );
}

export async function writeSyncArea(page: TestPage, items: Record<string, unknown>): Promise<void> {
  await page.waitFor(READY);
  return page.evaluate((values) => (typeof browser === 'undefined' ? chrome : browser).storage.sync.set(values), items);
}

/** Delivers everything `from` has synced to `to`. */
export async function deliver(from: TestPage, to: TestPage): Promise<Record<string, unknown>> {
  const items = await readSyncArea(from);
  await writeSyncArea(to, items);
  return items;
}
