// The options page as an app, in both browsers: the first run walks from creating the vault to
// importing a browser's export (with how to export from each manager) to a first health check;
// sections are routes, so back and forward move between them; an entry has an address the popup
// can link to; the vault's state and lock button are on every
// section; a forced dark theme applies at once and on the next open.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sendFrom } from './harness/browser';
import { READY, type TestPage } from './harness/page';
import { BROWSERS, useSuite } from './harness/suite';
import { until } from './harness/until';

const OPTIONS = 'src/pages/options/index.html';
const MASTER = 'a sturdy master passphrase';
const CHROME_CSV = resolve(import.meta.dirname, '../fixtures/csv/chrome.csv');
// Key derivation is deliberately slow (Argon2id 64 MiB).
const DERIVE_MS = 30_000;

const hashOf = (page: TestPage) => page.evaluate(() => location.hash, null);

describe.each(BROWSERS)('options app in %s', (name) => {
  const s = useSuite(name);
  let options: TestPage;

  it('first run: create the vault, import a browser\'s export, then a first health check', async () => {
    options = await s.browser.openExtensionPage(OPTIONS);
    await options.waitFor(READY);
    await options.waitFor('[data-testid="welcome"][data-step="create"]');
    expect(await hashOf(options)).toBe('#/welcome');
    // No navigation yet: there is nothing to navigate to.
    expect(await options.evaluate(() => document.querySelector('nav') === null, null)).toBe(true);
    // The create form shows once the background has said no synced vault waits (sync/offer).
    await options.waitFor('#new-master');
    await options.fill('#new-master', MASTER);
    await options.fill('#confirm-master', MASTER);
    await options.waitFor('[data-testid="create-submit"]:not([disabled])');
    await options.click('[data-testid="create-submit"]');

    await options.waitFor('[data-testid="welcome"][data-step="import"]', { timeout: DERIVE_MS });
    expect(await hashOf(options)).toBe('#/welcome/import');
    await options.waitFor('[data-testid="vault-unlocked"]');
    // How to get the file out of each source, one at a time.
    await options.click('[data-testid="howto-firefox"] summary');
    expect(await options.text('[data-testid="howto-firefox"]')).toContain('about:logins');
    await options.setFiles('[data-testid="import-file"]', [CHROME_CSV]);
    await options.waitFor('[data-testid="import-commit"]:not([disabled])', { timeout: 15_000 });
    await options.click('[data-testid="import-commit"]');
    await options.waitFor('[data-testid="import-result"]');
    const imported = Number(await options.attr('[data-testid="import-result"]', 'data-written'));
    expect(imported).toBeGreaterThan(0);

    await options.click('[data-testid="welcome-next"]');
    await options.waitFor('[data-testid="welcome"][data-step="check"][data-complete="true"]', { timeout: 30_000 });
    expect(await hashOf(options)).toBe('#/welcome/check');
    await options.waitFor('[data-testid="score-ring"] svg[role="img"][aria-label]');
    await options.waitFor('[data-testid="fix-queue"]');
    await options.click('[data-testid="welcome-done"]');
    await options.waitFor(`[data-testid="entries-count"][data-total="${imported}"]`);
    expect(await hashOf(options)).toBe('#/passwords');
    expect(await options.attr('[data-testid="nav-passwords"]', 'aria-current')).toBe('page');
  });

  it('sections are routes: back and forward move between them, and the focus starts at the section', async () => {
    await options.click('[data-testid="nav-health"]');
    await options.waitFor('[data-testid="health"][data-complete="true"]');
    expect(await hashOf(options)).toBe('#/health');
    // The section's code may load after the move: the focus comes when its heading shows.
    await options.waitFor('[data-testid="health"] #main-heading:focus');
    await options.click('[data-testid="nav-settings"]');
    await options.waitFor('[data-testid="settings-page"]');
    await options.evaluate(() => history.back(), null);
    await options.waitFor('[data-testid="health"]');
    expect(await hashOf(options)).toBe('#/health');
    await options.evaluate(() => history.back(), null);
    await options.waitFor('[data-testid="entries"]');
    expect(await hashOf(options)).toBe('#/passwords');
    await options.evaluate(() => history.forward(), null);
    await options.waitFor('[data-testid="health"]');
    expect(await options.attr('[data-testid="nav-health"]', 'aria-current')).toBe('page');
  });

  it('an entry has an address of its own: opened there, the page shows its editor', async () => {
    const reply = await sendFrom(options, 'entries/table-ids', { query: '', site: '', problem: null, status: 'any', ids: null, sort: 'site', oldAfterDays: 365 });
    if (!reply.ok) throw new Error(reply.error.message);
    const entryId = reply.value.ids[0] ?? '';
    expect(entryId).not.toBe('');

    const linked = await s.browser.openExtensionPage(`${OPTIONS}#/passwords/${encodeURIComponent(entryId)}`);
    await linked.waitFor(READY);
    await linked.waitFor(`[data-testid="edit-entry"][data-entry-id="${entryId}"]`);
    // Closing the editor is a move back to the list, in the address too.
    await linked.click('[data-testid="edit-close"]');
    await linked.waitFor('[data-testid="edit-entry"]', { hidden: true });
    expect(await hashOf(linked)).toBe('#/passwords');
    await linked.close();
  });

  it('shows the vault\'s state on every section and locks from the header', async () => {
    await options.click('[data-testid="nav-settings"]');
    await options.waitFor('[data-testid="vault-section"][data-status="unlocked"] [data-testid="lock-now"]');
    await options.click('[data-testid="lock-now"]');
    await options.waitFor('[data-testid="vault-section"][data-status="locked"]');
    expect(await sendFrom(options, 'vault/state', {})).toMatchObject({ ok: true, value: { status: 'locked' } });
    await options.click('[data-testid="nav-passwords"]');
    await options.waitFor('[data-testid="unlock-section"] [data-testid="unlock-form"]');
    await options.fill('#options-master', MASTER);
    await options.click('[data-testid="unlock-submit"]');
    await options.waitFor('[data-testid="entries-count"]', { timeout: DERIVE_MS });
    await options.waitFor('[data-testid="vault-section"][data-status="unlocked"]');
  });

  it('follows the system\'s colours, and a forced dark theme applies at once and on the next open', async () => {
    const background = (page: TestPage) => page.evaluate(() => getComputedStyle(document.body).backgroundColor, null);
    const light = await background(options);
    await options.click('[data-testid="nav-settings"]');
    await options.waitFor('[data-testid="theme"]');
    await options.select('[data-testid="theme"]', 'dark');
    await options.click('[data-testid="settings-save"]');
    await options.waitFor('html[data-theme="dark"]');
    const dark = await background(options);
    expect(dark).not.toBe(light);
    expect(dark).toBe('rgb(22, 24, 28)');

    const again = await s.browser.openExtensionPage(`${OPTIONS}#/health`);
    await again.waitFor(READY);
    expect(await again.attr('html', 'data-theme')).toBe('dark');
    expect(await background(again)).toBe(dark);
    await again.close();

    await options.select('[data-testid="theme"]', 'system');
    await options.click('[data-testid="settings-save"]');
    await until(() => options.evaluate(() => document.documentElement.dataset.theme ?? 'system', null), (theme) => theme === 'system', 'the system theme');
    expect(await background(options)).toBe(light);
  });
});
