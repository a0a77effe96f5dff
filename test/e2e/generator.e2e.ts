// The popup's generator on a page whose password field has a maxlength: the generated password
// fits the field (a longer one would be cut short by the page and saved in full by us), and the
// popup says why it is shorter than asked.
import { describe, expect, it } from 'vitest';
import { sendFrom, tabIdOf } from './harness/browser';
import { READY } from './harness/page';
import { BROWSERS, useSuite } from './harness/suite';
import { until } from './harness/until';

const POPUP = 'src/pages/popup/index.html';

describe.each(BROWSERS)('generator in %s', (name) => {
  const s = useSuite(name);

  it('keeps a generated password within the page field\'s maxlength', async () => {
    const setup = await s.browser.openExtensionPage(POPUP);
    await setup.waitFor(READY);
    await sendFrom(setup, 'vault/create', { password: 'a sturdy master passphrase' });
    const url = `${s.server.origin('shop.test')}/register.html`;
    const page = await s.browser.open(url);
    const tabId = await tabIdOf(setup, url);
    // The popup reads the report the background holds: reopen it until the signup form is in it.
    const popup = await until(
      async () => {
        const candidate = await s.browser.openExtensionPage(`${POPUP}?tab=${tabId}`);
        await candidate.waitFor(READY);
        if ((await candidate.attr('[data-testid="page-summary"]', 'data-page-class')) === 'signup') return candidate;
        await candidate.close();
        return null;
      },
      (found) => found !== null,
      'the popup to show the signup form',
    );
    if (!popup) throw new Error('unreachable');
    await popup.click('[data-testid="add-entry"]');
    await popup.waitFor('[data-testid="generator"]');
    expect(await popup.evaluate(() => (document.querySelector('#generate-length') as HTMLInputElement).value, null)).toBe('20');
    await popup.click('[data-testid="generate"]');
    const password = await until(
      () => popup.evaluate(() => (document.querySelector('#entry-password') as HTMLInputElement).value, null),
      (value) => value.length > 0,
      'a generated password',
    );
    expect(password).toHaveLength(12);
    expect(await popup.text('[data-testid="generate-note"]')).toContain('12');
    await Promise.all([popup.close(), page.close(), setup.close()]);
  });
});
