// A vault the browser's sync quota cannot hold is not written at all, so no computer ever gets a
// part of one: over the quota from the start, the sync area stays empty and another computer gets
// no vault; after a copy that fitted, the sync area keeps exactly that copy, which the other
// computer keeps. The status says which, with the size and the limit.
import { describe, expect, it } from 'vitest';
import { typicalEntries } from '../../bench/typical-entries';
import { QUOTA_BYTES } from '../../../src/sync/core/limits';
import { copyStorage, valueOf, vaultWith } from './worker';
import { computer, deliver, passwordOf, type Computer } from './sync-computers';

const MASTER = 'one master passphrase on both computers';
// Typical entries take about 150 bytes each when synced (test/bench/sync.bench.ts).
const OVER_QUOTA = 1_000;
const FEW = 2;
// An import carries no history: more entries than with it to outgrow the quota.
const IMPORTED_OVER_QUOTA = 3_000;
const MINUTE = 60_000;

type Status = { kind: string; bytes?: number; quota?: number; kept?: boolean };
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
});
