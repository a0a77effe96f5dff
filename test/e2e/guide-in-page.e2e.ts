// The guide in the page, in both browsers, on fixture sites: two more recipes started
// from the popup (a Shopify store on its own domain, by path; an eBay-like sign-in), the panel
// framed in the page showing each step as the user goes; the pointer around the step's element,
// following scrolling and surviving a page that removes it; "use a strong password" filling both
// fields; "Trouble signing in?" after a refused login; and the options page's "Change it with
// the guide". Filling and starting a guide are decisive clicks: in the page in Chromium, which
// tells our frame it is seen; in our own window, opened from the panel or card, in Firefox.
import { beforeAll, describe, expect, it } from 'vitest';
import { READY, type TestFrame, type TestPage } from './harness/page';
import { sendFrom } from './harness/browser';
import { BROWSERS, useSuite } from './harness/suite';
import { until } from './harness/until';
import { reportedTab, reviewFrom } from './harness/flows';

const POPUP = 'src/pages/popup/index.html';
const OPTIONS = 'src/pages/options/index.html';
const GUIDE = 'src/guide/ui/index.html';
const PROMPT = 'src/keep/ui/prompt/index.html';
const GUIDE_WINDOW = 'src/guide/ui/window.html';

describe.each(BROWSERS)('guide in the page in %s', (name) => {
  const s = useSuite(name);
  let probe: TestPage;

  beforeAll(async () => {
    probe = await s.browser.openExtensionPage(POPUP);
    expect(await sendFrom(probe, 'vault/create', { password: 'a sturdy master passphrase' })).toMatchObject({ ok: true });
  });

  /** Starts the guide from the popup for the tab, as the user does. */
  async function startFromPopup(tabId: number) {
    const popup = await s.browser.openExtensionPage(`${POPUP}?tab=${tabId}`);
    await popup.waitFor('[data-testid="guide-forgot"]', { timeout: 20_000 });
    await popup.click('[data-testid="guide-forgot"]');
    await popup.waitFor('[data-testid="guide-start"][data-guide="open"]');
    await popup.close();
  }

  /**
   * The panel framed in the page, once it shows `step`. After a submit the frame found first may
   * belong to the page being left (its browsing context then closes under the wait): look again.
   */
  async function panelAt(page: TestPage, step: string): Promise<TestFrame> {
    const deadline = Date.now() + 25_000;
    for (;;) {
      const frame = await until(() => page.frame(GUIDE), (f) => f !== null, 'the in-page guide frame', 15_000);
      if (!frame) throw new Error('no guide frame');
      try {
        await frame.waitFor(`[data-testid="guide"][data-step="${step}"]`, { timeout: 3_000 });
        return frame;
      } catch (error) {
        if (Date.now() > deadline) throw error;
      }
    }
  }

  /**
   * Whether our pointer (the one box of ours in the page that is not a framed panel) is drawn
   * around `selector`: centred on it and enclosing it.
   */
  const pointerAround = (page: TestPage, selector: string) =>
    page.evaluate((sel) => {
      const box = [...document.documentElement.children].find((e) => e.tagName === 'DIV' && !e.hasAttribute('popover'));
      const el = document.querySelector(sel);
      if (!box || !el) return false;
      const b = box.getBoundingClientRect();
      const r = el.getBoundingClientRect();
      const centred = Math.abs(b.left + b.width / 2 - (r.left + r.width / 2)) < 2 && Math.abs(b.top + b.height / 2 - (r.top + r.height / 2)) < 2;
      // Nothing in it for the page to read, and no clicks taken from the page.
      const empty = box.childNodes.length === 0 && box.shadowRoot === null;
      return b.width > r.width && b.height > r.height && centred && empty && getComputedStyle(box).pointerEvents === 'none';
    }, selector);
  const pointerHidden = (page: TestPage) =>
    page.evaluate(() => {
      const box = [...document.documentElement.children].find((e) => e.tagName === 'DIV' && !e.hasAttribute('popover'));
      return !box || box.getBoundingClientRect().width === 0;
    }, null);
  const pointAt = (page: TestPage, selector: string) => until(() => pointerAround(page, selector), (ok) => ok, `the pointer around ${selector}`);

  it('recovers on a Shopify store on its own domain (by path): #recover, the mailed link, signed in', async () => {
    const origin = s.server.origin('boutique.test');
    const shop = await s.browser.open(`${origin}/account/login`);
    const tabId = await reportedTab(probe, `${origin}/account/login`, 'login');
    await startFromPopup(tabId);
    const panel = await panelAt(shop, 'login');
    expect(await panel.text('[data-testid="guide-now"]')).toContain('Forgot your password?');
    await pointAt(shop, '#recover-link');

    // Shopify swaps the recover form in at #recover: no new document, the panel follows.
    await shop.click('#recover-link');
    await panelAt(shop, 'recover-form');
    await pointAt(shop, '#RecoverEmail');
    await shop.fill('#RecoverEmail', 'ann@mail.test');
    await shop.click('#recover_customer_password button[type="submit"]');
    const sent = await panelAt(shop, 'check-email');
    expect(await sent.text('[data-testid="guide-tips"]')).toContain('Spam');

    const mail = await s.browser.open(`${s.server.origin('mail.test')}/inbox.html`);
    await mail.waitFor('#boutique-reset[href]');
    const link = (await mail.attr('#boutique-reset', 'href')) ?? '';
    const reset = await s.browser.open(link);
    await reportedTab(probe, link, 'set-new-password');
    await panelAt(reset, 'reset-form');
    await pointAt(reset, '#password');
    await reset.fill('#password', 'Boutique-New-Pass-4');
    await reset.fill('#password_confirmation', 'Boutique-New-Pass-4');
    await reset.click('button[type="submit"]');
    const done = await panelAt(reset, 'signed-in');
    expect(await done.evaluate(() => document.querySelector('li[data-step="reset-form"]')?.getAttribute('data-state'), null)).toBe('done');
    for (const page of [mail, reset, shop]) await page.close();
  });

  it('recovers on an eBay-like sign-in from the popup; the pointer follows scrolling and survives a page that removes its element', async () => {
    const origin = s.server.origin('signin.ebay.com');
    const shop = await s.browser.open(`${origin}/signin.html`);
    const tabId = await reportedTab(probe, `${origin}/signin.html`, 'login');
    await startFromPopup(tabId);
    const panel = await panelAt(shop, 'login');
    expect(await panel.evaluate(() => document.querySelector('[data-testid="guide"]')?.getAttribute('data-recipe'), null)).toBe('ebay');
    // "Reset your password": the link the forgot signal stands for (found by its address).
    await pointAt(shop, '#reset-link');
    // The page scrolls: the pointer stays on the link.
    await shop.evaluate(() => {
      document.body.style.paddingBottom = '3000px';
      document.body.style.paddingTop = '600px';
      window.scrollTo(0, 400);
    }, null);
    await pointAt(shop, '#reset-link');

    await shop.click('#reset-link');
    await panelAt(shop, 'enter-account');
    await pointAt(shop, '#email');
    // The page renders the pointed field anew (as frameworks do): the pointer finds the new one.
    await shop.evaluate(() => {
      const old = document.getElementById('email');
      const field = old?.cloneNode() as HTMLInputElement | undefined;
      if (!old || !field) return;
      field.id = 'email2';
      old.replaceWith(field);
    }, null);
    await pointAt(shop, '#email2');
    // The page takes the form away (an SPA moving on): the step is no longer on the page, so
    // nothing is pointed at and the panel stays, waiting for the next page.
    await shop.evaluate(() => document.getElementById('fpp')?.remove(), null);
    await until(() => pointerHidden(shop), (hidden) => hidden, 'the pointer hidden with nothing to point at');
    const waiting = await panelAt(shop, 'enter-account');
    await waiting.waitFor('[data-testid="guide"][data-on-page="false"]');
    expect(await waiting.text('[data-testid="guide-now"]')).toContain('next page');

    await shop.goto(`${origin}/verify.html`);
    const verify = await panelAt(shop, 'choose-method');
    expect(await verify.text('[data-testid="guide-tips"]')).toContain('SMS');
    await shop.click('#by-email');
    await panelAt(shop, 'enter-code');
    await pointAt(shop, '#code');
    await shop.fill('#code', '123456');
    await shop.click('button[type="submit"]');
    await panelAt(shop, 'new-password');
    await shop.fill('#new', 'Ebay-New-Pass-5');
    await shop.fill('#confirm', 'Ebay-New-Pass-5');
    await shop.click('button[type="submit"]');
    await panelAt(shop, 'success');
    await shop.close();
  });

  it('"use a strong password" fills both fields with a compliant password, saved for the entry the guide is for', async () => {
    const origin = s.server.origin('signin.ebay.com');
    const site = { origins: [origin], match: 'site' as const };
    const other = await sendFrom(probe, 'entries/save', { site, username: 'bob@mail.test', password: 'Bob-Old-Pass-1', notes: '' });
    const saved = await sendFrom(probe, 'entries/save', { site, username: 'ann@mail.test', password: 'Ann-Old-Pass-1', notes: '' });
    if (!saved.ok || !other.ok) throw new Error('entries not saved');
    const shop = await s.browser.open(`${origin}/reset.html`);
    const tabId = await reportedTab(probe, `${origin}/reset.html`, 'forgot-password');
    expect(await sendFrom(probe, 'guide/start', { tabId, flow: 'recover', entryId: saved.value.id })).toMatchObject({ ok: true });
    await panelAt(shop, 'enter-account');
    await shop.goto(`${origin}/new.html`);
    const panel = await panelAt(shop, 'new-password');
    await pointAt(shop, '#new');
    const armed = '[data-testid="guide-new-password"][data-armed="true"]';
    // Firefox cannot tell the panel whether it is seen: it fills from the guide's own window.
    const filler = name === 'chromium' ? panel : await reviewFrom(s.browser, panel, armed, `${GUIDE_WINDOW}?tab=${tabId}`);
    if (name === 'firefox') expect(await panel.evaluate(() => document.querySelector('[data-testid="guide-generate"]'), null)).toBeNull();
    await filler.waitFor(armed);
    await filler.click('[data-testid="guide-generate"]');
    await filler.waitFor('[data-testid="guide-fill-note"][data-filled="true"]', { timeout: 10_000 });
    const values = await shop.evaluate(() => ['new', 'confirm'].map((id) => (document.getElementById(id) as HTMLInputElement).value), null);
    const shown = await filler.evaluate(() => (document.querySelector('[data-testid="guide-candidate"]') as HTMLInputElement).value, null);
    expect(values).toEqual([shown, shown]);
    expect(shown.length).toBeGreaterThanOrEqual(8);
    expect(await filler.evaluate(() => document.querySelector('[data-testid="guide-new-password"]')?.getAttribute('data-fits'), null)).toBe('true');
    // Kept at once (Keep's generated path), for the entry the guide was started for, not the other.
    await until(() => sendFrom(probe, 'entries/password', { id: saved.value.id }), (r) => r.ok && r.value.password === shown, 'the generated password in the guided entry');
    expect(await sendFrom(probe, 'entries/password', { id: other.value.id })).toEqual({ ok: true, value: { password: 'Bob-Old-Pass-1' } });

    await shop.click('button[type="submit"]');
    await panelAt(shop, 'success');
    // Nothing is offered twice: the password the site took is the one already kept.
    const offers = await sendFrom(probe, 'keep/offers', { tabId });
    expect(offers.ok && offers.value.offers.filter((o) => !o.dismissed && o.kind === 'save')).toEqual([]);
    for (const id of [saved.value.id, other.value.id]) await sendFrom(probe, 'entries/delete', { id });
    if (filler !== panel) await (filler as TestPage).close();
    await shop.close();
  });

  it('after a refused login, "Trouble signing in?" in the page starts the reset guide for that tab', async () => {
    const origin = s.server.origin('signin.ebay.com');
    const shop = await s.browser.open(`${origin}/signin.html`);
    const tabId = await reportedTab(probe, `${origin}/signin.html`, 'login');
    // Any guide for the site is closed: the card is for users the guide is not walking yet.
    const before = await sendFrom(probe, 'guide/state', { tabId });
    if (before.ok && before.value.guide) await sendFrom(probe, 'guide/dismiss', { guideId: before.value.guide.id });
    await shop.fill('#userid', 'ann@mail.test');
    await shop.fill('#pass', 'not-my-password');
    await shop.evaluate(() => document.getElementById('signin-form')?.setAttribute('action', '/wrong.html'), null);
    await shop.click('#sgnBt');
    const card = await until(() => shop.frame(PROMPT), (f) => f !== null, 'the card after the refused login', 15_000);
    if (!card) throw new Error('no card');
    await card.waitFor('[data-testid="trouble"][data-armed="true"]', { timeout: 10_000 });
    expect(await card.text('[data-testid="trouble"]')).toContain('signin.ebay.com');
    // Firefox: the card opens our review window, which asks the same and starts the guide.
    const surface = name === 'chromium' ? card : await reviewFrom(s.browser, card, '[data-testid="trouble"][data-armed="true"]');
    expect(await surface.text('[data-testid="trouble"]')).toContain('signin.ebay.com');
    await surface.click('[data-testid="trouble-start"]');
    await until(() => shop.frame(PROMPT), (f) => f === null, 'the card to close');
    const panel = await panelAt(shop, 'login');
    expect(await panel.evaluate(() => document.querySelector('[data-testid="guide"]')?.getAttribute('data-state'), null)).toBe('open');
    const state = await sendFrom(probe, 'guide/state', { tabId });
    expect(state).toMatchObject({ ok: true, value: { guide: { recipeId: 'ebay', flow: 'recover', status: 'open' } } });
    await shop.close();
  });

  it('"Change it with the guide" in the options page opens the change page in a new tab with the guide for the entry', async () => {
    const origin = s.server.origin('dsers.com');
    s.server.route('dsers.com', 'GET', '/.well-known/resource-that-should-not-exist-whose-status-code-should-not-be-200', (_req, res) => {
      res.writeHead(404, { 'access-control-allow-origin': '*' }).end();
    });
    s.server.route('dsers.com', 'GET', '/.well-known/change-password', (_req, res) => {
      res.writeHead(302, { location: '/guide-account.html' }).end();
    });
    const saved = await sendFrom(probe, 'entries/save', { site: { origins: [origin], match: 'site' }, username: 'ann@mail.test', password: 'Dsers-Weak-1', notes: '' });
    if (!saved.ok) throw new Error(saved.error.message);
    const options = await s.browser.openExtensionPage(OPTIONS);
    // The table renders after the page's first answers: fill its filter once it is there.
    await options.waitFor(READY);
    await options.waitFor('[data-testid="entries-count"]', { timeout: 15_000 });
    await options.fill('[data-testid="entries-site"]', 'dsers.com');
    await options.waitFor('[data-testid="entries-count"][data-total="1"]', { timeout: 15_000 });
    await options.click('[data-testid="row-edit"]');
    await options.waitFor('[data-testid="change-with-guide"]');
    await options.click('[data-testid="change-with-guide"]');
    const tabId = await reportedTab(probe, `${origin}/guide-account.html`, 'none');
    const state = await until(
      () => sendFrom(probe, 'guide/state', { tabId }),
      (r) => r.ok && r.value.guide?.current?.id === 'account-settings',
      'the change guide on the account page',
    );
    expect(state).toMatchObject({ ok: true, value: { guide: { recipeId: 'dsers', flow: 'change', entryId: saved.value.id } } });
    await options.close();
  });
});
