// Keep, background half, in the built extension: the extension's own content script
// (reached through harness/content-world.ts until the capture code exists) submits a change of
// password and what happened after it; the popup's messages list the offer and accept it; the
// vault then holds the new password as pending with the old one in history, and the next login
// with the new password, followed by a real navigation, confirms it. The content script can
// neither list offers nor read a password.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Submission } from '../../src/keep/core/capture';
import { submitOf } from '../unit/keep/submit-of';
import { sendFrom, tabIdOf } from './harness/browser';
import type { TestPage } from './harness/page';
import { BROWSERS, useSuite } from './harness/suite';
import { until } from './harness/until';

const POPUP = 'src/pages/popup/index.html';
const typed = (value: string) => ({ value, source: 'typed' as const });

describe.each(BROWSERS)('keep in %s', (name) => {
  const s = useSuite(name);
  let probe: TestPage;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    probe = await s.browser.openExtensionPage(POPUP);
    const created = await sendFrom(probe, 'vault/create', { password: 'a sturdy master passphrase' });
    expect(created).toMatchObject({ ok: true });
    for (const user of ['ann', 'bob', 'cat']) {
      const site = { origins: [s.server.origin('shop.test')], match: 'site' as const };
      const saved = await sendFrom(probe, 'entries/save', { site, username: `${user}@mail.test`, password: `${user}-Old-Pass-1`, notes: '' });
      if (!saved.ok) throw new Error(saved.error.message);
      ids[user] = saved.value.id;
    }
  });

  const statusOf = async (id: string) => {
    const list = await sendFrom(probe, 'entries/list', { tabId: null, query: '', offset: 0, limit: 50 });
    if (!list.ok) throw new Error(list.error.message);
    return list.value.items.find((e) => e.id === id)?.status;
  };

  it('captures a change, offers the right entry among three, and marks it pending on accept; the next login confirms it', async () => {
    const url = `${s.server.origin('shop.test')}/account.html?keep=change`;
    const page = await s.browser.open(url);
    const tabId = await tabIdOf(probe, url);

    const change: Submission = {
      formKey: 'change',
      formClass: 'change-password',
      username: null,
      currentPassword: typed('bob-Old-Pass-1'),
      newPassword: typed('bob-New-Pass-2'),
      confirmPassword: typed('bob-New-Pass-2'),
    };
    expect(await page.sendAsContent({ type: 'keep/submit', payload: submitOf(url, change) })).toMatchObject({ ok: true, value: { kept: true } });
    const success = { kind: 'form-shown', formKey: 'change', formClass: 'change-password', cleared: true, signals: ['success-message'] };
    expect(await page.sendAsContent({ type: 'keep/observe', payload: success })).toEqual({ ok: true, value: { kept: true } });

    // What a content script may not do: see offers, accept them, read a password.
    expect(await page.sendAsContent({ type: 'keep/offers', payload: { tabId } })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await page.sendAsContent({ type: 'entries/password', payload: { id: ids.bob } })).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    const listed = await sendFrom(probe, 'keep/offers', { tabId });
    if (!listed.ok) throw new Error(listed.error.message);
    expect(listed.value.offers).toMatchObject([{ kind: 'update', candidates: [{ id: ids.bob, username: 'bob@mail.test' }], pending: true }]);
    expect(JSON.stringify(listed.value)).not.toContain('bob-New-Pass-2');
    const offerId = listed.value.offers[0]?.id ?? '';
    expect(await page.sendAsContent({ type: 'keep/accept', payload: { offerId, choice: { action: 'save' } } })).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    const accepted = await sendFrom(probe, 'keep/accept', { offerId, choice: { action: 'update', entryId: ids.bob ?? '' } });
    expect(accepted).toMatchObject({ ok: true, value: { id: ids.bob, status: 'pending' } });
    expect(await sendFrom(probe, 'entries/password', { id: ids.bob ?? '' })).toEqual({ ok: true, value: { password: 'bob-New-Pass-2' } });
    expect(await statusOf(ids.ann ?? '')).toBe('active');
    expect(await statusOf(ids.cat ?? '')).toBe('active');

    // Next login with the new password, then the page moves on (a real navigation: hello and report).
    const loginUrl = `${s.server.origin('shop.test')}/login.html?keep=confirm`;
    await page.goto(loginUrl);
    await tabIdOf(probe, loginUrl);
    const login: Submission = { formKey: 'login', formClass: 'login', username: typed('bob@mail.test'), currentPassword: typed('bob-New-Pass-2'), newPassword: null, confirmPassword: null };
    expect(await page.sendAsContent({ type: 'keep/submit', payload: submitOf(loginUrl, login) })).toMatchObject({ ok: true, value: { kept: true } });
    await page.goto(`${s.server.origin('shop.test')}/?keep=signed-in`);
    await until(
      async () => {
        await sendFrom(probe, 'keep/offers', { tabId }); // also settles a navigation whose page reported nothing
        return statusOf(ids.bob ?? '');
      },
      (status) => status === 'active',
      'the pending change confirmed by the login',
    );
    const after = await sendFrom(probe, 'keep/offers', { tabId });
    expect(after).toMatchObject({ ok: true, value: { offers: [] } });
    expect(await sendFrom(probe, 'entries/password', { id: ids.bob ?? '' })).toEqual({ ok: true, value: { password: 'bob-New-Pass-2' } });
    await page.close();
  });

  // Keep tells the page that submitted from the next one by the browser's document id where it
  // names the sender's own document (Chromium); Firefox's names the frame's document when its
  // parent handles the message, so the tab's hello there carries none (keep/core/document.ts).
  it('records each top-frame document of a tab by its own id in Chromium, none in Firefox', async () => {
    const first = `${s.server.origin('shop.test')}/account.html?keep=document`;
    const page = await s.browser.open(first);
    const tabId = await tabIdOf(probe, first);
    const helloOf = async () => {
      const state = await sendFrom(probe, 'tab/state', { tabId });
      if (!state.ok || !state.value.hello) throw new Error('no hello');
      return state.value.hello;
    };
    const before = await helloOf();
    const next = `${s.server.origin('shop.test')}/?keep=document-next`;
    await page.goto(next);
    await tabIdOf(probe, next);
    const after = await helloOf();
    if (name === 'chromium') {
      expect(before.documentId).toEqual(expect.any(String));
      expect(after.documentId).toEqual(expect.any(String));
      expect(after.documentId).not.toBe(before.documentId);
    } else {
      expect([before.documentId, after.documentId]).toEqual([undefined, undefined]);
    }
    await page.close();
  });
});
