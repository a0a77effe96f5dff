// The real background (Chromium's service worker, Firefox's event page) stopped between two
// storage writes loses nothing and brings nothing back (the unit test crash-safety.test.ts covers
// every write point of the same code over storage in memory). For a save, an import, a delete and
// a merge, the background is stopped before its 1st, 2nd, ... storage write until one runs to the
// end: the test counts the background's writes and holds the next one (instrumenting its storage
// from outside, as a debugger would), then stops it.
// A new worker, and then a lock and an unlock, must show the vault from before the operation or
// after it, never a mix, after it whenever the operation had answered, and no tombstone left.
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { Reply } from '../../src/shared/protocol/reply';
import { sendFrom } from './harness/browser';
import { MASTER, normalized, storedEntries } from './harness/mixed-writes';
import { READY, type TestPage } from './harness/page';
import { BROWSERS, useSuite } from './harness/suite';
import { until } from './harness/until';

const POPUP = 'src/pages/popup/index.html';

interface StorageArea {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  clear(): Promise<void>;
}
declare const chrome: { storage: { local: StorageArea; session: StorageArea }; runtime: { sendMessage(message: unknown): Promise<unknown> } };
declare const browser: typeof chrome | undefined;

interface Stored {
  local: Record<string, unknown>;
  session: Record<string, unknown>;
}

const site = (origin: string) => ({ origins: [origin], match: 'site' as const });
const tombstone = (value: unknown) => (value as { deleted?: unknown } | null)?.deleted === true;

describe.each(BROWSERS)('a background stopped mid-write in %s', (name) => {
  const s = useSuite(name);

  it('loses nothing and brings nothing back: save, import, delete and merge, stopped before each of their writes', async () => {
    const page = await s.browser.openExtensionPage(POPUP);
    await page.waitFor(READY);
    const send = (type: string, payload: unknown) => sendFrom(page, type as never, payload as never) as Promise<Reply<unknown>>;
    expect(await send('vault/create', { password: MASTER })).toMatchObject({ ok: true });
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const saved = await send('entries/save', { site: site(`https://shop-${i}.example`), username: `buyer${i}@mail.example`, password: `Pw-${i}`, notes: '' });
      ids.push(saved.ok ? (saved.value as { id: string }).id : '');
    }
    const pair: string[] = [];
    for (const i of [0, 1]) {
      const saved = await send('entries/save', { site: site('https://twice.example'), username: 'twice@mail.example', password: `Twice-Pw-${i}`, notes: `copy ${i}` });
      pair.push(saved.ok ? (saved.value as { id: string }).id : '');
    }
    await until(() => readAll(page), (stored) => stored.session['vault:snapshot'] !== undefined, 'the snapshot of the prepared vault');
    const prepared = await readAll(page);

    const operations: Record<string, () => Promise<Reply<unknown>>> = {
      'save': () => send('entries/save', { id: ids[0], site: site('https://shop-0.example'), username: 'buyer0@mail.example', password: 'Changed-Pw', notes: 'changed' }),
      'import': async () => {
        const text = ['name,url,username,password,note', 'A,https://a.example,a@mail.example,A-Pw,', 'B,https://shop-1.example,buyer1@mail.example,Other-Pw,'].join('\n');
        const preview = await send('import/preview', { text });
        const previewId = preview.ok ? (preview.value as { preview: { previewId: string } }).preview.previewId : '';
        return send('import/commit', { previewId, choices: {} });
      },
      'delete': () => send('entries/delete-many', { ids: ids.slice(2, 5) }),
      'merge': () => send('entries/merge', { groups: [pair] }),
    };
    const before = await vaultIn(prepared);

    /** Runs the operation from the prepared vault, holding the worker's write after `allowed` ones; then stops the worker. */
    const runStopped = async (run: () => Promise<Reply<unknown>>, allowed: number) => {
      // Storage is put back with no background running: the last one holds the last run's vault in
      // memory and seals it into the snapshot a second after its unlock (snapshot-schedule.ts), and
      // that snapshot written over the restored one would be what the next background shows.
      await s.browser.stopWorker();
      await restore(page, prepared);
      // The next use moves the auto-lock deadline (one session write) in every run alike.
      await page.evaluate((at) => (typeof browser === 'undefined' ? chrome : browser).storage.session.set({ 'vault:deadline': at }), Date.now() + 14 * 60_000);
      // A background the restore woke (a storage change is an event) may have read it half done.
      await s.browser.stopWorker();
      await send('status', {});
      // Firefox reaches its background through `page`, which stays open (evaluateInBackground).
      await s.browser.evaluateInBackground(page, holdWrite, allowed);
      let answered = false;
      const reply = run().then((r) => void (answered = r.ok)).catch(() => undefined);
      const held = await until(
        async () =>
          (await s.browser.evaluateInBackground(page, (scope) => (scope as { heldWrite?: boolean }).heldWrite === true, null))
            ? 'held'
            : answered && (await readAll(page)).session['vault:snapshot'] !== undefined ? 'done' : null,
        (state) => state !== null,
        `write ${allowed + 1} held, or the operation done`,
        20_000,
      );
      expect(await s.browser.stopWorker()).toBe(true);
      await reply;
      return { held: held === 'held', answered, onDisk: await vaultIn(await readAll(page)) };
    };

    for (const [operation, run] of Object.entries(operations)) {
      const { held, onDisk: after } = await runStopped(run, Number.MAX_SAFE_INTEGER);
      expect(held, operation).toBe(false);
      expect(after, operation).not.toEqual(before);
      const outcomes: string[] = [];
      for (let point = 0; ; point++) {
        const stopped = await runStopped(run, point);
        const where = `${operation}, stopped before write ${point + 1}${stopped.answered ? ' (answered)' : ''}`;
        const onDisk = stopped.onDisk;
        expect([before, after], where).toContainEqual(onDisk);
        if (stopped.answered) expect(onDisk, where).toEqual(after);
        outcomes.push(isDeepStrictEqual(onDisk, before) ? 'before' : 'after');
        expect(await seen(send), `${where}: what a new worker shows`).toEqual(reduced(onDisk));
        expect(await send('vault/lock', {})).toMatchObject({ ok: true });
        expect(await send('vault/unlock', { password: MASTER })).toMatchObject({ ok: true, value: { failure: null } });
        expect(await seen(send), `${where}: after an unlock`).toEqual(reduced(onDisk));
        await until(async () => Object.values((await readAll(page)).local).filter(tombstone).length, (left) => left === 0, `${where}: no tombstone left`);
        if (!stopped.held) break;
      }
      // The points covered both outcomes: the write that makes the change is among them.
      expect(outcomes[0], operation).toBe('before');
      expect(outcomes.at(-1), operation).toBe('after');
    }
    await page.close();
  }, 300_000);
});

/**
 * Runs against the background's global `scope`: counts its storage writes (set and remove,
 * storage.local and storage.session) and holds the one after `allowed`, which never completes,
 * like every write that follows; `heldWrite` says it happened. The extension's own code is
 * untouched: this wraps the browser's storage areas from outside, as a debugger would. Sent as
 * source (evaluateInBackground): it uses nothing from this file.
 */
function holdWrite(scope: typeof globalThis, allowed: number): void {
  type Area = Record<'set' | 'remove', (...args: unknown[]) => unknown>;
  type Api = { storage: { local: Area; session: Area } };
  const state = scope as unknown as { heldWrite?: boolean; writesSeen?: number };
  state.heldWrite = false;
  state.writesSeen = 0;
  // Firefox's `browser` and `chrome` share their storage areas; Chromium has `chrome` only.
  const { browser, chrome } = scope as unknown as { browser?: Api; chrome: Api };
  const api = browser ?? chrome;
  for (const area of [api.storage.local, api.storage.session]) {
    for (const method of ['set', 'remove'] as const) {
      const original = area[method].bind(area);
      area[method] = (...args: unknown[]) => {
        if (state.heldWrite || (state.writesSeen ?? 0) >= allowed) {
          state.heldWrite = true;
          return new Promise(() => undefined);
        }
        state.writesSeen = (state.writesSeen ?? 0) + 1;
        return original(...args);
      };
    }
  }
}

async function readAll(page: TestPage): Promise<Stored> {
  await page.waitFor(READY);
  return page.evaluate(async () => {
    const api = typeof browser === 'undefined' ? chrome : browser;
    return { local: await api.storage.local.get(null), session: await api.storage.session.get(null) };
  }, null);
}

/** Puts storage back as it was (the worker is stopped right after, so it keeps nothing in memory). */
async function restore(page: TestPage, stored: Stored): Promise<void> {
  await page.evaluate(async (values) => {
    const api = typeof browser === 'undefined' ? chrome : browser;
    await api.storage.local.clear();
    await api.storage.local.set(values.local);
    await api.storage.session.clear();
    await api.storage.session.set(values.session);
  }, stored);
}

const vaultIn = async (stored: Stored) => normalized(await storedEntries(stored.local, MASTER));

/** The vault as a worker shows it: each entry's site, username and password, through the protocol. */
async function seen(send: (type: string, payload: unknown) => Promise<Reply<unknown>>): Promise<string[]> {
  const list = await send('entries/list', { tabId: null, query: '', offset: 0, limit: 500 });
  if (!list.ok) throw new Error(list.error.message);
  const rows: string[] = [];
  for (const item of (list.value as { items: { id: string; site: { origins: string[] }; username: string }[] }).items) {
    const reply = await send('entries/password', { id: item.id });
    rows.push(JSON.stringify([item.site.origins, item.username, reply.ok ? (reply.value as { password: string }).password : null]));
  }
  return rows.sort();
}

const reduced = (entries: readonly string[]) =>
  entries.map((row) => JSON.parse(row) as { origins: string[]; username: string; password: string }).map((e) => JSON.stringify([e.origins, e.username, e.password])).sort();
