// Header detection: every column set the supported managers write, Chrome's and Firefox's
// aliases, normalisation of names, and the headers that must be refused (without repeating
// anything but known column names).
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../src/tidy/core/csv/detect';

const header = (line: string) => line.split(',');

describe('detectFormat', () => {
  it.each([
    ['name,url,username,password,note', 'chrome'],
    // Chrome before 2022 and Edge: no note column.
    ['name,url,username,password', 'chrome'],
    ['url,username,password,httpRealm,formActionOrigin,guid,timeCreated,timeLastUsed,timePasswordChanged', 'firefox'],
    ['folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp', 'bitwarden'],
    ['folder,favorite,type,name,notes,fields,login_uri,login_username,login_password,login_totp', 'bitwarden'],
    ['collections,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp', 'bitwarden'],
    ['Title,Url,Username,Password,OTPAuth,Favorite,Archived,Tags,Notes', '1password8'],
    ['title,notes,username,password,url', '1password4'],
    ['url,username,password,title,notes', '1password4'],
    [',ainfo,autosubmit,Notes,Password,scope,Type,Title,URL,Username,uuid,website', '1password6'],
    ['Title,URL,Username,Password,Notes,OTPAuth', 'safari'],
    ['Title,Url,Username,Password,OTPAuth', 'safari'],
    ['Group,Title,Username,Password,URL,Notes,TOTP,Icon,Last Modified,Created', 'keepassxc'],
    ['Group,Title,Username,Password,URL,Notes', 'keepassxc'],
    ['Account,Login Name,Password,Web Site,Comments', 'keepass'],
    ['type,name,url,email,username,password,note,totp,createTime,modifyTime,vault', 'protonpass'],
    ['type,name,url,email,username,password,note,totp,createTime,modifyTime', 'protonpass'],
    ['type,name,url,username,password,note,totp,createTime,modifyTime,vault', 'protonpass'],
    ['url,username,password,totp,extra,name,grouping,fav', 'lastpass'],
    ['url,username,password,extra,name,grouping,fav', 'lastpass'],
    ['username,username2,username3,title,password,note,url,category,otpSecret', 'dashlane'],
    ['username,username2,username3,title,password,note,url,category,otpUrl', 'dashlane'],
    ['name,url,username,password,note,cardholdername,cardnumber,cvc,expirydate,zipcode,folder,full_name,phone_number,email,address1,address2,city,country,state', 'nordpass'],
    ['name,url,additional_urls,username,password,note,cardholdername,cardnumber,cvc,pin,expirydate,zipcode,folder,full_name,phone_number,email,address1,address2,city,country,state,type,custom_fields', 'nordpass'],
    ['Name,Url,MatchUrl,Login,Pwd,Note,Folder,RfFieldsV2', 'roboform'],
    ['Name,Url,Login,Pwd,Note,Folder,Rf_fields', 'roboform'],
    ['Display_Name,Login_Username,Login_Password,Login_URLs,Login_TOTP,Notes,Favorite', 'synology'],
    ['latchkey_version,url,username,password,notes,origins', 'latchkey'],
  ])('%s -> %s', (line, format) => {
    const detected = detectFormat(header(line));
    expect(detected.ok && detected.value.format.id).toBe(format);
    expect(detected.ok && detected.value.guessed).toBe(false);
  });

  it.each([
    // Reordered, upper-cased, padded: names are matched trimmed and lower-cased; no signature.
    [' PASSWORD , Username,URL '],
    ['hostname,username,password'],
    ['name,url,username,password,note,folder'],
  ])('%s is read by its names, and says it guessed', (line) => {
    const detected = detectFormat(header(line));
    expect(detected.ok && detected.value.format.id).toBe('guessed');
    expect(detected.ok && detected.value.guessed).toBe(true);
  });

  it.each([
    // Chrome's aliases (csv_password_sequence.cc).
    ['website,login,password', { origin: [0], username: [1], password: [2] }],
    ['origin,user,password', { origin: [0], username: [1], password: [2] }],
    ['hostname,account,password,comments', { origin: [0], username: [1], password: [2], notes: [3] }],
    ['login_uri,login_username,login_password', { origin: [0], username: [1], password: [2] }],
    // Passpack and Encryptr name the same columns their own way.
    ['Entry Name,URL,User ID,Password,Notes', { name: [0], origin: [1], username: [2], password: [3], notes: [4] }],
    ['Entry Type,Label,Password,Username,Site URL,Notes', { name: [1], password: [2], username: [3], origin: [4], notes: [5] }],
  ])('aliases: %s', (line, columns) => {
    const detected = detectFormat(header(line));
    expect(detected.ok && detected.value.columns).toMatchObject(columns);
  });

  it('orders several note columns as Chrome prefers them', () => {
    const detected = detectFormat(header('url,username,password,comments,notes,note'));
    expect(detected.ok && detected.value.columns.notes).toEqual([5, 4, 3]);
  });

  it('reads two URL columns as one field, to be settled row by row', () => {
    const detected = detectFormat(header('url,username,password,login_uri'));
    expect(detected.ok && detected.value.columns.origin).toEqual([0, 3]);
  });

  it.each([
    ['name,url,username,note', { code: 'missing-column', field: 'password', found: ['name', 'url', 'username', 'note'] }],
    ['name,username,password', { code: 'missing-column', field: 'url' }],
    ['url,password', { code: 'missing-column', field: 'username' }],
    ['url;username;password', { code: 'no-header' }],
    // A file without a header: its first row is a login. Nothing of it may be repeated.
    ['Bank,aib,dpbx@fner.ws,ws5T@;_UB[Q|P!8,https://onlinebanking.aib.ie', { code: 'no-header' }],
  ])('refuses %s', (line, error) => {
    const detected = detectFormat(header(line));
    expect(detected.ok).toBe(false);
    expect(!detected.ok && detected.error).toStrictEqual(error.code === 'no-header' ? error : expect.objectContaining(error));
  });

  it('names only the known columns of a header it refuses', () => {
    const detected = detectFormat(header('hunter2-secret,url,username'));
    expect(detected).toEqual({ ok: false, error: { code: 'missing-column', field: 'password', found: ['url', 'username'] } });
  });
});
