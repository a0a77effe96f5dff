// Runs anywhere. One saved login, the plaintext inside a sealed record (crypto/record.ts; the
// record's `v` is ENTRY_VERSION). Every timestamp is epoch milliseconds: numbers compare and sort
// without parsing, and the UI formats them in the user's locale and time zone.
// Older shapes are read through migrations.ts, never cast.
import * as z from 'zod/mini';
import { EntrySite } from './match/entry-site';

export const ENTRY_VERSION = 3;
/** Old passwords kept per entry: enough to recover from a few bad changes in a row. */
export const HISTORY_CAP = 20;

const Millis = z.int().check(z.nonnegative());

export const HistoryItem = z.object({
  password: z.string(),
  /** When this password stopped being the current one. */
  changedAt: Millis,
});
export type HistoryItem = z.infer<typeof HistoryItem>;

/** What a pending change replaced, so a change the site rejected is undone in one click. */
export const PendingPrevious = z.object({ password: z.string(), passwordChanged: Millis });
export type PendingPrevious = z.infer<typeof PendingPrevious>;

export const EntryStatus = z.enum(['active', 'pending']);
export type EntryStatus = z.infer<typeof EntryStatus>;

export const Entry = z.object({
  id: z.string().check(z.minLength(1)),
  site: EntrySite,
  username: z.string(),
  password: z.string(),
  notes: z.string(),
  /** The entry's title ('' for none: the site names it); imports bring the other manager's. */
  name: z.string(),
  /** A one-time-code secret or otpauth:// URI, kept as imported so nothing is thrown away. */
  totp: z.string(),
  created: Millis,
  updated: Millis,
  passwordChanged: Millis,
  lastUsed: z.nullable(Millis),
  // Newest first. Not capped on read: an entry imported with a longer history loses nothing.
  history: z.array(HistoryItem),
  // 'pending': changed on a change or reset form, not yet confirmed by a successful login with
  // the new password (DESIGN.md, job 3). A pending entry with no `pendingPrevious` is new and
  // unconfirmed: a generated password saved the moment it was filled (keep/core/generated.ts),
  // before the site said whether it took it; there is nothing to revert to.
  status: EntryStatus,
  pendingPrevious: z.optional(PendingPrevious),
  // When the user looked at this entry's health problems and chose to keep it as it is (the
  // options page's "mark as reviewed"), or null. A password changed later is looked at afresh.
  reviewedAt: z.nullable(Millis),
  // When sync found this entry changed on two computers at once (sync/core/merge.ts): the newer
  // password is current and the other is in history, and the user should check which one the site
  // takes. Absent when there was no such conflict; reviewing the entry after it answers it.
  conflictAt: z.optional(Millis),
  // The user's word that this shop keeps a saved card or address (the entry editor): its password
  // guards money, so the fix-it queue puts it first within its risk tier. Absent: nothing is
  // known, which is what every record written before this field means, so no migration is needed.
  holdsPayment: z.optional(z.boolean()),
});
export type Entry = z.infer<typeof Entry>;

export interface NewEntry {
  id: string;
  site: EntrySite;
  username: string;
  password: string;
  notes?: string;
  name?: string;
  totp?: string;
}

export function createEntry(fields: NewEntry, now: number): Entry {
  // Written out field by field (no spread): an import creates up to 100,000 of these at once.
  return {
    id: fields.id,
    site: fields.site,
    username: fields.username,
    password: fields.password,
    notes: fields.notes ?? '',
    name: fields.name ?? '',
    totp: fields.totp ?? '',
    created: now,
    updated: now,
    passwordChanged: now,
    lastUsed: null,
    history: [],
    status: 'active',
    reviewedAt: null,
  };
}

/** Records a successful fill or login. */
export const markUsed = (entry: Entry, now: number): Entry => ({ ...entry, lastUsed: now });
