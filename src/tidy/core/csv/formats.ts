// Runs anywhere. The exports we recognise, told apart by their columns. Header order is never
// relied on (exporters reorder columns between versions). Checked in order, the most specific
// first; a header that matches none is read with the shared aliases and the preview says its
// columns were guessed.
import type { Aliases } from './fields';

export type CsvFormatId =
  | 'latchkey'
  | 'bitwarden'
  | 'bitwarden-json'
  | '1password-1pux'
  | 'protonpass'
  | 'firefox'
  | 'keepassxc'
  | 'keepass'
  | '1password8'
  | '1password6'
  | '1password4'
  | 'safari'
  | 'lastpass'
  | 'dashlane'
  | 'nordpass'
  | 'roboform'
  | 'keeper'
  | 'enpass'
  | 'synology'
  | 'chrome'
  | 'guessed';

export interface CsvFormat {
  id: CsvFormatId;
  /** Lower-case columns that must all be present. */
  signature: readonly string[];
  /** When set, no column outside this list may be present (formats made only of common names). */
  only?: readonly string[];
  /** Replace the shared aliases (fields.ts) of the fields they name. */
  aliases: Aliases;
  /** Several URLs in one cell, separated by commas (Bitwarden, Proton Pass). */
  multiUrl: boolean;
  /** `type` values that mean a login; a row of any other type is skipped, not refused. */
  loginTypes?: readonly string[];
  /** LastPass writes secure notes as rows whose URL is this. */
  noteUrl?: string;
  /** The last column goes on over as many cells as the row needs (RoboForm writes one per form field). */
  openLastColumn?: boolean;
}

export const FORMATS: readonly CsvFormat[] = [
  {
    id: 'latchkey',
    signature: ['latchkey_version'],
    aliases: {
      version: ['latchkey_version'],
      origins: ['origins'],
      match: ['match'],
      created: ['created'],
      updated: ['updated'],
      passwordChanged: ['password_changed'],
      lastUsed: ['last_used'],
      status: ['status'],
      history: ['history'],
      pendingPrevious: ['pending_previous'],
      reviewedAt: ['reviewed_at'],
      name: ['name'],
      totp: ['totp'],
    },
    multiUrl: false,
  },
  // [folder,favorite | collections],type,name,notes,fields,[reprompt],login_uri,login_username,login_password,login_totp
  { id: 'bitwarden', signature: ['login_uri', 'login_password'], aliases: { type: ['type'] }, multiUrl: true, loginTypes: ['login'] },
  // type,name,url,[email],username,password,note,totp,createTime,modifyTime,[vault] (times in seconds)
  {
    id: 'protonpass',
    signature: ['type', 'createtime'],
    aliases: { type: ['type'], created: ['createtime'], updated: ['modifytime'] },
    multiUrl: true,
    loginTypes: ['login'],
  },
  // url,username,password,httpRealm,formActionOrigin,guid,timeCreated,timeLastUsed,timePasswordChanged
  { id: 'firefox', signature: ['httprealm', 'formactionorigin'], aliases: {}, multiUrl: false },
  // Group,Title,Username,Password,URL,Notes[,TOTP,Icon,Last Modified,Created] (ISO 8601 times)
  {
    id: 'keepassxc',
    signature: ['group', 'title', 'username', 'password', 'url'],
    aliases: { created: ['created'], updated: ['last modified'] },
    multiUrl: false,
  },
  // KeePass 2: Account,Login Name,Password,Web Site,Comments
  {
    id: 'keepass',
    signature: ['account', 'login name', 'web site'],
    aliases: { name: ['account'], username: ['login name'], origin: ['web site'], notes: ['comments'] },
    multiUrl: false,
  },
  // Title,Url,Username,Password,OTPAuth,Favorite,Archived,Tags,Notes
  { id: '1password8', signature: ['title', 'otpauth', 'favorite', 'archived'], aliases: {}, multiUrl: false },
  // 1Password 6 and 7 "all fields": ainfo, autosubmit, ..., Type (the folder), Title, URL, Username, website...
  { id: '1password6', signature: ['ainfo', 'title', 'password'], aliases: { origin: ['url', 'website'] }, multiUrl: false },
  // Safari and the Passwords app: Title,URL,Username,Password,Notes,OTPAuth (Notes since Safari 15)
  {
    id: 'safari',
    signature: ['title', 'url', 'username', 'password', 'otpauth'],
    only: ['title', 'url', 'username', 'password', 'notes', 'otpauth'],
    aliases: {},
    multiUrl: false,
  },
  // url,username,password,[totp],extra,name,grouping,fav; secure notes have the URL http://sn
  { id: 'lastpass', signature: ['extra', 'grouping'], aliases: { notes: ['extra'] }, multiUrl: false, noteUrl: 'http://sn' },
  // credentials.csv: username,username2,username3,title,password,note,url,category,otpSecret|otpUrl
  { id: 'dashlane', signature: ['username2', 'username3', 'title'], aliases: {}, multiUrl: false },
  // name,url,[additional_urls],username,password,note,cardholdername,cardnumber,...,[type]
  {
    id: 'nordpass',
    signature: ['cardholdername', 'cardnumber'],
    aliases: { type: ['type'], usernameFallback: [] },
    multiUrl: false,
    loginTypes: ['password'],
  },
  // RoboForm: Name,Url,MatchUrl,Login,Pwd,Note,Folder,RfFieldsV2 (older: no MatchUrl, Rf_fields).
  // Url is where the login starts, MatchUrl the page it fills on; both are the site's. The form
  // fields ("User ID$:txt:…", "Password$:pwd:…") follow as one unquoted cell each, past the header.
  {
    id: 'roboform',
    signature: ['login', 'pwd'],
    aliases: { username: ['login'], password: ['pwd'], notes: ['note'], urls: ['matchurl'] },
    multiUrl: false,
    openLastColumn: true,
  },
  // Synology C2 Password: Display_Name,Login_Username,Login_Password,Login_URLs,Login_TOTP,Notes,Favorite
  {
    id: 'synology',
    signature: ['display_name', 'login_urls'],
    aliases: { name: ['display_name'], origin: ['login_urls'] },
    multiUrl: true,
  },
  // 1Password 4: title,notes,username,password,url (in the order the user picked)
  {
    id: '1password4',
    signature: ['title', 'notes', 'username', 'password', 'url'],
    only: ['title', 'notes', 'username', 'password', 'url'],
    aliases: {},
    multiUrl: false,
  },
  // Chrome and Edge: name,url,username,password[,note]
  {
    id: 'chrome',
    signature: ['name', 'url', 'username', 'password'],
    only: ['name', 'url', 'username', 'password', 'note'],
    aliases: {},
    multiUrl: false,
  },
  // Anything else: the shared aliases, and the preview says the columns were guessed.
  { id: 'guessed', signature: [], aliases: {}, multiUrl: false },
];
