// Auto-lock (DESIGN.md security rule 2): the deadline is stored, an alarm is set for it, and it
// is re-checked on every use, so a service worker stopped past the deadline comes back locked,
// and a running background locks as soon as the stored deadline has passed.
import { describe, expect, it } from 'vitest';
import { sendFrom } from './harness/browser';
import { alarmTime, readSession, writeSession } from './harness/extension-storage';
import { READY } from './harness/page';
import { BROWSERS, useSuite } from './harness/suite';

const POPUP = 'src/ui/popup/index.html';

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

    // Time passes past the deadline while the worker is stopped (set it back instead of waiting).
    // Chromium's worker restarts and reads it; Firefox's background, which the harness cannot
    // stop, hears of the write (background/vault/keyring.ts followDeadline) as an event.
    await writeSession(probe, { 'vault:deadline': Date.now() - 1 });
    if (await s.browser.stopWorker()) {
      expect(await sendFrom(probe, 'vault/state', {})).toMatchObject({ ok: true, value: { status: 'locked' } });
    } else {
      await expect.poll(() => sendFrom(probe, 'vault/state', {}), { timeout: 5_000 }).toMatchObject({ ok: true, value: { status: 'locked' } });
    }
    expect(await sendFrom(probe, 'entries/list', { tabId: null, query: '', offset: 0, limit: 10 })).toMatchObject({ ok: false, error: { code: 'locked' } });
    // The key itself is gone from the session, not just hidden.
    expect(await readSession(probe, 'vault:key')).toBeNull();
    await probe.close();
  });
});
