// Attack suite, who is speaking (DESIGN.md rule 8), in both browsers with the built extension: the
// background believes only what the browser says of a sender. A page's content script claiming
// another site's URL, a report of another origin, our framed prompt acting on another tab's offer,
// another extension page asking for an export: each is refused, and the refusal is the answer the
// test waits for (with the state the background recorded instead), never a pause.
import { beforeAll, describe, expect, it } from 'vitest';
import { sendFrom, tabIdOf } from './harness/browser';
import { capturingTab, login, offersIn, promptIn } from './harness/flows';
import type { TestPage } from './harness/page';
import { BROWSERS, useSuite } from './harness/suite';
import { until } from './harness/until';

const POPUP = 'src/pages/popup/index.html';
const MASTER = 'a sturdy master passphrase';

interface ExtensionApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}
declare const browser: ExtensionApi | undefined;
declare const chrome: ExtensionApi;

describe.each(BROWSERS)('who is speaking, in %s', (name) => {
  const s = useSuite(name);
  let probe: TestPage;
  let bankEntry = '';

  beforeAll(async () => {
    probe = await s.browser.openExtensionPage(POPUP);
    expect(await sendFrom(probe, 'vault/create', { password: MASTER })).toMatchObject({ ok: true });
    // shop.test stands for the bank, evil.test for the page that pretends to be it.
    const saved = await sendFrom(probe, 'entries/save', { site: { origins: [s.server.origin('shop.test')], match: 'site' }, username: 'me@bank.test', password: 'Bank-Pass-1', notes: '' });
    if (!saved.ok) throw new Error(saved.error.message);
    bankEntry = saved.value.id;
    for (const host of ['shop.test', 'tienda.test']) {
      s.server.route(host, 'POST', '/session', (_req, res) => void res.writeHead(303, { location: '/account.html' }).end());
    }
  });

  it('a hello that claims the bank\'s URL is refused: the popup lists no bank entry there and fill/entry refuses it', async () => {
    const evil = `${s.server.origin('evil.test')}/login.html`;
    const bank = `${s.server.origin('shop.test')}/login.html`;
    const page = await s.browser.open(evil);
    const tabId = await tabIdOf(probe, evil);
    expect(await page.sendAsContent({ type: 'content/hello', payload: { url: bank } })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    // The tab's page is still the one its sender loaded.
    const state = await sendFrom(probe, 'tab/state', { tabId });
    expect(state).toMatchObject({ ok: true, value: { hello: { url: evil } } });
    const listed = await sendFrom(probe, 'popup/open', { tabId, limit: 30 });
    if (!listed.ok || !listed.value.list) throw new Error('no entry list');
    expect(listed.value.list.siteFirst).toBe(0);
    expect(await sendFrom(probe, 'fill/entry', { tabId, entryId: bankEntry })).toEqual({ ok: true, value: { filled: false, reason: 'not-matching' } });
    expect(await page.evaluate(() => (document.getElementById('password') as HTMLInputElement).value, null)).toBe('');
    await page.close();
  });

  it('a report of another origin is refused and recorded nowhere', async () => {
    const evil = `${s.server.origin('evil.test')}/login.html`;
    const page = await s.browser.open(evil);
    const tabId = await tabIdOf(probe, evil);
    const snapshot = { url: `${s.server.origin('shop.test')}/login.html`, title: 'Sign in', headings: [], forms: [], links: [], messages: [], captchaHints: [] };
    expect(await page.sendAsContent({ type: 'page/report', payload: { seq: 1_000, snapshot, ms: 1 } })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const state = await sendFrom(probe, 'tab/state', { tabId });
    expect(state.ok && state.value.report?.url).not.toBe(snapshot.url);
    await page.close();
  });

  it('a snapshot bigger than the content script ever sends is refused whole, and the page\'s report stays', async () => {
    const url = `${s.server.origin('shop.test')}/login.html`;
    const page = await s.browser.open(url);
    const tabId = await tabIdOf(probe, url);
    const stored = await until(() => sendFrom(probe, 'tab/state', { tabId }), (r) => r.ok && r.value.report?.pageClass === 'login', 'the page\'s own report');
    const snapshot = { url, title: 'Sign in', headings: [], forms: [], links: [], messages: [], captchaHints: [] };
    for (const huge of [{ ...snapshot, title: 'x'.repeat(100_000) }, { ...snapshot, messages: Array.from({ length: 10_000 }, () => 'error') }]) {
      const reply = await page.sendAsContent({ type: 'page/report', payload: { seq: 1_000_000, snapshot: huge, ms: 1 } }) as { ok: boolean; error?: { code: string; message: string } };
      expect(reply).toMatchObject({ ok: false, error: { code: 'bad-request' } });
      // Says what was wrong, without echoing the page's words back.
      expect(reply.error?.message.length).toBeLessThan(500);
    }
    expect(await sendFrom(probe, 'tab/state', { tabId })).toEqual(stored);
    await page.close();
  });

  it('our framed prompt acts only on its own tab\'s offers', async () => {
    // Tab A leaves an offer on shop.test; tab B shows the prompt for its own offer on tienda.test.
    const a = await s.browser.open(`${s.server.origin('shop.test')}/login.html`);
    const tabA = await capturingTab(probe, `${s.server.origin('shop.test')}/login.html`);
    await login(a, 'other@bank.test', 'Other-Pass-2');
    const [offerA] = await until(() => offersIn(probe, tabA), (list) => list.length === 1, 'tab A\'s offer');
    const b = await s.browser.open(`${s.server.origin('tienda.test')}/login.html`);
    await capturingTab(probe, `${s.server.origin('tienda.test')}/login.html`);
    await login(b, 'ann@mail.test', 'Tienda-Pass-3');
    const frame = await promptIn(b);
    const fromFrame = (message: unknown) =>
      frame.evaluate((m) => (typeof browser === 'undefined' ? chrome : browser).runtime.sendMessage(m), message);
    expect(await fromFrame({ type: 'keep/accept', payload: { offerId: offerA?.id, choice: { action: 'save' } } })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await fromFrame({ type: 'keep/dismiss', payload: { offerId: offerA?.id, forget: true } })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await fromFrame({ type: 'keep/offers', payload: { tabId: tabA } })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // Tab A's offer is untouched, and nothing was saved from it.
    expect(await offersIn(probe, tabA)).toMatchObject([{ id: offerA?.id, accepted: false, dismissed: false }]);
    const saved = await sendFrom(probe, 'entries/list', { tabId: null, query: 'other@bank.test', offset: 0, limit: 5 });
    expect(saved.ok && saved.value.items).toEqual([]);
    await a.close();
    await b.close();
  });

  it('an export asked for by the popup is refused, master password or not', async () => {
    const reply = await sendFrom(probe, 'export/create', { format: 'latchkey', master: MASTER });
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(JSON.stringify(reply)).not.toContain('Bank-Pass-1');
  });
});
