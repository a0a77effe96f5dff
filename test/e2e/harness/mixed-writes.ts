// The mixed writes the write-queue tests fire at the background all at once (unit: the real
// handlers over storage in memory; E2E: the built extension): saves, edits, "last used" after a
// fill, review marks, restoring an old password, merges, deletes and their undo, moves and their
// undo, two CSV imports and a backup restore, settings and the never-save list, with reads among
// them. Each write touches its own entries, or a field of an entry no other write touches, so
// every order gives the same vault, which is the vault the same writes give one after another. A
// write worked out from entries read before its turn undoes the others' changes: an import that
// replaces the list drops the saves made meanwhile, an edit puts back the "last used" it read.
import { keyFor } from './vault-entries';
import { openRecord } from '../../../src/vault/core/crypto/record';
import { Entry } from '../../../src/vault/core/entry';
import type { Reply } from '../../../src/shared/protocol/reply';

export const MASTER = 'a sturdy master passphrase';
const BACKUP_PASSWORD = 'a backup passphrase';

export interface Message {
  type: string;
  payload: unknown;
}
export type Send = (type: string, payload: unknown) => Promise<Reply<unknown>>;

function valueOf<T>(reply: Reply<unknown>, what: string): T {
  if (!reply.ok) throw new Error(`${what}: ${reply.error.code} ${reply.error.message}`);
  return reply.value as T;
}

const site = (origin: string) => ({ origins: [origin], match: 'site' as const });
const csv = (rows: string[][]) => ['name,url,username,password,note', ...rows.map((row) => row.join(','))].join('\n');

/** Sizes of each kind of write; the defaults make a burst of a few hundred messages. */
export const SIZES = { saves: 150, base: 50, imports: 20, reads: 30, neverSave: 10 };

/**
 * Makes the vault the burst starts from (serially, through `send`) and answers the burst.
 * `fillTab` is a tab whose page at `shopOrigin` has a login form (the E2E fixture site; the unit
 * test's content script fills whatever it is asked to).
 */
export async function prepareBurst(send: Send, fillTab: number, shopOrigin: string, sizes = SIZES): Promise<Message[]> {
  const save = async (origin: string, username: string, password: string): Promise<string> =>
    valueOf<{ id: string }>(await send('entries/save', { site: site(origin), username, password, notes: '' }), 'save').id;
  const saveMany = async (prefix: string, count: number, origin = (i: number) => `https://${prefix}-${i}.example`) => {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) ids.push(await save(origin(i), `${prefix}${i}@mail.example`, `${prefix}-Pw-${i}`));
    return ids;
  };
  valueOf(await send('vault/create', { password: MASTER }), 'create');

  const base = await saveMany('base', sizes.base);
  const filled = await saveMany('fill', 4, () => shopOrigin);
  // An old password to restore: each saved once more with a new one.
  const restore = await saveMany('restore', 5);
  const history: { id: string; changedAt: number }[] = [];
  for (const [i, id] of restore.entries()) {
    valueOf(await send('entries/save', { id, site: site(`https://restore-${i}.example`), username: `restore${i}@mail.example`, password: `restore-New-${i}`, notes: '' }), 'edit');
    const { history: [first] } = valueOf<{ history: { changedAt: number }[] }>(await send('entries/history', { id }), 'history');
    history.push({ id, changedAt: first?.changedAt ?? -1 });
  }
  // Duplicates to merge: the same account saved twice.
  const pairs: string[][] = [];
  for (let i = 0; i < 4; i++) {
    const twice = [0, 1].map(() => save(`https://dup-${i}.example`, `dup${i}@mail.example`, `dup-Pw-${i}`));
    pairs.push([await twice[0]!, await twice[1]!]);
  }
  // Deleted and moved before the burst; the burst undoes them.
  const undelete = valueOf<{ undoId: string }>(await send('entries/delete-many', { ids: await saveMany('trash', 5) }), 'delete-many').undoId;
  const moved = valueOf<{ undoId: string }>(await send('entries/move', { ids: await saveMany('moving', 3), site: 'https://elsewhere.example' }), 'move').undoId;
  // Two CSV files, previewed now, committed in the burst.
  const previews: string[] = [];
  for (const file of [0, 1]) {
    const rows = Array.from({ length: sizes.imports }, (_, i) => [`Row ${i}`, `https://import${file}-${i}.example/login`, `imported${i}@mail.example`, `Imported-${file}-${i}`, '']);
    const reply = valueOf<{ preview: { previewId: string } | null }>(await send('import/preview', { text: csv(rows) }), 'import preview');
    previews.push(reply.preview?.previewId ?? '');
  }
  // A backup of everything so far, then five entries deleted: restoring it brings them back.
  const backedUp = await saveMany('backup', 5);
  const exported = valueOf<{ file: { text: string } | null }>(await send('export/create', { format: 'backup', master: MASTER, backupPassword: BACKUP_PASSWORD }), 'backup');
  valueOf(await send('entries/delete-many', { ids: backedUp }), 'delete backed-up');
  const backup = valueOf<{ preview: { previewId: string; counts: { new: number } } | null }>(
    await send('import/backup-preview', { text: exported.file?.text ?? '', password: BACKUP_PASSWORD }),
    'backup preview',
  );
  if (backup.preview?.counts.new !== backedUp.length) throw new Error(`the backup preview should restore ${backedUp.length} entries: ${JSON.stringify(backup.preview)}`);
  previews.push(backup.preview.previewId);

  const edit = (id: string, origin: string, username: string, password: string): Message => ({
    type: 'entries/save',
    payload: { id, site: site(origin), username, password, notes: `edited ${username}` },
  });
  const burst: Message[] = [
    ...Array.from({ length: sizes.saves }, (_, i): Message => ({
      type: 'entries/save', payload: { site: site(`https://new-${i}.example`), username: `new${i}@mail.example`, password: `New-Pw-${i}`, notes: '' },
    })),
    // Edits (notes only) and review marks on the same entries: each its own field.
    ...base.slice(0, 20).map((id, i) => edit(id, `https://base-${i}.example`, `base${i}@mail.example`, `base-Pw-${i}`)),
    ...base.slice(10, 30).map((id): Message => ({ type: 'entries/review', payload: { ids: [id], reviewed: true } })),
    // A fill's "last used", an edit and a review mark on each of the shop's entries.
    ...filled.flatMap((id, i): Message[] => [
      { type: 'fill/entry', payload: { tabId: fillTab, entryId: id } },
      edit(id, shopOrigin, `fill${i}@mail.example`, `fill-Pw-${i}`),
      { type: 'entries/review', payload: { ids: [id], reviewed: true } },
    ]),
    ...history.map(({ id, changedAt }): Message => ({ type: 'entries/restore-password', payload: { id, index: 0, changedAt } })),
    { type: 'entries/merge', payload: { groups: pairs } },
    ...base.slice(30, 35).map((id): Message => ({ type: 'entries/delete', payload: { id } })),
    { type: 'entries/delete-many', payload: { ids: base.slice(35, 40) } },
    ...base.slice(40, 45).map((id, i): Message => ({ type: 'entries/move', payload: { ids: [id], site: `https://moved-${i}.example` } })),
    { type: 'entries/undelete', payload: { undoId: undelete } },
    { type: 'entries/unmove', payload: { undoId: moved } },
    ...previews.map((previewId): Message => ({ type: 'import/commit', payload: { previewId, choices: {} } })),
    { type: 'settings/set', payload: { clipboardClearSeconds: 45 } },
    { type: 'settings/set', payload: { promptsEnabled: false } },
    { type: 'settings/set', payload: { autoLock: '60' } },
    ...Array.from({ length: sizes.neverSave }, (_, i): Message => ({ type: 'settings/never-save', payload: { action: 'add', site: `https://never-${i}.example` } })),
    ...Array.from({ length: sizes.reads }, (_, i): Message => ({ type: 'entries/list', payload: { tabId: null, query: i % 2 ? 'base' : '', offset: 0, limit: 20 } })),
  ];
  // Interleaved, the same way every run: each kind of write lands among the others.
  return shuffle(burst);
}

function shuffle<T>(items: T[]): T[] {
  let seed = 20_240_601;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The entries as stored in storage.local (tombstones skipped), opened with the master password. */
export async function storedEntries(raw: Record<string, unknown>, master = MASTER): Promise<Entry[]> {
  const key = await keyFor(master, raw['vault:header']);
  const entries: Entry[] = [];
  for (const [name, value] of Object.entries(raw)) {
    if (!name.startsWith('vault:e:') || (value as { deleted?: unknown }).deleted === true) continue;
    const opened = await openRecord(key, value, name.slice('vault:e:'.length));
    if (!opened.ok) throw new Error(`record ${name} does not open: ${opened.error}`);
    entries.push(Entry.parse(JSON.parse(opened.value.plaintext)));
  }
  return entries;
}

/**
 * What two runs must agree on: every entry's fields but its id and times (which differ between
 * runs), with "reviewed" and "used" as facts, sorted.
 */
export function normalized(entries: readonly Entry[]): string[] {
  return entries
    .map((e) =>
      JSON.stringify({
        origins: e.site.origins, match: e.site.match, username: e.username, password: e.password, notes: e.notes, status: e.status,
        history: e.history.map((h) => h.password), pending: e.pendingPrevious?.password ?? null, reviewed: e.reviewedAt !== null, used: e.lastUsed !== null,
      }),
    )
    .sort();
}
