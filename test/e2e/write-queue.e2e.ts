// One queue for every write, in the built extension: a few hundred mixed writes (saves, edits,
// fills into a real page, review marks, restores, a merge, deletes and undo, moves and undo, two
// CSV imports, a backup restore, settings, the never-save list, reads: harness/mixed-writes.ts)
// sent by an extension page all at once leave the vault and the settings exactly as the same
// messages sent one after another do, in a second browser with a fresh profile.
import { describe, expect, it } from 'vitest';
import type { Reply } from '../../src/shared/protocol/reply';
import { launch, sendFrom, tabIdOf, type ExtensionBrowser } from './harness/browser';
import { readLocal } from './harness/extension-storage';
import { MASTER, normalized, prepareBurst, storedEntries, type Message } from './harness/mixed-writes';
import { READY, type TestPage } from './harness/page';
import { BROWSERS, useSuite } from './harness/suite';

const OPTIONS = 'src/pages/options/index.html';

interface ExtensionApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}
declare const browser: ExtensionApi | undefined;
declare const chrome: ExtensionApi;

/** Every message sent by the page at once, as an options page would if the user were that fast. */
function sendAllAtOnce(page: TestPage, burst: readonly Message[]): Promise<Reply<unknown>[]> {
  return page.evaluate((messages) => {
    const api = typeof browser === 'undefined' ? chrome : browser;
    return Promise.all(messages.map((message) => api.runtime.sendMessage(message))) as Promise<Reply<unknown>[]>;
  }, burst);
}

async function prepared(browser: ExtensionBrowser, shopOrigin: string) {
  const options = await browser.openExtensionPage(OPTIONS);
  await options.waitFor(READY);
  const url = `${shopOrigin}/login.html`;
  const shop = await browser.open(url);
  const tabId = await tabIdOf(options, url);
  const burst = await prepareBurst((type, payload) => sendFrom(options, type as never, payload as never), tabId, shopOrigin);
  return { options, shop, burst };
}

async function outcome(options: TestPage) {
  const entries = await storedEntries(await readLocal(options), MASTER);
  const listed = await sendFrom(options, 'entries/list', { tabId: null, query: '', offset: 0, limit: 0 });
  return { entries: normalized(entries), stored: entries.length, inMemory: listed.ok ? listed.value.all : -1, settings: await sendFrom(options, 'settings/get', {}) };
}

describe.each(BROWSERS)('the write queue in %s', (name) => {
  const s = useSuite(name);

  it('gives a burst of mixed writes sent at once the vault the same writes give one after another', async () => {
    const serialBrowser = await launch(name, s.server);
    try {
      const serial = await prepared(serialBrowser, s.server.origin('shop.test'));
      const serialReplies: Reply<unknown>[] = [];
      for (const { type, payload } of serial.burst) serialReplies.push(await sendFrom(serial.options, type as never, payload as never));
      expect(serialReplies.filter((reply) => !reply.ok)).toEqual([]);
      const expected = await outcome(serial.options);

      const concurrent = await prepared(s.browser, s.server.origin('shop.test'));
      expect(concurrent.burst.length).toBeGreaterThan(250);
      const replies = await sendAllAtOnce(concurrent.options, concurrent.burst);
      expect(replies.flatMap((reply, i) => (reply.ok ? [] : [`${concurrent.burst[i]?.type}: ${reply.error.message}`]))).toEqual([]);
      // The fills reached the page and were counted as fills.
      const fills = replies.filter((_, i) => concurrent.burst[i]?.type === 'fill/entry');
      expect(fills).toEqual(fills.map(() => ({ ok: true, value: { filled: true, reason: 'filled' } })));
      const got = await outcome(concurrent.options);

      expect(got.entries).toEqual(expected.entries);
      expect(got.settings).toEqual(expected.settings);
      expect(got.inMemory).toBe(got.stored);
      expect(got.stored).toBe(256);
    } finally {
      await serialBrowser.dispose();
    }
  }, 240_000);
});
