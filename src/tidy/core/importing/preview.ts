// Runs anywhere. What an import would do, before anything is written ("show a preview
// before anything is written"). Each row is new, identical to a login we already have (in the
// vault or earlier in the same file: skipped), a conflict (same account, other password: the
// user picks the winner, the loser goes to history), skipped (not a web login) or an error.
// Pure and linear in rows: existing entries are indexed once by account (site group, then
// normalised username).
import type { ImportLogin, ImportRow, RowProblem } from '../csv/import-row';
import type { Entry } from '../../../vault/core/entry';
import { normaliseUsername } from '../../../vault/core/username';
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

const NONE: readonly Candidate[] = [];
/** A row's candidate has no history: one shared empty list rather than one per row. */
const NO_PASSWORDS: readonly string[] = [];

/**
 * Candidates by site group key, then by normalised username. Two levels rather than one key joined
 * from both: a joined key is a new string per row and origin, hashed afresh on every lookup,
 * while site keys are the identity's own memoised strings.
 */
function accountIndex() {
  const bySite = new Map<string, Map<string, Candidate[]>>();
  return {
    add(sites: readonly string[], user: string, candidate: Candidate): void {
      for (const site of sites) {
        let users = bySite.get(site);
        if (!users) bySite.set(site, (users = new Map()));
        const list = users.get(user);
        if (list) list.push(candidate);
        else users.set(user, [candidate]);
      }
    },
    /** Each candidate once, in the order found; read before the next `add`. */
    find(sites: readonly string[], user: string): readonly Candidate[] {
      if (sites.length === 1) return bySite.get(sites[0] ?? '')?.get(user) ?? NONE;
      return [...new Set(sites.flatMap((site) => bySite.get(site)?.get(user) ?? []))];
    },
  };
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
  const index = accountIndex();
  for (const e of existing) {
    index.add(identity.siteKeys(e.site.origins), normaliseUsername(e.username), {
      target: { kind: 'entry', id: e.id },
      password: e.password,
      changed: e.passwordChanged,
      oldPasswords: e.history.map((h) => h.password),
    });
  }
  const sane = (ms: number | undefined) => (ms !== undefined && ms <= now + FUTURE_SLACK_MS ? ms : undefined);

  const items = rows.map((row): PreviewItem => {
    if (row.kind !== 'login') return { class: row.kind, problem: row };
    const sites = identity.siteKeys(row.origins);
    const user = normaliseUsername(row.username);
    const candidates = index.find(sites, user);
    const changed = sane(row.passwordChanged ?? row.updated);
    // Plain loops rather than find() with an arrow: a file of 10,000 rows made two closures a row.
    let first: Candidate | undefined;
    for (const candidate of candidates) {
      if (candidate.password === row.password) return { class: 'identical', login: row, sameAs: candidate.target };
      // Prefer a vault entry over an earlier row as the thing to resolve against.
      if (!first || (first.target.kind !== 'entry' && candidate.target.kind === 'entry')) first = candidate;
    }
    // Later duplicates of this row are then "identical", whichever side wins.
    index.add(sites, user, { target: first?.target ?? { kind: 'row', row: row.row }, password: row.password, changed, oldPasswords: NO_PASSWORDS });
    if (!first) return { class: 'new', login: row };
    return { class: 'conflict', login: row, with: first.target, ...decide(row, changed, first) };
  });

  const counts: ImportPreview['counts'] = { new: 0, identical: 0, conflict: 0, skipped: 0, error: 0 };
  for (const item of items) counts[item.class]++;
  return { items, counts };
}
