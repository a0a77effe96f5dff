// Three computers edit, delete and import entries and send each other their sync states over a
// network that delivers in any order, twice, or never; a final exchange must leave all three with
// the same state and vault, and every password ever saved must still be there unless the entry
// was deleted by a computer that had seen it.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEntry, type Entry, HISTORY_CAP } from '../../../src/vault/core/entry';
import { changePassword, confirmPending } from '../../../src/vault/core/password-change';
import { mergeStates, recordLocal, resolveAll } from '../../../src/sync/core/merge';
import { canonicalJson, type SyncState } from '../../../src/sync/core/replica-state';

const REPLICAS = ['A', 'B', 'C'] as const;
type Name = (typeof REPLICAS)[number];

interface Computer {
  name: Name;
  now: number;
  vault: Map<string, Entry>;
  state: SyncState;
}

type Op =
  | { kind: 'import'; at: Name; count: number }
  | { kind: 'edit'; at: Name; pick: number; pending: boolean }
  | { kind: 'confirm'; at: Name; pick: number }
  | { kind: 'delete'; at: Name; pick: number }
  | { kind: 'send'; from: Name; to: Name }
  | { kind: 'deliver'; pick: number; keep: boolean }
  | { kind: 'drop'; pick: number }
  | { kind: 'tick'; at: Name; ms: number };

const name = fc.constantFrom(...REPLICAS);
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('import' as const), at: name, count: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('edit' as const), at: name, pick: fc.nat(), pending: fc.boolean() }),
  fc.record({ kind: fc.constant('confirm' as const), at: name, pick: fc.nat() }),
  fc.record({ kind: fc.constant('delete' as const), at: name, pick: fc.nat() }),
  fc.record({ kind: fc.constant('send' as const), from: name, to: name }),
  fc.record({ kind: fc.constant('send' as const), from: name, to: name }),
  fc.record({ kind: fc.constant('deliver' as const), pick: fc.nat(), keep: fc.boolean() }),
  fc.record({ kind: fc.constant('deliver' as const), pick: fc.nat(), keep: fc.boolean() }),
  fc.record({ kind: fc.constant('drop' as const), pick: fc.nat() }),
  // Wall clocks that disagree: a computer may be behind the others, and two may read the same time.
  fc.record({ kind: fc.constant('tick' as const), at: name, ms: fc.integer({ min: 0, max: 5_000 }) }),
);

const T0 = 1_700_000_000_000;
const NO_UNREADABLE: ReadonlySet<string> = new Set();

function run(ops: readonly Op[], skews: readonly number[]) {
  let serial = 0;
  const fresh = () => `pw${++serial}`;
  const computers = new Map<Name, Computer>(REPLICAS.map((n, i) => [n, { name: n, now: T0 + (skews[i] ?? 0), vault: new Map(), state: new Map() }]));
  const get = (n: Name) => computers.get(n)!;
  const network: { to: Name; state: SyncState }[] = [];
  // Every password ever current, by entry id; and those a computer deleted knowingly.
  const written = new Map<string, Set<string>>();
  const deleted = new Map<string, Set<string>>();
  const note = (map: Map<string, Set<string>>, id: string, passwords: Iterable<string>) => {
    const set = map.get(id) ?? new Set();
    for (const p of passwords) set.add(p);
    map.set(id, set);
  };
  const record = (c: Computer) => {
    c.state = recordLocal(c.state, c.name, c.vault, NO_UNREADABLE, c.now).state;
  };
  const receive = (c: Computer, state: SyncState) => {
    record(c);
    c.state = mergeStates(c.state, state);
    c.vault = resolveAll(c.state);
  };
  const pickEntry = (c: Computer, pick: number) => {
    const ids = [...c.vault.keys()].sort();
    return ids.length === 0 ? undefined : c.vault.get(ids[pick % ids.length] ?? '');
  };

  for (const o of ops) {
    if (o.kind !== 'deliver' && o.kind !== 'drop' && o.kind !== 'send') get(o.at).now += 1;
    switch (o.kind) {
      case 'import': {
        const c = get(o.at);
        for (let i = 0; i < o.count; i++) {
          const id = `${c.name}${++serial}`;
          const password = fresh();
          c.vault.set(id, createEntry({ id, site: { origins: [`https://shop${serial}.example`], match: 'site' }, username: 'ann', password }, c.now));
          note(written, id, [password]);
        }
        break;
      }
      case 'edit': {
        const c = get(o.at);
        const entry = pickEntry(c, o.pick);
        // The history cap drops the oldest passwords by design; keep below it so every loss is the merge's.
        if (!entry || entry.history.length >= HISTORY_CAP - 1) break;
        const password = fresh();
        c.vault.set(entry.id, changePassword(entry, password, c.now, { pending: o.pending }));
        note(written, entry.id, [password]);
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
        if (!entry) break;
        note(deleted, entry.id, [entry.password, ...entry.history.map((h) => h.password)]);
        c.vault.delete(entry.id);
        break;
      }
      case 'send': {
        const c = get(o.from);
        record(c);
        network.push({ to: o.to, state: c.state });
        break;
      }
      case 'deliver': {
        if (network.length === 0) break;
        const index = o.pick % network.length;
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
  // Everyone tells everyone, twice: what the first round brought in goes round again.
  for (let round = 0; round < 2; round++) {
    for (const from of REPLICAS) {
      record(get(from));
      for (const to of REPLICAS) if (to !== from) receive(get(to), get(from).state);
    }
  }
  return { computers: [...computers.values()], written, deleted };
}

const stateJson = (state: SyncState) => canonicalJson([...state.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
const vaultJson = (vault: Map<string, Entry>) => canonicalJson([...vault.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));

describe('sync merge on three computers', () => {
  it('converges, and loses no password that was not deliberately deleted', () => {
    fc.assert(
      fc.property(
        fc.array(op, { minLength: 10, maxLength: 120, size: 'max' }),
        fc.array(fc.integer({ min: -3_000, max: 3_000 }), { minLength: 3, maxLength: 3 }),
        (ops, skews) => {
          const { computers, written, deleted } = run(ops, skews);
          const [first, ...rest] = computers;
          if (!first) throw new Error('no computers');
          for (const other of rest) {
            expect(stateJson(other.state)).toBe(stateJson(first.state));
            expect(vaultJson(other.vault)).toBe(vaultJson(first.vault));
          }
          for (const [id, passwords] of written) {
            const entry = first.vault.get(id);
            const kept = new Set(entry ? [entry.password, ...entry.history.map((h) => h.password)] : []);
            for (const password of passwords) {
              if (!kept.has(password)) expect(deleted.get(id)?.has(password), `${password} of ${id} lost`).toBe(true);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
