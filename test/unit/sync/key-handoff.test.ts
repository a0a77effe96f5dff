// The master password handoff (sync/core/key-handoff.ts): a computer on an earlier key proves the
// change happened (only that key's holder could say so), and given the new key gets its own old
// key, proven against its header; an altered handoff, one replayed for another header, or one
// that does not carry this computer's key gives nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { createHeader, type VaultHeader } from '../../../src/vault/core/crypto/header';
import { newKdfParams } from '../../../src/vault/core/crypto/kdf-params';
import { handedKeys, headerDigest, makeHandoff, MAX_HANDOFF_KEYS, movedTo, oldKeyFor, type KeyHandoff } from '../../../src/sync/core/key-handoff';

const T0 = 1_700_000_000_000;
type Made = { header: VaultHeader; key: CryptoKey; rawKey: Uint8Array<ArrayBuffer> };
let k1: Made;
let k2: Made;
let k3: Made;
let stranger: Made;
const made = (password: string) => createHeader(password, newKdfParams('pbkdf2-sha256'), T0);
const old = async (m: Made) => ({ print: await headerDigest(m.header), raw: m.rawKey });

beforeAll(async () => {
  [k1, k2, k3, stranger] = await Promise.all([made('first passphrase'), made('second passphrase'), made('third passphrase'), made('a stranger')]);
});

/** A copy of `handoff` with one character of `pick`'s ciphertext changed. */
function altered(handoff: KeyHandoff, pick: (h: KeyHandoff) => { ct: string }): KeyHandoff {
  const copy = structuredClone(handoff);
  const sealed = pick(copy);
  const at = Math.floor(sealed.ct.length / 2);
  sealed.ct = sealed.ct.slice(0, at) + (sealed.ct[at] === 'A' ? 'B' : 'A') + sealed.ct.slice(at + 1);
  return copy;
}

describe('the master password handoff', () => {
  it('lets the holder of the old key prove the move, and the holder of the new key open the old one', async () => {
    const handoff = await makeHandoff(k2.key, k2.header, [await old(k1)]);
    expect(await movedTo(k1.key, handoff, k2.header)).toEqual({ ok: true, value: true });
    const found = await oldKeyFor(k2.key, handoff, k2.header, k1.header);
    expect(found.ok && [...found.value.raw]).toEqual([...k1.rawKey]);
    // The old key's bytes are not in the item in the clear.
    const base64 = btoa(String.fromCharCode(...k1.rawKey));
    expect(JSON.stringify(handoff)).not.toContain(base64);
  });

  it('carries earlier keys so a computer that missed two changes still moves, and at most MAX_HANDOFF_KEYS', async () => {
    const first = await makeHandoff(k2.key, k2.header, [await old(k1)]);
    const carried = await handedKeys(k2.key, first, k2.header);
    expect(carried.ok).toBe(true);
    const second = await makeHandoff(k3.key, k3.header, [await old(k2), ...(carried.ok ? carried.value : [])]);
    expect((await movedTo(k1.key, second, k3.header)).ok).toBe(true);
    expect((await oldKeyFor(k3.key, second, k3.header, k1.header)).ok).toBe(true);
    const many = await makeHandoff(k3.key, k3.header, Array.from({ length: MAX_HANDOFF_KEYS + 3 }, () => ({ print: 'A'.repeat(22) + '==', raw: k1.rawKey })));
    expect(many.moved).toHaveLength(MAX_HANDOFF_KEYS);
  });

  it('gives nothing from an altered handoff', async () => {
    const handoff = await makeHandoff(k2.key, k2.header, [await old(k1)]);
    expect((await movedTo(k1.key, altered(handoff, (h) => h.moved[0]!), k2.header)).ok).toBe(false);
    expect(await oldKeyFor(k2.key, altered(handoff, (h) => h.keys), k2.header, k1.header)).toEqual({ ok: false, error: 'tampered' });
    expect(await oldKeyFor(k2.key, { ...handoff, keys: 'not sealed' }, k2.header, k1.header)).toEqual({ ok: false, error: 'tampered' });
    expect(await movedTo(k1.key, undefined, k2.header)).toEqual({ ok: false, error: 'absent' });
  });

  it('refuses a handoff replayed for another header, even with its label rewritten', async () => {
    const toK2 = await makeHandoff(k2.key, k2.header, [await old(k1)]);
    // The synced header is now k3's; the k1 -> k2 handoff is sent again with it.
    expect(await movedTo(k1.key, toK2, k3.header)).toEqual({ ok: false, error: 'other-header' });
    const relabelled = { ...toK2, to: await headerDigest(k3.header) };
    expect(await movedTo(k1.key, relabelled, k3.header)).toEqual({ ok: false, error: 'not-ours' });
    expect((await oldKeyFor(k3.key, relabelled, k3.header, k1.header)).ok).toBe(false);
  });

  it('says nothing to a computer of another vault, and gives it no key', async () => {
    const handoff = await makeHandoff(k2.key, k2.header, [await old(k1)]);
    expect(await movedTo(stranger.key, handoff, k2.header)).toEqual({ ok: false, error: 'not-ours' });
    expect(await oldKeyFor(k2.key, handoff, k2.header, stranger.header)).toEqual({ ok: false, error: 'not-ours' });
  });

  it('answers a carried key only if it opens the local header', async () => {
    // A handoff that names k1's header print but carries another key (made by a holder of k2 who
    // never had k1): the key does not open k1's header and is refused.
    const forged = await makeHandoff(k2.key, k2.header, [{ print: await headerDigest(k1.header), raw: stranger.rawKey }]);
    expect(await oldKeyFor(k2.key, forged, k2.header, k1.header)).toEqual({ ok: false, error: 'tampered' });
  });
});
