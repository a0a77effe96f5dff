// A hostile website against our two web-accessible pages (the in-page prompt and the guide), in
// both browsers. Any website may load them, so they act only framed in a page by our content
// script, for that page's tab, and never with the trust of the popup:
// - loaded top-level (a link, a window, location.href) with `?tab=` of another tab, they show
//   nothing, and the background answers nothing they ask (shared/protocol/sender.ts);
// - the guide's "Use a strong password" is a decisive click like the prompt's Save: in Chromium
//   refused while the page covers the panel; in Firefox never taken in the page at all.
import { beforeAll, describe, expect, it } from 'vitest';
import { sendFrom } from './harness/browser';
import { reportedTab } from './harness/flows';
import type { TestFrame, TestPage } from './harness/page';
import { BROWSERS, useSuite } from './harness/suite';
import { until } from './harness/until';

const POPUP = 'src/pages/popup/index.html';
const GUIDE = 'src/guide/ui/index.html';
const PROMPT = 'src/keep/ui/prompt/index.html';

/** The extension API as our page has it (`browser` in Firefox, `chrome` in Chromium). */
interface Api { runtime: { sendMessage(message: unknown): Promise<unknown> } }

describe.each(BROWSERS)('our framed pages against a hostile website in %s', (name) => {
  const s = useSuite(name);
  let probe: TestPage;

  beforeAll(async () => {
    probe = await s.browser.openExtensionPage(POPUP);
    expect(await sendFrom(probe, 'vault/create', { password: 'a sturdy master passphrase' })).toMatchObject({ ok: true });
  });

  /** A tab on `host`'s new-password page with the recover guide open on it: its panel is framed there. */
  async function guidedNewPasswordPage(host: string): Promise<{ page: TestPage; tabId: number; panel: TestFrame }> {
    const url = `${s.server.origin(host)}/new.html`;
    const page = await s.browser.open(url);
    const tabId = await reportedTab(probe, url, 'set-new-password');
    expect(await sendFrom(probe, 'guide/start', { tabId, flow: 'recover', entryId: null })).toMatchObject({ ok: true });
    const panel = await until(() => page.frame(GUIDE), (f) => f !== null, 'the in-page guide', 20_000);
    if (!panel) throw new Error('no guide panel');
    await panel.waitFor('[data-testid="guide-new-password"][data-armed="true"]', { timeout: 20_000 });
    return { page, tabId, panel };
  }

  const fieldValues = (page: TestPage) => page.evaluate(() => ['new', 'confirm'].map((id) => (document.getElementById(id) as HTMLInputElement).value), null);

  it('a website loading our web-accessible pages top-level, naming another tab, sees nothing and can ask nothing', async () => {
    const victim = await guidedNewPasswordPage('signin.ebay.com');
    // The address the content script frames our pages at: in Chrome the per-session dynamic one,
    // which a page cannot guess but may learn; the test gives it to the attacker outright.
    const evil = await s.browser.open(`${s.server.origin('evil.test')}/account.html`);
    for (const path of [GUIDE, PROMPT]) {
      const framedAt = await victim.page.framedUrl(path);
      const target = `${framedAt}?tab=${victim.tabId}`;
      await evil.evaluate((url) => void (location.href = url), target);
      const extensionScheme = `${framedAt.split('//')[0]}`;
      await until(() => evil.evaluate(() => `${location.protocol} ${location.pathname} ${document.readyState}`, null).catch(() => ''), (at) => at === `${extensionScheme} /${path} complete`, `${path} loaded top-level`);
      // Our page: blank. The guide page would have rendered the moment its strings loaded, which
      // is when it sets its title.
      if (path === GUIDE) await until(() => evil.evaluate(() => document.title, null), (title) => title !== 'Latchkey', 'the guide page started');
      // What the page itself could ask, if it asked: the background refuses a web-accessible page
      // that is not framed, whatever tab it names.
      const asked = await evil.evaluate(async ([tabId]) => {
        const api = ((globalThis as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome);
        const ask = (type: string, payload: unknown) => api.runtime.sendMessage({ type, payload });
        return [
          await ask('guide/state', { tabId }),
          await ask('keep/offers', { tabId }),
          await ask('fill/generated', { tabId, password: 'Planted-By-Evil-1' }),
          await ask('status', {}),
        ];
      }, [victim.tabId] as const);
      for (const reply of asked) expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(await evil.evaluate(() => document.getElementById('app')?.childElementCount ?? 0, null)).toBe(0);
    }
    expect(await fieldValues(victim.page)).toEqual(['', '']);
    await evil.close();
    await victim.page.close();
  });

  it('"Use a strong password" while the page covers the panel fills nothing', async () => {
    const { page, panel } = await guidedNewPasswordPage('evil.test');
    await page.evaluate(() => (window as unknown as { attack(n: string): Promise<void> }).attack('shadow-popover'), null);
    if (name === 'firefox') {
      // Firefox cannot tell the panel whether it is seen: nothing in the page fills; the panel
      // sends the user to the guide's own window.
      expect(await panel.evaluate(() => [...document.querySelectorAll('[data-testid="guide-new-password"] button')].map((b) => b.getAttribute('data-testid')), null)).toEqual(['decide-review']);
    } else {
      const box = await panel.box('[data-testid="guide-generate"]');
      await page.clickAt(box.x + box.width / 2, box.y + box.height / 2);
      await panel.waitFor('[data-testid="decision-refused"]');
    }
    expect(await fieldValues(page)).toEqual(['', '']);
    await page.close();
  });
});
