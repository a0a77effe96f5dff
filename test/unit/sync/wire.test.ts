import { describe, expect, it } from 'vitest';
import { Entry } from '../../../src/vault/core/entry';
import { recordLocal } from '../../../src/sync/core/merge';
import { canonicalJson } from '../../../src/sync/core/replica-state';
import { stateFromWire, stateToWire } from '../../../src/sync/core/wire';

const T0 = 1_700_000_000_000;
// Every field of Entry set, optional ones included, none at its default.
const full: Entry = {
  id: 'f47ac10b-58cc-4372-a567-0e02b2c3d479',
  site: { origins: ['https://shop.example', 'https://m.shop.example'], match: 'host' },
  username: 'ann@example.com', password: 'N3w-pass', notes: 'gift card', name: 'Shop', totp: 'otpauth://totp/x?secret=ABC',
  created: T0, updated: T0 + 5_000, passwordChanged: T0 + 4_000, lastUsed: T0 + 9_000,
  // Out of order on purpose: the wire keeps history as stored.
  history: [{ password: 'old2', changedAt: T0 + 3_000 }, { password: 'old1', changedAt: T0 + 3_500 }],
  status: 'pending', pendingPrevious: { password: 'old2', passwordChanged: T0 + 1_000 },
  reviewedAt: T0 + 2_000, conflictAt: T0 + 6_000, holdsPayment: false,
};

const roundTrip = (entries: Entry[]) => {
  const state = recordLocal(new Map(), 'A', new Map(entries.map((e) => [e.id, e])), new Set(), T0).state;
  const back = stateFromWire(JSON.parse(JSON.stringify(stateToWire(state))));
  return { state, back };
};

describe('the sync wire format', () => {
  it('carries every field of an entry, so nothing a computer saved is lost or rewritten on the other', () => {
    // A field added to Entry must be added to the wire too: this list is what wire.ts carries.
    const carried = ['id', 'site', 'username', 'password', 'notes', 'name', 'totp', 'created', 'updated', 'passwordChanged', 'lastUsed', 'history', 'status', 'pendingPrevious', 'reviewedAt', 'conflictAt', 'holdsPayment'];
    expect(Object.keys(Entry.def.shape).sort()).toEqual([...carried].sort());
    const others: Entry[] = [
      { ...full, id: 'not-a-uuid', holdsPayment: true, status: 'active' },
      { ...full, id: '~starts-with-the-mark', history: [], pendingPrevious: undefined, conflictAt: undefined, holdsPayment: undefined, lastUsed: null, reviewedAt: null },
      { ...full, id: 'F47AC10B-58CC-4372-A567-0E02B2C3D479' },
    ].map((e) => Entry.parse(JSON.parse(JSON.stringify(e))));
    const { state, back } = roundTrip([full, ...others]);
    expect(back.ok).toBe(true);
    expect(back.ok && canonicalJson([...back.value])).toBe(canonicalJson([...state]));
  });

  it('refuses columns of different lengths and ids that do not decode', () => {
    const wire = stateToWire(roundTrip([full]).state);
    expect(stateFromWire({ ...wire, p: [...wire.p, 'one too many'] }).ok).toBe(false);
    expect(stateFromWire({ ...wire, i: ['~not base64!'] }).ok).toBe(false);
    expect(stateFromWire({ ...wire, b: [7] }).ok).toBe(false);
  });
});
