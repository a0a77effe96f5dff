// Keep end to end, the pending lifecycle and generated passwords, in both browsers:
// a change stays pending until a login with the new password confirms it; a failed login with
// the new one and a successful one with the old offers to revert; a password generated in the
// popup is filled into the page and saved at once (pending), and the submit that follows confirms
// it instead of saving a duplicate; a page that submits with form.submit() (no submit event) is
// still captured.
import { beforeAll, describe, expect, it } from 'vitest';
import { sendFrom, tabIdOf } from './harness/browser';
import { READY, type TestPage } from './harness/page';
import { BROWSERS, useSuite } from './harness/suite';
import { until } from './harness/until';
import { capturingTab, decidedOffersIn, decisionSurface, login, offersIn, type DecisionSurface } from './harness/flows';

const POPUP = 'src/pages/popup/index.html';
const PROMPT = 'src/keep/ui/prompt/index.html';

describe.each(BROWSERS)('keep: pending and generated passwords in %s', (name) => {
  const s = useSuite(name);
  let probe: TestPage;

  beforeAll(async () => {
    probe = await s.browser.openExtensionPage(POPUP);
    expect(await sendFrom(probe, 'vault/create', { password: 'a sturdy master passphrase' })).toMatchObject({ ok: true });
  });

  const entriesFor = async (host: string) => {
    const list = await sendFrom(probe, 'entries/list', { tabId: null, query: host, offset: 0, limit: 50 });
    if (!list.ok) throw new Error(list.error.message);
    return list.value.items;
  };
  const entryOf = async (host: string, username: string) => (await entriesFor(host)).find((e) => e.username === username);
  const passwordOf = async (id: string) => {
    const reply = await sendFrom(probe, 'entries/password', { id });
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.value.password;
  };
  const save = async (host: string, username: string, password: string) => {
    const saved = await sendFrom(probe, 'entries/save', { site: { origins: [s.server.origin(host)], match: 'site' }, username, password, notes: '' });
    if (!saved.ok) throw new Error(saved.error.message);
    return saved.value.id;
  };
  const kindOf = (prompt: DecisionSurface) => prompt.evaluate(() => document.querySelector('[data-testid="prompt"]')?.getAttribute('data-kind'), null);
  /** A page whose content script listens (so what the test types next is captured). */
  const openReady = async (url: string) => {
    const page = await s.browser.open(url);
    await capturingTab(probe, url);
    return page;
  };
  /** account.shop.test takes `accepted` for each user (the site's own idea of the password). */
  const accepted: Record<string, string> = {};
  const siteLogin = () =>
    s.server.route('account.shop.test', 'POST', '/session', (_req, res, body) => {
      const form = new URLSearchParams(body);
      const ok = accepted[form.get('email') ?? ''] === form.get('password');
      res.writeHead(303, { location: ok ? '/keep-home.html' : '/keep-error.html' }).end();
    });
  /** Changes `user`'s password on the SPA change page and accepts the prompt's update: the entry is pending. */
  const changeAndAccept = async (user: string, current: string, next: string) => {
    const page = await openReady(`${s.server.origin('account.shop.test')}/change.html`);
    await page.fill('#current', current);
    await page.fill('#new', next);
    await page.fill('#confirm', next);
    await page.click('button[type="submit"]');
    const prompt = await decisionSurface(s.browser, page);
    expect(await kindOf(prompt)).toBe('update');
    await prompt.click('[data-testid="prompt-accept"]');
    await until(() => entryOf('account.shop.test', user), (e) => e?.status === 'pending', `${user} pending`);
    return page;
  };

  it('change, then the next login with the new password confirms it without a prompt', async () => {
    const id = await save('account.shop.test', 'cora@mail.test', 'Cora-Old-Pass-1');
    const page = await changeAndAccept('cora@mail.test', 'Cora-Old-Pass-1', 'Cora-New-Pass-2');
    accepted['cora@mail.test'] = 'Cora-New-Pass-2';
    siteLogin();
    const url = `${s.server.origin('account.shop.test')}/login.html`;
    await page.goto(url);
    const tabId = await capturingTab(probe, url);
    await login(page, 'cora@mail.test', 'Cora-New-Pass-2');
    await page.waitFor('a[href="/change.html"]'); // the account page
    await until(async () => {
      await offersIn(probe, tabId); // settles the navigation
      return (await entryOf('account.shop.test', 'cora@mail.test'))?.status;
    }, (status) => status === 'active', 'the change confirmed');
    expect(await passwordOf(id)).toBe('Cora-New-Pass-2');
    expect(await offersIn(probe, tabId)).toEqual([]);
    expect(await page.frame(PROMPT)).toBeNull();
    await page.close();
  });

  it('a change the site did not take: the new password fails, the old one works, and the prompt offers to revert', async () => {
    const id = await save('account.shop.test', 'rex@mail.test', 'Rex-Old-Pass-1');
    const page = await changeAndAccept('rex@mail.test', 'Rex-Old-Pass-1', 'Rex-New-Pass-2');
    expect(await passwordOf(id)).toBe('Rex-New-Pass-2');
    // The site never took the change: it still knows the old password.
    accepted['rex@mail.test'] = 'Rex-Old-Pass-1';
    siteLogin();
    const url = `${s.server.origin('account.shop.test')}/login.html`;
    await page.goto(url);
    const tabId = await capturingTab(probe, url);
    await login(page, 'rex@mail.test', 'Rex-New-Pass-2');
    await page.waitFor('.error');
    expect(await decidedOffersIn(probe, tabId)).toEqual([]);
    expect((await entryOf('account.shop.test', 'rex@mail.test'))?.status).toBe('pending');

    // After a failed login the guide's "Trouble signing in?" panel shows; in Firefox,
    // WebDriver BiDi's pointer input then no longer reaches the page (a real user's click does), so
    // this submit is the form's own requestSubmit: the same submit event, the values still typed.
    await page.fill('#email', 'rex@mail.test');
    await page.fill('#password', 'Rex-Old-Pass-1');
    await page.evaluate(() => document.querySelector('form')?.requestSubmit(), null);
    await page.waitFor('a[href="/change.html"]'); // the account page (the card above went with its page)
    const prompt = await decisionSurface(s.browser, page);
    expect(await kindOf(prompt)).toBe('revert');
    expect(await prompt.text('[data-testid="prompt-user"]')).toBe('rex@mail.test');
    await prompt.click('[data-testid="prompt-accept"]');
    await until(() => entryOf('account.shop.test', 'rex@mail.test'), (e) => e?.status === 'active', 'the entry reverted');
    expect(await passwordOf(id)).toBe('Rex-Old-Pass-1');
    // The rejected password is kept in history, not lost (the one item: the old one is current again).
    expect(await sendFrom(probe, 'entries/history', { id })).toMatchObject({ ok: true, value: { history: [{}] } });
    await page.close();
  });

  /** Opens the popup for the tab showing `url` and clicks "Fill a strong password"; answers the popup's note. */
  const fillStrongFromPopup = async (url: string) => {
    const tabId = await tabIdOf(probe, url);
    // The page's report (a new-password form) must have reached the background before the popup asks.
    await until(() => sendFrom(probe, 'tab/state', { tabId }), (r) => r.ok && r.value.report?.pageClass !== undefined && r.value.report.pageClass !== 'none', 'the page report');
    const popup = await s.browser.openExtensionPage(`${POPUP}?tab=${tabId}`);
    await popup.waitFor(READY);
    await popup.click('[data-testid="fill-strong"]');
    const note = await until(() => popup.text('[data-testid="fill-strong-note"]'), (text) => text !== '', 'the popup note');
    return { popup, note, tabId };
  };
  const valuesIn = (page: TestPage) => page.evaluate(() => ['new', 'confirm'].map((id) => (document.getElementById(id) as HTMLInputElement).value), null);

  it('a generated password filled from the popup into a sign-up form is saved at once, pending; the sign-up confirms it, no duplicate', async () => {
    s.server.route('tienda.test', 'POST', '/keep-signup', (_req, res) => void res.writeHead(303, { location: '/account.html' }).end());
    const url = `${s.server.origin('tienda.test')}/keep-signup.html`;
    const page = await openReady(url);
    await page.fill('#email', 'gen@mail.test');
    const { popup, note, tabId } = await fillStrongFromPopup(url);
    expect(note).toContain('gen@mail.test');
    const [fresh, confirm] = await valuesIn(page);
    expect(fresh?.length).toBeGreaterThanOrEqual(12);
    expect(confirm).toBe(fresh);
    // Saved before any submit: a lost prompt cannot lose it. The popup shows it pending.
    const saved = await entryOf('tienda.test', 'gen@mail.test');
    expect(saved?.status).toBe('pending');
    expect(await passwordOf(saved?.id ?? '')).toBe(fresh);
    await popup.close();
    const again = await s.browser.openExtensionPage(`${POPUP}?tab=${tabId}`);
    await again.waitFor(`[data-entry-id="${saved?.id}"] [data-testid="entry-pending"]`);
    await again.close();

    await page.click('button[type="submit"]');
    await page.waitFor('p'); // the account page
    await until(async () => {
      await offersIn(probe, tabId);
      return entryOf('tienda.test', 'gen@mail.test');
    }, (e) => e?.status === 'active', 'the sign-up confirmed the generated password');
    expect(await offersIn(probe, tabId)).toEqual([]);
    expect(await page.frame(PROMPT)).toBeNull();
    expect((await entriesFor('tienda.test')).filter((e) => e.username === 'gen@mail.test')).toHaveLength(1);

    // Later, on the change page: a new generated password updates that entry at once (pending,
    // the old one in history), and the change's submit offers nothing more.
    await page.goto(`${s.server.origin('tienda.test')}/keep-change.html`);
    await tabIdOf(probe, `${s.server.origin('tienda.test')}/keep-change.html`);
    await page.fill('#current', fresh ?? '');
    const change = await fillStrongFromPopup(`${s.server.origin('tienda.test')}/keep-change.html`);
    const [next] = await valuesIn(page);
    expect(next).not.toBe(fresh);
    const updated = await entryOf('tienda.test', 'gen@mail.test');
    expect(updated).toMatchObject({ id: saved?.id, status: 'pending' });
    expect(await passwordOf(saved?.id ?? '')).toBe(next);
    expect(await sendFrom(probe, 'entries/history', { id: saved?.id ?? '' })).toMatchObject({ ok: true, value: { history: [{}] } });
    await change.popup.close();
    await page.click('button[type="submit"]');
    await until(() => page.text('#status'), (text) => text !== '', 'the change done');
    expect(await decidedOffersIn(probe, change.tabId)).toEqual([]);
    expect(await page.frame(PROMPT)).toBeNull();
    expect((await entriesFor('tienda.test')).filter((e) => e.username === 'gen@mail.test')).toHaveLength(1);
    await page.close();
  });

  it('a page that submits with form.submit() from script (no submit event) is still captured and offered', async () => {
    s.server.route('magazin.test', 'POST', '/session', (_req, res) => void res.writeHead(303, { location: '/account.html' }).end());
    const page = await openReady(`${s.server.origin('magazin.test')}/script-login.html`);
    await page.fill('#email', 'old.school@mail.test');
    await page.fill('#password', 'Magazin-Script-1');
    await page.click('#go');
    const prompt = await decisionSurface(s.browser, page);
    expect(await kindOf(prompt)).toBe('save');
    await prompt.click('[data-testid="prompt-accept"]');
    const saved = await until(() => entryOf('magazin.test', 'old.school@mail.test'), (e) => e !== undefined, 'the entry saved');
    expect(await passwordOf(saved?.id ?? '')).toBe('Magazin-Script-1');
    await page.close();
  });
});
