// Settings that cannot be read are never written over, in both browsers: stored settings from a
// newer version (as after a downgrade) survive a browser restart, a prompt's "Never for this site"
// and a settings save, each refused with a message; the options page says they could not be read
// and only its reset, the user's explicit choice, replaces them.
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_SPEC } from '../../src/settings/core/settings';
import { sendFrom } from './harness/browser';
import { readLocal, writeLocal } from './harness/extension-storage';
import { capturingTab, decisionSurface, login } from './harness/flows';
import { READY } from './harness/page';
import { BROWSERS, useSuite } from './harness/suite';
import { until } from './harness/until';

const POPUP = 'src/pages/popup/index.html';
const OPTIONS = 'src/pages/options/index.html';
const MASTER = 'a sturdy master passphrase';
const NEWER = { v: SETTINGS_SPEC.version + 1, data: { ...DEFAULT_SETTINGS, autoLock: '5', neverSave: ['kept.test'], fromTheFuture: true } };

describe.each(BROWSERS)('unreadable settings in %s', (name) => {
  const s = useSuite(name);

  it('are refused to every write, the prompt and the options page included, until the user resets them', async () => {
    const setup = await s.browser.openExtensionPage(POPUP);
    expect(await sendFrom(setup, 'vault/create', { password: MASTER })).toMatchObject({ ok: true });
    await writeLocal(setup, { settings: NEWER });
    await setup.close();
    // A new background reads them: a downgrade restarts it the same way.
    await s.browser.restart();

    const probe = await s.browser.openExtensionPage(POPUP);
    expect(await sendFrom(probe, 'vault/unlock', { password: MASTER })).toMatchObject({ ok: true, value: { failure: null } });
    expect(await sendFrom(probe, 'settings/problem', {})).toEqual({ ok: true, value: { problem: 'newer-version' } });
    const stored = async () => (await readLocal(probe)).settings;

    // A login Keep offers to save: "Never for this site" is refused, says so, and the offer stays.
    s.server.route('mail.test', 'POST', '/session', (_req, res) => void res.writeHead(303, { location: '/keep-inbox.html' }).end());
    const url = `${s.server.origin('mail.test')}/keep-login.html`;
    const page = await s.browser.open(url);
    await capturingTab(probe, url);
    await login(page, 'nina@mail.test', 'Webmail-Pass-1');
    const prompt = await decisionSurface(s.browser, page);
    await prompt.click('[data-testid="prompt-never"]');
    await prompt.waitFor('[data-testid="prompt-note"]');
    expect(await stored()).toEqual(NEWER);
    expect(await sendFrom(probe, 'settings/set', { promptsEnabled: false })).toMatchObject({ ok: false, error: { code: 'unreadable' } });
    expect(await stored()).toEqual(NEWER);

    const options = await s.browser.openExtensionPage(`${OPTIONS}#/settings`);
    await options.waitFor(READY);
    await options.waitFor('[data-testid="settings-unreadable"][data-problem="newer-version"] [role="alert"]');
    expect(await options.evaluate(() => document.querySelector('[data-testid="settings-form"]') === null, null)).toBe(true);
    await options.click('[data-testid="settings-reset"]');
    await options.waitFor('[data-testid="settings-form"]');
    expect(await options.text('[data-testid="save-status"]')).not.toBe('');
    await until(stored, (value) => isDeepStrictEqual(value, { v: SETTINGS_SPEC.version, data: DEFAULT_SETTINGS }), 'the defaults stored by the reset');
    // Writable again.
    expect(await sendFrom(probe, 'settings/set', { autoLock: '60' })).toMatchObject({ ok: true, value: { autoLock: '60' } });
    await Promise.all([options.close(), page.close(), probe.close()]);
  }, 120_000);
});
