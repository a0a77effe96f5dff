// Every shipped language on every page, in both browsers: nothing is cut off and nothing runs
// past the page (harness/overflow.ts), in the popup (no vault; unlocked with the site's logins
// first, its row menu and its entry form; locked) and in every section of the options page (the
// first-run path, passwords, an entry's editor, health with its fix-it queue, import & export,
// settings; locked). German and French run longest, Chinese has the fewest breaks: the three
// break a layout in different ways. The language is the one chosen in the settings, as a user
// picks it; the browser's own pick (its UI language, --lang or intl.locale.requested) is checked
// apart, at the end.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Language, languageTag } from '../../src/settings/core/settings';
import { sendFrom } from './harness/browser';
import { reportedTab } from './harness/flows';
import { describeOverflow, overflowsIn } from './harness/overflow';
import { READY, type TestPage } from './harness/page';
import { BROWSERS, useSuite } from './harness/suite';

const POPUP = 'src/pages/popup/index.html';
const OPTIONS = 'src/pages/options/index.html';
const MASTER = 'a sturdy master passphrase';
/** Chrome draws a popup at most 800 x 600; ours asks for its own width. */
const POPUP_VIEWPORT = { width: 380, height: 600 };
/** A small laptop's window, where the options page's navigation and content sit side by side. */
const OPTIONS_VIEWPORT = { width: 1024, height: 700 };
/** The options page is checked again at half a small laptop's screen, where long words wrap or break. */
const OPTIONS_NARROW = { width: 640, height: 700 };
const LOCALES = Language.options.filter((l) => l !== 'auto');
type Locale = (typeof LOCALES)[number];

describe.each(BROWSERS)('languages in %s', (name) => {
  const s = useSuite(name);
  let probe: TestPage;
  let tabId: number;
  const found: string[] = [];

  async function openReady(path: string, viewport: { width: number; height: number }, locale: Locale): Promise<TestPage> {
    const page = await s.browser.openExtensionPage(path);
    await page.resize(viewport.width, viewport.height);
    await page.waitFor(READY);
    // The page speaks the chosen language: its lang, and a string that differs from English.
    expect(await page.evaluate(() => document.documentElement.lang, null)).toBe(languageTag(locale));
    return page;
  }

  /** Records what does not fit in this state; the test fails at its end with the whole list. */
  async function check(page: TestPage, locale: Locale, state: string): Promise<void> {
    for (const overflow of await overflowsIn(page)) found.push(`${locale}, ${state}: ${describeOverflow(overflow)}`);
    if (!state.startsWith('options')) return;
    await page.resize(OPTIONS_NARROW.width, OPTIONS_NARROW.height);
    for (const overflow of await overflowsIn(page)) found.push(`${locale}, ${state}, ${OPTIONS_NARROW.width} px: ${describeOverflow(overflow)}`);
    await page.resize(OPTIONS_VIEWPORT.width, OPTIONS_VIEWPORT.height);
  }

  async function forEachLocale(run: (locale: Locale) => Promise<void>): Promise<void> {
    for (const locale of LOCALES) {
      expect(await sendFrom(probe, 'settings/set', { language: locale })).toMatchObject({ ok: true, value: { language: locale } });
      await run(locale);
    }
  }

  beforeAll(async () => {
    probe = await s.browser.openExtensionPage(POPUP);
    await probe.waitFor(READY);
  });

  it('the check finds text cut off and text past the edge (it is not blind)', async () => {
    await probe.evaluate(() => {
      const cut = Object.assign(document.createElement('p'), { id: 'cut', textContent: 'Passwortänderungsformular'.repeat(4) });
      cut.style.cssText = 'width: 60px; overflow: hidden; white-space: nowrap';
      const past = Object.assign(document.createElement('p'), { id: 'past', textContent: 'Zugangsdatenverwaltung' });
      past.style.cssText = 'position: absolute; left: 99vw; white-space: nowrap';
      document.body.append(cut, past);
    }, null);
    const overflows = await overflowsIn(probe);
    await probe.evaluate(() => document.querySelectorAll('#cut, #past').forEach((el) => el.remove()), null);
    expect(overflows.map((o) => o.kind).sort()).toEqual(['clipped', 'spills']);
  });

  beforeEach(() => {
    found.length = 0;
  });

  it('with no vault: the popup and the first-run page', async () => {
    await forEachLocale(async (locale) => {
      const popup = await openReady(POPUP, POPUP_VIEWPORT, locale);
      await popup.waitFor('[data-testid="popup"][data-vault="absent"]');
      await check(popup, locale, 'popup, no vault');
      const options = await openReady(OPTIONS, OPTIONS_VIEWPORT, locale);
      await options.waitFor('[data-testid="create-vault"]');
      await check(options, locale, 'options, create vault');
      await Promise.all([popup.close(), options.close()]);
    });
    expect(found, found.join('\n')).toEqual([]);
  });

  it("unlocked: the popup on a shop's login page, its menu and entry form; every options section", async () => {
    expect(await sendFrom(probe, 'vault/create', { password: MASTER })).toMatchObject({ ok: true });
    const logins = [
      ['shop.test', 'ann.longname@mail.test', 'password1'],
      ['shop.test', 'bob@mail.test', 'password1'],
      ['tienda.test', 'ann.longname@mail.test', 'Tienda-Pass-1'],
      ['mail.test', '', 'Mail-Pass-99!'],
    ] as const;
    for (const [host, username, password] of logins) {
      const saved = await sendFrom(probe, 'entries/save', { site: { origins: [s.server.origin(host)], match: 'site' }, username, password, notes: '' });
      expect(saved.ok).toBe(true);
    }
    const url = `${s.server.origin('shop.test')}/login.html`;
    const shop = await s.browser.open(url);
    tabId = await reportedTab(probe, url, 'login');

    await forEachLocale(async (locale) => {
      const popup = await openReady(`${POPUP}?tab=${tabId}`, POPUP_VIEWPORT, locale);
      await popup.waitFor(`[data-testid="search-results"][data-count="${logins.length}"]`);
      await check(popup, locale, 'popup, unlocked');
      await popup.press('ArrowDown');
      await popup.press('Shift+F10');
      await popup.waitFor('[role="menu"]');
      await check(popup, locale, 'popup, row menu');
      await popup.press('Escape');
      await popup.waitFor('[role="menu"]', { hidden: true });
      await popup.click('[data-testid="add-entry"]');
      await popup.waitFor('[data-testid="entry-form"]');
      await check(popup, locale, 'popup, entry form');
      await popup.close();

      const options = await openReady(`${OPTIONS}#/passwords`, OPTIONS_VIEWPORT, locale);
      await options.waitFor('[data-testid="entries-count"]');
      await check(options, locale, 'options, passwords');
      await options.click('[data-testid="row-edit"]');
      await options.waitFor('[data-testid="edit-entry"]');
      await check(options, locale, 'options, entry editor');
      await options.click('[data-testid="nav-health"]');
      await options.waitFor('[data-testid="health"][data-complete="true"]', { timeout: 20_000 });
      await options.waitFor('[data-testid="fix-item"]');
      await check(options, locale, 'options, health');
      await options.click('[data-testid="nav-import"]');
      await options.waitFor('[data-testid="import-file"]');
      await check(options, locale, 'options, import & export');
      await options.click('[data-testid="nav-settings"]');
      await options.waitFor('[data-testid="theme"]');
      await check(options, locale, 'options, settings');
      await options.close();
    });
    await shop.close();
    expect(found, found.join('\n')).toEqual([]);
  });

  it('locked: the popup and the options page', async () => {
    await sendFrom(probe, 'vault/lock', {});
    await forEachLocale(async (locale) => {
      const popup = await openReady(POPUP, POPUP_VIEWPORT, locale);
      await popup.waitFor('[data-testid="unlock-form"]');
      await check(popup, locale, 'popup, locked');
      const options = await openReady(OPTIONS, OPTIONS_VIEWPORT, locale);
      await options.waitFor('[data-testid="unlock-form"]');
      await check(options, locale, 'options, locked');
      await Promise.all([popup.close(), options.close()]);
    });
    expect(found, found.join('\n')).toEqual([]);
  });
});
