// Every refusal names the problem and its fix, and none repeats a password or any cell of a file
// whose header we do not recognise. Each case hides the same secret where a careless message
// would echo it: in the password column, in a header-less first row, in a JSON value.
import { describe, expect, it } from 'vitest';
import { describeImportError, type ImportError } from '../../../src/tidy/core/csv/import-error';
import { readImportCsv } from '../../../src/tidy/core/csv/read';
import { importFailure } from '../../../src/tidy/core/importing/summary';

const SECRET = 'ws5T@;_UB[Q|P!8';

const refusals: [string, string, Partial<ImportError>][] = [
  ['a file without a header', `Bank,aib,dpbx@fner.ws,${SECRET},https://onlinebanking.aib.ie\nMail,x,y,z,https://m.test\n`, { code: 'no-header' }],
  ['a header-less file whose first row holds column-like words', `url,ann,${SECRET}\nhttps://a.test,bob,pw\n`, { code: 'missing-column', field: 'username', found: ['url'] }],
  ['a header missing its password column', `url,username,${SECRET}\nhttps://a.test,ann,x\n`, { code: 'missing-column', field: 'password', found: ['url', 'username'] }],
  ['semicolons', `url;username;password\nhttps://a.test;ann;${SECRET}\n`, { code: 'wrong-separator', separator: 'semicolon' }],
  ['tabs', `name\turl\tusername\tpassword\nA\thttps://a.test\tann\t${SECRET}\n`, { code: 'wrong-separator', separator: 'tab' }],
  ['semicolons with a quote left open', `url;username;password\nhttps://a.test;ann;"${SECRET}\n`, { code: 'wrong-separator', separator: 'semicolon' }],
  ['JSON of another kind', `{"logins":[{"password":"${SECRET}"}]}`, { code: 'json' }],
  ['a JSON list', `[{"password":"${SECRET}"}]`, { code: 'json' }],
  ['broken JSON', `{"encrypted": false, "items": [{"password":"${SECRET}"`, { code: 'json' }],
  ['an encrypted Bitwarden JSON (password protected)', `{"encrypted":true,"passwordProtected":true,"salt":"${SECRET}","kdfType":0,"data":"2.x|y|z"}`, { code: 'encrypted', source: 'bitwarden' }],
  ['an encrypted Bitwarden JSON (account key)', `{"encrypted":true,"encKeyValidation_DO_NOT_EDIT":"2.${SECRET}","items":[]}`, { code: 'encrypted', source: 'bitwarden' }],
  ['a KeePass database', `\u0003\u0662\uFFFDg\uFFFDK\uFFFD\u0001\u0000\u0004\u0000${SECRET}`, { code: 'encrypted', source: 'keepass' }],
  ['a PGP-encrypted export', `-----BEGIN PGP MESSAGE-----\n\n${SECRET}\n-----END PGP MESSAGE-----\n`, { code: 'encrypted', source: 'pgp' }],
  ['an .xlsx', `PK\u0003\u0004\u0014\u0000\u0006\u0000[Content_Types].xml ${SECRET}`, { code: 'spreadsheet' }],
  ['an .ods', `PK\u0003\u0004\u0014\u0000\u0000\u0000mimetypeapplication/vnd.oasis.opendocument.spreadsheet ${SECRET}`, { code: 'spreadsheet' }],
  ['a 1Password .1pux (a zip)', `PK\u0003\u0004\u0014\u0000\u0008\u0000export.attributes ${SECRET}`, { code: 'archive' }],
  ['a 1Password .1pif', `{"uuid":"A","title":"Shop","secureContents":{"password":"${SECRET}"}}\n***5642bee8-a5ff-11dc-8314-0800200c9a66***\n`, { code: 'one-pif' }],
  ['a KeePass XML export', `<?xml version="1.0"?><KeePassFile><Value>${SECRET}</Value></KeePassFile>`, { code: 'xml' }],
  ['a web page', `<!DOCTYPE html><html><body>${SECRET}</body></html>`, { code: 'html' }],
  ['binary data', `\u0000\u0001\u0002${SECRET}`, { code: 'binary' }],
  ['an unterminated quote', `url,username,password\nhttps://a.test,ann,"${SECRET}\nhttps://b.test,bob,pw\n`, { code: 'unterminated-quote', row: 2, line: 2 }],
  ['two URL columns that disagree', `url,login_uri,username,password\nhttps://a.test,https://b.test,ann,${SECRET}\n`, { code: 'conflicting-columns', field: 'origin' }],
  ['two password columns that disagree', `url,username,password,login_password\nhttps://a.test,ann,${SECRET},other\n`, { code: 'conflicting-columns', field: 'password' }],
];

describe('refusals', () => {
  it.each(refusals)('%s: named, with its fix, without the secret', (_, text, error) => {
    const read = readImportCsv(text);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.error).toMatchObject(error);
    const failure = importFailure(read.error);
    const said = [describeImportError(read.error), failure.message, ...(failure.params ?? [])].join('\n');
    expect(said).not.toContain(SECRET);
    for (const part of SECRET.split(/[;@[|!]/).filter((p) => p.length >= 3)) expect(said).not.toContain(part);
    // Every message says what to do, not only what is wrong.
    expect(describeImportError(read.error)).toMatch(/export|save|import|name|fix|decrypt|unzip|split|choose|add/i);
  });
});

describe('row problems', () => {
  it('never repeat a password, whatever is wrong with the row', () => {
    const rows = [
      `https://a.test,ann,"${SECRET}"x"`, // stray quote
      `https://a.test,ann,${SECRET},extra`, // too many values
      `ftp://a.test,ann,${SECRET}`, // not a web address
      `,ann,${SECRET}`, // no URL
      `android://hash@com.shop/,ann,${SECRET}`, // an app
    ];
    const read = readImportCsv(`url,username,password\n${rows.join('\n')}\n`);
    if (!read.ok) throw new Error(read.error.code);
    expect(read.value.rows.map((r) => r.kind)).toEqual(['error', 'error', 'error', 'error', 'skipped']);
    for (const row of read.value.rows) if (row.kind !== 'login') expect(row.reason).not.toContain(SECRET);
  });
});
