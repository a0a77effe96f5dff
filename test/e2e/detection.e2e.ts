// Detection runs in the built content script and its report reaches the popup, including forms
// a page adds after load, and forms only a script's words tell apart (the content script asks the
// background for the Cyrillic lists: detect/content/keyword-loader.ts).
import { describe, expect, it } from 'vitest';
import { tabIdOf } from './harness/browser';
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
});
