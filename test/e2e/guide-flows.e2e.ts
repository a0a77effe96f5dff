// The guide in the page, in both browsers, through every step of the flows users follow from the
// seeds (../shared/seeds), on fixture sites that answer as shops do: the AliExpress recovery
// across the slider check, the choice of method, a wrong code then the right one, the rules-checked
// new password and a success said in a plain heading; the AliExpress change by the form (answered
// by a toast drawn after load) and through the code pages; the DSers recovery with its pop-up
// window, the "email sent" notice above the login form and the reset link in a new tab; the
// DSers change ending back at its sign-in page. At each end the panel says what became of the
// password, and closes itself.
import { beforeAll, describe, expect, it } from 'vitest';
import { sendFrom } from './harness/browser';
import { decisionSurface, reportedTab } from './harness/flows';
import { GUIDE_PAGE, panelAt, reached, startGuideFromPopup } from './harness/guide';
import type { TestFrame, TestPage } from './harness/page';
import { BROWSERS, useSuite } from './harness/suite';
import { until } from './harness/until';

const POPUP = 'src/pages/popup/index.html';

describe.each(BROWSERS)('guide flows in %s', (name) => {
  const s = useSuite(name);
  let probe: TestPage;

  beforeAll(async () => {
    probe = await s.browser.openExtensionPage(POPUP);
    expect(await sendFrom(probe, 'vault/create', { password: 'a sturdy master passphrase' })).toMatchObject({ ok: true });
  });

  /** The panel at `step` on `page`, noted for the pass table. */
  async function at(page: TestPage, flow: string, step: string): Promise<TestFrame> {
    const panel = await panelAt(page, step);
    reached(name, flow, step);
    return panel;
  }

  const has = (panel: TestFrame, selector: string) => panel.evaluate((sel) => document.querySelector(sel) !== null, selector);

  it('AliExpress recovery: every step, a wrong code, a plain-heading success, and an honest end', async () => {
    const flow = 'aliexpress recover';
    const origin = s.server.origin('login.aliexpress.com');
    const saved = await sendFrom(probe, 'entries/save', { site: { origins: [origin], match: 'site' }, username: 'ann@mail.test', password: 'OldPass1', notes: '' });
    if (!saved.ok) throw new Error(saved.error.message);
    const shop = await s.browser.open(`${origin}/flow/login.html`);
    const tabId = await reportedTab(probe, `${origin}/flow/login.html`, 'login');
    await startGuideFromPopup(s.browser, tabId, 'recover');
    await at(shop, flow, 'login');

    await shop.click('#forgot');
    await at(shop, flow, 'enter-account');
    await shop.type('#login-id', 'ann@mail.test');
    await shop.click('button[type="submit"]');
    const slider = await at(shop, flow, 'slider-check');
    expect(await slider.text('[data-testid="guide-now"]')).toContain('slider');
    await shop.click('#nc_1_n1z');
    await shop.click('#request');
    const choose = await at(shop, flow, 'choose-method');
    expect(await choose.text('[data-testid="guide-tips"]')).toContain('SMS');
    await shop.click('#by-email');
    await at(shop, flow, 'enter-code');

    // A wrong code: the site says so in a plain line under the box, a moment later.
    await shop.fill('#otp', '000000');
    await shop.click('button[type="submit"]');
    const wrong = await panelAt(shop, 'enter-code');
    await wrong.waitFor('[data-testid="guide-notice"][data-notice="code-wrong"]', { timeout: 10_000 });
    expect(await wrong.text('[data-testid="guide-notice"]')).toContain('newest code');
    await shop.fill('#otp', '482913');
    await shop.click('button[type="submit"]');
    const reset = await at(shop, flow, 'new-password');
    expect(await has(reset, '[data-testid="guide-notice"]')).toBe(false);
    await reset.waitFor('[data-testid="guide-new-password"]');

    await shop.type('#new', 'Mine4RealX');
    await shop.type('#confirm', 'Mine4RealX');
    await shop.click('button[type="submit"]');
    const done = await at(shop, flow, 'success');
    // The controls of the step before are gone with it.
    expect(await has(done, '[data-testid="guide-new-password"]')).toBe(false);
    expect(await has(done, '[data-testid="guide-generate"]')).toBe(false);
    // Keep asks to update the entry; the panel says so, and once the user agrees, says it is saved.
    await done.waitFor('[data-testid="guide-outcome"][data-outcome="offer"]', { timeout: 15_000 });
    await (await decisionSurface(s.browser, shop)).click('[data-testid="prompt-accept"]');
    await done.waitFor('[data-testid="guide-outcome"][data-outcome="pending"]', { timeout: 10_000 });
    const said = await done.text('[data-testid="guide-outcome"]');
    expect(said).toContain('Saved: your AliExpress entry now has the new password');
    expect(said).toContain('Sign in once with the new password to confirm');
    expect(await sendFrom(probe, 'entries/password', { id: saved.value.id })).toEqual({ ok: true, value: { password: 'Mine4RealX' } });
    // Then it closes itself (the user can resume it from the popup).
    await until(() => shop.frame(GUIDE_PAGE), (f) => f === null, 'the finished guide to close itself', 20_000);
    expect(await sendFrom(probe, 'guide/state', { tabId })).toMatchObject({ ok: true, value: { guide: { status: 'dismissed', current: { id: 'success' } } } });
    await sendFrom(probe, 'entries/delete', { id: saved.value.id });
    await shop.close();
  });

  it('AliExpress change by the form: the answer is a toast drawn after load', async () => {
    const flow = 'aliexpress change (form)';
    const origin = s.server.origin('aliexpress.com');
    const shop = await s.browser.open(`${origin}/account/index.html`);
    const tabId = await reportedTab(probe, `${origin}/account/index.html`, 'none');
    await startGuideFromPopup(s.browser, tabId, 'change');
    await at(shop, flow, 'my-aliexpress');
    await shop.click('#change');
    const form = await at(shop, flow, 'change-form');
    await form.waitFor('[data-testid="guide-new-password"]');
    await shop.type('#old', 'OldPass1');
    await shop.type('#new', 'NewPass22');
    await shop.type('#confirm', 'NewPass22');
    await shop.click('button[type="submit"]');
    const done = await at(shop, flow, 'change-success');
    expect(await has(done, '[data-testid="guide-new-password"]')).toBe(false);
    // No entry for the site: Keep offers to save it, and the panel says where to answer.
    await done.waitFor('[data-testid="guide-outcome"]', { timeout: 15_000 });
    await shop.close();
  });

  it('AliExpress change through the code pages, ending on a Russian heading', async () => {
    const flow = 'aliexpress change (code)';
    const origin = s.server.origin('aliexpress.com');
    const shop = await s.browser.open(`${origin}/account/index.html`);
    const tabId = await reportedTab(probe, `${origin}/account/index.html`, 'none');
    await startGuideFromPopup(s.browser, tabId, 'change');
    await at(shop, flow, 'my-aliexpress');
    // Some accounts are sent through the recovery pages instead (seed 003).
    await shop.goto(`${origin}/account/verify.html`);
    await at(shop, flow, 'change-verify');
    await shop.fill('#otp', '123456');
    await shop.click('button[type="submit"]');
    await at(shop, flow, 'change-new-password');
    await shop.type('#new', 'NewPass33');
    await shop.type('#confirm', 'NewPass33');
    await shop.click('button[type="submit"]');
    const done = await at(shop, flow, 'change-success');
    await done.waitFor('[data-testid="guide-outcome"]', { timeout: 15_000 });
    await shop.close();
  });

  it('DSers recovery: the pop-up window, the notice above the login form, the link in a new tab', async () => {
    const flow = 'dsers recover';
    const origin = s.server.origin('dsers.com');
    const shop = await s.browser.open(`${origin}/flow/login.html`);
    const tabId = await reportedTab(probe, `${origin}/flow/login.html`, 'login');
    await startGuideFromPopup(s.browser, tabId, 'recover');
    await at(shop, flow, 'login');
    await shop.click('#forgot');
    await at(shop, flow, 'enter-email');
    await shop.type('#forgot-email', 'ann@mail.test');
    await shop.click('#send');
    const sent = await at(shop, flow, 'open-mail');
    expect(await sent.text('[data-testid="guide-now"]')).toContain('Reset password');

    const mail = await s.browser.open(`${s.server.origin('mail.test')}/inbox.html`);
    await mail.waitFor('#dsers-flow-reset[href]');
    const link = (await mail.attr('#dsers-flow-reset', 'href')) ?? '';
    const reset = await s.browser.open(link);
    await reportedTab(probe, link, 'set-new-password');
    await at(reset, flow, 'new-password');
    await reset.type('#new', 'Dsers-New-Pass-9');
    await reset.type('#confirm', 'Dsers-New-Pass-9');
    await reset.click('button[type="submit"]');
    const done = await at(reset, flow, 'success');
    await done.waitFor('[data-testid="guide-outcome"]', { timeout: 15_000 });
    // DSers then shows its login screen: the flow is over, the guide does not start again.
    await reportedTab(probe, `${origin}/flow/login.html?reset=done`, 'login');
    expect(await sendFrom(probe, 'guide/state', { tabId })).toMatchObject({ ok: true, value: { guide: { current: { id: 'success' } } } });
    for (const page of [mail, reset, shop]) await page.close();
  });

  it('DSers change: Setting, the window with old and new password, back at the sign-in page', async () => {
    const flow = 'dsers change';
    const origin = s.server.origin('dsers.com');
    s.server.route('dsers.com', 'GET', '/.well-known/resource-that-should-not-exist-whose-status-code-should-not-be-200', (_req, res) => {
      res.writeHead(404, { 'access-control-allow-origin': '*' }).end();
    });
    s.server.route('dsers.com', 'GET', '/.well-known/change-password', (_req, res) => {
      res.writeHead(302, { location: '/flow/account.html' }).end();
    });
    const shop = await s.browser.open(`${origin}/guide-done.html`);
    const tabId = await reportedTab(probe, `${origin}/guide-done.html`, 'none');
    await startGuideFromPopup(s.browser, tabId, 'change');
    await at(shop, flow, 'account-settings');
    await shop.click('#change');
    const form = await at(shop, flow, 'change-form');
    await form.waitFor('[data-testid="guide-new-password"]');
    await shop.type('#old', 'Dsers-Old-Pass-1');
    await shop.type('#new', 'Dsers-New-Pass-2');
    await shop.type('#confirm', 'Dsers-New-Pass-2');
    await shop.click('#change-form button[type="submit"]');
    const back = await at(shop, flow, 'sign-in-again');
    await back.waitFor('[data-testid="guide-outcome"]', { timeout: 15_000 });
    await shop.close();
  });
});
