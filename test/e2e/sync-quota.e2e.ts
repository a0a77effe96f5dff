// A vault too large for the browser's sync quota, between two browser profiles (the harness
// copies the sync area as the sync engine would: harness/sync-area.ts). Nothing is written: a
// vault over the quota from the start leaves the sync area empty, so the other profile gets
// nothing, not a part; a vault that fitted, synced and then grew leaves the last complete copy in
// place, which the other profile keeps. The settings page says how big, the limit, that nothing
// was written and what the user can do.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { launch, sendFrom, type ExtensionBrowser } from './harness/browser';
import { READY, type TestPage } from './harness/page';
import { BROWSERS, useTwoProfiles } from './harness/suite';
import { deliver, readSyncArea } from './harness/sync-area';
import { until } from './harness/until';
import { vaultEntries } from './harness/vault-entries';

const MASTER = 'one master passphrase on both computers';
const POPUP = 'src/pages/popup/index.html';
const SETTINGS = 'src/pages/options/index.html#/settings';
const QUOTA_BYTES = 102_400;
// Random passwords and ids do not compress (an import gives every entry the same times and no
// history): about 55 bytes an entry synced, so this many take well over the quota.
const OVER_QUOTA_ENTRIES = 3_000;
const PASSWORD_BYTES = 24;
const SYNC_MS = 20_000;
// A computer's pushes past a burst wait for the push budget (sync/core/push-budget.ts).
const PUSH_WAIT_MS = 60_000;
const site = { origins: ['https://www.aliexpress.com'], match: 'site' as const };

/** A Chrome-format export of `count` logins, each with its own random password. */
function bigExport(count: number): string {
  const lines = ['name,url,username,password,note'];
  for (let i = 0; i < count; i++) lines.push(`shop${i}.example,https://www.shop${i}.example/login,buyer${i}@mail.example,${randomBytes(PASSWORD_BYTES).toString('base64')},`);
  return lines.join('\n');
}

async function importMany(page: TestPage, count: number): Promise<void> {
  const preview = await sendFrom(page, 'import/preview', { text: bigExport(count) });
  if (!preview.ok || !preview.value.preview) throw new Error('the import preview failed');
  expect(await sendFrom(page, 'import/commit', { previewId: preview.value.preview.previewId, choices: {} })).toMatchObject({ ok: true, value: { written: count } });
}

const syncItems = async (page: TestPage) => Object.keys(await readSyncArea(page)).filter((key) => key.startsWith('s:'));

describe.each(BROWSERS)('sync over the quota in %s', (name) => {
  const two = useTwoProfiles(name);

  const status = async (page: TestPage) => {
    const reply = await sendFrom(page, 'sync/state', {});
    return reply.ok ? reply.value.status : null;
  };

  /** The settings page's sync status: its kind and the words the user reads. */
  async function settingsSays(browser: ExtensionBrowser, kind: string): Promise<string> {
    const options = await browser.openExtensionPage(SETTINGS);
    await options.waitFor(READY);
    await options.waitFor(`[data-testid="sync-status"][data-kind="${kind}"]`);
    const text = await options.text('[data-testid="sync-status"]');
    await options.close();
    return text;
  }

  it('a vault over the quota from the start writes nothing: the settings page says so, the other profile gets no part of it', async () => {
    const big = await launch(name, null);
    try {
      const pageBig = await big.openExtensionPage(POPUP);
      expect(await sendFrom(pageBig, 'vault/create', { password: MASTER })).toMatchObject({ ok: true });
      await importMany(pageBig, OVER_QUOTA_ENTRIES);
      await sendFrom(pageBig, 'sync/turn', { on: true, removeCopy: false });
      const refused = await until(() => status(pageBig), (s) => s?.kind === 'too-large', 'the sync to refuse the vault', PUSH_WAIT_MS);
      expect(refused).toMatchObject({ quota: QUOTA_BYTES, kept: false });
      expect(refused?.bytes).toBeGreaterThan(QUOTA_BYTES);
      // Not a piece, not the manifest, not even the header: nothing another computer could adopt.
      expect(await syncItems(pageBig)).toEqual([]);
      const said = await settingsSays(big, 'too-large');
      expect(said).toContain(`${Math.ceil((refused?.bytes ?? 0) / 1024)} KB`);
      expect(said).toContain(`${QUOTA_BYTES / 1024} KB`);
      expect(said).toMatch(/Nothing was written/);
      expect(said).toMatch(/not even part of it/);
      expect(said).toMatch(/delete entries you no longer need, or turn sync off/);

      // The engine carries what there is (nothing) to a fresh profile: no vault appears there.
      const pageB = await two.b.openExtensionPage(POPUP);
      await deliver(pageBig, pageB);
      expect(await syncItems(pageB)).toEqual([]);
      expect(await sendFrom(pageB, 'vault/state', {})).toMatchObject({ ok: true, value: { status: 'absent' } });
    } finally {
      await big.dispose();
    }
  });

  it('a vault that fitted, synced, then grew past the quota: the synced copy stays the last complete one, and the other profile keeps it', async () => {
    const pageA = await two.a.openExtensionPage(POPUP);
    const pageB = await two.b.openExtensionPage(POPUP);
    expect(await sendFrom(pageA, 'vault/create', { password: MASTER })).toMatchObject({ ok: true });
    await sendFrom(pageA, 'entries/save', { site, username: 'ann@example.test', password: 'Kq7vRt2mXa-first', notes: '' });
    await sendFrom(pageA, 'entries/save', { site, username: 'bob@example.test', password: 'Wz4mN8q-x-second', notes: '' });
    await sendFrom(pageA, 'sync/turn', { on: true, removeCopy: false });
    await until(() => status(pageA), (s) => s?.kind === 'ok', 'the first sync from A', SYNC_MS);
    await deliver(pageA, pageB);
    // B's first run offers the synced vault; the user unlocks it there (the welcome page's choice).
    await until(() => sendFrom(pageB, 'sync/offer', {}), (r) => r.ok && r.value.exists, 'B to be offered the synced vault', SYNC_MS);
    expect(await sendFrom(pageB, 'sync/adopt', { password: MASTER })).toMatchObject({ ok: true, value: { failure: null } });
    await until(() => vaultEntries(pageB, MASTER), (entries) => entries.length === 2, "A's entries on B", SYNC_MS);
    const fitted = await readSyncArea(pageA);

    // A grows past the quota: its sync refuses to write (a decision it records), and the synced
    // copy is exactly the one that fitted.
    const grewAt = Date.now();
    await importMany(pageA, OVER_QUOTA_ENTRIES);
    const refused = await until(() => status(pageA), (s) => s?.kind === 'too-large' && s.at >= grewAt, 'the sync to refuse the grown vault', PUSH_WAIT_MS);
    expect(refused).toMatchObject({ quota: QUOTA_BYTES, kept: true });
    expect(await readSyncArea(pageA)).toEqual(fitted);
    const said = await settingsSays(two.a, 'too-large');
    expect(said).toContain(`${Math.ceil((refused?.bytes ?? 0) / 1024)} KB`);
    expect(said).toMatch(/keep the last complete copy/);

    // The engine carries A's area to B: B holds the last complete copy, its two entries, in sync.
    await deliver(pageA, pageB);
    expect(await readSyncArea(pageB)).toEqual(fitted);
    const onB = await vaultEntries(pageB, MASTER);
    expect(onB.map((e) => e.password).sort()).toEqual(['Kq7vRt2mXa-first', 'Wz4mN8q-x-second']);
    expect(await status(pageB)).toMatchObject({ kind: 'ok' });
  });
});

// A vault that fits the quota only with its oldest history left out (sync/core/trim.ts): the copy
// goes, the other profile gets every current password and each entry's newest old one, the
// settings page says what stays behind, and a change coming back from the other profile takes no
// history away from the first.
const TRIMMED_ENTRIES = 1_000;
const TRIMMED_HISTORY = 3;
const TRIMMED_PASSWORD_BYTES = 18;
const TRIM_TEST_MS = 300_000;

/** A Bitwarden JSON export: `count` logins, each with `TRIMMED_HISTORY` old passwords. */
function exportWithHistory(count: number): string {
  const day = (n: number) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString();
  const password = () => randomBytes(TRIMMED_PASSWORD_BYTES).toString('base64');
  const items = Array.from({ length: count }, (_, i) => ({
    type: 1, name: `shop${i}.example`, notes: null,
    login: { uris: [{ uri: `https://www.shop${i}.example/login` }], username: `buyer${i}@mail.example`, password: password() },
    passwordHistory: Array.from({ length: TRIMMED_HISTORY }, (_h, k) => ({ password: password(), lastUsedDate: day(i % 300 + 30 * (TRIMMED_HISTORY - k)) })),
  }));
  return JSON.stringify({ encrypted: false, items });
}

describe.each(BROWSERS)('sync with the oldest history left out in %s', (name) => {
  const two = useTwoProfiles(name);
  it('syncs a vault that fits only trimmed: the other profile has every current password and the newest history item, and the first keeps all its history after the round trip', async () => {
    const pageA = await two.a.openExtensionPage(POPUP);
    expect(await sendFrom(pageA, 'vault/create', { password: MASTER })).toMatchObject({ ok: true });
    const preview = await sendFrom(pageA, 'import/preview', { text: exportWithHistory(TRIMMED_ENTRIES) });
    if (!preview.ok || !preview.value.preview) throw new Error('the import preview failed');
    expect(await sendFrom(pageA, 'import/commit', { previewId: preview.value.preview.previewId, choices: {} })).toMatchObject({ ok: true, value: { written: TRIMMED_ENTRIES } });
    const onA = await vaultEntries(pageA, MASTER);
    expect(onA.every((e) => e.history.length === TRIMMED_HISTORY)).toBe(true);
    await sendFrom(pageA, 'sync/turn', { on: true, removeCopy: false });
    const synced = await until(() => sendFrom(pageA, 'sync/state', {}), (r) => r.ok && r.value.status?.kind === 'ok', 'the trimmed sync from A', PUSH_WAIT_MS);
    const status = synced.ok ? synced.value.status : null;
    const keep = status?.history?.keep ?? 0;
    expect(keep).toBeGreaterThan(0);
    expect(keep).toBeLessThan(TRIMMED_HISTORY);
    expect(status?.bytes).toBeLessThanOrEqual(QUOTA_BYTES);
    const options = await two.a.openExtensionPage(SETTINGS);
    await options.waitFor(READY);
    await options.waitFor('[data-testid="sync-status"][data-kind="ok"]');
    expect(await options.text('[data-testid="sync-status"]')).toMatch(new RegExp(`Older password history \\(${status?.history?.left ?? -1} old passwords\\) stays on this computer`));
    await options.close();

    const pageB = await two.b.openExtensionPage(POPUP);
    await deliver(pageA, pageB);
    await until(() => sendFrom(pageB, 'sync/offer', {}), (r) => r.ok && r.value.exists, 'B to be offered the synced vault', SYNC_MS);
    expect(await sendFrom(pageB, 'sync/adopt', { password: MASTER })).toMatchObject({ ok: true, value: { failure: null } });
    const onB = await until(() => vaultEntries(pageB, MASTER), (entries) => entries.length === TRIMMED_ENTRIES, "A's entries on B", PUSH_WAIT_MS);
    const byId = new Map(onB.map((e) => [e.id, e]));
    for (const e of onA) {
      const got = byId.get(e.id);
      expect(got?.password).toBe(e.password);
      expect(got?.history.map((h) => h.password)).toEqual(e.history.slice(0, keep).map((h) => h.password));
    }

    // B changes a password; its copy comes back to A, which takes the change and keeps every
    // old password it had, those B never got included.
    const [edited] = onA;
    if (!edited) throw new Error('no entries');
    const editedAt = Date.now();
    expect(await sendFrom(pageB, 'entries/save', { id: edited.id, site: edited.site, username: edited.username, password: 'Changed-on-B-7', notes: '' })).toMatchObject({ ok: true });
    await until(() => sendFrom(pageB, 'sync/state', {}), (r) => r.ok && r.value.status?.kind === 'ok' && r.value.status.at >= editedAt, 'B to write its change', PUSH_WAIT_MS);
    await deliver(pageB, pageA);
    const back = await until(() => vaultEntries(pageA, MASTER), (entries) => entries.some((e) => e.id === edited.id && e.password === 'Changed-on-B-7'), "B's change on A", PUSH_WAIT_MS);
    const backById = new Map(back.map((e) => [e.id, e]));
    for (const e of onA) {
      const kept = new Set(backById.get(e.id)?.history.map((h) => h.password));
      for (const h of e.history) expect(kept.has(h.password)).toBe(true);
    }
    expect(backById.get(edited.id)?.history.map((h) => h.password)).toEqual([edited.password, ...edited.history.map((h) => h.password)]);
  }, TRIM_TEST_MS);
});
