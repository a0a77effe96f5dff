// "Shops that hold a saved card or address first", in both browsers: the user ticks "This shop
// keeps my card or address" in an entry's editor, and Health's fix-it queue moves that shop ahead
// of the others of its tier (here two weak passwords, the older one first until then), with a
// badge saying why. Unticking puts the order back.
import { beforeAll, describe, expect, it } from 'vitest';
import { sendFrom } from './harness/browser';
import { READY, type TestPage } from './harness/page';
import { BROWSERS, useSuite } from './harness/suite';

const OPTIONS = 'src/pages/options/index.html';

describe.each(BROWSERS)('card-holding shops first in the fix-it queue, in %s', (name) => {
  const s = useSuite(name);
  let probe: TestPage;
  let options: TestPage;
  const ids: Record<string, string> = {};

  const save = async (key: string, host: string, password: string) => {
    const saved = await sendFrom(probe, 'entries/save', { site: { origins: [s.server.origin(host)], match: 'site' }, username: 'ann@mail.test', password, notes: '' });
    if (!saved.ok) throw new Error(saved.error.message);
    ids[key] = saved.value.id;
  };
  const queueOrder = () => options.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-testid="fix-item"]')].map((li) => li.dataset.entryId ?? ''), null);

  /** Opens the entry's editor (its own route), sets the checkbox, saves, and goes back to Health. */
  async function markHoldsPayment(key: string, holds: boolean): Promise<void> {
    await options.evaluate((hash) => void (location.hash = hash), `#/passwords/${ids[key]}`);
    await options.waitFor(`[data-testid="edit-entry"][data-entry-id="${ids[key]}"]`);
    const checked = await options.evaluate(() => (document.querySelector('[data-testid="edit-holds-payment"]') as HTMLInputElement).checked, null);
    if (checked !== holds) await options.click('[data-testid="edit-holds-payment"]');
    await options.click('[data-testid="edit-save"]');
    await options.evaluate(() => void (location.hash = '#/health'), null);
    await options.waitFor('[data-testid="health"][data-complete="true"]', { timeout: 30_000 });
  }

  // The vault and its entries exist before the options page opens, as for a user who has them: a
  // page opened on no vault walks its first run instead of showing Health.
  beforeAll(async () => {
    probe = await s.browser.openExtensionPage('src/pages/popup/index.html');
    expect(await sendFrom(probe, 'vault/create', { password: 'a sturdy master passphrase' })).toMatchObject({ ok: true });
    // Two weak passwords, both unique: the older one leads the tier while nothing else is known.
    await save('older', 'dsers.com', 'Bluebird42');
    await save('newer', 'tienda.test', 'Bluebird47');
    options = await s.browser.openExtensionPage(`${OPTIONS}#/health`);
    await options.waitFor(READY);
  });

  it('the shop marked as keeping a card moves ahead of its tier, with a badge; unmarked, it goes back', async () => {
    await options.waitFor('[data-testid="health"][data-complete="true"]', { timeout: 30_000 });
    await options.waitFor('[data-testid="fix-queue"][data-total="2"]', { timeout: 30_000 });
    expect(await queueOrder()).toEqual([ids.older, ids.newer]);
    expect(await options.evaluate(() => document.querySelectorAll('[data-testid="fix-holds-payment"]').length, null)).toBe(0);

    await markHoldsPayment('newer', true);
    await options.waitFor(`[data-testid="fix-item"][data-entry-id="${ids.newer}"][data-holds-payment="true"] [data-testid="fix-holds-payment"]`);
    expect(await queueOrder()).toEqual([ids.newer, ids.older]);
    expect(await options.attr(`[data-testid="fix-item"][data-entry-id="${ids.newer}"]`, 'data-tier')).toBe('weak');

    await markHoldsPayment('newer', false);
    await options.waitFor(`[data-testid="fix-item"][data-entry-id="${ids.newer}"][data-holds-payment="false"]`);
    expect(await queueOrder()).toEqual([ids.older, ids.newer]);
  });
});
