// The encrypted backup file (core/backup): it opens with its password and gives back exactly the
// entries it was made from; a wrong password, any altered byte, weak or enormous KDF parameters,
// a newer format and a file that is not a backup are each refused with their own reason.
import { describe, expect, it } from 'vitest';
import { BACKUP_MARKER, looksLikeBackup } from '../../../src/tidy/core/backup/format';
import { previewRestore } from '../../../src/tidy/core/backup/preview';
import { backupRows } from '../../../src/tidy/core/backup/rows';
import { createBackup, openBackup } from '../../../src/tidy/core/backup/seal';
import { fromBase64, toBase64 } from '../../../src/vault/core/crypto/bytes';
import { ARGON2ID_FLOOR, newKdfParams, PBKDF2_FLOOR } from '../../../src/vault/core/crypto/kdf-params';
import { commitImport } from '../../../src/tidy/core/importing/commit';
import { randomEntries } from '../csv/random-entries';

const NOW = Date.UTC(2025, 5, 1);
const PASSWORD = 'backup passphrase, typed twice';
const entries = randomEntries(11, 40);
// PBKDF2 at its floor keeps these tests fast; one Argon2id case checks the vault's default KDF.
const backup = createBackup(entries, PASSWORD, newKdfParams('pbkdf2-sha256'), NOW);

type Json = Record<string, unknown> & { header: { kdf: Record<string, unknown> }; data: { ct: string; iv: string } };
const edit = async (change: (file: Json) => void): Promise<string> => {
  const file = JSON.parse(await backup) as Json;
  change(file);
  return JSON.stringify(file);
};

describe('encrypted backup', () => {
  it('opens with its password and gives back the same entries', async () => {
    const text = await backup;
    expect(looksLikeBackup(text)).toBe(true);
    // No password or username in the clear.
    for (const e of entries.slice(0, 5)) if (e.password.length > 3) expect(text).not.toContain(JSON.stringify(e.password).slice(1, -1));
    const opened = await openBackup(text, PASSWORD);
    expect(opened).toEqual({ ok: true, value: { entries, exported: NOW } });
  });

  it('uses Argon2id with the vault default parameters', async () => {
    const kdf = newKdfParams('argon2id');
    const text = await createBackup(entries.slice(0, 2), PASSWORD, kdf, NOW);
    expect((JSON.parse(text) as Json).header.kdf).toEqual(kdf);
    expect(await openBackup(text, PASSWORD)).toMatchObject({ ok: true, value: { entries: entries.slice(0, 2) } });
  });

  it('refuses a wrong password', async () => {
    expect(await openBackup(await backup, `${PASSWORD}!`)).toEqual({ ok: false, error: 'wrong-password' });
  });

  it.each([0, 7, 100, -1])('refuses a backup with byte %i of its ciphertext changed', async (at) => {
    const tampered = await edit((file) => {
      const bytes = fromBase64(file.data.ct)!;
      const i = at < 0 ? bytes.length + at : at;
      bytes[i] = (bytes[i] ?? 0) ^ 0x01;
      file.data.ct = toBase64(bytes);
    });
    expect(await openBackup(tampered, PASSWORD)).toEqual({ ok: false, error: 'tampered' });
  });

  it('refuses a changed IV', async () => {
    const tampered = await edit((file) => {
      const iv = fromBase64(file.data.iv)!;
      iv[0] = (iv[0] ?? 0) ^ 0x80;
      file.data.iv = toBase64(iv);
    });
    expect(await openBackup(tampered, PASSWORD)).toEqual({ ok: false, error: 'tampered' });
  });

  it.each([
    ['PBKDF2 below the floor', { alg: 'pbkdf2-sha256', iterations: PBKDF2_FLOOR.iterations - 1 }],
    ['Argon2id with too little memory', { alg: 'argon2id', memoryKiB: ARGON2ID_FLOOR.memoryKiB - 1, iterations: 3, parallelism: 1 }],
    ['Argon2id with one pass', { alg: 'argon2id', memoryKiB: 65536, iterations: ARGON2ID_FLOOR.iterations - 1, parallelism: 1 }],
  ])('refuses %s before deriving anything', async (_what, kdf) => {
    const weak = await edit((file) => {
      file.header.kdf = { ...kdf, salt: file.header.kdf.salt };
    });
    expect(await openBackup(weak, PASSWORD)).toEqual({ ok: false, error: 'weak-params' });
  });

  it('refuses parameters above the ceiling as malformed', async () => {
    const costly = await edit((file) => {
      file.header.kdf = { alg: 'pbkdf2-sha256', iterations: 1e9, salt: file.header.kdf.salt };
    });
    expect(await openBackup(costly, PASSWORD)).toEqual({ ok: false, error: 'malformed' });
  });

  it('refuses a newer format and files that are not backups', async () => {
    expect(await openBackup(await edit((f) => void (f[BACKUP_MARKER] = 2)), PASSWORD)).toEqual({ ok: false, error: 'newer-version' });
    expect(await openBackup(await edit((f) => void Reflect.deleteProperty(f, 'data')), PASSWORD)).toEqual({ ok: false, error: 'malformed' });
    expect(await openBackup('url,username,password\n', PASSWORD)).toEqual({ ok: false, error: 'not-a-backup' });
    expect(await openBackup('{"something":"else"}', PASSWORD)).toEqual({ ok: false, error: 'not-a-backup' });
    expect(looksLikeBackup('url,username,password\n')).toBe(false);
  });

  it('restores exactly into an empty vault, duplicates and ids included', async () => {
    // The twin also carries the user's "this shop keeps my card" mark, which a restore keeps.
    const twin = { ...entries[0]!, id: 'twin', password: 'other', holdsPayment: true };
    const rows = backupRows([...entries, twin]);
    const preview = previewRestore(new Map(), rows);
    expect(preview.counts).toEqual({ new: entries.length + 1, identical: 0, conflict: 0, skipped: 0, error: 0 });
    expect(commitImport([], preview, {}, NOW)).toEqual([...entries, twin]);
  });

  it('matches a vault by id: same password identical, other password a conflict whose loser goes to history', () => {
    const [a, b] = entries as [(typeof entries)[0], (typeof entries)[0]];
    const changed = { ...b, password: 'changed in the vault since', passwordChanged: b.passwordChanged + 1000 };
    const vault = new Map([[a.id, a], [b.id, changed]]);
    const preview = previewRestore(vault, backupRows([a, b]));
    expect(preview.counts).toMatchObject({ identical: 1, conflict: 1, new: 0 });
    const after = commitImport([a, changed], preview, {}, NOW);
    expect(after[1]?.password).toBe('changed in the vault since');
    expect(after[1]?.history.map((h) => h.password)).toContain(b.password);
  });
});
