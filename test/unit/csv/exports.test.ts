// The failures real exports showed, one by one: short rows, an empty duplicate column, Proton Pass
// without its vault column, mixed line endings, Bitwarden's JSON, and rows that are not logins.
import { describe, expect, it } from 'vitest';
import type { ImportRow } from '../../../src/tidy/core/csv/import-row';
import { readImportCsv } from '../../../src/tidy/core/csv/read';

function read(text: string) {
  const parsed = readImportCsv(text);
  if (!parsed.ok) throw new Error(parsed.error.code);
  return parsed.value;
}
const summary = (rows: ImportRow[]) => rows.map((r) => (r.kind === 'login' ? [r.row, r.origins, r.username, r.password, r.name, r.notes, r.totp] : [r.row, r.kind, r.code]));

describe('real export quirks', () => {
  it('reads rows that leave off empty trailing cells as empty cells', () => {
    const out = read('name,url,username,password,note\nmastodon.social,https://mastodon.social/,ostqxi,D<IN"\nshop,https://shop.test/,ann\n');
    expect(summary(out.rows)).toEqual([[2, ['https://mastodon.social'], 'ostqxi', 'D<IN"', 'mastodon.social', '', ''], [3, 'error', 'no-password']]);
  });

  it('refuses a row with extra cells that hold something, and accepts extra empty ones', () => {
    const out = read('url,username,password\nhttps://a.test,ann,pw,,\nhttps://b.test,bob,pw,surprise\n');
    expect(summary(out.rows)).toEqual([[2, ['https://a.test'], 'ann', 'pw', '', '', ''], [3, 'error', 'field-count']]);
  });

  it("reads 1Password 6's URL beside its always-empty website column", () => {
    const out = read(',ainfo,Notes,Password,Type,Title,URL,Username,uuid,website\n,ostqxi,,"SoNEwvU,kJ%",Social,twitter.com,https://twitter.com/,ostqxi,,\n');
    expect(out.format).toBe('1password6');
    expect(summary(out.rows)).toEqual([[2, ['https://twitter.com'], 'ostqxi', 'SoNEwvU,kJ%', 'twitter.com', '', '']]);
  });

  it('reads Proton Pass without its vault column: both URLs, dates, and skips note, alias and card rows', () => {
    const out = read(
      [
        'type,name,url,email,username,password,note,totp,createTime,modifyTime',
        'login,AliExpress,"https://login.aliexpress.com, https://www.aliexpress.ru",ann@example.com,,Kq7v,,otpauth://totp/x?secret=JBSW,1609459200,1709459200',
        'note,Codes,,,,,"1111-2222",,1609459200,1609459200',
        'alias,Alias,,a.b@passmail.net,,,,,1609459200,1609459200',
        'creditCard,Visa,,,,,,,1609459200,1609459200',
      ].join('\r\n'),
    );
    expect(out.format).toBe('protonpass');
    expect(summary(out.rows)).toEqual([
      [2, ['https://login.aliexpress.com', 'https://www.aliexpress.ru'], 'ann@example.com', 'Kq7v', 'AliExpress', '', 'otpauth://totp/x?secret=JBSW'],
      [3, 'skipped', 'not-a-login'],
      [4, 'skipped', 'not-a-login'],
      [5, 'skipped', 'not-a-login'],
    ]);
    expect(out.rows[0]).toMatchObject({ created: 1609459200000, updated: 1709459200000 });
  });

  it.each([
    ['header LF, rows CRLF', 'url,username,password\nhttps://a.test,u1,pw1\r\nhttps://b.test,u2,pw2\r\n'],
    ['CR CR LF', 'url,username,password\r\r\nhttps://a.test,u1,pw1\r\r\nhttps://b.test,u2,pw2\r\r\n'],
    ['header CRLF, rows LF', 'url,username,password\r\nhttps://a.test,u1,pw1\nhttps://b.test,u2,pw2\n'],
    ['CR only', 'url,username,password\rhttps://a.test,u1,pw1\rhttps://b.test,u2,pw2'],
  ])('%s: the same values and row numbers as a clean file', (_, text) => {
    expect(summary(read(text).rows)).toEqual([[2, ['https://a.test'], 'u1', 'pw1', '', '', ''], [3, ['https://b.test'], 'u2', 'pw2', '', '', '']]);
  });

  it("keeps LastPass's extra as notes and skips its secure notes", () => {
    const out = read('url,username,password,totp,extra,name,grouping,fav\nhttps://www.ebay.com/,ann,Eb!1,,"PIN: 1234\nsecurity answer: blue",eBay,Shops,0\nhttp://sn,,,,"NoteType:Bank",Bank,,0\n');
    expect(out.format).toBe('lastpass');
    expect(summary(out.rows)).toEqual([[2, ['https://www.ebay.com'], 'ann', 'Eb!1', 'eBay', 'PIN: 1234\nsecurity answer: blue', ''], [3, 'skipped', 'not-a-login']]);
  });

  it("reads RoboForm's form fields past the header as its own, and skips its safenotes", () => {
    const out = read(
      'Name,Url,MatchUrl,Login,Pwd,Note,Folder,RfFieldsV2\n' +
        'AliExpress,https://login.aliexpress.com/,https://login.aliexpress.com/,ann@example.com,"Ali,1!",,/Shops,User ID$:txt:ann@example.com,"Password$:pwd:Ali,1!"\n' +
        'DSers,https://www.dsers.com/login,https://app.dsers.com/login,ann,Ds!2,reset in 2025,/Shops,User ID$:txt:ann\n' +
        'Wi-Fi,,,,,"router: admin / admin",/Notes,\n',
    );
    expect(out.format).toBe('roboform');
    expect(summary(out.rows)).toEqual([
      [2, ['https://login.aliexpress.com'], 'ann@example.com', 'Ali,1!', 'AliExpress', '', ''],
      [3, ['https://www.dsers.com', 'https://app.dsers.com'], 'ann', 'Ds!2', 'DSers', 'reset in 2025', ''],
      [4, 'skipped', 'empty-item'],
    ]);
  });

  it("reads Keeper's export, which has no header row, from its first line, custom fields included", () => {
    const out = read(
      '"Shops","AliExpress","ann@example.com","Ali,1!","https://login.aliexpress.com/","","","Security question","blue"\n' +
        '"Shops/Drop","DSers","ann","Ds!2","https://www.dsers.com/login","reset in 2025","Team#edit"\n' +
        '"Notes","Wi-Fi","","","","router: admin / admin",""\n',
    );
    expect(out.format).toBe('keeper');
    expect(summary(out.rows)).toEqual([
      [1, ['https://login.aliexpress.com'], 'ann@example.com', 'Ali,1!', 'AliExpress', '', ''],
      [2, ['https://www.dsers.com'], 'ann', 'Ds!2', 'DSers', 'reset in 2025', ''],
      [3, 'skipped', 'empty-item'],
    ]);
  });

  it.each([
    // UPM and old Dashlane exports: five cells, so the fifth is not Keeper's website column.
    ['too narrow', 'AliExpress,ann,Ali!1,https://aliexpress.com,notes\n'],
    // Keeper's width, but the fifth cell is no web address: some other headerless table.
    ['not a web address', 'a,b,c,d,not a site,f,g\nh,i,j,k,l,m,n\n'],
    ['no login at all', 'Notes,Wi-Fi,,,,router,\n'],
  ])('still refuses a headerless file that is not Keeper\'s (%s)', (_, text) => {
    const parsed = readImportCsv(text);
    expect(parsed.ok ? parsed.value.format : 'refused').toBe('refused');
  });

  it("reads Enpass's name/value pairs by their names, whatever the order and whatever else the item holds", () => {
    const out = read(
      '"Title","Field","Value","Field","Value",.........,"Note"\n' +
        '"AliExpress","Username","ann","Password","Ali,1!","URL","https://login.aliexpress.com/","PIN","4629","first shop"\n' +
        '"Temu","URL","https://www.temu.com","E-mail","ann@example.com","Password","T3mu!",""\n' +
        '"DSers","Password","Ds!2","Username","ann","URL","https://www.dsers.com/login"\n' +
        '"Wi-Fi","router: admin / admin"\n',
    );
    expect(out.format).toBe('enpass');
    expect(summary(out.rows)).toEqual([
      [2, ['https://login.aliexpress.com'], 'ann', 'Ali,1!', 'AliExpress', 'first shop', ''],
      [3, ['https://www.temu.com'], 'ann@example.com', 'T3mu!', 'Temu', '', ''],
      // No note cell at the end (an even count after the title): every cell is a pair.
      [4, ['https://www.dsers.com'], 'ann', 'Ds!2', 'DSers', '', ''],
      [5, 'skipped', 'empty-item'],
    ]);
  });

  it("skips NordPass's folder and card rows and keeps its additional URLs", () => {
    const out = read(
      'name,url,additional_urls,username,password,note,cardholdername,cardnumber,cvc,expirydate,zipcode,folder,full_name,phone_number,email,address1,address2,city,country,state,type\n' +
        'Shops,,,,,,,,,,,,,,,,,,,,folder\n' +
        'Temu,https://www.temu.com,"[""https://m.temu.com""]",ann,T3mu!,,,,,,,Shops,,,,,,,,,password\n' +
        'Visa,,,,,,Ann,4111111111111111,123,12/29,,,,,,,,,,,credit_card\n' +
        'Old folder row,,,,,,,,,,,,,,,,,,,,\n',
    );
    expect(out.format).toBe('nordpass');
    expect(summary(out.rows)).toEqual([
      [2, 'skipped', 'not-a-login'],
      [3, ['https://www.temu.com', 'https://m.temu.com'], 'ann', 'T3mu!', 'Temu', '', ''],
      [4, 'skipped', 'not-a-login'],
      [5, 'skipped', 'empty-item'],
    ]);
  });
});

describe("Bitwarden's JSON export", () => {
  const file = JSON.stringify({
    encrypted: false,
    folders: [],
    items: [
      {
        id: '1', type: 1, name: 'AliExpress', notes: 'main account', favorite: false,
        login: { uris: [{ match: null, uri: 'https://login.aliexpress.com/' }, { match: null, uri: 'androidapp://com.alibaba.aliexpresshd' }, { uri: 'https://www.aliexpress.ru' }], username: 'ann', password: 'New#2025', totp: 'JBSWY3DPEHPK3PXP', passwordRevisionDate: '2025-03-01T10:00:00.000Z' },
        passwordHistory: [{ lastUsedDate: '2025-03-01T10:00:00.000Z', password: 'Old#2024' }, { lastUsedDate: '2024-01-01T00:00:00.000Z', password: 'Older' }],
        creationDate: '2021-01-01T09:00:00.000Z', revisionDate: '2025-03-01T10:00:00.000Z',
      },
      { id: '2', type: 2, name: 'Recovery codes', notes: 'dsers: 1111', secureNote: { type: 0 } },
      { id: '3', type: 3, name: 'Visa', card: { number: '4111' } },
      { id: '4', type: 1, name: 'Empty', login: { uris: [], username: null, password: null } },
      { id: '5', name: 'no type' },
    ],
  });

  it('reads logins with every URL, TOTP, dates and password history; skips the rest', () => {
    const out = read(`\uFEFF${file}`);
    expect(out.format).toBe('bitwarden-json');
    expect(summary(out.rows)).toEqual([
      [1, ['https://login.aliexpress.com', 'https://www.aliexpress.ru'], 'ann', 'New#2025', 'AliExpress', 'main account', 'JBSWY3DPEHPK3PXP'],
      [2, 'skipped', 'not-a-login'],
      [3, 'skipped', 'not-a-login'],
      [4, 'skipped', 'empty-item'],
      [5, 'error', 'bad-field'],
    ]);
    expect(out.rows[0]).toMatchObject({
      created: Date.UTC(2021, 0, 1, 9),
      passwordChanged: Date.UTC(2025, 2, 1, 10),
      history: [{ password: 'Old#2024', changedAt: Date.UTC(2025, 2, 1, 10) }, { password: 'Older', changedAt: Date.UTC(2024, 0, 1) }],
    });
  });
});
