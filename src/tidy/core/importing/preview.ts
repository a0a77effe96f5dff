// Runs anywhere. What an import would do, before anything is written ("show a preview
// before anything is written"). Each row is new, identical to a login we already have (in the
// vault or earlier in the same file: skipped), a conflict (same account, other password: the
// user picks the winner, the loser goes to history), skipped (not a web login) or an error.
// Pure and linear in rows: existing entries are indexed once by account key.
import type { ImportLogin, ImportRow, RowProblem } from '../csv/import-row';
import type { Entry } from '../../../vault/core/entry';
import { createIdentity } from './identity';

export type PreviewClass = 'new' | 'identical' | 'conflict' | 'skipped' | 'error';
export type ConflictWinner = 'incoming' | 'existing';
/** Why the default winner is the default, for the preview to say. */
export type WinnerReason = 'incoming-newer' | 'existing-newer' | 'dates-unknown' | 'incoming-is-old-password';
/** What a row is compared with: a vault entry, or an earlier row of the same file. */
export type ImportTarget = { kind: 'entry'; id: string } | { kind: 'row'; row: number };

export type PreviewItem =
  | { class: 'new'; login: ImportLogin }
  | { class: 'identical'; login: ImportLogin; sameAs: ImportTarget }
  | { class: 'conflict'; login: ImportLogin; with: ImportTarget; defaultWinner: ConflictWinner; why: WinnerReason }
  | { class: 'skipped' | 'error'; problem: RowProblem };

export interface ImportPreview {
  items: PreviewItem[];
  counts: Record<PreviewClass, number>;
}

interface Candidate {
  target: ImportTarget;
  password: string;
  /** When this password became current, if known. */
  changed: number | undefined;
  oldPasswords: readonly string[];
}

// Dates more than a day ahead are clock trouble or garbage: treated as unknown.
const FUTURE_SLACK_MS = 24 * 60 * 60 * 1000;

function decide(incoming: ImportLogin, changed: number | undefined, against: Candidate): Pick<
  Extract<PreviewItem, { class: 'conflict' }>,
  'defaultWinner' | 'why'
> {
  // The file holds a password this entry already moved on from (an old browser export).
  if (against.oldPasswords.includes(incoming.password)) return { defaultWinner: 'existing', why: 'incoming-is-old-password' };
  if (changed === undefined || against.changed === undefined) return { defaultWinner: 'incoming', why: 'dates-unknown' };
  return against.changed > changed
    ? { defaultWinner: 'existing', why: 'existing-newer' }
    : { defaultWinner: 'incoming', why: 'incoming-newer' };
}

export function previewImport(existing: readonly Entry[], rows: readonly ImportRow[], now: number): ImportPreview {
  const identity = createIdentity();
  const index = new Map<string, Candidate[]>();
  const add = (keys: readonly string[], candidate: Candidate) => {
    for (const key of keys) {
      const list = index.get(key);
      if (list) list.push(candidate);
      else index.set(key, [candidate]);
    }
  };
  for (const e of existing) {
    add(identity.keysOf(e.site.origins, e.username), {
      target: { kind: 'entry', id: e.id },
      password: e.password,
      changed: e.passwordChanged,
      oldPasswords: e.history.map((h) => h.password),
    });
  }
  const sane = (ms: number | undefined) => (ms !== undefined && ms <= now + FUTURE_SLACK_MS ? ms : undefined);

  const items = rows.map((row): PreviewItem => {
    if (row.kind !== 'login') return { class: row.kind, problem: row };
    const keys = identity.keysOf(row.origins, row.username);
    const candidates = [...new Set(keys.flatMap((k) => index.get(k) ?? []))];
    const changed = sane(row.passwordChanged ?? row.updated);
    const same = candidates.find((c) => c.password === row.password);
    if (same) return { class: 'identical', login: row, sameAs: same.target };
    // Prefer a vault entry over an earlier row as the thing to resolve against.
    const first = candidates.find((c) => c.target.kind === 'entry') ?? candidates[0];
    // Later duplicates of this row are then "identical", whichever side wins.
    add(keys, { target: first?.target ?? { kind: 'row', row: row.row }, password: row.password, changed, oldPasswords: [] });
    if (!first) return { class: 'new', login: row };
    return { class: 'conflict', login: row, with: first.target, ...decide(row, changed, first) };
  });

  const counts: ImportPreview['counts'] = { new: 0, identical: 0, conflict: 0, skipped: 0, error: 0 };
  for (const item of items) counts[item.class]++;
  return { items, counts };
}
