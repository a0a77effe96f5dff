// Header detection: format signatures, Chrome's and Firefox's aliases, normalisation of names,
// and the headers that must be refused.
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../src/core/csv/detect';

const header = (line: string) => line.split(',');

describe('detectFormat', () => {
  it.each([
    ['name,url,username,password,note', 'chrome'],
    ['url,username,password,httpRealm,formActionOrigin,guid,timeCreated,timeLastUsed,timePasswordChanged', 'firefox'],
    ['folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp', 'bitwarden'],
    ['Title,Url,Username,Password,OTPAuth,Favorite,Archived,Tags,Notes', '1password'],
    ['Group,Title,Username,Password,URL,Notes,TOTP,Icon,Last Modified,Created', 'keepassxc'],
    ['type,name,url,email,username,password,note,totp,createTime,modifyTime,vault', 'protonpass'],
    ['latchkey_version,url,username,password,notes,origins', 'latchkey'],
    // Reordered, upper-cased, padded: names are matched trimmed and lower-cased.
    [' PASSWORD , Username,URL ', 'chrome'],
    // LastPass's export reads as Chrome's, as Chrome reads it.
    ['url,username,password,totp,extra,name,grouping,fav', 'chrome'],
  ])('%s -> %s', (line, format) => {
    const detected = detectFormat(header(line));
    expect(detected.ok && detected.value.format.id).toBe(format);
  });

  it.each([
    // Chrome's aliases (csv_password_sequence.cc).
    ['website,login,password', { origin: 0, username: 1, password: 2 }],
    ['origin,user,password', { origin: 0, username: 1, password: 2 }],
    ['hostname,account,password,comments', { origin: 0, username: 1, password: 2, notes: 3 }],
    ['login_uri,login_username,login_password', { origin: 0, username: 1, password: 2 }],
  ])('aliases: %s', (line, columns) => {
    const detected = detectFormat(header(line));
    expect(detected.ok && detected.value.columns).toMatchObject(columns);
  });

  it('takes the note column Chrome prefers when there are several', () => {
    const detected = detectFormat(header('url,username,password,comments,notes,note'));
    expect(detected.ok && detected.value.columns.notes).toBe(5);
  });

  it.each([
    ['url,username,password,login_uri', { code: 'conflicting-columns', field: 'origin', columns: ['url', 'login_uri'] }],
    ['url,username,password,Password', { code: 'conflicting-columns', field: 'password' }],
    ['url,user,login,password', { code: 'conflicting-columns', field: 'username' }],
    // A Bitwarden export with a url column pasted in is just as ambiguous.
    ['type,login_uri,login_username,login_password,url', { code: 'conflicting-columns', field: 'origin' }],
    ['name,url,username,note', { code: 'missing-column', field: 'password' }],
    ['name,username,password', { code: 'missing-column', field: 'url' }],
    ['url,password', { code: 'missing-column', field: 'username' }],
    ['url;username;password', { code: 'missing-column', field: 'url' }],
  ])('refuses %s', (line, error) => {
    const detected = detectFormat(header(line));
    expect(detected.ok).toBe(false);
    expect(!detected.ok && detected.error).toMatchObject(error);
  });
});
