// Filling (DESIGN.md security rule 3): only on request from the popup (a click), only into
// visible fields of the top frame of a page the entry matches, never into cross-origin or
// sandboxed frames, never an https entry into an http page, never a sibling subdomain in exact
// mode, never hidden fields.
import { beforeAll, describe, expect, it } from 'vitest';
import type { EntryDraft } from '../../src/shared/protocol/shapes';
import { sendFrom, tabIdOf } from './harness/browser';
import type { TestPage } from './harness/page';
import { BROWSERS, useSuite } from './harness/suite';
import { until } from './harness/until';

const POPUP = 'src/pages/popup/index.html';
const USER = 'shopper@example.test';
const SECRET = 'Correct-Horse-42';

describe.each(BROWSERS)('fill in %s', (name) => {
  const s = useSuite(name);
  let probe: TestPage;
  const ids: Record<string, string> = {};

  async function save(label: string, draft: Omit<EntryDraft, 'notes' | 'password' | 'username'>) {
    const reply = await sendFrom(probe, 'entries/save', { ...draft, username: USER, password: SECRET, notes: label });
    if (!reply.ok) throw new Error(`could not save ${label}: ${reply.error.message}`);
    ids[label] = reply.value.id;
  }

  beforeAll(async () => {
    probe = await s.browser.openExtensionPage(POPUP);
    const created = await sendFrom(probe, 'vault/create', { password: 'a sturdy master passphrase' });
    expect(created).toMatchObject({ ok: true, value: { state: { status: 'unlocked' } } });
    await save('site', { site: { origins: [s.server.origin('shop.test')], match: 'site' } });
    // An https login for the server that the http page below comes from: same host, same port.
    await save('https-for-http-port', { site: { origins: [s.server.httpOrigin('shop.test').replace('http:', 'https:')], match: 'site' } });
    await save('exact-login-host', { site: { origins: [s.server.origin('login.shop.test')], match: 'host' } });
  });

  /** Opens `host/path` over https, or over plain http when it starts with `http:`. */
  async function openAndFill(path: string, entry: string) {
    const insecure = path.startsWith('http:');
    const [host = '', ...rest] = path.replace(/^http:/, '').split('/');
    const url = `${insecure ? s.server.httpOrigin(host) : s.server.origin(host)}/${rest.join('/')}`;
    const page = await s.browser.open(url);
    const tabId = await tabIdOf(probe, url);
    const reply = await sendFrom(probe, 'fill/entry', { tabId, entryId: ids[entry] ?? '' });
    if (!reply.ok) throw new Error(reply.error.message);
    return { page, outcome: reply.value };
  }

  const values = (page: TestPage) =>
    page.evaluate(() => {
      const value = (id: string) => (document.getElementById(id) as HTMLInputElement | null)?.value ?? null;
      return { email: value('email'), password: value('password') };
    }, null);

  it('fills the login form of a matching page on request', async () => {
    const { page, outcome } = await openAndFill('shop.test/login.html', 'site');
    expect(outcome).toEqual({ filled: true, reason: 'filled' });
    expect(await values(page)).toEqual({ email: USER, password: SECRET });
    await page.close();
  });

  it('does not fill on page load, without a request', async () => {
    const url = `${s.server.origin('shop.test')}/login.html`;
    const page = await s.browser.open(url);
    const tabId = await tabIdOf(probe, url);
    // Wait until detection has reported the login form: the content script has done all it does on load.
    await until(() => sendFrom(probe, 'tab/state', { tabId }), (r) => r.ok && r.value.report?.pageClass === 'login', 'the page report');
    expect(await values(page)).toEqual({ email: '', password: '' });
    await page.close();
  });

  it('fills only the shown step of a two-step login', async () => {
    const { page, outcome } = await openAndFill('shop.test/login-step1.html', 'site');
    expect(outcome.filled).toBe(true);
    expect(await values(page)).toEqual({ email: USER, password: null });
    await page.close();
  });

  it.each([
    ['a login form inside a cross-origin iframe', 'shop.test/framed.html', 'site', 'no-login-form'],
    ['a login form inside a sandboxed iframe', 'shop.test/sandboxed-frame.html', 'site', 'no-login-form'],
    ['hidden fields of a closed sign-in modal', 'shop.test/hidden-login.html', 'site', 'no-login-form'],
    ['an http page for an https entry', 'http:shop.test/login.html', 'https-for-http-port', 'insecure-page'],
    ['a sibling subdomain of an exact-host entry', 'account.shop.test/login.html', 'exact-login-host', 'not-matching'],
  ])('refuses %s', async (_what, path, entry, reason) => {
    const { page, outcome } = await openAndFill(path, entry);
    expect(outcome).toEqual({ filled: false, reason });
    const seen = await values(page);
    expect([seen.email ?? '', seen.password ?? '']).toEqual(['', '']);
    await page.close();
  });

  it('fills an exact-host entry on its own host', async () => {
    const { page, outcome } = await openAndFill('login.shop.test/login.html', 'exact-login-host');
    expect(outcome.filled).toBe(true);
    expect(await values(page)).toEqual({ email: USER, password: SECRET });
    await page.close();
  });

  it('refuses a top-level document sandboxed by its CSP', async () => {
    s.server.route('shop.test', 'GET', '/sandboxed-top.html', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-security-policy': 'sandbox allow-scripts allow-forms' });
      res.end('<!doctype html><title>Sandboxed</title><form><input id="email" type="email" autocomplete="username"><input id="password" type="password" autocomplete="current-password"><button>Sign in</button></form>');
    });
    const url = `${s.server.origin('shop.test')}/sandboxed-top.html`;
    const page = await s.browser.open(url);
    // The content script runs there (its URL matches), but the browser reports the document's own
    // origin as opaque: the background speaks for no site there, so the tab has no page to fill
    // (and the content script would refuse a fill in an opaque origin too).
    expect(await page.sendAsContent({ type: 'content/hello', payload: {} })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await values(page)).toEqual({ email: '', password: '' });
    await page.close();
  });
});
