// Attack suite, locked means locked (DESIGN.md rules 1 and 2), in both browsers with the built
// extension: after a lock no password is readable in any storage area, however it got there (a
// saved entry, an offer waiting, a save accepted while locked), and "save while locked" still
// completes on unlock. What locks it: Firefox's idle state after the auto-lock time with no input
// (Firefox never reports a locked screen), and the last browser window closing where the browser
// outlives it (Chromium here). Each check waits for what the background did, never a pause.
import { beforeAll, describe, expect, it } from 'vitest';
import { sendFrom } from './harness/browser';
import { capturingTab, decisionSurface, login, offersIn } from './harness/flows';
import type { TestPage } from './harness/page';
import { READY } from './harness/page';
import { BROWSERS, useSuite } from './harness/suite';
import { until } from './harness/until';

const POPUP = 'src/pages/popup/index.html';
const MASTER = 'a sturdy master passphrase';

interface StorageApi {
  storage: { local: { get(k: null): Promise<Record<string, unknown>> }; session: { get(k: null): Promise<Record<string, unknown>> } };
}
declare const browser: StorageApi | undefined;
declare const chrome: StorageApi;

/** Every storage area the extension has, as one text (what anything reading the profile could see). */
async function everyStorageArea(page: TestPage): Promise<string> {
  await page.waitFor(READY);
  return page.evaluate(async () => {
    const api = typeof browser === 'undefined' ? chrome : browser;
    return JSON.stringify({ local: await api.storage.local.get(null), session: await api.storage.session.get(null) });
  }, null);
}

/** The shortest auto-lock, '1': one minute. */
const AUTO_LOCK_MS = 60_000;

describe.each(BROWSERS)('locked means locked in %s', (name) => {
  const s = useSuite(name);
  let probe: TestPage;

  beforeAll(async () => {
    probe = await s.browser.openExtensionPage(POPUP);
    expect(await sendFrom(probe, 'vault/create', { password: MASTER })).toMatchObject({ ok: true });
    for (const host of ['tienda.test', 'magazin.test', 'shop.test']) {
      s.server.route(host, 'POST', '/session', (_req, res) => void res.writeHead(303, { location: '/account.html' }).end());
    }
  });

  const signIn = async (host: string, username: string, password: string) => {
    const url = `${s.server.origin(host)}/login.html`;
    const page = await s.browser.open(url);
    const tabId = await capturingTab(probe, url);
    await login(page, username, password);
    return { page, tabId };
  };
  const passwordOf = async (username: string) => {
    const list = await sendFrom(probe, 'entries/list', { tabId: null, query: username, offset: 0, limit: 5 });
    const id = list.ok ? list.value.items[0]?.id : undefined;
    if (!id) return null;
    const reply = await sendFrom(probe, 'entries/password', { id });
    return reply.ok ? reply.value.password : null;
  };

  it('after a lock no password is in storage; a save accepted while locked completes on unlock', async () => {
    // Unlocked: one login saved, another left as an offer nobody answered.
    const saved = await signIn('tienda.test', 'saved@mail.test', 'Saved-Pass-1');
    await (await decisionSurface(s.browser, saved.page)).click('[data-testid="prompt-accept"]');
    await until(() => passwordOf('saved@mail.test'), (p) => p === 'Saved-Pass-1', 'the saved entry');
    const offered = await signIn('magazin.test', 'offered@mail.test', 'Offered-Pass-2');
    await until(() => offersIn(probe, offered.tabId), (list) => list.length === 1, 'the unanswered offer');

    expect(await sendFrom(probe, 'vault/lock', {})).toMatchObject({ ok: true, value: { status: 'locked' } });
    let stored = await everyStorageArea(probe);
    for (const secret of ['Saved-Pass-1', 'Offered-Pass-2', MASTER]) expect(stored).not.toContain(secret);

    // Locked: a login, its offer accepted (the prompt says the vault is locked).
    const locked = await signIn('shop.test', 'locked@mail.test', 'Locked-Pass-3');
    const [offer] = await until(() => offersIn(probe, locked.tabId), (list) => list.length === 1, 'the offer made while locked');
    expect(offer?.kind).toBe('locked');
    expect(await sendFrom(probe, 'keep/accept', { offerId: offer?.id ?? '', choice: { action: 'save' } })).toMatchObject({ ok: false, error: { code: 'locked' } });
    stored = await everyStorageArea(probe);
    for (const secret of ['Saved-Pass-1', 'Offered-Pass-2', 'Locked-Pass-3', MASTER]) expect(stored).not.toContain(secret);

    // Unlocking completes the save, and the offer left unanswered can still be saved.
    expect(await sendFrom(probe, 'vault/unlock', { password: MASTER })).toMatchObject({ ok: true, value: { failure: null } });
    expect(await passwordOf('locked@mail.test')).toBe('Locked-Pass-3');
    expect(await offersIn(probe, offered.tabId)).toMatchObject([{ kind: 'save', username: 'offered@mail.test' }]);
    for (const page of [saved.page, offered.page, locked.page]) await page.close();
  });

  it.runIf(name === 'firefox')('Firefox: the auto-lock time with no input locks the vault, while it is being used', { timeout: 180_000 }, async () => {
    // One minute: the shortest auto-lock, and Firefox's idle state after it. The vault is used
    // all along (as background work would), so its own deadline never passes: only idle can lock.
    expect(await sendFrom(probe, 'settings/set', { autoLock: '1' })).toMatchObject({ ok: true });
    // Every use moves the deadline a minute past it, so a lock less than a minute after the last
    // use is the idle state's, not the deadline's.
    let lastUse = Date.now();
    await until(
      async () => {
        const used = await sendFrom(probe, 'entries/list', { tabId: null, query: '', offset: 0, limit: 1 });
        if (used.ok) lastUse = Date.now();
        return used.ok ? 'unlocked' : used.error.code;
      },
      (state) => state === 'locked',
      'the idle lock',
      150_000,
    );
    expect(Date.now() - lastUse).toBeLessThan(AUTO_LOCK_MS);
    expect(await sendFrom(probe, 'vault/unlock', { password: MASTER })).toMatchObject({ ok: true });
    expect(await sendFrom(probe, 'settings/set', { autoLock: '15' })).toMatchObject({ ok: true });
  });

  it.runIf(name === 'chromium')('Chromium: closing the last browser window locks the vault', async () => {
    expect(await sendFrom(probe, 'vault/state', {})).toMatchObject({ ok: true, value: { status: 'unlocked' } });
    expect(await s.browser.closeEveryWindow()).toBe(true);
    // The background forgot the key (read from its own worker: no page is open to ask).
    await until(() => s.browser.backgroundSession(), (session) => session !== null && !('vault:key' in session), 'the key forgotten');
    probe = await s.browser.openExtensionPage(POPUP);
    expect(await sendFrom(probe, 'vault/state', {})).toMatchObject({ ok: true, value: { status: 'locked' } });
  });
});
