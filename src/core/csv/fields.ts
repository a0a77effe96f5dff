// Runs anywhere. What a CSV column can mean, and the header names every format shares.
// The shared aliases are Chrome's importer's (components/password_manager/core/browser/import/
// csv_password_sequence.cc, NameToLabel), which include Firefox's (LoginCSVImport.sys.mjs,
// FIELD_TO_CSV_COLUMNS) and Bitwarden's login_* columns; plus Firefox's time* columns.

export type Field =
  | 'origin'
  | 'username'
  /** Proton Pass keeps the email apart from the username; used when the username is empty. */
  | 'usernameFallback'
  | 'password'
  | 'notes'
  /** Bitwarden's and Proton Pass's item type: only 'login' rows are passwords. */
  | 'type'
  | 'created'
  | 'updated'
  | 'passwordChanged'
  | 'lastUsed'
  // Latchkey's own columns (latchkey-format.ts).
  | 'version'
  | 'origins'
  | 'match'
  | 'status'
  | 'history'
  | 'pendingPrevious'
  | 'reviewedAt';

export type Aliases = Partial<Record<Field, readonly string[]>>;

/** Lower-case header names; matched after trimming and lower-casing the file's header. */
export const SHARED_ALIASES: Aliases = {
  origin: ['url', 'website', 'origin', 'hostname', 'login_uri'],
  username: ['username', 'user', 'login', 'account', 'login_username'],
  password: ['password', 'login_password'],
  // In Chrome's order of preference: several note columns are not a conflict, the first wins.
  notes: ['note', 'notes', 'comment', 'comments'],
  created: ['timecreated'],
  lastUsed: ['timelastused'],
  passwordChanged: ['timepasswordchanged'],
};

/** Fields that may appear under several names at once, the earliest alias winning. */
export const PRIORITY_FIELDS: ReadonlySet<Field> = new Set(['notes']);

/** Without these a row cannot become an entry (Firefox also insists on a username column, so an
 * unrecognised username header does not import every login with an empty username). */
export const REQUIRED_FIELDS = ['origin', 'username', 'password'] as const;
