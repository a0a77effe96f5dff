// Attack suite, captured values (DESIGN.md rule 8), in both browsers with the built extension: a
// page's own script tries to pass off values as typed by the user, so that Keep offers to save or
// update them. Each check waits for something the background decided (the next real login's offer,
// the typed username remembered as a first login step), never a pause.
import { beforeAll, describe, expect, it } from 'vitest';
import { sendFrom, tabIdOf } from './harness/browser';
import { readSession } from './harness/extension-storage';
import { capturingTab, login, offersIn } from './harness/flows';
import type { TestPage } from './harness/page';
import { BROWSERS, useSuite } from './harness/suite';
import { until } from './harness/until';

const POPUP = 'src/pages/popup/index.html';

interface KeepSnapshot {
  captures: { capture: { tabId: number; username: string | null } }[];
  offers: { capture: { tabId: number; username: string | null } }[];
  identities: { username: string }[];
}

declare global {
  interface Window {
    plantAndSubmit(email: string, password: string): void;
    plantPassword(password: string): void;
    rewritePassword(password: string): void;
    forgePassword(password: string): void;
  }
}

describe.each(BROWSERS)('planted values in %s', (name) => {
  const s = useSuite(name);
  let probe: TestPage;

  beforeAll(async () => {
    probe = await s.browser.openExtensionPage(POPUP);
    expect(await sendFrom(probe, 'vault/create', { password: 'a sturdy master passphrase' })).toMatchObject({ ok: true });
    for (const host of ['evil.test', 'tienda.test']) {
      s.server.route(host, 'POST', '/session', (_req, res) => void res.writeHead(303, { location: '/account.html' }).end());
    }
  });

  const keep = async (): Promise<KeepSnapshot> => ((await readSession(probe, 'keep')) as { data?: KeepSnapshot } | null)?.data ?? { captures: [], offers: [], identities: [] };
  const kept = (state: KeepSnapshot, tabId: number) => [...state.captures, ...state.offers].filter((p) => p.capture.tabId === tabId);
  const plantPage = async () => {
    const url = `${s.server.origin('evil.test')}/plant.html`;
    const page = await s.browser.open(url);
    // Once the content script listens, what the page does next is seen (or "nothing is
    // offered" would hold only because nothing was listening).
    return { page, tabId: await capturingTab(probe, url) };
  };

  it('execCommand(\'insertText\') with no user input, then requestSubmit(): nothing is offered', async () => {
    const { page, tabId } = await plantPage();
    await page.evaluate(() => window.plantAndSubmit('planted@evil.test', 'Planted-Pass-1'), null);
    // The signed-in page the form's post leads to has said hello.
    await tabIdOf(probe, `${s.server.origin('evil.test')}/account.html`);
    // Then a real login in the same tab: once its offer is there, the background has judged
    // everything this tab sent before it.
    const tienda = `${s.server.origin('tienda.test')}/login.html`;
    await page.goto(tienda);
    await capturingTab(probe, tienda);
    await login(page, 'real@mail.test', 'Real-Pass-2');
    const offers = await until(() => offersIn(probe, tabId), (list) => list.length > 0, 'the real login\'s offer');
    expect(offers.map((o) => o.username)).toEqual(['real@mail.test']);
    expect(JSON.stringify(await keep())).not.toContain('planted@evil.test');
    await page.close();
  });

  let attempt = 0;
  it.each([
    ['execCommand(\'insertText\') into the password after the user typed the email', (p: TestPage) => p.evaluate(() => window.plantPassword('Planted-Pass-3'), null)],
    ['events a script raised itself (keydown, input, change: untrusted)', (p: TestPage) => p.evaluate(() => window.forgePassword('Forged-Pass-4'), null)],
    ['a silent rewrite of what the user typed, then a key and a trusted change', async (p: TestPage) => {
      await p.fill('#password', 'Typed-Pass-5');
      await p.evaluate(() => window.rewritePassword('Rewritten-Pass-'), null);
      // The user types on, and leaves the field: input and change are the browser's own.
      await p.type('#password', '6');
      await p.evaluate(() => document.getElementById('email')?.focus(), null);
    }],
  ] as const)('%s: only the typed username is kept, no password', async (_name, attack) => {
    const { page, tabId } = await plantPage();
    const username = `typed-${++attempt}@mail.test`;
    await page.fill('#email', username);
    await attack(page);
    await page.click('button[type="submit"]');
    // The background decided: the typed username alone, a first login step, is remembered...
    const state = await until(keep, (k) => k.identities.some((i) => i.username === username), 'the typed username, remembered');
    // ...and nothing that would offer a password from this page.
    expect(kept(state, tabId)).toEqual([]);
    await page.close();
  });
});
