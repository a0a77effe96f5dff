// The content script stops when the extension context goes away (update, reload, disable).
// Chromium leaves the old script running in open pages with a dead runtime, so it must notice
// and tear down itself. Firefox unloads an extension's content scripts with the extension, so
// there is nothing left to observe there.
import { describe, expect, it } from 'vitest';
import { tabIdOf } from './harness/browser';
import { BROWSERS, useSuite } from './harness/suite';
import { until } from './harness/until';

describe.runIf(BROWSERS.includes('chromium'))('content script lifetime in chromium', () => {
  const s = useSuite('chromium');

  it('tears down when the extension reloads', async () => {
    const url = `${s.server.origin('shop.test')}/login.html`;
    const page = await s.browser.open(url);
    const probe = await s.browser.openExtensionPage('src/pages/popup/index.html');
    await tabIdOf(probe, url); // the content script is running and has said hello
    await probe.evaluate(() => {
      // Reloading closes this page; do it after the evaluate returns.
      setTimeout(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload(), 50);
    }, null);
    const lines = await until(
      async () => page.consoleLines(),
      (seen) => seen.some((line) => line.includes('content script stopped')),
      'the orphaned content script to stop',
    );
    expect(lines.filter((line) => line.includes('feature failed'))).toEqual([]);
    await page.close();
  });
});
