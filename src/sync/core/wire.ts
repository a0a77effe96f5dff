// Runs anywhere. The sync state as compact JSON before it is compressed. Column by column rather
// than entry by entry: the passwords side by side, the times side by side, so the compressor meets
// like with like (on typical entries a fifth smaller than entry-by-entry rows). Computer ids are
// listed once and referred to by index; an entry's times are offsets from the one before (often
// 0) in whole seconds (wire-precision.ts; format 2, read still, had milliseconds); a version that
// is an edit carries no time of its own (its entry's `updated` is it); ids in
// the vault's own UUID form travel as their 16 bytes in base64url. Decoding is parsing: every
// column is checked by zod, the lengths against each other, and every entry rebuilt through the
// Entry schema, so a state that decrypted but is not ours still cannot put a malformed entry in
// the vault.
import * as z from 'zod/mini';
import { Entry, type HistoryItem } from '../../vault/core/entry';
import { fromBase64, toBase64 } from '../../vault/core/crypto/bytes';
import { type Result, err, ok } from '../../shared/result';
import { type SyncState, type Version, ReplicaId } from './replica-state';
import { atWirePrecision, toWireTime, WIRE_TIME_MS } from './wire-precision';

export const WIRE_FORMAT = 3;
/** The format before times were seconds: read, as milliseconds, never written. */
const MILLISECOND_FORMAT = 2;
const Int = z.int();
const Index = z.int().check(z.nonnegative());
const Flag = z.union([z.literal(0), z.literal(1)]);

const WireState = z.object({
  f: z.union([z.literal(WIRE_FORMAT), z.literal(MILLISECOND_FORMAT)]),
  /** Computer ids. */
  r: z.array(ReplicaId),
  /** Entry ids (wireId) and how many versions each has. */
  i: z.array(z.string().check(z.minLength(1))),
  n: z.array(z.int().check(z.positive())),
  // Per version: the clock as [computer index, count] pairs, the writer, and null for an edit or
  // the time of a deletion.
  c: z.array(z.array(z.tuple([Index, z.int().check(z.positive())]))),
  b: z.array(Index),
  d: z.array(z.nullable(z.int().check(z.nonnegative()))),
  // Per edit, in the order of the versions: origins, match, username, password,
  // [notes, name, totp], times (entryTimes), history passwords and times (historyTimes),
  // status (0 active, 1 pending, or [status, previous password, its passwordChanged - created]),
  // holdsPayment (0 absent, 1 true, 2 false).
  o: z.array(z.array(z.string())),
  m: z.array(z.string()),
  u: z.array(z.string()),
  p: z.array(z.string()),
  x: z.array(z.tuple([z.string(), z.string(), z.string()])),
  t: z.array(z.tuple([Int, Int, Int, z.nullable(Int), z.nullable(Int), z.nullable(Int)])),
  hp: z.array(z.array(z.string())),
  ht: z.array(z.array(Int)),
  q: z.array(z.union([Flag, z.tuple([Flag, z.string(), Int])])),
  y: z.array(z.union([z.literal(0), z.literal(1), z.literal(2)])),
});
export type WireState = z.infer<typeof WireState>;

// The vault's ids are random UUIDs: 36 characters of hex and dashes for 16 bytes. On the wire they
// are "~" and the bytes in base64url; any other id is written as is, with a leading "~" doubled.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ID_MARK = '~';
const UUID_BYTES = 16;

function wireId(id: string): string {
  if (!UUID.test(id)) return id.startsWith(ID_MARK) ? ID_MARK + id : id;
  const bytes = new Uint8Array(UUID_BYTES);
  const hex = id.replaceAll('-', '');
  for (let i = 0; i < UUID_BYTES; i++) bytes[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return ID_MARK + toBase64(bytes).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function idFromWire(text: string): string | null {
  if (!text.startsWith(ID_MARK)) return text;
  if (text.startsWith(ID_MARK + ID_MARK)) return text.slice(1);
  const bytes = fromBase64(`${text.slice(1).replaceAll('-', '+').replaceAll('_', '/')}==`);
  if (!bytes || bytes.length !== UUID_BYTES) return null;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

// History is newest first: each item's time is written as the offset from the next older one
// (the oldest from `created`), small and positive for a history in order.
function historyTimes(history: readonly HistoryItem[], created: number): number[] {
  return history.map((h, k) => (h.changedAt - (history[k + 1]?.changedAt ?? created)) / WIRE_TIME_MS);
}

function historyFromTimes(passwords: readonly string[], offsets: readonly number[], created: number, unit: number): HistoryItem[] {
  const items: HistoryItem[] = [];
  let at = created;
  for (let k = passwords.length - 1; k >= 0; k--) {
    at += (offsets[k] ?? 0) * unit;
    items.unshift({ password: passwords[k] ?? '', changedAt: at });
  }
  return items;
}

// In seconds (the entry is at the wire's precision): [created, updated - last change, passwordChanged - last change, lastUsed - updated,
//  reviewedAt - created, conflictAt - created], the last change being the newest history item's
// time (or created): a password change sets all three at once, so both are usually 0.
function entryTimes(e: Entry): WireState['t'][number] {
  const c = e.created;
  const last = e.history[0]?.changedAt ?? c;
  const from = (t: number | null | undefined, base: number) => (t === null || t === undefined ? null : (t - base) / WIRE_TIME_MS);
  return [c / WIRE_TIME_MS, (e.updated - last) / WIRE_TIME_MS, (e.passwordChanged - last) / WIRE_TIME_MS, from(e.lastUsed, e.updated), from(e.reviewedAt, c), from(e.conflictAt, c)];
}

export function stateToWire(state: SyncState): WireState {
  const replicas: string[] = [];
  const indexOf = (id: string) => {
    const at = replicas.indexOf(id);
    return at === -1 ? replicas.push(id) - 1 : at;
  };
  const w: WireState = { f: WIRE_FORMAT, r: replicas, i: [], n: [], c: [], b: [], d: [], o: [], m: [], u: [], p: [], x: [], t: [], hp: [], ht: [], q: [], y: [] };
  for (const [id, versions] of state) {
    w.i.push(wireId(id));
    w.n.push(versions.length);
    for (const v of versions) {
      w.c.push(Object.entries(v.clock).map(([r, n]): [number, number] => [indexOf(r), n]));
      w.b.push(indexOf(v.by));
      w.d.push(v.entry ? null : toWireTime(v.at) / WIRE_TIME_MS);
      if (!v.entry) continue;
      const e = atWirePrecision(v.entry);
      w.o.push(e.site.origins);
      w.m.push(e.site.match);
      w.u.push(e.username);
      w.p.push(e.password);
      w.x.push([e.notes, e.name, e.totp]);
      w.t.push(entryTimes(e));
      w.hp.push(e.history.map((h) => h.password));
      w.ht.push(historyTimes(e.history, e.created));
      const status = e.status === 'pending' ? 1 : 0;
      w.q.push(e.pendingPrevious ? [status, e.pendingPrevious.password, (e.pendingPrevious.passwordChanged - e.created) / WIRE_TIME_MS] : status);
      w.y.push(e.holdsPayment === undefined ? 0 : e.holdsPayment ? 1 : 2);
    }
  }
  return w;
}

function entryFromWire(w: WireState, id: string, k: number, unit: number): Entry | null {
  const [created = 0, updatedOffset = 0, changedOffset = 0, ...offsets] = w.t[k] ?? [];
  const [lastUsed = null, reviewedAt = null, conflictAt = null] = offsets.map((t) => (t === null ? null : t * unit));
  const [c, updated, changed] = [created * unit, updatedOffset * unit, changedOffset * unit];
  const passwords = w.hp[k] ?? [];
  const historyOffsets = w.ht[k] ?? [];
  if (passwords.length !== historyOffsets.length) return null;
  const history = historyFromTimes(passwords, historyOffsets, c, unit);
  const last = history[0]?.changedAt ?? c;
  const [notes = '', name = '', totp = ''] = w.x[k] ?? [];
  const q = w.q[k] ?? 0;
  const y = w.y[k] ?? 0;
  const parsed = Entry.safeParse({
    id, site: { origins: w.o[k], match: w.m[k] }, username: w.u[k], password: w.p[k], notes, name, totp,
    created: c, updated: last + updated, passwordChanged: last + changed,
    lastUsed: lastUsed === null ? null : last + updated + lastUsed, history,
    status: (Array.isArray(q) ? q[0] : q) === 1 ? 'pending' : 'active',
    ...(Array.isArray(q) ? { pendingPrevious: { password: q[1], passwordChanged: c + q[2] * unit } } : {}),
    reviewedAt: reviewedAt === null ? null : c + reviewedAt,
    ...(conflictAt === null ? {} : { conflictAt: c + conflictAt }),
    ...(y === 0 ? {} : { holdsPayment: y === 1 }),
  });
  return parsed.success ? parsed.data : null;
}

export function stateFromWire(raw: unknown): Result<Map<string, readonly Version[]>, string> {
  const parsed = WireState.safeParse(raw);
  if (!parsed.success) return err('the synced state is not in a known format');
  const w = parsed.data;
  const versionCount = w.n.reduce((sum, n) => sum + n, 0);
  const editCount = w.d.filter((d) => d === null).length;
  const perEdit = [w.o, w.m, w.u, w.p, w.x, w.t, w.hp, w.ht, w.q, w.y];
  if (w.n.length !== w.i.length || [w.c, w.b, w.d].some((col) => col.length !== versionCount) || perEdit.some((col) => col.length !== editCount)) {
    return err('the synced state is not in a known format');
  }
  const unit = w.f === MILLISECOND_FORMAT ? 1 : WIRE_TIME_MS;
  const state = new Map<string, readonly Version[]>();
  let v = 0;
  let k = 0;
  for (const [at, wired] of w.i.entries()) {
    const id = idFromWire(wired);
    if (id === null) return err('an entry id does not parse');
    const versions: Version[] = [];
    for (let end = v + (w.n[at] ?? 0); v < end; v++) {
      const writer = w.r[w.b[v] ?? -1];
      const pairs = w.c[v] ?? [];
      if (writer === undefined || pairs.some(([i]) => w.r[i] === undefined)) return err('a version names an unknown computer');
      const clock = Object.fromEntries(pairs.map(([i, n]) => [w.r[i] as string, n]));
      const deleted = w.d[v] ?? null;
      if (deleted !== null) {
        versions.push({ clock, by: writer, at: deleted * unit, entry: null });
        continue;
      }
      const entry = entryFromWire(w, id, k++, unit);
      if (!entry) return err('an entry does not parse');
      versions.push({ clock, by: writer, at: entry.updated, entry });
    }
    state.set(id, versions);
  }
  return ok(state);
}
