// The guide panel in the shop's page, in both browsers: it never covers what the user must click,
// on a wide window and on a 360 px wide one; it can be dragged (the spot is kept for the site, on
// the next pages and for the next guide there) and moved with the arrow keys; folded, it is a small
// pill on every page of the site until unfolded.
import { beforeAll, describe, expect, it } from 'vitest';
import { sendFrom } from './harness/browser';
import { reportedTab } from './harness/flows';
import { boxOf, clickable, overlap, panelAt, panelBox, steadyPanelBox, type Box } from './harness/guide';
import type { TestPage } from './harness/page';
import { BROWSERS, useSuite } from './harness/suite';
import { until } from './harness/until';

const POPUP = 'src/pages/popup/index.html';

describe.each(BROWSERS)('guide panel in %s', (name) => {
  const s = useSuite(name);
  let probe: TestPage;

  beforeAll(async () => {
    probe = await s.browser.openExtensionPage(POPUP);
    expect(await sendFrom(probe, 'vault/create', { password: 'a sturdy master passphrase' })).toMatchObject({ ok: true });
  });

  const settled = async (page: TestPage, check: (box: Box) => boolean, what: string): Promise<Box> =>
    (await until(() => panelBox(page), (b) => b !== null && check(b), what)) as Box;

  it('keeps clear of the form to fill on a 360 px wide window, and the form stays clickable', async () => {
    const origin = s.server.origin('magazin.test');
    const shop = await s.browser.open(`${origin}/ru/novyi-parol.html?token=narrow`);
    await shop.resize(360, 640);
    const tabId = await reportedTab(probe, `${origin}/ru/novyi-parol.html?token=narrow`, 'set-new-password');
    expect(await sendFrom(probe, 'guide/start', { tabId, flow: 'recover', entryId: null })).toMatchObject({ ok: true });
    await panelAt(shop, 'new-password');
    const form = (await boxOf(shop, '#novyi')) as Box;
    const panel = await settled(shop, (b) => !overlap(b, form), 'the panel clear of the form');
    expect(panel.x).toBeGreaterThanOrEqual(0);
    expect(panel.x + panel.w).toBeLessThanOrEqual(360);
    expect(panel.y + panel.h).toBeLessThanOrEqual(640);
    for (const selector of ['#novyi-parol', '#povtor', '#novyi button[type="submit"]']) expect(await clickable(shop, selector), selector).toBe(true);
    await shop.close();
  });

  it('moves away from the element it points at', async () => {
    const origin = s.server.origin('login.aliexpress.com');
    const shop = await s.browser.open(`${origin}/flow/login.html`);
    await shop.resize(1280, 800);
    const tabId = await reportedTab(probe, `${origin}/flow/login.html`, 'login');
    // The page puts its sign-in form bottom left, where the panel starts.
    await shop.evaluate(() => document.body.setAttribute('style', 'max-width:420px;margin:0;position:absolute;left:16px;bottom:16px;font:16px sans-serif'), null);
    expect(await sendFrom(probe, 'guide/start', { tabId, flow: 'recover', entryId: null })).toMatchObject({ ok: true });
    await panelAt(shop, 'login');
    const form = (await boxOf(shop, '#login')) as Box;
    await settled(shop, (b) => !overlap(b, form), 'the panel clear of the sign-in form');
    expect(await clickable(shop, '#forgot')).toBe(true);
    await shop.close();
  });

  it('is dragged by its grip, keeps the spot on the next pages and for the next guide, and moves with the arrow keys', async () => {
    const origin = s.server.origin('dsers.com');
    const shop = await s.browser.open(`${origin}/guide-login.html`);
    await shop.resize(1280, 800);
    const tabId = await reportedTab(probe, `${origin}/guide-login.html`, 'login');
    expect(await sendFrom(probe, 'guide/start', { tabId, flow: 'recover', entryId: null })).toMatchObject({ ok: true });
    const panel = await panelAt(shop, 'login');
    const before = await steadyPanelBox(shop, (b) => b.x < 100, 'the panel steady in its corner');
    const grip = (await panel.evaluate(() => {
      const r = document.querySelector('[data-testid="guide-grip"]')?.getBoundingClientRect();
      return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
    }, null)) as { x: number; y: number };
    const from = { x: before.x + grip.x, y: before.y + grip.y };
    // Pressed on the grip, the frame grows to the window before it follows the pointer
    // (guide/ui/use-placement.ts); moves before that are the panel's own and are not followed.
    const grown = () => until(() => panelBox(shop), (b) => b !== null && b.w >= 1279, 'the frame grown to the window for the drag');
    await shop.drag(from, { x: from.x + 300, y: from.y - 120 }, grown);
    const dragged = await settled(shop, (b) => Math.abs(b.x - (before.x + 300)) < 8 && Math.abs(b.y - (before.y - 120)) < 8, 'the panel where it was dropped');

    // The next page of the site: the panel is where the user put it. The spot is kept from the
    // window's nearest corner (here the bottom), so a panel that grew with the next step's text
    // keeps its bottom edge where it was dropped.
    const spot = (b: Box) => Math.abs(b.x - dragged.x) < 8 && Math.abs(b.y + b.h - (dragged.y + dragged.h)) < 8;
    await shop.click('#forgot');
    await panelAt(shop, 'enter-email');
    await settled(shop, spot, 'the panel at the dropped spot on the next page');
    // A new guide on the same site starts there too.
    const again = await sendFrom(probe, 'guide/start', { tabId, flow: 'recover', entryId: null });
    expect(again).toMatchObject({ ok: true });
    await settled(shop, spot, 'the new guide at the dropped spot');

    // The keyboard: the grip focused, each arrow moves it a step.
    const frame = await panelAt(shop, 'enter-email');
    await frame.click('[data-testid="guide-grip"]');
    // A click on the grip is a short drag: the frame grows to the window and shrinks back around
    // the panel. Keys pressed before that ends would be undone by its drop.
    const start = await steadyPanelBox(shop, (b) => b.w < 1280, 'the panel back to its size after the grip was clicked');
    await shop.press('ArrowLeft');
    await shop.press('ArrowLeft');
    await settled(shop, (b) => Math.abs(b.x - (start.x - 48)) < 4, 'the panel two steps left');
    await shop.close();
  });

  it('folds into a pill that stays folded on the site\'s next pages', async () => {
    const origin = s.server.origin('tienda.test');
    const shop = await s.browser.open(`${origin}/entrar.html`);
    const tabId = await reportedTab(probe, `${origin}/entrar.html`, 'login');
    expect(await sendFrom(probe, 'guide/start', { tabId, flow: 'recover', entryId: null })).toMatchObject({ ok: true });
    const panel = await panelAt(shop, 'login');
    const open = await settled(shop, (b) => b.h > 100, 'the open panel');
    await panel.click('[data-testid="guide-collapse"]');
    const pill = await settled(shop, (b) => b.h < 60, 'the pill');
    expect(pill.w).toBeLessThan(open.w);
    await shop.click('a[href="/recuperar.html"]');
    const next = await panelAt(shop, 'forgot-form');
    await next.waitFor('[data-testid="guide"][data-pill="true"]');
    await settled(shop, (b) => b.h < 60, 'still a pill on the next page');
    await next.click('[data-testid="guide-collapse"]');
    await settled(shop, (b) => b.h > 100, 'unfolded');
    await shop.close();
  });
});
