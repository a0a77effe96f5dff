// 1Password's .1pux: the zip is opened in the page (tidy/core/csv/onepux.ts), its export.data read
// like any other export; a zip bomb is refused from its declared size, before inflating.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../../src/tidy/core/csv/limits';
import { exportDataOf, isZip } from '../../../src/tidy/core/csv/onepux';
import { readImportCsv } from '../../../src/tidy/core/csv/read';

const item = (over: Record<string, unknown>) => ({
  uuid: 'u', favIndex: 0, createdAt: 1619465226, updatedAt: 1619465278, trashed: false, categoryUuid: '001',
  details: {
    loginFields: [
      { value: 'ann@example.com', id: '', name: 'email', fieldType: 'E', designation: 'username' },
      { value: 'Ali,"Pw"\n2025', id: '', name: 'password', fieldType: 'P', designation: 'password' },
    ],
    notesPlain: 'security answer: blue',
    sections: [{ title: '', fields: [{ title: 'one-time password', id: 'TOTP_x', value: { totp: 'otpauth://totp/Ali?secret=JBSWY3DPEHPK3PXP' } }] }],
    passwordHistory: [{ value: 'Old#2024', time: 1600000000 }],
  },
  overview: { subtitle: 'ann', title: 'AliExpress', url: 'https://login.aliexpress.com/', urls: [{ label: '', url: 'https://login.aliexpress.com/' }, { label: 'ru', url: 'https://aliexpress.ru/' }], ps: 0 },
  ...over,
});

const exportData = {
  accounts: [{
    attrs: { accountName: 'Ann', name: 'Ann', email: 'ann@example.com', uuid: 'A', domain: 'https://my.1password.com/' },
    vaults: [{
      attrs: { uuid: 'v', name: 'Personal', type: 'P' },
      items: [
        item({}),
        item({ categoryUuid: '003', details: { notesPlain: 'codes' }, overview: { title: 'Codes' } }),
        item({ trashed: true }),
      ],
    }],
  }],
};

const zip = (files: Record<string, Uint8Array>) => zipSync(files);

describe('1PUX', () => {
  it('reads the logins of export.data with every URL, TOTP, notes and history; skips notes and the trash', () => {
    const bytes = zip({ 'export.attributes': strToU8('{"version":3}'), 'export.data': strToU8(JSON.stringify(exportData)), 'files/x.png': new Uint8Array(10) });
    expect(isZip(bytes)).toBe(true);
    const data = exportDataOf(bytes);
    if (!data.ok) throw new Error(data.error.code);
    const read = readImportCsv(data.value);
    if (!read.ok) throw new Error(read.error.code);
    expect(read.value.format).toBe('1password-1pux');
    expect(read.value.rows).toEqual([
      {
        kind: 'login', row: 1, origins: ['https://login.aliexpress.com', 'https://aliexpress.ru'], username: 'ann@example.com', password: 'Ali,"Pw"\n2025',
        notes: 'security answer: blue', name: 'AliExpress', totp: 'otpauth://totp/Ali?secret=JBSWY3DPEHPK3PXP',
        history: [{ password: 'Old#2024', changedAt: 1600000000000 }], created: 1619465226000, updated: 1619465278000,
      },
      { kind: 'skipped', row: 2, code: 'not-a-login', reason: 'a secure note item, not a login' },
      { kind: 'skipped', row: 3, code: 'not-a-login', reason: 'an item in the trash' },
    ]);
  });

  it('names a zip that is no 1PUX an archive, and refuses an export.data bigger than the limit without inflating it', () => {
    expect(exportDataOf(zip({ 'credentials.csv': strToU8('username,password\n') }))).toMatchObject({ ok: false, error: { code: 'archive' } });
    expect(exportDataOf(strToU8('PK\u0003\u0004 not really a zip'))).toMatchObject({ ok: false, error: { code: 'archive' } });
    const bomb = zip({ 'export.data': new Uint8Array(MAX_IMPORT_BYTES + 1) });
    expect(bomb.length).toBeLessThan(100_000);
    expect(exportDataOf(bomb)).toMatchObject({ ok: false, error: { code: 'too-large', bytes: MAX_IMPORT_BYTES + 1 } });
  });
});
