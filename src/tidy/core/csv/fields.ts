// Runs anywhere. What a CSV column can mean, and the header names every format shares.
// The shared aliases are Chrome's importer's (components/password_manager/core/browser/import/
// csv_password_sequence.cc, NameToLabel), which include Firefox's (LoginCSVImport.sys.mjs,
// FIELD_TO_CSV_COLUMNS) and Bitwarden's login_* columns; plus Firefox's time* columns and the
// title, notes and one-time-code columns the other managers write, and the names smaller
// managers give the same columns (Passpack's "User ID", Encryptr's "Site URL" and "Label").

export type Field =
  | 'origin'
  /** Further URLs beside the main one (NordPass's additional_urls). */
  | 'urls'
  | 'username'
  /** Proton Pass keeps the email apart from the username; used when the username is empty. */
  | 'usernameFallback'
  | 'password'
  | 'notes'
  /** The entry's title as the other manager showed it. */
  | 'name'
  /** A one-time-code secret or otpauth:// URI, kept as written. */
  | 'totp'
  /** The item type (Bitwarden, Proton Pass, NordPass): only login rows are passwords. */
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
  origin: ['url', 'website', 'origin', 'hostname', 'login_uri', 'web site', 'login_url', 'site url'],
  urls: ['additional_urls', 'urls'],
  username: ['username', 'user', 'login', 'account', 'login_username', 'login name', 'user name', 'user id'],
  usernameFallback: ['email', 'e-mail'],
  password: ['password', 'login_password', 'pwd'],
  // In Chrome's order of preference; LastPass calls its notes "extra".
  notes: ['note', 'notes', 'comment', 'comments', 'extra', 'notesplain'],
  name: ['name', 'title', 'entry name', 'label'],
  totp: ['totp', 'otpauth', 'login_totp', 'otp', 'otpsecret', 'otpurl', 'one-time password'],
  created: ['timecreated'],
  lastUsed: ['timelastused'],
  passwordChanged: ['timepasswordchanged'],
};

/**
 * Fields that may appear under several names at once, the earliest alias with a value winning.
 * Any other field under two names is read from whichever column has a value; two columns with
 * different values refuse the file (detect.ts).
 */
export const PRIORITY_FIELDS: ReadonlySet<Field> = new Set(['notes', 'name', 'totp', 'usernameFallback']);

/** Without these a row cannot become an entry (Firefox also insists on a username column, so an
 * unrecognised username header does not import every login with an empty username). */
export const REQUIRED_FIELDS = ['origin', 'username', 'password'] as const;
