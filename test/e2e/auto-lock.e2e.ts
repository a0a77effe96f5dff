// Auto-lock (DESIGN.md security rule 2): the deadline is stored, an alarm is set for it, and it
// is re-checked on every use, so a service worker stopped past the deadline comes back locked.
import { describe, expect, it } from 'vitest';
import { sendFrom } from './harness/browser';
import { READY } from './harness/page';
import { BROWSERS, useSuite } from './harness/suite';

const POPUP = 'src/ui/popup/index.html';

interface Api {
  storage: { session: { get(k: string): Promise<Record<string, unknown>>; set(v: Record<string, unknown>): Promise<void> } };
  alarms: { get(name: string): Promise<{ scheduledTime: number } | undefined> };
}
declare const browser: Api | undefined;
declare const chrome: Api;

describe.each(BROWSERS)('auto-lock in %s', (name) => {
  const s = useSuite(name);

  it('schedules the lock for the chosen idle time and enforces a passed deadline after a worker stop', async () => {
    const probe = await s.browser.openExtensionPage(POPUP);
    await probe.waitFor(READY);
    await sendFrom(probe, 'settings/set', { autoLock: '1' });
    const before = Date.now();
    expect(await sendFrom(probe, 'vault/create', { password: 'a sturdy master passphrase' })).toMatchObject({ ok: true });

    const alarm = await probe.evaluate(async () => {
      const api = typeof browser === 'undefined' ? chrome : browser;
      return { alarm: await api.alarms.get('auto-lock'), deadline: (await api.storage.session.get('vault:deadline'))['vault:deadline'] };
    }, null);
    expect(alarm.deadline).toBeGreaterThanOrEqual(before + 60_000);
    expect(alarm.deadline).toBeLessThan(Date.now() + 60_000 + 1_000);
    expect(alarm.alarm?.scheduledTime).toBe(alarm.deadline);

    // Time passes past the deadline while the worker is stopped (set it back instead of waiting).
    await probe.evaluate(async () => {
      const api = typeof browser === 'undefined' ? chrome : browser;
      await api.storage.session.set({ 'vault:deadline': Date.now() - 1 });
    }, null);
    await s.browser.stopWorker();
    expect(await sendFrom(probe, 'vault/state', {})).toMatchObject({ ok: true, value: { status: 'locked' } });
    expect(await sendFrom(probe, 'entries/list', { tabId: null, query: '', offset: 0, limit: 10 })).toMatchObject({ ok: false, error: { code: 'locked' } });
    // The key itself is gone from the session, not just hidden.
    const key = await probe.evaluate(async () => {
      const api = typeof browser === 'undefined' ? chrome : browser;
      return (await api.storage.session.get('vault:key'))['vault:key'] ?? null;
    }, null);
    expect(key).toBeNull();
    await probe.close();
  });
});
