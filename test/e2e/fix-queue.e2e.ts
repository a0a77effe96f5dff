// The health section's fix-it queue end to end, in both browsers, on the fixture shops: the queue
// puts the exposed password first, then a password shared by three shops (one item per shop),
// then a weak one; "Fix" opens the shop's change-password page in a new tab with the guide started
// for that entry; the user changes the password there and accepts Keep's update; the options page
// (open all along, asking nothing) hears the vault change, the item leaves the queue by itself and
// the score moves, while the group's other two shops stay, still reused. A "Fix" the user comes
// back from without a change stays, marked "not changed yet".
import { beforeAll, describe, expect, it } from 'vitest';
import { sendFrom } from './harness/browser';
import { decisionSurface, reportedTab } from './harness/flows';
import { READY, type TestPage } from './harness/page';
import { BROWSERS, useSuite } from './harness/suite';
import { until } from './harness/until';

const OPTIONS = 'src/pages/options/index.html#/health';
const SHARED = 'Shared#Pass-2020x';
const NEXT = 'N3w-Strong!Pass-for-A';
const WELL_KNOWN_PROBE = '/.well-known/resource-that-should-not-exist-whose-status-code-should-not-be-200';

describe.each(BROWSERS)('fix-it queue in %s', (name) => {
  const s = useSuite(name);
  let probe: TestPage;
  let options: TestPage;
  const ids: Record<string, string> = {};
  const id = (key: string) => ids[key] ?? '';

  const save = async (key: string, host: string, password: string) => {
    const saved = await sendFrom(probe, 'entries/save', { site: { origins: [s.server.origin(host)], match: 'site' }, username: 'ann@mail.test', password, notes: '' });
    if (!saved.ok) throw new Error(saved.error.message);
    ids[key] = saved.value.id;
  };
  const item = (key: string) => `[data-testid="fix-item"][data-entry-id="${ids[key]}"]`;
  const queueOrder = () => options.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-testid="fix-item"]')].map((li) => li.dataset.entryId ?? ''), null);
  const score = async () => Number(await options.attr('[data-testid="health-score"]', 'data-score'));

  beforeAll(async () => {
    probe = await s.browser.openExtensionPage('src/pages/popup/index.html');
    expect(await sendFrom(probe, 'vault/create', { password: 'a sturdy master passphrase' })).toMatchObject({ ok: true });
    // One login per shop: Keep's update offer on the change page is for that shop's login alone.
    await save('exposed', 'magazin.test', 'password1');
    await save('a', 'account.shop.test', SHARED);
    await save('b', 'mail.test', SHARED);
    await save('c', 'tienda.test', SHARED);
    await save('weak', 'dsers.com', 'Bluebird42');
    // The shop's /.well-known/change-password leads to its change page (W3C check first).
    s.server.route('account.shop.test', 'GET', WELL_KNOWN_PROBE, (_req, res) => void res.writeHead(404, { 'access-control-allow-origin': '*' }).end());
    s.server.route('account.shop.test', 'GET', '/.well-known/change-password', (_req, res) => void res.writeHead(302, { location: '/change.html' }).end());
    options = await s.browser.openExtensionPage(OPTIONS);
    await options.waitFor(READY);
    await options.waitFor('[data-testid="health"][data-complete="true"]', { timeout: 30_000 });
    await options.waitFor('[data-testid="fix-queue"][data-total="5"]');
  });

  it('orders the queue by risk: exposed, then the shared password shop by shop, then weak', async () => {
    expect(await queueOrder()).toEqual([ids.exposed, ids.a, ids.b, ids.c, ids.weak]);
    expect(await options.attr(item('exposed'), 'data-tier')).toBe('exposed');
    expect(await options.attr(item('b'), 'data-tier')).toBe('reused');
    expect(await options.attr(item('weak'), 'data-tier')).toBe('weak');
    // The three shops sharing one password are one group, each with its own "Fix".
    expect(await options.evaluate(() => document.querySelectorAll('[data-testid="fix-group"] [data-testid="fix-start"]').length, null)).toBe(3);
    expect(await options.text(item('a'))).toContain('mail.test');
  });

  it('"Fix" opens the change page with the guide for the entry; the change Keep sees takes the item out of the queue and moves the score', async () => {
    const before = await score();
    await options.click(`${item('a')} [data-testid="fix-start"]`);
    await options.waitFor('[data-testid="fix-message"].ok:not(:empty)');
    const changeUrl = `${s.server.origin('account.shop.test')}/change.html`;
    const tabId = await reportedTab(probe, changeUrl, 'change-password');
    const guide = await until(() => sendFrom(probe, 'guide/state', { tabId }), (r) => r.ok && r.value.guide !== null, 'the guide for the change page');
    expect(guide).toMatchObject({ ok: true, value: { guide: { flow: 'change', entryId: id('a') } } });
    // Until the password changes, the item stays, "not changed yet".
    await options.waitFor(`${item('a')}[data-fix-state="not-changed"]`);

    const shop = await s.browser.adoptTab(changeUrl);
    await shop.fill('#current', SHARED);
    await shop.fill('#new', NEXT);
    await shop.fill('#confirm', NEXT);
    await shop.click('button[type="submit"]');
    await (await decisionSurface(s.browser, shop)).click('[data-testid="prompt-accept"]');
    await until(() => sendFrom(probe, 'entries/password', { id: id('a') }), (r) => r.ok && r.value.password === NEXT, 'the entry updated by Keep');

    // The options page was not touched: it heard the vault change and asked again.
    await options.waitFor(item('a'), { hidden: true, timeout: 20_000 });
    await until(score, (after) => after > before, 'the score to move');
    expect(await queueOrder()).toEqual([ids.exposed, ids.b, ids.c, ids.weak]);
    // The other two shops still share the password: still a group, fixed one shop at a time.
    expect(await options.text(item('b'))).toContain('tienda.test');
    expect(await options.text(item('b'))).not.toContain('account.shop.test');
    await shop.close();
  });

  it('a "Fix" the user comes back from without a change stays in the queue, "not changed yet"', async () => {
    await options.click(`${item('b')} [data-testid="fix-start"]`);
    await options.waitFor(`${item('b')}[data-fix-state="not-changed"] [data-testid="fix-not-changed"]`);
    expect(await sendFrom(probe, 'entries/password', { id: id('b') })).toEqual({ ok: true, value: { password: SHARED } });
    // Back on the page (shown again: it asks again), it is still there and still marked.
    await options.evaluate(() => document.dispatchEvent(new Event('visibilitychange')), null);
    await options.waitFor(`${item('b')}[data-fix-state="not-changed"]`);
    expect(await queueOrder()).toEqual([ids.exposed, ids.b, ids.c, ids.weak]);
  });
});
