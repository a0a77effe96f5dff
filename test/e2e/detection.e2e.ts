// Detection runs in the built content script and its report reaches the popup, including forms
// a page adds after load, and forms only a script's words tell apart (the background, which
// classifies the content script's snapshots, has every script's lists).
import { describe, expect, it } from 'vitest';
import { sendFrom, tabIdOf } from './harness/browser';
import { READY } from './harness/page';
import { BROWSERS, useSuite } from './harness/suite';
import { until } from './harness/until';

const POPUP = 'src/pages/popup/index.html';

describe.each(BROWSERS)('detection in %s', (name) => {
  const s = useSuite(name);

  it.each([
    ['login.html', 'login', 'sign-in form', 'shop.test'],
    ['account.html', 'change-password', 'change-password form', 'shop.test'],
    ['zabyli-parol.html', 'forgot-password', 'forgot-password form', 'magazin.test'],
  ])('%s shows as %s in the popup', async (file, pageClass, words, host) => {
    const url = `${s.server.origin(host)}/${file}`;
    const page = await s.browser.open(url);
    const probe = await s.browser.openExtensionPage(POPUP);
    const tabId = await tabIdOf(probe, url);
    // The popup reads what the background holds; reopen it until the report has arrived.
    const summary = await until(
      async () => {
        const popup = await s.browser.openExtensionPage(`${POPUP}?tab=${tabId}`);
        await popup.waitFor(READY);
        const seen = { pageClass: await popup.attr('[data-testid="page-summary"]', 'data-page-class'), text: await popup.text('[data-testid="page-summary"]') };
        await popup.close();
        return seen;
      },
      (seen) => seen.pageClass === pageClass,
      `the popup to show ${pageClass}`,
    );
    expect(summary.text).toContain(words);
    await Promise.all([page.close(), probe.close()]);
  });

  // The content script only reads the page; the background classifies. A report sent while Chrome
  // has stopped the idle worker wakes it, and is classified and kept, not lost.
  it('a change reported to a stopped background wakes it and reaches the popup', async () => {
    const url = `${s.server.origin('shop.test')}/login.html`;
    const page = await s.browser.open(url);
    const probe = await s.browser.openExtensionPage(POPUP);
    const tabId = await tabIdOf(probe, url);
    const classOf = async () => {
      const state = await sendFrom(probe, 'tab/state', { tabId });
      return state.ok ? state.value.report?.pageClass : undefined;
    };
    await until(classOf, (c) => c === 'login', 'the login page reported');
    await probe.close();
    expect(await s.browser.stopWorker()).toBe(true);
    await until(() => s.browser.workerRunning(), (running) => !running, 'the worker stopped');
    await page.evaluateScript(`document.body.innerHTML = '<h1>Change your password</h1><form id="change"><input type="password" autocomplete="current-password"><input type="password" autocomplete="new-password"><input type="password" autocomplete="new-password"><button>Change password</button></form>'`);
    // No page of ours is open: only the content script's report can wake the worker.
    await until(() => s.browser.workerRunning(), (running) => running, 'the report to wake the worker');
    const again = await s.browser.openExtensionPage(POPUP);
    const after = await until(async () => {
      const state = await sendFrom(again, 'tab/state', { tabId });
      return state.ok ? state.value.report?.pageClass : undefined;
    }, (c) => c === 'change-password', 'the change reported to the stopped worker');
    expect(after).toBe('change-password');
    await Promise.all([page.close(), again.close()]);
  });
});
