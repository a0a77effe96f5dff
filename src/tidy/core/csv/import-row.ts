// Runs anywhere. One CSV row, normalised across formats: a login ready to become an entry, or
// the reason it cannot. Plain data (no Maps, no classes): the preview travels from the
// background to the options page as a message.
import type { MatchMode } from '../../../vault/core/match/entry-site';
import type { EntryStatus, HistoryItem, PendingPrevious } from '../../../vault/core/entry';

export interface ImportLogin {
  kind: 'login';
  /** Spreadsheet row number: the header is row 1. */
  row: number;
  /** At least one http(s) origin. */
  origins: string[];
  username: string;
  password: string;
  notes: string;
  /** The title the other manager showed ('' when the file has none). */
  name: string;
  /** A one-time-code secret or otpauth:// URI, as written ('' when none). */
  totp: string;
  // Epoch ms, when the file says. Only Latchkey's own format carries the rest.
  created?: number;
  updated?: number;
  passwordChanged?: number;
  lastUsed?: number;
  match?: MatchMode;
  history?: HistoryItem[];
  status?: EntryStatus;
  pendingPrevious?: PendingPrevious;
  /** When the user marked the entry reviewed (Latchkey's CSV and backups). */
  reviewedAt?: number;
  /** The user said the shop keeps a saved card or address (encrypted backups only). */
  holdsPayment?: boolean;
  /** The entry's id, from an encrypted backup only: a restore into a vault without it keeps it. */
  id?: string;
}

export type RowProblemCode =
  | 'no-password'
  | 'no-url'
  | 'bad-url'
  | 'field-count'
  | 'malformed-quotes'
  | 'bad-field'
  | 'newer-version'
  // Skipped rather than wrong: the file is fine, Latchkey just has no use for the row.
  | 'android-app'
  | 'not-a-login'
  /** No URL, username or password at all: a folder row or an empty item. */
  | 'empty-item';

export interface RowProblem {
  /** 'skipped': nothing is wrong with the row, it is not a web login. */
  kind: 'error' | 'skipped';
  row: number;
  code: RowProblemCode;
  /** English, for logs and tests; the options page translates from the code. */
  reason: string;
}

export type ImportRow = ImportLogin | RowProblem;
