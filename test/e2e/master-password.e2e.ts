// Changing the master password re-encrypts every record under a new key in one write: the old
// password stops working, the new one opens everything, and a wrong current password changes nothing.
import { describe, expect, it } from 'vitest';
import { sendFrom } from './harness/browser';
import { readLocalFacts } from './harness/extension-storage';
import { READY } from './harness/page';
import { BROWSERS, useSuite } from './harness/suite';
import { until } from './harness/until';

const OLD = 'the first master passphrase';
const NEW = 'a second, longer master passphrase';
// Twelve characters of four classes: only zxcvbn's dictionaries (the packed data file the page
// fetches) see "password" in it and rate it weak.
const DICTIONARY_WEAK = 'Password123!';
const THIRD = 'a third, quieter master passphrase';
const DERIVE_MS = 30_000; // Argon2id twice (prove the current, derive the new): far more on a loaded machine

describe.each(BROWSERS)('master password change in %s', (name) => {
  const s = useSuite(name);

  it('re-encrypts everything atomically', async () => {
    const page = await s.browser.openExtensionPage('src/pages/popup/index.html');
    const raw = () => readLocalFacts(page);
    expect(await sendFrom(page, 'vault/create', { password: OLD })).toMatchObject({ ok: true });
    const site = { origins: ['https://shop.test'], match: 'site' as const };
    const saved = await sendFrom(page, 'entries/save', { site, username: 'ann@example.test', password: 'Kq7vRt2mXa', notes: '' });
    await sendFrom(page, 'entries/save', { site, username: 'bob@example.test', password: 'Wz4mN8q-x', notes: 'second' });
    if (!saved.ok) throw new Error(saved.error.message);

    const before = await raw();
    expect(await sendFrom(page, 'vault/change-master', { current: 'not it at all', next: NEW })).toMatchObject({
      ok: true,
      value: { failure: 'wrong-password' },
    });
    expect(await raw()).toEqual(before);

    expect(await sendFrom(page, 'vault/change-master', { current: OLD, next: NEW })).toMatchObject({
      ok: true,
      value: { failure: null, state: { status: 'unlocked', entries: 2 } },
    });
    const after = await raw();
    const records = Object.keys(before).filter((key) => key.startsWith('vault:e:'));
    expect(records).toHaveLength(2);
    for (const key of [...records, 'vault:header']) expect(after[key]).not.toEqual(before[key]);

    await sendFrom(page, 'vault/lock', {});
    expect(await sendFrom(page, 'vault/unlock', { password: OLD })).toMatchObject({ ok: true, value: { failure: 'wrong-password' } });
    expect(await sendFrom(page, 'vault/unlock', { password: NEW })).toMatchObject({ ok: true, value: { failure: null, state: { entries: 2 } } });
    expect(await sendFrom(page, 'entries/password', { id: saved.value.id })).toEqual({ ok: true, value: { password: 'Kq7vRt2mXa' } });
    await page.close();
  });

  it('scores the new password on the options page with the packed dictionaries, and changes it from the form', async () => {
    const options = await s.browser.openExtensionPage('src/pages/options/index.html#/settings');
    await options.waitFor(READY);
    await options.waitFor('[data-testid="master-change"]');
    await options.fill('#master-current', NEW);
    await options.fill('#master-next', DICTIONARY_WEAK);
    await options.fill('#master-confirm', DICTIONARY_WEAK);
    await options.waitFor('[data-testid="master-change"] [data-testid="strength"][data-score="1"]');
    expect(await options.evaluate(() => (document.querySelector('[data-testid="master-change-submit"]') as HTMLButtonElement).disabled, null)).toBe(true);

    await options.fill('#master-next', THIRD);
    await options.fill('#master-confirm', THIRD);
    await options.waitFor('[data-testid="master-change"] [data-testid="strength"][data-score="4"]');
    await options.click('[data-testid="master-change-submit"]:not([disabled])');
    const said = await until(() => options.text('[data-testid="master-change-message"]'), (text) => text !== '', 'the change form to answer', DERIVE_MS);
    expect(said).toMatch(/changed/i);
    await sendFrom(options, 'vault/lock', {});
    expect(await sendFrom(options, 'vault/unlock', { password: THIRD })).toMatchObject({ ok: true, value: { failure: null, state: { entries: 2 } } });
    await options.close();
  });
});
