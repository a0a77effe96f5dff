// Accessibility of every page and state, in both browsers, by axe-core (harness/a11y.ts): the
// popup with no vault, locked, unlocked and empty, unlocked with entries on a shop's login page
// (its row menu open, its entry form), the options page (create, unlocked with every section, an
// entry's editor, an import preview, locked), the guide (framed in the shop's page and in its own
// window) and Keep's in-page prompt after a login (checked inside its frame; the popup with the
// same offer waiting). No serious or critical violation; light and, in Chromium, dark (Firefox
// over BiDi cannot emulate it).
// With A11Y_REPORT=file, every violation of every state (any impact) is written there as JSON.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations, type A11yViolation } from './harness/a11y';
import { sendFrom, tabIdOf } from './harness/browser';
import { login, promptIn, reportedTab } from './harness/flows';
import { READY, type TestFrame, type TestPage } from './harness/page';
import { BROWSERS, useSuite } from './harness/suite';
import { until } from './harness/until';

const POPUP = 'src/pages/popup/index.html';
const OPTIONS = 'src/pages/options/index.html';
const GUIDE = 'src/guide/ui/index.html';
const GUIDE_WINDOW = 'src/guide/ui/window.html';
const MASTER = 'a sturdy master passphrase';
const CSV = resolve(import.meta.dirname, '../fixtures/csv/chrome.csv');

const report: Record<string, Record<string, { id: string; impact: string | null; nodes: number }[]>> = {};
afterAll(() => {
  if (process.env.A11Y_REPORT) writeFileSync(process.env.A11Y_REPORT, JSON.stringify(report, null, 2));
});

describe.each(BROWSERS)('accessibility in %s', (name) => {
  const s = useSuite(name);
  let probe: TestPage;
  const seen = (report[name] = {});

  /** Checks the page (or frame) in light, then in dark where the browser can emulate it. */
  async function check(target: TestPage | TestFrame | null, state: string, schemeOf: TestPage | null = null): Promise<void> {
    const record = (scheme: string, found: A11yViolation[]) => {
      (seen as Record<string, unknown>)[`${state} (${scheme})`] = found.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
    };
    const page = schemeOf ?? (target && 'colorScheme' in target ? target : null);
    await page?.colorScheme('light');
    record('light', await expectNoSeriousA11yViolations(target, `${state}, light`));
    if (page && (await page.colorScheme('dark'))) {
      // The emulation reached the document checked (a frame too), so the dark check is one.
      expect(await target?.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches, null)).toBe(true);
      record('dark', await expectNoSeriousA11yViolations(target, `${state}, dark`));
      await page.colorScheme('light');
    }
  }

  async function openReady(path: string): Promise<TestPage> {
    const page = await s.browser.openExtensionPage(path);
    await page.waitFor(READY);
    return page;
  }

  beforeAll(async () => {
    probe = await openReady(POPUP);
  });

  it('popup and options page with no vault', async () => {
    const popup = await openReady(POPUP);
    await popup.waitFor('[data-testid="popup"][data-vault="absent"]');
    await check(popup, 'popup, no vault');
    const options = await openReady(OPTIONS);
    await options.waitFor('[data-testid="create-vault"]');
    await check(options, 'options, create vault');
    await Promise.all([popup.close(), options.close()]);
  });

  it('popup unlocked and empty, then with entries on a login page, its menu and its entry form', async () => {
    expect(await sendFrom(probe, 'vault/create', { password: MASTER })).toMatchObject({ ok: true });
    const url = `${s.server.origin('shop.test')}/login.html`;
    const shop = await s.browser.open(url);
    const tabId = await reportedTab(probe, url, 'login');
    const empty = await openReady(`${POPUP}?tab=${tabId}`);
    await empty.waitFor('[data-testid="vault-view"]');
    await check(empty, 'popup, unlocked, empty');
    await empty.close();

    for (const [host, user, password] of [['shop.test', 'ann@mail.test', 'password1'], ['shop.test', 'bob@mail.test', 'Kq8#vT2!mZ-sturdy'], ['tienda.test', 'ann@mail.test', 'Tienda-Pass-1'], ['mail.test', '', 'Mail-Pass-99!']] as const) {
      const saved = await sendFrom(probe, 'entries/save', { site: { origins: [s.server.origin(host)], match: 'site' }, username: user, password, notes: '' });
      expect(saved.ok).toBe(true);
    }
    const popup = await openReady(`${POPUP}?tab=${tabId}`);
    await popup.waitFor('[data-testid="search-results"][data-count="4"]');
    await check(popup, 'popup, unlocked, entries');
    await popup.click('[data-testid="row-menu-button"]');
    await popup.waitFor('[role="menu"]');
    await check(popup, 'popup, row menu open');
    await popup.press('Escape');
    await popup.waitFor('[role="menu"]', { hidden: true });
    await popup.click('[data-testid="add-entry"]');
    await popup.waitFor('[data-testid="entry-form"]');
    await check(popup, 'popup, entry form');
    await Promise.all([popup.close(), shop.close()]);
  });

  it('options page unlocked: every section, an entry editor, an import preview', async () => {
    // Each section is a route of its own (pages/options/shell/routes.ts).
    const options = await openReady(`${OPTIONS}#/health`);
    await options.waitFor('[data-testid="health"][data-complete="true"]', { timeout: 20_000 });
    await check(options, 'options, health');
    await options.click('[data-testid="nav-settings"]');
    await options.waitFor('[data-testid="theme"]');
    await check(options, 'options, settings');
    await options.click('[data-testid="nav-passwords"]');
    await options.waitFor('[data-testid="entries-count"]');
    await check(options, 'options, passwords');
    await options.click('[data-testid="row-edit"]');
    await options.waitFor('[data-testid="edit-entry"]');
    await check(options, 'options, entry editor');
    await options.click('[data-testid="edit-close"]');
    await options.click('[data-testid="nav-import"]');
    await options.waitFor('[data-testid="import-file"]');
    await check(options, 'options, import');
    await options.setFiles('[data-testid="import-file"]', [CSV]);
    await options.waitFor('[data-testid="import-format"]');
    await check(options, 'options, import preview');
    await options.close();
  });

  it('the guide, framed in the shop page and in its own window', async () => {
    const url = `${s.server.origin('shop.test')}/login.html`;
    const shop = await s.browser.open(url);
    const tabId = await reportedTab(probe, url, 'login');
    const popup = await openReady(`${POPUP}?tab=${tabId}`);
    await popup.click('[data-testid="guide-forgot"]');
    await popup.waitFor('[data-testid="guide-start"][data-guide="open"]');
    await popup.close();
    const frame = await until(() => shop.frame(GUIDE), (f) => f !== null, 'the in-page guide frame', 15_000);
    await frame?.waitFor('[data-testid="guide"]');
    await check(frame, 'guide, in the page', shop);
    const own = await openReady(`${GUIDE_WINDOW}?tab=${tabId}`);
    await own.waitFor('[data-testid="guide"]');
    await check(own, 'guide, own window');
    await Promise.all([own.close(), shop.close()]);
  });

  it("Keep's prompt in the page after a login", async () => {
    s.server.route('tienda.test', 'POST', '/session', (_req, res) => void res.writeHead(303, { location: '/account.html' }).end());
    const url = `${s.server.origin('tienda.test')}/login.html`;
    const page = await s.browser.open(url);
    await reportedTab(probe, url, 'login');
    await login(page, 'cat@mail.test', 'Tienda-Cat-Pass-2');
    const tabId = await tabIdOf(probe, `${s.server.origin('tienda.test')}/account.html`);
    const prompt = await promptIn(page);
    await check(prompt, 'prompt, save offer', page);
    // The same offer waits in the popup too, until it is answered.
    const popup = await openReady(`${POPUP}?tab=${tabId}`);
    await popup.waitFor('[data-testid="offer"]');
    await check(popup, 'popup, offer waiting');
    await Promise.all([popup.close(), page.close()]);
  });

  it('popup and options page locked', async () => {
    await sendFrom(probe, 'vault/lock', {});
    const popup = await openReady(POPUP);
    await popup.waitFor('[data-testid="unlock-form"]');
    await check(popup, 'popup, locked');
    const options = await openReady(OPTIONS);
    await options.waitFor('[data-testid="unlock-form"]');
    await check(options, 'options, locked');
    await Promise.all([popup.close(), options.close()]);
  });
});
