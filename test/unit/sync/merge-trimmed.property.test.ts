// Three computers edit, delete and import entries and send each other their sync states as a
// copy over the quota carries them: each with the oldest history left out (trim.ts, keeping 1 to
// 3 items per entry, or all), over a network that delivers in any order, twice, or never. A
// shortened history must never read as a deletion: after a final exchange every computer has the
// same entries with the same current (and pending) password, and each still holds every password
// it ever held for an entry it has not seen deleted, the history items it made among them.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEntry, type Entry, HISTORY_CAP } from '../../../src/vault/core/entry';
import { changePassword, confirmPending } from '../../../src/vault/core/password-change';
import { mergeStates, recordLocal } from '../../../src/sync/core/merge';
import type { SyncState } from '../../../src/sync/core/replica-state';
import { trimHistory } from '../../../src/sync/core/trim';
import { vaultWrites } from '../../../src/sync/core/vault-writes';

const REPLICAS = ['A', 'B', 'C'] as const;
type Name = (typeof REPLICAS)[number];
/** History items a copy carries per entry; null: all of them. */
type Keep = 1 | 2 | 3 | null;

interface Computer {
  name: Name;
  now: number;
  vault: Map<string, Entry>;
  state: SyncState;
  /** Every password this computer held, per entry, since the entry last left its vault. */
  held: Map<string, Set<string>>;
}

type Op =
  | { kind: 'import'; at: Name }
  | { kind: 'edit'; at: Name; pick: number; pending: boolean }
  | { kind: 'confirm'; at: Name; pick: number }
  | { kind: 'delete'; at: Name; pick: number }
  | { kind: 'send'; from: Name; to: Name; keep: Keep }
  | { kind: 'deliver'; pick: number; keep: boolean }
  | { kind: 'drop'; pick: number }
  | { kind: 'tick'; at: Name; ms: number };

const name = fc.constantFrom(...REPLICAS);
const keep: fc.Arbitrary<Keep> = fc.constantFrom(1, 2, 3, null);
const send = fc.record({ kind: fc.constant('send' as const), from: name, to: name, keep });
const deliver = fc.record({ kind: fc.constant('deliver' as const), pick: fc.nat(), keep: fc.boolean() });
const edit = fc.record({ kind: fc.constant('edit' as const), at: name, pick: fc.nat(), pending: fc.boolean() });
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('import' as const), at: name }),
  // Edits weigh more than in the untrimmed test: histories must grow past what a copy carries.
  edit, edit, edit,
  fc.record({ kind: fc.constant('confirm' as const), at: name, pick: fc.nat() }),
  fc.record({ kind: fc.constant('delete' as const), at: name, pick: fc.nat() }),
  send, send, deliver, deliver,
  fc.record({ kind: fc.constant('drop' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('tick' as const), at: name, ms: fc.integer({ min: 0, max: 5_000 }) }),
);

const T0 = 1_700_000_000_000;
const NO_UNREADABLE: ReadonlySet<string> = new Set();
const passwordsOf = (e: Entry) => [e.password, ...e.history.map((h) => h.password), ...(e.pendingPrevious ? [e.pendingPrevious.password] : [])];

function run(ops: readonly Op[], skews: readonly number[]) {
  let serial = 0;
  const computers = new Map<Name, Computer>(REPLICAS.map((n, i) => [n, { name: n, now: T0 + (skews[i] ?? 0), vault: new Map(), state: new Map(), held: new Map() }]));
  const get = (n: Name) => computers.get(n)!;
  const network: { to: Name; state: SyncState }[] = [];
  const note = (c: Computer) => {
    for (const id of c.held.keys()) if (!c.vault.has(id)) c.held.delete(id);
    for (const [id, entry] of c.vault) c.held.set(id, new Set([...(c.held.get(id) ?? []), ...passwordsOf(entry)]));
  };
  const record = (c: Computer) => {
    c.state = recordLocal(c.state, c.name, c.vault, NO_UNREADABLE, c.now).state;
  };
  // As background/sync.ts does: record, merge, write what the merged state shows, history held kept.
  const receive = (c: Computer, state: SyncState) => {
    record(c);
    c.state = mergeStates(c.state, state);
    const { put, remove } = vaultWrites(c.vault, c.state, NO_UNREADABLE);
    for (const entry of put) c.vault.set(entry.id, entry);
    for (const id of remove) c.vault.delete(id);
    note(c);
  };
  const sent = (c: Computer, k: Keep) => (k === null ? c.state : trimHistory(c.state, k).state);
  const pickEntry = (c: Computer, pick: number) => {
    const ids = [...c.vault.keys()].sort();
    return ids.length === 0 ? undefined : c.vault.get(ids[pick % ids.length] ?? '');
  };

  for (const o of ops) {
    if (o.kind !== 'deliver' && o.kind !== 'drop' && o.kind !== 'send') get(o.at).now += 1;
    switch (o.kind) {
      case 'import': {
        const c = get(o.at);
        const id = `${c.name}${++serial}`;
        c.vault.set(id, createEntry({ id, site: { origins: [`https://shop${serial}.example`], match: 'site' }, username: 'ann', password: `pw${++serial}` }, c.now));
        note(c);
        break;
      }
      case 'edit': {
        const c = get(o.at);
        const entry = pickEntry(c, o.pick);
        // The history cap drops the oldest passwords by design; keep below it so every loss is the merge's.
        if (!entry || entry.history.length >= HISTORY_CAP - 1) break;
        c.vault.set(entry.id, changePassword(entry, `pw${++serial}`, c.now, { pending: o.pending }));
        note(c);
        break;
      }
      case 'confirm': {
        const c = get(o.at);
        const entry = pickEntry(c, o.pick);
        if (entry) c.vault.set(entry.id, confirmPending(entry, c.now));
        break;
      }
      case 'delete': {
        const c = get(o.at);
        const entry = pickEntry(c, o.pick);
        if (entry) c.vault.delete(entry.id);
        note(c);
        break;
      }
      case 'send': {
        const c = get(o.from);
        record(c);
        network.push({ to: o.to, state: sent(c, o.keep) });
        break;
      }
      case 'deliver': {
        const index = o.pick % Math.max(1, network.length);
        const message = network[index];
        if (!message) break;
        if (!o.keep) network.splice(index, 1);
        receive(get(message.to), message.state);
        break;
      }
      case 'drop':
        if (network.length > 0) network.splice(o.pick % network.length, 1);
        break;
      case 'tick':
        get(o.at).now += o.ms;
        break;
    }
  }
  // Everyone tells everyone, twice, as tight as a copy gets: one history item per entry.
  for (let round = 0; round < 2; round++) {
    for (const from of REPLICAS) {
      record(get(from));
      for (const to of REPLICAS) if (to !== from) receive(get(to), sent(get(from), 1));
    }
  }
  return [...computers.values()];
}

const currentOf = (vault: Map<string, Entry>) =>
  JSON.stringify([...vault.values()].sort((a, b) => (a.id < b.id ? -1 : 1)).map((e) => [e.id, e.password, e.status, e.pendingPrevious?.password ?? null]));

describe('sync merge on three computers, copies with history left out', () => {
  it('converges on every current and pending password, and no computer loses a password it held', () => {
    fc.assert(
      fc.property(
        fc.array(op, { minLength: 10, maxLength: 150, size: 'max' }),
        fc.array(fc.integer({ min: -3_000, max: 3_000 }), { minLength: 3, maxLength: 3 }),
        (ops, skews) => {
          const computers = run(ops, skews);
          const [first, ...rest] = computers;
          if (!first) throw new Error('no computers');
          for (const other of rest) expect(currentOf(other.vault)).toBe(currentOf(first.vault));
          for (const c of computers) {
            for (const [id, passwords] of c.held) {
              const entry = c.vault.get(id);
              const kept = new Set(entry ? passwordsOf(entry) : []);
              for (const password of passwords) expect(kept.has(password), `${password} of ${id} lost on ${c.name}`).toBe(true);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
