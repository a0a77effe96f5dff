// A copied password is scheduled to be cleared after the user's delay by the background, so the
// clear does not depend on the popup staying open: the time is stored (storage.local, so it
// outlives the browser too) and an alarm is set.
//
// Verified in both browsers: Copy password in the popup puts the password on the clipboard and it
// is gone after the delay. Verified in Firefox: the background's clear after the popup closed.
// Not verified in Chromium: the background's clear, which runs in an offscreen document that
// never has focus in headless Chromium, so its clipboard write is refused there.
//
// After a browser restart: a headless browser's clipboard lives in its own process and is gone
// when it quits, where a desktop's clipboard keeps the password. So the test puts the password
// back on the clipboard once the browser is up again, as the desktop's would still hold it, and
// checks that the background clears it when the time stored before the restart comes (Firefox),
// or that the background takes up the stored clear when it comes (Chromium, for the reason above).
import { describe, expect, it } from 'vitest';
import { sendFrom } from './harness/browser';
import { reportedTab } from './harness/flows';
import { alarmTime, readLocal } from './harness/extension-storage';
import { until } from './harness/until';
import { READY, type TestPage } from './harness/page';
import { BROWSERS, useSuite } from './harness/suite';

const POPUP = 'src/pages/popup/index.html';

/**
 * The clipboard's text, or null while Firefox refuses the read: it reads only in the focused tab,
 * and a tab just shown can take a moment to get the focus on a loaded machine (NotAllowedError
 * until then). Every read in this file goes through here, so a test waits for the focus instead
 * of failing on it.
 */
function readClipboard(page: TestPage): Promise<string | null> {
  return page.evaluate(async () => {
    try {
      return await navigator.clipboard.readText();
    } catch (error) {
      if (error instanceof DOMException && error.name === 'NotAllowedError') return null;
      throw error;
    }
  }, null);
}

/** On a login page the first row's action is Fill: Copy password is in the row's menu. */
async function copyFirstPassword(popup: TestPage): Promise<void> {
  await popup.click('[data-testid="entry"][data-site-row="true"] ~ [role="gridcell"] [data-testid="row-menu-button"]');
  await popup.click('[data-testid="row-menu"] [data-testid="menu-copy-password"]');
}

describe.each(BROWSERS)('clipboard in %s', (name) => {
  const s = useSuite(name);

  it('schedules the clear with the chosen delay in the background, surviving the popup', async () => {
    const popup = await s.browser.openExtensionPage(POPUP);
    await popup.waitFor(READY);
    await sendFrom(popup, 'settings/set', { clipboardClearSeconds: 45 });
    const before = Date.now();
    const scheduled = await sendFrom(popup, 'clipboard/clear-later', {});
    if (!scheduled.ok) throw new Error(scheduled.error.message);
    expect(scheduled.value.at).toBeGreaterThanOrEqual(before + 45_000);
    expect(scheduled.value.at).toBeLessThan(Date.now() + 45_000 + 1_000);
    await popup.close();

    // After the popup is gone, the background still holds the time and the alarm that wakes it.
    const probe = await s.browser.openExtensionPage(POPUP);
    await probe.waitFor(READY);
    expect((await readLocal(probe))['clipboard:clearAt']).toEqual({ v: 1, data: scheduled.value.at });
    expect(await alarmTime(probe, 'clipboard-clear')).toBe(scheduled.value.at);
    await probe.close();
  });

  it('copies a password from the popup and clears it after the delay', async () => {
    if (!(await s.browser.grantClipboard())) return;
    const setup = await s.browser.openExtensionPage(POPUP);
    await setup.waitFor(READY);
    await sendFrom(setup, 'settings/set', { clipboardClearSeconds: 5 });
    await sendFrom(setup, 'vault/create', { password: 'a sturdy master passphrase' });
    const secret = 'Copied-Secret-7731';
    await sendFrom(setup, 'entries/save', { site: { origins: [s.server.origin('shop.test')], match: 'site' }, username: 'ann@example.test', password: secret, notes: '' });
    const url = `${s.server.origin('shop.test')}/login.html`;
    const page = await s.browser.open(url);
    const tabId = await reportedTab(setup, url, 'login');

    const popup = await s.browser.openExtensionPage(`${POPUP}?tab=${tabId}`);
    await popup.waitFor(READY);
    const copied = Date.now();
    await copyFirstPassword(popup);
    const read = () => readClipboard(popup);
    expect(await until(read, (text) => text === secret, 'the password on the clipboard')).toBe(secret);
    expect(await until(read, (text) => text !== null && text !== secret, 'the clipboard to be cleared', 15_000)).toBe('');
    expect(Date.now() - copied).toBeGreaterThanOrEqual(5_000);
    await Promise.all([popup.close(), page.close(), setup.close()]);
  });

  // Firefox only: Chrome clears from an offscreen document, which never has focus in headless
  // Chromium, so its write is refused there (README: known limits).
  it('clears the copied password after the popup has closed (background)', async () => {
    if (name !== 'firefox') return;
    const setup = await s.browser.openExtensionPage(POPUP);
    await setup.waitFor(READY);
    await sendFrom(setup, 'settings/set', { clipboardClearSeconds: 5 });
    await sendFrom(setup, 'vault/create', { password: 'a sturdy master passphrase' });
    const secret = 'Background-Cleared-4410';
    // Its own site: the test before left an entry on shop.test, and the popup copies the first row.
    await sendFrom(setup, 'entries/save', { site: { origins: [s.server.origin('tienda.test')], match: 'site' }, username: 'bo@example.test', password: secret, notes: '' });
    const url = `${s.server.origin('tienda.test')}/login.html`;
    const page = await s.browser.open(url);
    const tabId = await reportedTab(setup, url, 'login');
    const popup = await s.browser.openExtensionPage(`${POPUP}?tab=${tabId}`);
    await popup.waitFor(READY);
    await copyFirstPassword(popup);
    expect(await until(() => readClipboard(popup), (text) => text === secret, 'the password on the clipboard')).toBe(secret);
    await popup.close(); // only the background's alarm and timer are left to clear it
    // Read from a page opened now, once it has the focus (readClipboard).
    const probe = await s.browser.openExtensionPage(POPUP);
    await probe.waitFor(READY);
    const read = () => readClipboard(probe);
    expect(await until(read, (text) => text !== null, 'the focus to reach the new tab')).toBe(secret);
    expect(await until(read, (text) => text !== null && text !== secret, 'the background to clear the clipboard', 20_000)).toBe('');
    await Promise.all([page.close(), probe.close(), setup.close()]);
  });

  // Last in the file: it restarts the browser.
  it('clears a copied password the browser quit before clearing, after the restart', async () => {
    if (!(await s.browser.grantClipboard())) return;
    const setup = await s.browser.openExtensionPage(POPUP);
    await setup.waitFor(READY);
    await sendFrom(setup, 'settings/set', { clipboardClearSeconds: 25 });
    await sendFrom(setup, 'vault/create', { password: 'a sturdy master passphrase' }); // a no-op when a test before made it
    const secret = 'Survives-Restart-5150';
    await sendFrom(setup, 'entries/save', { site: { origins: [s.server.origin('magazin.test')], match: 'site' }, username: 'vera@example.test', password: secret, notes: '' });
    const url = `${s.server.origin('magazin.test')}/login.html`;
    await s.browser.open(url);
    const tabId = await reportedTab(setup, url, 'login');
    const popup = await s.browser.openExtensionPage(`${POPUP}?tab=${tabId}`);
    await popup.waitFor(READY);
    await copyFirstPassword(popup);
    const pending = await until(async () => (await readLocal(setup))['clipboard:clearAt'] as { data: number } | undefined, (v) => v !== undefined, 'the stored clear');
    const at = pending?.data ?? 0;
    expect(at).toBeGreaterThan(Date.now());

    await s.browser.restart(); // before the delay: the timer and the session die with the browser
    expect(Date.now()).toBeLessThan(at);
    const probe = await s.browser.openExtensionPage(POPUP);
    await probe.waitFor(READY);
    expect((await readLocal(probe))['clipboard:clearAt']).toEqual(pending);
    if (name === 'firefox') {
      const read = () => readClipboard(probe);
      // The write, too, waits for the focus: a read that is allowed says the tab has it.
      await until(read, (text) => text !== null, 'the focus to reach the new tab');
      await probe.evaluate((text) => navigator.clipboard.writeText(text), secret);
      expect(await until(read, (text) => text === secret, 'the password put back on the clipboard')).toBe(secret);
      expect(await until(read, (text) => text !== null && text !== secret, 'the restarted background to clear the clipboard', 40_000)).toBe('');
    }
    await until(async () => (await readLocal(probe))['clipboard:clearAt'], (v) => v === undefined, 'the stored clear to be done', 40_000);
    expect(Date.now()).toBeGreaterThanOrEqual(at);
    await probe.close();
  }, 120_000);
});
