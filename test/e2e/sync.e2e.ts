// Sync between two computers, played by two browser profiles: the harness copies one profile's
// sync storage into the other's (harness/sync-area.ts), as the browser's sync engine would. A
// second profile with no vault is offered the first's on its first-run page, unlocks it with the
// same master password and gets its entries; an item altered on the way is refused, reported, and changes nothing. A master password
// changed on one profile reaches the other: told, it takes the new password at its next unlock.
import { describe, expect, it } from 'vitest';
import { sendFrom, type ExtensionBrowser } from './harness/browser';
import { READY, type TestPage } from './harness/page';
import { BROWSERS, useTwoProfiles } from './harness/suite';
import { deliver, readSyncArea, writeSyncArea } from './harness/sync-area';
import { until } from './harness/until';
import { vaultEntries } from './harness/vault-entries';

const MASTER = 'one master passphrase on both computers';
const NEW_MASTER = 'the master passphrase after the change on A';
const UNLOCK_MS = 30_000; // Argon2id on a loaded machine
const SYNC_MS = 20_000;
// A computer's pushes past a burst wait for the push budget (sync/core/push-budget.ts).
const PUSH_WAIT_MS = 60_000;
const site = { origins: ['https://www.aliexpress.com'], match: 'site' as const };

describe.each(BROWSERS)('sync between two profiles in %s', (name) => {
  const two = useTwoProfiles(name);

  // The push budget (sync/core/push-budget.ts) is counted by the running background: a background
  // stopped before the user's next change (a message, which wakes it) starts with the whole burst,
  // so a test need not wait for what the previous test's pushes spent.
  const freshBackground = async (browser: ExtensionBrowser) => void (await browser.stopWorker());

  const status = async (page: TestPage) => {
    const reply = await sendFrom(page, 'sync/state', {});
    return reply.ok ? reply.value : null;
  };

  it('brings the vault to an empty second profile, sealed, and refuses an altered item', async () => {
    const pageA = await two.a.openExtensionPage('src/pages/popup/index.html');
    expect(await sendFrom(pageA, 'vault/create', { password: MASTER })).toMatchObject({ ok: true });
    await sendFrom(pageA, 'entries/save', { site, username: 'ann@example.test', password: 'Kq7vRt2mXa-first', notes: '' });
    await sendFrom(pageA, 'entries/save', { site, username: 'bob@example.test', password: 'Wz4mN8q-x-second', notes: 'two' });
    // Off by default: nothing in the sync area until the user turns it on.
    expect(await status(pageA)).toMatchObject({ on: false });
    expect(Object.keys(await readSyncArea(pageA))).toEqual([]);
    expect(await sendFrom(pageA, 'sync/turn', { on: true, removeCopy: false })).toMatchObject({ ok: true, value: { on: true } });
    const synced = await until(() => readSyncArea(pageA), (items) => 's:m' in items, 'the first sync from A', SYNC_MS);
    const text = JSON.stringify(synced);
    for (const clear of ['Kq7vRt2mXa-first', 'ann@example.test', 'aliexpress']) expect(text).not.toContain(clear);

    // B: a fresh profile. The sync engine delivers A's items; B takes nothing by itself. Its first
    // run says a synced vault exists and offers to unlock it or to start a separate one.
    const pageB = await two.b.openExtensionPage('src/pages/popup/index.html');
    await deliver(pageA, pageB);
    expect(await sendFrom(pageB, 'vault/state', {})).toMatchObject({ ok: true, value: { status: 'absent' } });
    const welcome = await two.b.openExtensionPage('src/pages/options/index.html');
    await welcome.waitFor('[data-testid="synced-vault-choice"]');
    await welcome.click('[data-testid="synced-separate"]');
    await welcome.waitFor('[data-testid="synced-separate-note"]');
    await welcome.waitFor('[data-testid="create-vault"]');
    await welcome.click('[data-testid="synced-back"]');
    await welcome.fill('#synced-master', `${MASTER}-wrong`);
    await welcome.click('[data-testid="synced-unlock-submit"]');
    await welcome.waitFor('[data-testid="synced-error"]:not(:empty)', { timeout: UNLOCK_MS });
    expect(await sendFrom(pageB, 'vault/state', {})).toMatchObject({ ok: true, value: { status: 'absent' } });
    await welcome.fill('#synced-master', MASTER);
    await welcome.click('[data-testid="synced-unlock-submit"]');
    await welcome.waitFor('[data-testid="welcome"][data-step="import"]', { timeout: UNLOCK_MS });
    await welcome.close();
    const onB = await until(() => vaultEntries(pageB, MASTER), (entries) => entries.length === 2, "A's entries on B", UNLOCK_MS);
    expect(onB.map((e) => e.password).sort()).toEqual(['Kq7vRt2mXa-first', 'Wz4mN8q-x-second']);
    expect(await until(() => status(pageB), (s) => s?.status?.kind === 'ok', 'B to report in sync', SYNC_MS)).toMatchObject({ on: true });

    // An item altered on the way: refused and reported; B's entries are as they were.
    const items = await readSyncArea(pageB);
    const piece = String(items['s:c0']);
    const altered = piece.slice(0, -8) + (piece.at(-8) === 'A' ? 'B' : 'A') + piece.slice(-7);
    await writeSyncArea(pageB, { 's:c0': altered });
    const refused = await until(() => status(pageB), (s) => s?.status?.kind === 'tampered', 'B to refuse the altered piece', SYNC_MS);
    expect(refused?.status).toMatchObject({ kind: 'tampered', item: 's:c0' });
    expect((await vaultEntries(pageB, MASTER)).map((e) => e.password).sort()).toEqual(['Kq7vRt2mXa-first', 'Wz4mN8q-x-second']);
  });

  it('keeps both passwords of a concurrent edit on the two profiles: the newer current, the older in history, marked for review until the user reviews it', async () => {
    const pageA = await two.a.openExtensionPage('src/pages/popup/index.html');
    const pageB = await two.b.openExtensionPage('src/pages/popup/index.html');
    // The good items again, after the altered one above.
    await deliver(pageA, pageB);
    await until(() => status(pageB), (s) => s?.status?.kind === 'ok', 'B back in sync', SYNC_MS);
    const ann = (await vaultEntries(pageA, MASTER)).find((e) => e.username === 'ann@example.test')!;
    const gen = async (page: TestPage) => ((await readSyncArea(page))['s:m'] as { g?: number } | undefined)?.g ?? 0;
    const before = await gen(pageA);
    // Both edit the same entry before either hears of the other's edit; B's is the later one. Each
    // writes its own sync area (the engine has not carried anything yet).
    await sendFrom(pageA, 'entries/save', { id: ann.id, site, username: ann.username, password: 'Edited-on-A-3x', notes: '' });
    await until(() => gen(pageA), (g) => g > before, "A's write", PUSH_WAIT_MS);
    await sendFrom(pageB, 'entries/save', { id: ann.id, site, username: ann.username, password: 'Edited-on-B-4y', notes: '' });
    const ownB = await until(() => gen(pageB), (g) => g > before, "B's write", PUSH_WAIT_MS);
    // The engine brings A's write to B; B merges and writes the merged vault; it goes back to A.
    await deliver(pageA, pageB);
    const merged = await until(() => vaultEntries(pageB, MASTER), (es) => es.some((e) => e.id === ann.id && e.history.some((h) => h.password === 'Edited-on-A-3x')), 'the merge on B', PUSH_WAIT_MS);
    await until(() => gen(pageB), (g) => g > ownB, "B's merged write", PUSH_WAIT_MS);
    await deliver(pageB, pageA);
    const onA = await until(() => vaultEntries(pageA, MASTER), (es) => es.some((e) => e.id === ann.id && e.password === 'Edited-on-B-4y'), 'the merge on A', PUSH_WAIT_MS);
    for (const entries of [merged, onA]) {
      const entry = entries.find((e) => e.id === ann.id)!;
      expect(entry.password).toBe('Edited-on-B-4y');
      expect(entry.history.map((h) => h.password)).toContain('Edited-on-A-3x');
      expect(entry.history.map((h) => h.password)).toContain('Kq7vRt2mXa-first');
      expect(entry.conflictAt).toBeGreaterThan(0);
    }

    // The mark, seen by the user: the table's row has it, the entry view says what happened; the
    // user marks it reviewed there.
    const options = await two.a.openExtensionPage('src/pages/options/index.html#/passwords?problem=conflict');
    await options.waitFor(READY);
    await options.waitFor(`[data-testid="table-row"][data-entry-id="${ann.id}"] [data-testid="badge-conflict"]`);
    await options.close();
    const view = await two.a.openExtensionPage(`src/pages/options/index.html#/passwords/${ann.id}`);
    await view.waitFor(READY);
    await view.waitFor('[data-testid="edit-conflict"]');
    expect(await view.text('[data-testid="edit-conflict"]')).toMatch(/Changed on two computers.*the other password is in history/);
    const genA = await gen(pageA);
    await view.click('[data-testid="edit-conflict-reviewed"]');
    await view.waitFor('[data-testid="edit-conflict"]', { hidden: true });
    const reviewed = await until(() => vaultEntries(pageA, MASTER), (es) => es.find((e) => e.id === ann.id)?.conflictAt === undefined, 'the mark cleared on A', SYNC_MS);
    expect(reviewed.find((e) => e.id === ann.id)?.password).toBe('Edited-on-B-4y');
    await view.close();
    // Sync carries the cleared mark to B; both passwords stay.
    await until(() => gen(pageA), (g) => g > genA, "A's write of the review", PUSH_WAIT_MS);
    await deliver(pageA, pageB);
    const clearedB = await until(() => vaultEntries(pageB, MASTER), (es) => es.find((e) => e.id === ann.id)?.conflictAt === undefined, 'the mark cleared on B', PUSH_WAIT_MS);
    const annB = clearedB.find((e) => e.id === ann.id)!;
    expect(annB.password).toBe('Edited-on-B-4y');
    expect(annB.history.map((h) => h.password)).toContain('Edited-on-A-3x');
  });

  it('a deletion on one profile does not win over an edit the other made meanwhile', async () => {
    const pageA = await two.a.openExtensionPage('src/pages/popup/index.html');
    const pageB = await two.b.openExtensionPage('src/pages/popup/index.html');
    const bob = (await vaultEntries(pageA, MASTER)).find((e) => e.username === 'bob@example.test')!;
    const gen = async (page: TestPage) => ((await readSyncArea(page))['s:m'] as { g?: number } | undefined)?.g ?? 0;
    const [genA, genB] = [await gen(pageA), await gen(pageB)];
    await freshBackground(two.a);
    expect(await sendFrom(pageA, 'entries/delete', { id: bob.id })).toMatchObject({ ok: true, value: { deleted: true } });
    await until(() => gen(pageA), (g) => g > genA, "A's write of the deletion", PUSH_WAIT_MS);
    await sendFrom(pageB, 'entries/save', { id: bob.id, site, username: bob.username, password: 'Bob-edited-on-B', notes: 'two' });
    const ownB = await until(() => gen(pageB), (g) => g > genB, "B's write of the edit", PUSH_WAIT_MS);
    await deliver(pageA, pageB);
    await until(() => gen(pageB), (g) => g > ownB, "B's merged write", PUSH_WAIT_MS);
    await deliver(pageB, pageA);
    const onA = await until(() => vaultEntries(pageA, MASTER), (es) => es.some((e) => e.id === bob.id), 'the edit back on A', PUSH_WAIT_MS);
    expect(onA.find((e) => e.id === bob.id)?.password).toBe('Bob-edited-on-B');
    expect((await vaultEntries(pageB, MASTER)).find((e) => e.id === bob.id)?.password).toBe('Bob-edited-on-B');
  });

  it('a master password changed on A reaches B: B is told, takes the new one at its next unlock, and keeps its unsynced edit', async () => {
    const pageA = await two.a.openExtensionPage('src/pages/popup/index.html');
    const pageB = await two.b.openExtensionPage('src/pages/popup/index.html');
    const gen = async (page: TestPage) => ((await readSyncArea(page))['s:m'] as { g?: number } | undefined)?.g ?? 0;
    const [genA, genB] = [await gen(pageA), await gen(pageB)];
    // B adds an entry that A has not heard of: B writes its own sync area, the engine carries nothing.
    await freshBackground(two.b);
    await sendFrom(pageB, 'entries/save', { site, username: 'cat@example.test', password: 'Cat-only-on-B-5z', notes: '' });
    await until(() => gen(pageB), (g) => g > genB, "B's write of its edit", PUSH_WAIT_MS);
    // A changes the master password; its next write is under the new key, with the handoff.
    expect(await sendFrom(pageA, 'vault/change-master', { current: MASTER, next: NEW_MASTER })).toMatchObject({ ok: true, value: { failure: null } });
    const rekeyed = await until(() => readSyncArea(pageA), (items) => 's:k' in items && Number((items['s:m'] as { g?: number } | undefined)?.g) > genA, "A's re-keyed write", PUSH_WAIT_MS);
    expect(JSON.stringify(rekeyed['s:k'])).not.toContain('Cat-only');

    // The engine brings it to B, still unlocked on the old password: sync pauses and says why.
    await deliver(pageA, pageB);
    await until(() => status(pageB), (s) => s?.status?.kind === 'changed-elsewhere', 'B to be told of the change', SYNC_MS);
    expect((await vaultEntries(pageB, MASTER)).map((e) => e.password)).toContain('Cat-only-on-B-5z');

    // B's next unlock, in the unlock form: it says so; the old password is refused; the new one moves B.
    expect(await sendFrom(pageB, 'vault/lock', {})).toMatchObject({ ok: true });
    const options = await two.b.openExtensionPage('src/pages/options/index.html');
    await options.waitFor('[data-testid="unlock-changed-elsewhere"]');
    expect(await options.text('[data-testid="unlock-changed-elsewhere"]')).toContain('changed on another computer');
    await options.fill('#options-master', MASTER);
    await options.click('[data-testid="unlock-submit"]');
    await options.waitFor('[data-testid="unlock-error"]:not(:empty)', { timeout: UNLOCK_MS });
    expect(await options.text('[data-testid="unlock-error"]')).toContain('old master password');
    await options.fill('#options-master', NEW_MASTER);
    await options.click('[data-testid="unlock-submit"]');
    await options.waitFor('[data-testid="unlock-form"]', { hidden: true, timeout: UNLOCK_MS * 2 });
    await options.close();
    await expect(vaultEntries(pageB, MASTER)).rejects.toThrow(/wrong-password/);
    const onB = await until(() => vaultEntries(pageB, NEW_MASTER), (es) => es.some((e) => e.password === 'Cat-only-on-B-5z') && es.some((e) => e.username === 'ann@example.test'), "A's entries and B's own under the new password", SYNC_MS);
    expect(onB.find((e) => e.username === 'bob@example.test')?.password).toBe('Bob-edited-on-B');
    await until(() => status(pageB), (s) => s?.status?.kind === 'ok', 'B back in sync', PUSH_WAIT_MS);

    // Back to A: B's edit arrives.
    await deliver(pageB, pageA);
    const onA = await until(() => vaultEntries(pageA, NEW_MASTER), (es) => es.some((e) => e.password === 'Cat-only-on-B-5z'), "B's edit on A", PUSH_WAIT_MS);
    expect(onA.map((e) => e.username).sort()).toEqual(onB.map((e) => e.username).sort());
  });
});
