// The whole read, text in: BOM, line endings, quoting, row numbers, per-row problems and the
// file-level refusals that do not need a fixture (size).
import { describe, expect, it } from 'vitest';
import type { ImportRow } from '../../../src/tidy/core/csv/import-row';
import { checkImportSize, MAX_IMPORT_BYTES, utf8ByteLength } from '../../../src/tidy/core/csv/limits';
import { readImportCsv } from '../../../src/tidy/core/csv/read';
import { readFixture } from './read-fixture';

function rows(text: string): ImportRow[] {
  const read = readImportCsv(text);
  if (!read.ok) throw new Error(read.error.code);
  return read.value.rows;
}

describe('readImportCsv', () => {
  it('strips a BOM and reads CRLF, LF and CR line endings alike', () => {
    for (const nl of ['\r\n', '\n', '\r']) {
      const [row] = rows(`\uFEFFurl,username,password${nl}https://www.temu.com,ann,T3mu!${nl}`);
      expect(row).toMatchObject({ kind: 'login', row: 2, origins: ['https://www.temu.com'], username: 'ann', password: 'T3mu!' });
    }
  });

  it('keeps quoted commas, doubled quotes, line breaks and edge spaces exactly', () => {
    const [row] = rows('url,username,password,note\nhttps://www.dsers.com," ann ","a,""b""\r\nc ","x\ny"\n');
    expect(row).toMatchObject({ username: ' ann ', password: 'a,"b"\r\nc ', notes: 'x\ny' });
  });

  it('numbers rows as a spreadsheet does, header first, a multi-line value being one row', () => {
    const out = rows('url,username,password\nhttps://a.com,u,"p\n\nq"\n\nhttps://b.com,u,\n');
    expect(out.map((r) => [r.row, r.kind])).toEqual([[2, 'login'], [4, 'error']]);
  });

  it('reports the reason for each bad row and keeps the good ones', () => {
    const out = rows(
      [
        'url,username,password',
        'https://www.ebay.co.uk,ann,', // no password
        ',ann,pw', // no URL
        'ftp://files.example.com,ann,pw', // not a web address
        'android://hash@com.ebay.mobile/,ann,pw', // skipped
        'https://www.temu.com,ann,pw,extra', // too many values
        'https://www.temu.com,ann,"pw"x"', // stray quote inside a quoted value
        'amazon.de,ann,pw', // bare host
      ].join('\n'),
    );
    expect(out.map((r) => (r.kind === 'login' ? r.origins[0] : `${r.kind}:${r.code}`))).toEqual([
      'error:no-password',
      'error:no-url',
      'error:bad-url',
      'skipped:android-app',
      'error:field-count',
      'error:malformed-quotes',
      'https://amazon.de',
    ]);
  });

  it('refuses the file when a stray quote leaves a value open to the end', () => {
    const read = readImportCsv('url,username,password\nhttps://a.com,u,p\nhttps://www.temu.com,ann,"pw"x\nhttps://b.com,u,p\n');
    expect(read).toMatchObject({ ok: false, error: { code: 'unterminated-quote', row: 3, line: 3 } });
  });

  it('reads Firefox epoch ms, Proton Pass epoch seconds and ISO dates to epoch ms', () => {
    const [ff] = rows('url,username,password,httpRealm,formActionOrigin,timeCreated,timePasswordChanged\nhttps://a.com,u,p,,,1609459200000,1650000000000\n');
    expect(ff).toMatchObject({ created: 1609459200000, passwordChanged: 1650000000000 });
    const [proton] = rows(readFixture('protonpass.csv').split('\n').slice(0, 2).join('\n'));
    expect(proton).toMatchObject({ created: 1609459200000, updated: 1709459200000, username: 'ann.buyer@example.com' });
    expect(proton?.kind === 'login' && proton.origins).toEqual(['https://login.aliexpress.com', 'https://www.aliexpress.ru']);
  });

  it('reads a pending Latchkey entry with its history', () => {
    const out = rows(readFixture('latchkey.csv'));
    expect(out[1]).toMatchObject({
      status: 'pending',
      pendingPrevious: { password: 'Dsers#New2024', passwordChanged: Date.UTC(2024, 5, 1, 10) },
      history: [{ password: 'Dsers#New2024', changedAt: Date.UTC(2025, 3, 1, 10) }],
    });
    expect(out[3]).toMatchObject({ kind: 'error', code: 'newer-version' });
    expect(out[4]).toMatchObject({ kind: 'error', code: 'bad-field' });
  });

  it('refuses a 50 MB input before parsing it', () => {
    // Its last line opens a quote it never closes: a parse would refuse it for that instead.
    const huge = `url,username,password\n${'https://www.aliexpress.com,ann,Kq7vRt2mXa\n'.repeat(1_250_000)}"unclosed`;
    expect(huge.length).toBeGreaterThan(50_000_000);
    expect(readImportCsv(huge.slice(-200).replace(/^[^\n]*\n/, 'url,username,password\n'))).toMatchObject({ ok: false });
    expect(readImportCsv(huge)).toMatchObject({ ok: false, error: { code: 'too-large', limit: MAX_IMPORT_BYTES } });
    expect(checkImportSize(50 * 1024 * 1024).ok).toBe(false);
    expect(checkImportSize(1024).ok).toBe(true);
  });

  it('counts UTF-8 bytes, not UTF-16 units, near the limit', () => {
    expect(utf8ByteLength('aé€😀')).toBe(1 + 2 + 3 + 4);
    // 8 M three-byte characters: under the limit in code units, over it in bytes.
    const text = `url,username,password\nhttps://a.com,u,${'€'.repeat(8 * 1024 * 1024)}\n`;
    expect(readImportCsv(text)).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });

  it('reads a header with no rows as an empty import', () => {
    expect(readImportCsv('name,url,username,password,note\n')).toEqual({ ok: true, value: { format: 'chrome', guessed: false, rows: [] } });
  });

  it('refuses whitespace-only input, UTF-16 text and an XML file', () => {
    expect(readImportCsv(' \n\r\n ')).toMatchObject({ ok: false, error: { code: 'empty' } });
    expect(readImportCsv('\uFFFD\uFFFDu\u0000r\u0000l\u0000')).toMatchObject({ ok: false, error: { code: 'not-utf8' } });
    expect(readImportCsv('<?xml version="1.0"?><KeePassFile/>')).toMatchObject({ ok: false, error: { code: 'xml' } });
  });
});
