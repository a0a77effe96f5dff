import { beforeAll, describe, expect, it } from 'vitest';
import { createHeader, type VaultHeader } from '../../../src/vault/core/crypto/header';
import { newKdfParams } from '../../../src/vault/core/crypto/kdf-params';
import { recordLocal, resolveAll } from '../../../src/sync/core/merge';
import { HEADER_ITEM, MANIFEST_ITEM, packState, pieceItem, unpackItems } from '../../../src/sync/core/pack';
import { itemBytes, QUOTA_BYTES_PER_ITEM } from '../../../src/sync/core/limits';
import { canonicalJson, type SyncState } from '../../../src/sync/core/replica-state';
import { changePassword } from '../../../src/vault/core/password-change';
import { typicalEntries } from '../../bench/typical-entries';

const T0 = 1_700_000_000_000;
let key: CryptoKey;
let header: VaultHeader;
let otherKey: CryptoKey;
let otherHeader: VaultHeader;
const entries = typicalEntries(300);
const state: SyncState = recordLocal(new Map(), 'A', new Map(entries.map((e) => [e.id, e])), new Set(), T0).state;
const sameState = (a: SyncState, b: SyncState) => canonicalJson([...a]) === canonicalJson([...b]);

beforeAll(async () => {
  ({ header, key } = await createHeader('a sturdy master passphrase', newKdfParams('pbkdf2-sha256'), T0));
  ({ header: otherHeader, key: otherKey } = await createHeader('another passphrase', newKdfParams('pbkdf2-sha256'), T0));
});

describe('sync packing', () => {
  it('round-trips the state in items the browser accepts, pending entries and all', async () => {
    const first = entries[0]!;
    const pending = changePassword(first, 'Reset4passWord', T0 + 1, { pending: true });
    const withPending = recordLocal(state, 'A', new Map([...resolveAll(state), [first.id, pending]]), new Set(), T0 + 1).state;
    const packed = await packState(key, header, withPending, 3, 'A');
    expect(Object.keys(packed.items).length).toBeGreaterThan(3); // several pieces
    for (const [k, v] of Object.entries(packed.items)) expect(itemBytes(k, v)).toBeLessThanOrEqual(QUOTA_BYTES_PER_ITEM);
    const unpacked = await unpackItems(key, packed.items, 3);
    expect(unpacked.ok && sameState(unpacked.value.state, withPending)).toBe(true);
    expect(unpacked.ok && resolveAll(unpacked.value.state).get(first.id)).toMatchObject({ status: 'pending', pendingPrevious: { password: first.password } });
    // Nothing of an entry in the clear.
    const text = JSON.stringify(packed.items);
    for (const e of entries.slice(0, 20)) for (const s of [e.password, e.username, e.site.origins[0]!]) expect(text).not.toContain(s);
  });

  it('refuses a tampered piece, a swapped piece, a replayed generation and a missing piece; and says which', async () => {
    const packed = await packState(key, header, state, 5, 'A');
    const items = packed.items as Record<string, unknown>;
    const piece = items[pieceItem(1)] as string;
    const flipped = piece.slice(0, -6) + (piece.at(-6) === 'A' ? 'B' : 'A') + piece.slice(-5);
    expect(await unpackItems(key, { ...items, [pieceItem(1)]: flipped }, 5)).toMatchObject({ ok: false, error: { code: 'tampered', item: pieceItem(1) } });
    expect(await unpackItems(key, { ...items, [pieceItem(0)]: items[pieceItem(1)], [pieceItem(1)]: items[pieceItem(0)] }, 5)).toMatchObject({ ok: false, error: { code: 'tampered' } });
    expect(await unpackItems(key, items, 6)).toMatchObject({ ok: false, error: { code: 'replayed', gen: 5 } });
    const { [pieceItem(2)]: _gone, ...partial } = items;
    expect(await unpackItems(key, partial, 5)).toMatchObject({ ok: false, error: { code: 'incomplete' } });
    // A piece of the previous write, still there while the new one arrives: wait, do not apply.
    const older = (await packState(key, header, state, 4, 'A')).items as Record<string, unknown>;
    expect(await unpackItems(key, { ...items, [pieceItem(0)]: older[pieceItem(0)] }, 5)).toMatchObject({ ok: false, error: { code: 'incomplete' } });
    // Relabelled as this generation: it does not open under the labels it shows.
    const relabelled = (older[pieceItem(0)] as string).replace(/^4\./, '5.');
    expect(await unpackItems(key, { ...items, [pieceItem(0)]: relabelled }, 5)).toMatchObject({ ok: false, error: { code: 'tampered' } });
    const manifest = items[MANIFEST_ITEM] as { g: number };
    expect(await unpackItems(key, { ...items, [MANIFEST_ITEM]: { ...manifest, g: 9 } }, 5)).toMatchObject({ ok: false, error: { code: 'tampered', item: MANIFEST_ITEM } });
  });

  it("refuses another master password's vault, and a synced header below the KDF floors, before anything else", async () => {
    const theirs = await packState(otherKey, otherHeader, state, 1, 'B');
    expect(await unpackItems(key, theirs.items, 0)).toMatchObject({ ok: false, error: { code: 'other-key' } });
    const packed = await packState(key, header, state, 1, 'A');
    const weak = { ...header, kdf: { ...header.kdf, iterations: 1_000 } };
    expect(await unpackItems(key, { ...packed.items, [HEADER_ITEM]: weak }, 0)).toMatchObject({ ok: false, error: { code: 'header', error: { code: 'weak-params' } } });
  });
});
