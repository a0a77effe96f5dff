// Auto-lock (DESIGN.md security rule 2): the deadline is stored, an alarm is set for it, and it
// is re-checked on every use, so a service worker stopped past the deadline comes back locked
// (Chromium), and a running background locks when it passes (Firefox, whose background the
// harness cannot stop).
import { describe, expect, it } from 'vitest';
import { sendFrom } from './harness/browser';
import { alarmTime, readSession, writeSession } from './harness/extension-storage';
import { READY } from './harness/page';
import { BROWSERS, useSuite } from './harness/suite';

const POPUP = 'src/pages/popup/index.html';

describe.each(BROWSERS)('auto-lock in %s', (name) => {
  const s = useSuite(name);

  it('schedules the lock for the chosen idle time and enforces a passed deadline after a worker stop', async () => {
    const probe = await s.browser.openExtensionPage(POPUP);
    await probe.waitFor(READY);
    await sendFrom(probe, 'settings/set', { autoLock: '1' });
    const before = Date.now();
    expect(await sendFrom(probe, 'vault/create', { password: 'a sturdy master passphrase' })).toMatchObject({ ok: true });

    const deadline = await readSession(probe, 'vault:deadline');
    expect(deadline).toBeGreaterThanOrEqual(before + 60_000);
    expect(deadline).toBeLessThan(Date.now() + 60_000 + 1_000);
    expect(await alarmTime(probe, 'auto-lock')).toBe(deadline);

    if (name === 'chromium') {
      // Time passes past the deadline while the worker is stopped (set it back instead of waiting).
      await writeSession(probe, { 'vault:deadline': Date.now() - 1 });
      expect(await s.browser.stopWorker()).toBe(true);
    } else {
      // The harness cannot stop Firefox's background: the minute passes for real, with no message
      // to the background meanwhile (any use would move the deadline), and its alarm locks it.
      await new Promise((done) => setTimeout(done, Number(deadline) - Date.now() + 1_500));
    }
    expect(await sendFrom(probe, 'vault/state', {})).toMatchObject({ ok: true, value: { status: 'locked' } });
    expect(await sendFrom(probe, 'entries/list', { tabId: null, query: '', offset: 0, limit: 10 })).toMatchObject({ ok: false, error: { code: 'locked' } });
    // The key itself is gone from the session, not just hidden.
    expect(await readSession(probe, 'vault:key')).toBeNull();
    await probe.close();
    // Firefox waits out the minute of the shortest auto-lock setting.
  }, 120_000);
});
