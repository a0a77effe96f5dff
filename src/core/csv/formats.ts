// Runs anywhere. The CSV exports we recognise, told apart by columns only they have. Header
// order is never relied on (exporters reorder columns between versions). Anything with Chrome's
// url/username/password columns that matches no signature is read as Chrome's format, which is
// what Chrome itself does with LastPass's, Safari's and everyone else's files.
import type { Aliases } from './fields';

export type CsvFormatId = 'latchkey' | 'bitwarden' | 'protonpass' | 'firefox' | 'keepassxc' | '1password' | 'chrome';

export interface CsvFormat {
  id: CsvFormatId;
  /** Lower-case columns that must all be present. */
  signature: readonly string[];
  /** Columns beyond the shared aliases (fields.ts). */
  extra: Aliases;
  /** Bitwarden and Proton Pass put several URLs in one cell, separated by commas. */
  multiUrl: boolean;
}

// Checked in order: the most specific signatures first.
export const FORMATS: readonly CsvFormat[] = [
  {
    id: 'latchkey',
    signature: ['latchkey_version'],
    extra: {
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
    },
    multiUrl: false,
  },
  // folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp
  { id: 'bitwarden', signature: ['type', 'login_uri', 'login_password'], extra: { type: ['type'] }, multiUrl: true },
  // type,name,url,email,username,password,note,totp,createTime,modifyTime,vault (times in seconds)
  {
    id: 'protonpass',
    signature: ['type', 'vault', 'createtime'],
    extra: { type: ['type'], usernameFallback: ['email'], created: ['createtime'], updated: ['modifytime'] },
    multiUrl: true,
  },
  // url,username,password,httpRealm,formActionOrigin,guid,timeCreated,timeLastUsed,timePasswordChanged
  { id: 'firefox', signature: ['httprealm', 'formactionorigin'], extra: {}, multiUrl: false },
  // Group,Title,Username,Password,URL,Notes,TOTP,Icon,Last Modified,Created (ISO 8601 times)
  {
    id: 'keepassxc',
    signature: ['group', 'title', 'last modified'],
    extra: { created: ['created'], updated: ['last modified'] },
    multiUrl: false,
  },
  // Title,Url,Username,Password,OTPAuth,Favorite,Archived,Tags,Notes
  { id: '1password', signature: ['title', 'otpauth'], extra: {}, multiUrl: false },
  // name,url,username,password,note
  { id: 'chrome', signature: [], extra: {}, multiUrl: false },
];
