// The settings end to end, in both browsers, through the options page: the never-save
// list (a listed site gets no prompt, removing it brings the prompt back), prompts off and on, the match mode for new
// entries (a Keep save, an import and the popup's add form use it), the KDF parameters (the
// floors are refused in the page and in the background; a change re-encrypts and the vault still
// locks and unlocks), the master password change form, and the pages' language.
import { beforeAll, describe, expect, it } from 'vitest';
import { sendFrom } from './harness/browser';
import { readLocal, readLocalFacts } from './harness/extension-storage';
import { READY, type TestPage } from './harness/page';
import type { FixtureServer } from './harness/server';
import { BROWSERS, useSuite } from './harness/suite';
import { until } from './harness/until';
import { capturingTab, decidedOffersIn, decisionSurface, gotoCapturing, login, promptIn } from './harness/flows';

const OPTIONS = 'src/pages/options/index.html#/settings';
const POPUP = 'src/pages/popup/index.html';
const PROMPT = 'src/keep/ui/prompt/index.html';
const MASTER = 'a sturdy master passphrase';

function answerLogin(server: FixtureServer, host: string): void {
  server.route(host, 'POST', '/session', (_req, res) => void res.writeHead(303, { location: '/account.html' }).end());
}


describe.each(BROWSERS)('settings in %s', (name) => {
  const s = useSuite(name);
  let options: TestPage;

  beforeAll(async () => {
    const probe = await s.browser.openExtensionPage(POPUP);
    expect(await sendFrom(probe, 'vault/create', { password: MASTER })).toMatchObject({ ok: true });
    await probe.close();
    options = await s.browser.openExtensionPage(OPTIONS);
    await options.waitFor(READY);
  });

  /** A fresh options page (Firefox's reload of an extension page does not always report back). */
  const reopen = async () => {
    await options.close();
    options = await s.browser.openExtensionPage(OPTIONS);
    await options.waitFor(READY);
  };
  const entriesFor = async (query: string) => {
    const list = await sendFrom(options, 'entries/list', { tabId: null, query, offset: 0, limit: 50 });
    if (!list.ok) throw new Error(list.error.message);
    return list.value.items;
  };

  it('never-save list: a listed site gets no prompt; removed, it prompts again and the save uses the default match mode', async () => {
    // The match mode for new entries: exact host.
    await options.select('[data-testid="match-default"]', 'host');
    await options.click('[data-testid="settings-save"]');
    await until(() => sendFrom(options, 'settings/get', {}), (r) => r.ok && r.value.matchDefault === 'host', 'the saved match mode');

    await options.fill('#never-save-add', 'not a site at all');
    await options.click('[data-testid="never-save-submit"]');
    await options.waitFor('[data-testid="never-save-message"].error');
    // Any address of the site lists the site itself (its registrable domain).
    await options.fill('#never-save-add', 'https://www.tienda.test/login.html');
    await options.click('[data-testid="never-save-submit"]');
    await options.waitFor('[data-testid="never-save-site"][data-site="tienda.test"]');
    await options.fill('#never-save-add', 'tienda.test');
    await options.click('[data-testid="never-save-submit"]');
    await options.waitFor('[data-testid="never-save-message"].error');

    answerLogin(s.server, 'tienda.test');
    const url = `${s.server.origin('tienda.test')}/login.html`;
    const page = await s.browser.open(url);
    const tabId = await capturingTab(options, url);
    await login(page, 'nev@mail.test', 'Tienda-Never-Pass-1');
    await page.waitFor('h1');
    expect(await decidedOffersIn(options, tabId)).toEqual([]);
    expect(await page.frame(PROMPT)).toBeNull();

    await options.click('[data-testid="never-save-site"][data-site="tienda.test"] [data-testid="never-save-remove"]');
    await options.waitFor('[data-testid="never-save-empty"]');
    await gotoCapturing(options, page, tabId, url);
    await login(page, 'nev@mail.test', 'Tienda-Never-Pass-1');
    const prompt = await decisionSurface(s.browser, page);
    await prompt.click('[data-testid="prompt-accept"]');
    const saved = await until(() => entriesFor('nev@mail.test'), (list) => list.length === 1, 'the entry Keep saved');
    expect(saved[0]?.site.match).toBe('host');
    await page.close();
  });

  it('prompts off: a login is not offered for saving; back on, it is', async () => {
    await options.click('#prompts');
    await options.click('[data-testid="settings-save"]');
    await until(() => sendFrom(options, 'settings/get', {}), (r) => r.ok && !r.value.promptsEnabled, 'prompts off');
    answerLogin(s.server, 'tienda.test');
    const url = `${s.server.origin('tienda.test')}/login.html`;
    const page = await s.browser.open(url);
    const tabId = await capturingTab(options, url);
    await login(page, 'off@mail.test', 'Tienda-Off-Pass-1');
    await page.waitFor('h1');
    expect(await decidedOffersIn(options, tabId)).toEqual([]);
    expect(await page.frame(PROMPT)).toBeNull();

    await options.click('#prompts');
    await options.click('[data-testid="settings-save"]');
    await until(() => sendFrom(options, 'settings/get', {}), (r) => r.ok && r.value.promptsEnabled, 'prompts on');
    await gotoCapturing(options, page, tabId, url);
    await login(page, 'off@mail.test', 'Tienda-Off-Pass-1');
    await promptIn(page);
    await page.close();
  });

  it('the default match mode applies to imported rows and to the popup\'s add form', async () => {
    const csv = 'name,url,username,password,note\nShop,https://shop.test/login,imp@mail.test,Imported-Pass-9x,\n';
    const preview = await sendFrom(options, 'import/preview', { text: csv });
    if (!preview.ok || !preview.value.preview) throw new Error(JSON.stringify(preview));
    expect(await sendFrom(options, 'import/commit', { previewId: preview.value.preview.previewId, choices: {} })).toMatchObject({ ok: true });
    expect((await entriesFor('imp@mail.test'))[0]?.site.match).toBe('host');

    const popup = await s.browser.openExtensionPage(POPUP);
    await popup.waitFor(READY);
    await popup.click('[data-testid="add-entry"]');
    await popup.waitFor('#entry-match');
    await until(() => popup.evaluate(() => (document.querySelector('#entry-match') as HTMLSelectElement).value, null), (v) => v === 'host', 'the add form\'s match mode');
    await popup.close();
  });

  it('KDF parameters: below the floors is refused in the page and the background; a change re-encrypts and lock/unlock works', async () => {
    await options.waitFor('[data-testid="kdf-form"]');
    await options.select('[data-testid="kdf-alg"]', 'argon2id');
    await options.fill('[data-testid="kdf-memory"]', '18');
    await options.waitFor('[data-testid="kdf-why"].error');
    await options.fill('#kdf-current', MASTER);
    expect(await options.evaluate(() => (document.querySelector('[data-testid="kdf-submit"]') as HTMLButtonElement).disabled, null)).toBe(true);

    // The background refuses it too, whatever a page sends, and nothing is written.
    const before = await readLocalFacts(options);
    expect(await sendFrom(options, 'vault/change-kdf', { current: MASTER, kdf: { alg: 'argon2id', memoryKiB: 18 * 1024, iterations: 3 } }))
      .toMatchObject({ ok: true, value: { failure: 'weak-params' } });
    expect(await sendFrom(options, 'vault/change-kdf', { current: MASTER, kdf: { alg: 'pbkdf2-sha256', iterations: 599_999 } }))
      .toMatchObject({ ok: true, value: { failure: 'weak-params' } });
    expect(await sendFrom(options, 'vault/change-kdf', { current: 'not the password', kdf: { alg: 'argon2id', memoryKiB: 19 * 1024, iterations: 2 } }))
      .toMatchObject({ ok: true, value: { failure: 'wrong-password' } });
    expect(await readLocalFacts(options)).toEqual(before);

    await options.fill('[data-testid="kdf-memory"]', '20');
    await options.fill('[data-testid="kdf-passes"]', '2');
    await options.waitFor('[data-testid="kdf-why"]:not(.error)');
    await options.click('[data-testid="kdf-submit"]');
    await options.waitFor('[data-testid="kdf-message"].ok:not(:empty)', { timeout: 30_000 });
    const after = await readLocal(options);
    expect(after['vault:header']).toMatchObject({ kdf: { alg: 'argon2id', memoryKiB: 20 * 1024, iterations: 2 } });
    const records = Object.keys(before).filter((key) => key.startsWith('vault:e:'));
    expect(records.length).toBeGreaterThan(0);
    for (const key of records) expect(after[key]).not.toEqual(before[key]);

    expect(await sendFrom(options, 'vault/lock', {})).toMatchObject({ ok: true });
    expect(await sendFrom(options, 'vault/unlock', { password: 'not the password' })).toMatchObject({ ok: true, value: { failure: 'wrong-password' } });
    expect(await sendFrom(options, 'vault/unlock', { password: MASTER })).toMatchObject({ ok: true, value: { failure: null } });
    const entry = (await entriesFor('imp@mail.test'))[0];
    expect(await sendFrom(options, 'entries/password', { id: entry?.id ?? '' })).toEqual({ ok: true, value: { password: 'Imported-Pass-9x' } });
  });

  it('changes the master password from the form, keeping the KDF parameters', async () => {
    await reopen();
    await options.waitFor('[data-testid="master-change"]');
    const kdfOf = async () => ((await readLocal(options))['vault:header'] as { kdf: { salt: string } }).kdf;
    const { salt, ...params } = await kdfOf();
    const next = 'an entirely new master passphrase';
    await options.fill('#master-current', 'not the password');
    await options.fill('#master-next', next);
    await options.fill('#master-confirm', next);
    await options.waitFor('[data-testid="master-change-submit"]:not([disabled])');
    await options.click('[data-testid="master-change-submit"]');
    await options.waitFor('[data-testid="master-change-message"].error:not(:empty)', { timeout: 30_000 });
    await options.fill('#master-current', MASTER);
    await options.click('[data-testid="master-change-submit"]');
    await options.waitFor('[data-testid="master-change-message"].ok:not(:empty)', { timeout: 30_000 });
    const { salt: newSalt, ...newParams } = await kdfOf();
    expect(newParams).toEqual(params);
    expect(newSalt).not.toBe(salt);
    await sendFrom(options, 'vault/lock', {});
    expect(await sendFrom(options, 'vault/unlock', { password: MASTER })).toMatchObject({ ok: true, value: { failure: 'wrong-password' } });
    expect(await sendFrom(options, 'vault/unlock', { password: next })).toMatchObject({ ok: true, value: { failure: null } });
  });

  it('the chosen language is used by our pages whatever the browser\'s', async () => {
    await reopen();
    // The page reloads itself on a new language: an ask that meets the reload is asked again.
    const langOf = () => options.evaluate(() => document.documentElement.lang, null).catch(() => '');
    await options.select('[data-testid="language"]', 'ru');
    await options.click('[data-testid="settings-save"]');
    await until(langOf, (lang) => lang === 'ru', 'the page in Russian', 15_000);
    await options.waitFor(READY);
    expect(await options.text('h1')).toBe('Настройки');
    expect(await options.text('[data-testid="nav-settings"]')).toBe('Настройки');
    await options.select('[data-testid="language"]', 'auto');
    await options.click('[data-testid="settings-save"]');
    await until(langOf, (lang) => lang !== '' && lang !== 'ru', 'the page back in the browser\'s language', 15_000);
  });
});
