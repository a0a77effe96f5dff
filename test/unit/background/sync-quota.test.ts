// A vault the browser's sync quota cannot hold is not written at all, so no computer ever gets a
// part of one: over the quota from the start, the sync area stays empty and another computer gets
// no vault; after a copy that fitted, the sync area keeps exactly that copy, which the other
// computer keeps. The status says which, with the size and the limit.
import { describe, expect, it } from 'vitest';
import { typicalEntries } from '../../bench/typical-entries';
import { QUOTA_BYTES } from '../../../src/sync/core/limits';
import { copyStorage, valueOf, vaultWith } from './worker';
import { computer, deliver, passwordOf, type Computer } from './sync-computers';
import { unlockHeader } from '../../../src/vault/core/crypto/header';
import { openRecord } from '../../../src/vault/core/crypto/record';
import { Entry } from '../../../src/vault/core/entry';

const MASTER = 'one master passphrase on both computers';
// Typical entries take about 90 bytes each when synced with one history item each, the least a
// copy over the quota carries (test/bench/sync.bench.ts).
const OVER_QUOTA = 2_000;
const FEW = 2;
// Typical entries with their whole history take about 140 bytes each: these fit only with the
// oldest history items left out.
const FITS_TRIMMED = 1_000;
// An import carries no history: more entries than with it to outgrow the quota.
const IMPORTED_OVER_QUOTA = 3_000;
const MINUTE = 60_000;
// Seven syncs of a thousand entries, each packed up to four times: minutes on a busy machine.
const SLOW_MS = 180_000;

type Status = { kind: string; bytes?: number; quota?: number; kept?: boolean; history?: { keep: number; left: number } };
const statusOf = async (c: Computer) => valueOf<{ status: Status | null }>(await c.worker.send('sync/state', {}), 'sync state').status;
const syncArea = (c: Computer) => Object.fromEntries(c.storage.sync.map);

describe('sync over the quota', () => {
  it('writes nothing for a vault over the quota from the start: the other computer gets no vault', async () => {
    const a = await computer(copyStorage(await vaultWith(MASTER, () => typicalEntries(OVER_QUOTA))));
    valueOf(await a.worker.send('vault/unlock', { password: MASTER }), 'unlock');
    valueOf(await a.worker.send('sync/turn', { on: true, removeCopy: false }), 'turn on');
    await a.syncNow(Date.now());
    const status = await statusOf(a);
    expect(status).toMatchObject({ kind: 'too-large', quota: QUOTA_BYTES, kept: false });
    expect(status?.bytes).toBeGreaterThan(QUOTA_BYTES);
    expect(syncArea(a)).toEqual({});

    const b = await computer();
    deliver(a, b);
    expect(await b.adopt(MASTER)).toBe('absent');
    expect(await b.worker.send('vault/state', {})).toMatchObject({ ok: true, value: { status: 'absent' } });
  });

  it('keeps the last complete copy when the vault grows past the quota, and the other computer keeps it', async () => {
    const entries = typicalEntries(FEW + IMPORTED_OVER_QUOTA);
    const a = await computer(copyStorage(await vaultWith(MASTER, () => entries.slice(0, FEW))));
    valueOf(await a.worker.send('vault/unlock', { password: MASTER }), 'unlock');
    valueOf(await a.worker.send('sync/turn', { on: true, removeCopy: false }), 'turn on');
    const t0 = Date.now();
    await a.syncNow(t0);
    expect(await statusOf(a)).toMatchObject({ kind: 'ok' });
    const b = await computer();
    deliver(a, b);
    expect(await b.adopt(MASTER)).toBeNull();
    await b.syncNow(t0);
    const fitted = structuredClone(syncArea(a));

    // The vault grows on A by an import (each computer runs its own background).
    const csv = ['name,url,username,password,note', ...entries.slice(FEW).map((e) => `,${e.site.origins[0] ?? ''},${e.username},${e.password},`)].join('\n');
    const preview = valueOf<{ preview: { previewId: string } }>(await a.worker.send('import/preview', { text: csv }), 'preview');
    valueOf(await a.worker.send('import/commit', { previewId: preview.preview.previewId, choices: {} }), 'commit');
    await a.syncNow(t0 + MINUTE);
    expect(await statusOf(a)).toMatchObject({ kind: 'too-large', quota: QUOTA_BYTES, kept: true });
    expect(syncArea(a)).toEqual(fitted);

    deliver(a, b);
    await b.syncNow(t0 + MINUTE);
    expect(await statusOf(b)).toMatchObject({ kind: 'ok' });
    expect(valueOf<{ entries: number }>(await b.worker.send('vault/state', {}), 'state B').entries).toBe(FEW);
    for (const entry of entries.slice(0, FEW)) expect(await passwordOf(b, entry.id)).toBe(entry.password);
  });

  it('a vault that fits only with its oldest history left out syncs: the other computer gets every current password and the newest history item, and this one keeps all its history after the round trip', async () => {
    const entries = typicalEntries(FITS_TRIMMED);
    const a = await computer(copyStorage(await vaultWith(MASTER, () => entries)));
    valueOf(await a.worker.send('vault/unlock', { password: MASTER }), 'unlock');
    valueOf(await a.worker.send('sync/turn', { on: true, removeCopy: false }), 'turn on');
    const t0 = Date.now();
    await a.syncNow(t0);
    const status = await statusOf(a);
    expect(status).toMatchObject({ kind: 'ok', quota: QUOTA_BYTES });
    expect(status?.bytes).toBeLessThanOrEqual(QUOTA_BYTES);
    const keep = status?.history?.keep ?? 0;
    expect(keep).toBeGreaterThan(0);
    expect(status?.history?.left).toBe(entries.reduce((n, e) => n + e.history.length - keep, 0));

    const b = await computer();
    deliver(a, b);
    expect(await b.adopt(MASTER)).toBeNull();
    await b.syncNow(t0);
    const onB = await entriesOf(b);
    expect(onB.size).toBe(FITS_TRIMMED);
    for (const e of entries) {
      const got = onB.get(e.id);
      expect(got?.password).toBe(e.password);
      expect(got?.history.map((h) => h.password)).toEqual(e.history.slice(0, keep).map((h) => h.password));
    }

    // B changes a password and its copy goes back: A takes the change and keeps every old
    // password it had, the ones B never got included.
    const [edited] = entries;
    if (!edited) throw new Error('no entries');
    const site = edited.site;
    valueOf(await b.worker.send('entries/save', { id: edited.id, site, username: edited.username, password: 'Changed-on-B-7', notes: '' }), 'edit on B');
    await b.syncNow(t0 + MINUTE);
    // What B holds fits whole: its copy has the short histories it got, nothing left out.
    expect(await statusOf(b)).toMatchObject({ kind: 'ok' });
    expect((await statusOf(b))?.history).toBeUndefined();
    deliver(b, a);
    await a.syncNow(t0 + 2 * MINUTE);
    const onA = await entriesOf(a);
    expect(onA.get(edited.id)?.password).toBe('Changed-on-B-7');
    for (const e of entries) {
      const kept = new Set(onA.get(e.id)?.history.map((h) => h.password));
      for (const h of e.history) expect(kept.has(h.password), `an old password of ${e.id} lost on A`).toBe(true);
    }
    expect(onA.get(edited.id)?.history.map((h) => h.password)).toEqual([edited.password, ...edited.history.map((h) => h.password)]);

    // Then both settle: a copy that lacks only what is left out is not written again.
    await a.syncNow(t0 + 3 * MINUTE);
    const settled = structuredClone(syncArea(a));
    deliver(a, b);
    await b.syncNow(t0 + 4 * MINUTE);
    await a.syncNow(t0 + 5 * MINUTE);
    expect(syncArea(a)).toEqual(settled);
    expect(syncArea(b)).toEqual(settled);
  }, SLOW_MS);
});

/** The computer's vault as stored, opened here with the master password: every password and history item. */
async function entriesOf(c: Computer): Promise<Map<string, Entry>> {
  const stored = Object.fromEntries(c.storage.local.map);
  const unlocked = await unlockHeader(MASTER, stored['vault:header']);
  if (!unlocked.ok) throw new Error('the stored vault does not open');
  const entries = new Map<string, Entry>();
  for (const [key, value] of Object.entries(stored)) {
    if (!key.startsWith('vault:e:')) continue;
    const opened = await openRecord(unlocked.value.key, value as never, key.slice('vault:e:'.length));
    if (opened.ok) {
      const entry = Entry.parse(JSON.parse(opened.value.plaintext));
      entries.set(entry.id, entry);
    }
  }
  return entries;
}
