// Attack suite, hidden fields (DESIGN.md rule 3), in both browsers with the built extension: a
// login page hides its password field from the person in front of it, one way per test (a
// see-through ancestor, clip, clip-path, an element drawn over it, transparent text, beyond the
// page's edge, a few pixels, a box that hides its overflow). Latchkey must not fill it, and must
// not take what is typed into it for the user's password. Each check waits for something the
// extension did (the fill's answer; the username remembered as a first login step), never a pause.
import { beforeAll, describe, expect, it } from 'vitest';
import { sendFrom, tabIdOf } from './harness/browser';
import { readSession } from './harness/extension-storage';
import type { TestPage } from './harness/page';
import { BROWSERS, useSuite } from './harness/suite';
import { until } from './harness/until';

const POPUP = 'src/pages/popup/index.html';
const KINDS = ['opacity', 'clip', 'clip-path', 'covered', 'transparent-text', 'off-screen', 'tiny', 'overflow'] as const;

interface KeepSnapshot {
  captures: { capture: { tabId: number; username: string | null } }[];
  offers: { capture: { tabId: number; username: string | null } }[];
  identities: { username: string }[];
}

describe.each(BROWSERS)('hidden fields in %s', (name) => {
  const s = useSuite(name);
  let probe: TestPage;
  let entryId = '';

  beforeAll(async () => {
    probe = await s.browser.openExtensionPage(POPUP);
    expect(await sendFrom(probe, 'vault/create', { password: 'a sturdy master passphrase' })).toMatchObject({ ok: true });
    const saved = await sendFrom(probe, 'entries/save', { site: { origins: [s.server.origin('shop.test')], match: 'site' }, username: 'me@mail.test', password: 'Shop-Pass-1', notes: '' });
    if (!saved.ok) throw new Error(saved.error.message);
    entryId = saved.value.id;
    s.server.route('shop.test', 'POST', '/session', (_req, res) => void res.writeHead(303, { location: '/account.html' }).end());
  });

  const keep = async (): Promise<KeepSnapshot> => ((await readSession(probe, 'keep')) as { data?: KeepSnapshot } | null)?.data ?? { captures: [], offers: [], identities: [] };

  it.each(KINDS)('%s: no fill into it, and nothing typed into it is taken for a password', async (kind) => {
    const url = `${s.server.origin('shop.test')}/hidden-field.html?kind=${kind}`;
    const page = await s.browser.open(url);
    const tabId = await tabIdOf(probe, url);

    const fill = await sendFrom(probe, 'fill/entry', { tabId, entryId });
    expect(fill.ok).toBe(true);
    expect(await page.evaluate(() => (document.getElementById('password') as HTMLInputElement).value, null)).toBe('');

    // The user types into both fields (real keys; focus lands on the hidden one as a page can make
    // it land), then submits with the visible button.
    const username = `hid-${kind}@mail.test`;
    await page.fill('#email', username);
    await page.fill('#password', 'Typed-Unseen-1');
    await page.click('button[type="submit"]');
    // The background decided: the username alone, a first login step, is remembered...
    const state = await until(keep, (k) => k.identities.some((i) => i.username === username), `the username typed on the ${kind} page, remembered`);
    // ...and nothing was kept that would offer a password from this page.
    expect([...state.captures, ...state.offers].filter((p) => p.capture.tabId === tabId)).toEqual([]);
    await page.close();
  });
});
