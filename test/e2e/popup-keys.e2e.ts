// The popup by keyboard alone, in both browsers, on a shop's login page: the search has the focus
// on open, the tab's site comes first, Enter fills the active row into the page (Copy where Fill
// cannot work), arrows move through a grid whose active cell is always a rendered one, Shift+F10
// opens the row's menu (arrows, Escape back to the list), Delete asks in a modal dialog; and with
// 10,000 entries the list stays virtualised while the keyboard goes to its last row.
import { beforeAll, describe, expect, it } from 'vitest';
import { chromeCsv } from '../bench/seed';
import { sendFrom } from './harness/browser';
import { reportedTab } from './harness/flows';
import { READY, type TestPage } from './harness/page';
import { BROWSERS, useSuite } from './harness/suite';
import { until } from './harness/until';

const POPUP = 'src/pages/popup/index.html';

/** What has the focus: the element's id or test id, and the grid's active cell when it is the grid. */
const focus = (page: TestPage) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const activeId = el?.getAttribute('aria-activedescendant') ?? null;
    const active = activeId ? document.getElementById(activeId) : null;
    return {
      on: el?.id || el?.dataset.testid || el?.tagName || '',
      role: el?.getAttribute('role') ?? null,
      // The active cell's row (aria-rowindex, 1-based), its column, and what it shows.
      row: active ? Number(active.parentElement?.getAttribute('aria-rowindex')) : null,
      col: active ? [...(active.parentElement?.children ?? [])].indexOf(active) : null,
      text: active?.textContent ?? el?.textContent ?? '',
    };
  }, null);

describe.each(BROWSERS)('popup by keyboard in %s', (name) => {
  const s = useSuite(name);
  let probe: TestPage;
  let tabId: number;
  let shop: TestPage;

  beforeAll(async () => {
    probe = await s.browser.openExtensionPage(POPUP);
    expect(await sendFrom(probe, 'vault/create', { password: 'a sturdy master passphrase' })).toMatchObject({ ok: true });
    const site = (origin: string) => ({ origins: [origin], match: 'site' as const });
    const shopSite = site(s.server.origin('shop.test'));
    const entries: [ReturnType<typeof site>, string, string][] = [
      [shopSite, 'zoe@mail.test', 'Zoe-Shop-Pass-1'],
      [shopSite, 'amy@mail.test', 'Amy-Shop-Pass-1'],
      [site('https://aaa-first.test'), 'first@mail.test', 'First-Pass-1'],
      [site('https://tienda.test'), 'bo@mail.test', 'Tienda-Pass-1'],
    ];
    for (const [where, username, password] of entries) {
      expect(await sendFrom(probe, 'entries/save', { site: where, username, password, notes: '' })).toMatchObject({ ok: true });
    }
    const url = `${s.server.origin('shop.test')}/login.html`;
    shop = await s.browser.open(url);
    tabId = await reportedTab(probe, url, 'login');
  });

  async function openPopup(): Promise<TestPage> {
    const popup = await s.browser.openExtensionPage(`${POPUP}?tab=${tabId}`);
    await popup.waitFor(READY);
    await popup.waitFor('[data-testid="search-results"] [data-testid="entry"]');
    return popup;
  }

  it('opens with the focus in the search and the site first; Enter fills the first row into the page', async () => {
    const popup = await openPopup();
    expect(await focus(popup)).toMatchObject({ on: 'search' });
    // The site's two entries lead, though aaa-first.test sorts before shop.test.
    const rows = () => popup.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-testid="entry"]')].map((r) => `${r.dataset.siteRow} ${r.querySelector('[data-testid="entry-username"]')?.textContent}`), null);
    expect((await rows()).slice(0, 3)).toEqual(['true amy@mail.test', 'true zoe@mail.test', 'false first@mail.test']);
    expect(await popup.text('[data-testid="search-count"]')).toMatch(/2\D+4/);
    await popup.press('Enter');
    await popup.waitFor('[data-testid="popup-status"].ok');
    expect(await shop.evaluate(() => (document.querySelector('#email') as HTMLInputElement).value, null)).toBe('amy@mail.test');
    expect(await shop.evaluate(() => (document.querySelector('#password') as HTMLInputElement).value, null)).toBe('Amy-Shop-Pass-1');
    await popup.close();
  });

  it('types to search, moves through the grid with the arrows and back to the search', async () => {
    const popup = await openPopup();
    await popup.typeKeys('mail.test');
    await popup.waitFor('[data-testid="search-results"][data-query="mail.test"]');
    await popup.press('ArrowDown');
    expect(await focus(popup)).toMatchObject({ role: 'grid', row: 1, col: 0 });
    await popup.press('ArrowDown');
    await popup.press('ArrowRight');
    expect(await focus(popup)).toMatchObject({ role: 'grid', row: 2, col: 1, text: 'Fill' });
    await popup.press('End');
    expect(await focus(popup)).toMatchObject({ row: 2, col: 2 });
    await popup.press('Control+End');
    // The last row is aaa-first or tienda: not the site, so its action is Copy, not Fill.
    expect(await focus(popup)).toMatchObject({ row: 4, col: 2 });
    await popup.press('ArrowLeft');
    expect(await focus(popup)).toMatchObject({ row: 4, col: 1, text: 'Copy' });
    await popup.press('Control+Home');
    await popup.press('ArrowUp');
    expect(await focus(popup)).toMatchObject({ on: 'search' });
    // Typing in the grid goes on in the search box: an erasure, then a letter.
    await popup.press('ArrowDown');
    await popup.press('Backspace');
    expect(await focus(popup)).toMatchObject({ on: 'search' });
    await popup.waitFor('[data-testid="search-results"][data-query="mail.tes"]');
    await popup.press('ArrowDown');
    await popup.typeKeys('t');
    expect(await focus(popup)).toMatchObject({ on: 'search' });
    await popup.typeKeys(' z');
    await popup.waitFor('[data-testid="search-results"][data-query="mail.test z"][data-count="1"]');
    await popup.close();
  });

  it('opens the row menu with Shift+F10, moves in it, closes it with Escape; deletes only after the dialog', async () => {
    const popup = await openPopup();
    await popup.typeKeys('tienda');
    await popup.waitFor('[data-testid="search-results"][data-query="tienda"][data-count="1"]');
    await popup.press('ArrowDown');
    await popup.press('Shift+F10');
    await popup.waitFor('[role="menu"]');
    expect(await popup.attr('[data-testid="row-menu-button"]', 'aria-expanded')).toBe('true');
    expect(await focus(popup)).toMatchObject({ on: 'menu-copy-username', role: 'menuitem' });
    await popup.press('ArrowDown');
    expect(await focus(popup)).toMatchObject({ on: 'menu-edit' });
    await popup.press('ArrowUp');
    await popup.press('ArrowUp');
    expect(await focus(popup)).toMatchObject({ on: 'menu-delete' });
    await popup.press('Escape');
    await popup.waitFor('[role="menu"]', { hidden: true });
    expect(await focus(popup)).toMatchObject({ role: 'grid', row: 1, col: 2 });
    expect(await popup.attr('[data-testid="row-menu-button"]', 'aria-expanded')).toBe('false');

    // Delete: the dialog takes the focus on "Keep it"; Escape keeps the entry, Enter on Delete removes it.
    await popup.press('Enter');
    await popup.waitFor('[role="menu"]');
    await popup.press('End');
    await popup.press('Enter');
    await popup.waitFor('[data-testid="delete-dialog"][open]');
    expect(await focus(popup)).toMatchObject({ on: 'entry-delete-cancel' });
    await popup.press('Escape');
    await popup.waitFor('[data-testid="delete-dialog"]', { hidden: true });
    expect(await sendFrom(probe, 'vault/state', {})).toMatchObject({ ok: true, value: { entries: 4 } });
    // The list takes the focus back once the dialog is gone (an effect after the commit that
    // removed it): the keys below are the list's only when it has.
    await until(() => focus(popup), (f) => f.role === 'grid', 'the focus back on the list after the dialog closed');
    await popup.press('Shift+F10');
    await popup.waitFor('[role="menu"]');
    await popup.press('End');
    await popup.press('Enter');
    await popup.waitFor('[data-testid="delete-dialog"][open]');
    await popup.press('Shift+Tab');
    expect(await focus(popup)).toMatchObject({ on: 'entry-delete-confirm' });
    await popup.press('Enter');
    await until(() => sendFrom(probe, 'vault/state', {}), (r) => r.ok && r.value.entries === 3, 'the entry deleted');
    // The list shows the vault as it is now, from its top.
    await popup.waitFor('[data-testid="search-results"][data-query=""][data-count="3"]');
    await popup.close();
  });

  it('stays virtualised with 10,000 entries while the keyboard goes to the last row', async () => {
    const preview = await sendFrom(probe, 'import/preview', { text: chromeCsv(10_000) });
    const previewId = preview.ok ? preview.value.preview?.previewId : undefined;
    if (!previewId) throw new Error(JSON.stringify(preview));
    expect(await sendFrom(probe, 'import/commit', { previewId, choices: {} })).toMatchObject({ ok: true });
    const state = await sendFrom(probe, 'vault/state', {});
    const count = (state.ok && state.value.entries) || 0;
    expect(count).toBeGreaterThan(10_000);
    const popup = await openPopup();
    await popup.waitFor(`[data-testid="search-results"][data-count="${count}"]`, { timeout: 20_000 });
    await popup.press('ArrowDown');
    await popup.press('PageDown');
    expect(await focus(popup)).toMatchObject({ role: 'grid', row: 7, col: 0 });
    await popup.press('Control+End');
    // The last row is fetched as it comes into view, then it is the active cell.
    await until(() => focus(popup), (f) => f.row === count && f.text.includes('shop-'), 'the last row active and shown', 15_000);
    expect(await popup.evaluate(() => document.querySelectorAll('[role="row"]').length, null)).toBeLessThan(20);
    await popup.close();
  });
});
