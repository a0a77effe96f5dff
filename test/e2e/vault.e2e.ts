// The vault through its UI in both browsers: create it on the options page (a weak master password
// is refused first), add an entry in the popup, lock, a wrong password changes nothing, the right
// one brings the entry back. Then what an attacker with access to storage.local sees and can do:
// no plaintext, a tampered record reported and left alone, weakened KDF parameters refused.
// Chromium also checks the key's lifetime across a worker stop and a browser restart, and that a
// restarted worker takes its entries from their sealed snapshot (vault/background/snapshot.ts).
import { describe, expect, it } from 'vitest';
import { sendFrom } from './harness/browser';
import { reportedTab } from './harness/flows';
import { readLocal, readSession, roomInLocal, writeLocal, writeSession } from './harness/extension-storage';
import { READY, type TestPage } from './harness/page';
import { BROWSERS, useSuite } from './harness/suite';
import { until } from './harness/until';

const POPUP = 'src/pages/popup/index.html';
const OPTIONS = 'src/pages/options/index.html';

const WEAK = 'password';
const MASTER = 'violet-tractor-harbour-93-quietly';
const USERNAME = 'vault-e2e-shopper@example.org';
const PASSWORD = 'Qz7!vault-e2e-secret-Kp4';
const DERIVE_MS = 30_000; // Argon2id 64 MiB: about half a second each, far more on a loaded machine

interface Sealed { id: string; v: number; iv: string; ct: string }

/** Changes one base64 character in the middle of the ciphertext: one altered byte. */
function flipOneChar(ct: string): string {
  const at = Math.floor(ct.length / 2);
  return ct.slice(0, at) + (ct[at] === 'A' ? 'B' : 'A') + ct.slice(at + 1);
}

const disabled = (page: TestPage, selector: string) =>
  page.evaluate((s) => (document.querySelector(s) as HTMLButtonElement | null)?.disabled ?? null, selector);

describe.each(BROWSERS)('vault in %s', (name) => {
  const s = useSuite(name);
  let entryId = '';

  /** Opens an extension page and waits for its ready marker (the Firefox harness rides out BiDi's early-document errors). */
  async function openReady(path: string): Promise<TestPage> {
    const page = await s.browser.openExtensionPage(path);
    await page.waitFor(READY);
    return page;
  }

  it('creates the vault on the options page, refusing a weak master password first', async () => {
    const options = await openReady(OPTIONS);
    await options.waitFor('[data-testid="create-vault"]');
    expect(await options.text('[data-testid="no-recovery"]')).toMatch(/cannot|recover/i);

    await options.fill('#new-master', WEAK);
    await options.fill('#confirm-master', WEAK);
    await options.waitFor('[data-testid="strength"][data-score="0"], [data-testid="strength"][data-score="1"]');
    expect(await disabled(options, '[data-testid="create-submit"]')).toBe(true);
    expect(await options.text('[data-testid="create-why"]')).toMatch(/guess/i);
    expect(await sendFrom(options, 'vault/state', {})).toMatchObject({ ok: true, value: { status: 'absent' } });

    await options.fill('#new-master', MASTER);
    await options.fill('#confirm-master', MASTER);
    await options.waitFor('[data-testid="create-submit"]:not([disabled])');
    await options.click('[data-testid="create-submit"]');
    await options.waitFor('[data-testid="vault-unlocked"]', { timeout: DERIVE_MS });
    expect(await options.attr('[data-testid="entry-count"]', 'data-count')).toBe('0');
    await options.close();
  });

  it('adds an entry through the popup, prefilled with the tab page origin, and shows it for the site', async () => {
    const url = `${s.server.origin('shop.test')}/login.html`;
    const page = await s.browser.open(url);
    const probe = await openReady(POPUP);
    // Its login form reported first: Fill is then the first action of the site's rows.
    const tabId = await reportedTab(probe, url, 'login');
    const popup = await openReady(`${POPUP}?tab=${tabId}`);
    await popup.waitFor('[data-testid="search-results"][data-count="0"]');
    await popup.click('[data-testid="add-entry"]');
    await popup.waitFor('[data-testid="entry-form"]');
    expect(await popup.evaluate(() => (document.querySelector('#entry-site') as HTMLInputElement).value, null)).toBe(s.server.origin('shop.test'));

    await popup.fill('#entry-username', USERNAME);
    await popup.click('[data-testid="generate"]');
    await until(() => popup.evaluate(() => (document.querySelector('#entry-password') as HTMLInputElement).value.length, null), (n) => n >= 8, 'a generated password');
    await popup.fill('#entry-password', PASSWORD);
    await popup.click('[data-testid="entry-save"]');
    await popup.waitFor('[data-testid="entry"][data-site-row="true"]');
    expect(await popup.text('[data-testid="entry"][data-site-row="true"] [data-testid="entry-username"]')).toBe(USERNAME);
    entryId = (await popup.attr('[data-testid="entry"][data-site-row="true"]', 'data-entry-id')) ?? '';
    expect(entryId).not.toBe('');
    // The list shows a mask: the password is nowhere in the popup's DOM.
    expect(await popup.evaluate(() => document.documentElement.outerHTML, null)).not.toContain(PASSWORD);

    // Fill is a click in the popup (the row's first action on a login page); whatever the
    // background decides, the popup says it out loud.
    await popup.click('[data-testid="search-results"] [data-testid="fill"]');
    await popup.waitFor('[data-testid="popup-status"]:not(:empty)');
    await Promise.all([page.close(), probe.close(), popup.close()]);
  });

  it('locks; a wrong password is refused clearly and changes nothing; the right one brings the entry back', async () => {
    const popup = await openReady(POPUP);
    await popup.click('[data-testid="lock-now"]');
    await popup.waitFor('[data-testid="unlock-form"]');
    const before = await readLocal(popup);

    await popup.fill('#popup-master', `${MASTER}-wrong`);
    await popup.click('[data-testid="unlock-submit"]');
    await popup.waitFor('[data-testid="unlock-error"]:not(:empty)', { timeout: DERIVE_MS });
    expect(await popup.text('[data-testid="unlock-error"]')).toContain('Wrong master password');
    expect(await readLocal(popup)).toEqual(before);
    expect(await sendFrom(popup, 'vault/state', {})).toMatchObject({ ok: true, value: { status: 'locked' } });

    await popup.fill('#popup-master', MASTER);
    await popup.click('[data-testid="unlock-submit"]');
    await popup.waitFor('[data-testid="vault-view"]', { timeout: DERIVE_MS });
    await popup.waitFor(`[data-testid="search-results"] [data-entry-id="${entryId}"]`);
    expect(await sendFrom(popup, 'vault/state', {})).toMatchObject({ ok: true, value: { status: 'unlocked', entries: 1, unreadable: 0 } });
    await popup.close();
  });

  it('keeps no plaintext password, username or site in storage.local', async () => {
    const probe = await openReady(POPUP);
    const raw = JSON.stringify(await readLocal(probe));
    expect(raw).toContain(`vault:e:${entryId}`);
    for (const secret of [PASSWORD, USERNAME, 'shop.test', 'example.org']) expect(raw).not.toContain(secret);
    await probe.close();
  });

  it('has room for a vault past 10 MB, where Chrome stops storage.local without unlimitedStorage', async () => {
    // 10,000 entries take 6.3 MB; an import of twice that must still be written.
    const probe = await openReady(POPUP);
    expect(await roomInLocal(probe, 'test:room', 11 * 1024 * 1024)).toBe(11 * 1024 * 1024);
    await probe.close();
  });

  it('reports a record with one altered ciphertext byte as unreadable, keeps the others, and never overwrites it', async () => {
    const probe = await openReady(POPUP);
    const other = await sendFrom(probe, 'entries/save', { site: { origins: ['https://mail.test'], match: 'site' }, username: 'other', password: 'other-secret-1', notes: '' });
    expect(other.ok).toBe(true);
    const key = `vault:e:${entryId}`;
    const original = (await readLocal(probe))[key] as Sealed;
    const tampered = { ...original, ct: flipOneChar(original.ct) };
    await writeLocal(probe, { [key]: tampered });

    // The unlocked vault caches what it decrypted; a fresh unlock reads storage again.
    await sendFrom(probe, 'vault/lock', {});
    expect(await sendFrom(probe, 'vault/unlock', { password: MASTER })).toMatchObject({ ok: true, value: { failure: null } });
    expect(await sendFrom(probe, 'vault/state', {})).toMatchObject({ ok: true, value: { status: 'unlocked', entries: 1, unreadable: 1 } });
    const popup = await openReady(POPUP);
    await popup.waitFor('[data-testid="unreadable"]');
    await popup.waitFor('[data-testid="search-results"][data-count="1"]');

    // Writes to other entries leave the tampered record byte-identical.
    const again = await sendFrom(probe, 'entries/save', { site: { origins: ['https://mail.test'], match: 'host' }, username: 'third', password: 'third-secret-1', notes: '' });
    expect(again.ok).toBe(true);
    expect((await readLocal(probe))[key]).toEqual(tampered);

    // Put the original back for the tests that follow (the test, not Latchkey, repairs it).
    await writeLocal(probe, { [key]: original });
    await sendFrom(probe, 'vault/lock', {});
    await sendFrom(probe, 'vault/unlock', { password: MASTER });
    expect(await sendFrom(probe, 'vault/state', {})).toMatchObject({ ok: true, value: { entries: 3, unreadable: 0 } });
    await Promise.all([probe.close(), popup.close()]);
  });

  it('reports a record whose IV was altered as unreadable and leaves it as it is', async () => {
    const probe = await openReady(POPUP);
    const key = `vault:e:${entryId}`;
    const original = (await readLocal(probe))[key] as Sealed;
    const tampered = { ...original, iv: flipOneChar(original.iv) };
    await writeLocal(probe, { [key]: tampered });
    await sendFrom(probe, 'vault/lock', {});
    expect(await sendFrom(probe, 'vault/unlock', { password: MASTER })).toMatchObject({ ok: true, value: { failure: null } });
    expect(await sendFrom(probe, 'vault/state', {})).toMatchObject({ ok: true, value: { entries: 2, unreadable: 1 } });
    expect((await readLocal(probe))[key]).toEqual(tampered);
    await writeLocal(probe, { [key]: original });
    await sendFrom(probe, 'vault/lock', {});
    await sendFrom(probe, 'vault/unlock', { password: MASTER });
    expect(await sendFrom(probe, 'vault/state', {})).toMatchObject({ ok: true, value: { entries: 3, unreadable: 0 } });
    await probe.close();
  });

  it('refuses to unlock with KDF parameters below the floor and changes nothing', async () => {
    const probe = await openReady(POPUP);
    await sendFrom(probe, 'vault/lock', {});
    const header = (await readLocal(probe))['vault:header'] as { kdf: { iterations: number } };
    await writeLocal(probe, { 'vault:header': { ...header, kdf: { ...header.kdf, iterations: 1 } } });
    const before = await readLocal(probe);

    const popup = await openReady(POPUP);
    await popup.fill('#popup-master', MASTER);
    await popup.click('[data-testid="unlock-submit"]');
    await popup.waitFor('[data-testid="unlock-error"]:not(:empty)', { timeout: DERIVE_MS });
    expect(await popup.text('[data-testid="unlock-error"]')).toMatch(/weaker than Latchkey allows/);
    expect(await sendFrom(probe, 'vault/unlock', { password: MASTER })).toMatchObject({ ok: true, value: { failure: 'weak-params', state: { status: 'locked' } } });
    expect(await readLocal(probe)).toEqual(before);

    await writeLocal(probe, { 'vault:header': header });
    expect(await sendFrom(probe, 'vault/unlock', { password: MASTER })).toMatchObject({ ok: true, value: { failure: null, state: { status: 'unlocked' } } });
    await Promise.all([probe.close(), popup.close()]);
  });

  it('a restarted background reads the sealed snapshot of the entries; a write replaces it, a lock removes it', async () => {
    const probe = await openReady(POPUP);
    const list = async () => {
      const reply = await sendFrom(probe, 'entries/list', { tabId: null, query: '', offset: 0, limit: 500 });
      if (!reply.ok) throw new Error(reply.error.message);
      return reply.value.items.map((item) => `${item.id} ${item.username}`).sort();
    };
    const snapshot = () => readSession(probe, 'vault:snapshot') as Promise<Sealed | null>;
    // The vault was just unlocked (the tests above): every record was read, and the snapshot follows.
    const sealed = (await until(snapshot, (value) => value !== null, 'the snapshot')) as Sealed;
    expect(JSON.stringify(sealed)).not.toContain(USERNAME);
    expect(JSON.stringify(sealed)).not.toContain(PASSWORD);
    const before = await list();

    // Proof that a restarted worker reads the snapshot, not the records: a record altered in
    // storage goes unnoticed until the next unlock, which reads and checks every record.
    const key = `vault:e:${entryId}`;
    const original = (await readLocal(probe))[key] as Sealed;
    await writeLocal(probe, { [key]: { ...original, ct: flipOneChar(original.ct) } });
    expect(await s.browser.stopWorker()).toBe(true);
    expect(await sendFrom(probe, 'vault/state', {})).toMatchObject({ ok: true, value: { status: 'unlocked', entries: before.length, unreadable: 0 } });
    expect(await list()).toEqual(before);
    await writeLocal(probe, { [key]: original });

    // A write removes the snapshot before it writes the records, then seals a new one.
    const saved = await sendFrom(probe, 'entries/save', { site: { origins: ['https://snapshot.test'], match: 'site' }, username: 'snap', password: 'snap-secret-1', notes: '' });
    if (!saved.ok) throw new Error(saved.error.message);
    expect(await snapshot()).not.toEqual(sealed);
    const next = (await until(snapshot, (value) => value !== null && value.ct !== sealed.ct, 'the new snapshot')) as Sealed;
    expect(await s.browser.stopWorker()).toBe(true);
    expect(await list()).toEqual([...before, `${saved.value.id} snap`].sort());

    // A snapshot that does not open is ignored: the records are read, nothing is lost.
    await writeSession(probe, { 'vault:snapshot': { ...next, ct: flipOneChar(next.ct) } });
    expect(await s.browser.stopWorker()).toBe(true);
    expect(await list()).toEqual([...before, `${saved.value.id} snap`].sort());
    expect(await sendFrom(probe, 'entries/delete', { id: saved.value.id })).toMatchObject({ ok: true, value: { deleted: true } });

    // The snapshot is sealed under the unlocked key and goes with it.
    await sendFrom(probe, 'vault/lock', {});
    expect(await snapshot()).toBeNull();
    expect(await sendFrom(probe, 'vault/unlock', { password: MASTER })).toMatchObject({ ok: true, value: { failure: null } });
    expect(await list()).toEqual(before);
    await probe.close();
  });

  it('stays unlocked across a background stop and is locked after a browser restart', async () => {
    const probe = await openReady(POPUP);
    const before = await sendFrom(probe, 'status', {});
    expect(await sendFrom(probe, 'vault/state', {})).toMatchObject({ ok: true, value: { status: 'unlocked' } });
    await probe.close();

    expect(await s.browser.stopWorker()).toBe(true);
    const after = await openReady(POPUP);
    const status = await sendFrom(after, 'status', {});
    expect(status.ok && before.ok && status.value.startedAt).not.toBe(before.ok && before.value.startedAt);
    expect(await sendFrom(after, 'vault/state', {})).toMatchObject({ ok: true, value: { status: 'unlocked', entries: 3 } });
    await after.close();

    await s.browser.restart();
    const reopened = await openReady(POPUP);
    await reopened.waitFor('[data-testid="unlock-form"]');
    expect(await sendFrom(reopened, 'vault/state', {})).toMatchObject({ ok: true, value: { status: 'locked' } });
    await reopened.close();
  });
});
