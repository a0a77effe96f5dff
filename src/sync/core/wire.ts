// Runs anywhere. The sync state as compact JSON before it is compressed: arrays instead of objects
// (no key names repeated a thousand times), computer ids listed once and referred to by index,
// and an entry's timestamps as offsets from its creation (short numbers, and often 0). Decoding is
// parsing: what arrives is checked by zod field by field and rebuilt through the Entry schema, so
// a state that decrypted but is not ours still cannot put a malformed entry in the vault.
import * as z from 'zod/mini';
import { Entry, HistoryItem } from '../../vault/core/entry';
import { type Result, err, ok } from '../../shared/result';
import { type SyncState, type Version, ReplicaId } from './replica-state';

export const WIRE_FORMAT = 1;
const Int = z.int();
const Offset = z.int();
const Index = z.int().check(z.nonnegative());

// [origins, match, username, password, notes, name, totp, created, updated, passwordChanged,
//  lastUsed | null, history [[password, changedAt]], pending (0 | 1), pendingPrevious | 0,
//  reviewedAt | null, conflictAt | null]; every time after `created` is an offset from it.
const WireEntry = z.tuple([
  z.array(z.string()), z.string(), z.string(), z.string(), z.string(), z.string(), z.string(),
  Int, Offset, Offset, z.nullable(Offset), z.array(z.tuple([z.string(), Offset])),
  z.union([z.literal(0), z.literal(1)]), z.union([z.literal(0), z.tuple([z.string(), Offset])]),
  z.nullable(Offset), z.nullable(Offset),
]);
type WireEntry = z.infer<typeof WireEntry>;
// [clock as [replica index, count] pairs, writer index, at - created (or absolute for a tombstone), entry | 0]
const WireVersion = z.tuple([z.array(z.tuple([Index, z.int().check(z.positive())])), Index, Int, z.union([z.literal(0), WireEntry])]);
const WireState = z.object({
  f: z.literal(WIRE_FORMAT),
  r: z.array(ReplicaId),
  e: z.array(z.tuple([z.string().check(z.minLength(1)), z.array(WireVersion).check(z.minLength(1))])),
});
export type WireState = z.infer<typeof WireState>;

function entryToWire(e: Entry): WireEntry {
  const c = e.created;
  const rel = (t: number | null | undefined) => (t === null || t === undefined ? null : t - c);
  return [
    e.site.origins, e.site.match, e.username, e.password, e.notes, e.name, e.totp, c, e.updated - c,
    e.passwordChanged - c, rel(e.lastUsed), e.history.map((h) => [h.password, h.changedAt - c]),
    e.status === 'pending' ? 1 : 0, e.pendingPrevious ? [e.pendingPrevious.password, e.pendingPrevious.passwordChanged - c] : 0,
    rel(e.reviewedAt), rel(e.conflictAt),
  ];
}

function entryFromWire(id: string, w: WireEntry): Entry | null {
  const [origins, match, username, password, notes, name, totp, c, updated, changed, lastUsed, history, pending, previous, reviewedAt, conflictAt] = w;
  const parsed = Entry.safeParse({
    id, site: { origins, match }, username, password, notes, name, totp, created: c, updated: c + updated,
    passwordChanged: c + changed, lastUsed: lastUsed === null ? null : c + lastUsed,
    history: history.map(([p, at]): HistoryItem => ({ password: p, changedAt: c + at })),
    status: pending === 1 ? 'pending' : 'active',
    ...(previous === 0 ? {} : { pendingPrevious: { password: previous[0], passwordChanged: c + previous[1] } }),
    reviewedAt: reviewedAt === null ? null : c + reviewedAt,
    ...(conflictAt === null ? {} : { conflictAt: c + conflictAt }),
  });
  return parsed.success ? parsed.data : null;
}

export function stateToWire(state: SyncState): WireState {
  const replicas: string[] = [];
  const indexOf = (id: string) => {
    const at = replicas.indexOf(id);
    return at === -1 ? replicas.push(id) - 1 : at;
  };
  const e: WireState['e'] = [];
  for (const [id, versions] of state) {
    e.push([id, versions.map((v) => {
      const clock = Object.entries(v.clock).map(([r, n]): [number, number] => [indexOf(r), n]);
      return [clock, indexOf(v.by), v.entry ? v.at - v.entry.created : v.at, v.entry ? entryToWire(v.entry) : 0];
    })]);
  }
  return { f: WIRE_FORMAT, r: replicas, e };
}

export function stateFromWire(raw: unknown): Result<Map<string, readonly Version[]>, string> {
  const parsed = WireState.safeParse(raw);
  if (!parsed.success) return err('the synced state is not in a known format');
  const { r: replicas, e } = parsed.data;
  const state = new Map<string, readonly Version[]>();
  for (const [id, wires] of e) {
    const versions: Version[] = [];
    for (const [pairs, by, at, wire] of wires) {
      const writer = replicas[by];
      if (writer === undefined || pairs.some(([i]) => replicas[i] === undefined)) return err('a version names an unknown computer');
      const clock = Object.fromEntries(pairs.map(([i, n]) => [replicas[i] as string, n]));
      if (wire === 0) {
        versions.push({ clock, by: writer, at, entry: null });
        continue;
      }
      const entry = entryFromWire(id, wire);
      if (!entry) return err('an entry does not parse');
      versions.push({ clock, by: writer, at: entry.created + at, entry });
    }
    state.set(id, versions);
  }
  return ok(state);
}
