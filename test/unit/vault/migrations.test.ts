import { describe, expect, it } from 'vitest';
import { ENTRY_VERSION } from '../../../src/vault/core/entry';
import { migrate } from '../../../src/vault/core/migrations';

const v0 = {
  id: 'legacy-1',
  url: 'https://login.aliexpress.com/setCommonPwd.htm?lang=en',
  username: 'ann@example.com',
  password: 'Old1pass',
  createdAt: '2024-03-01T10:00:00.000Z',
  updatedAt: '2024-06-01T10:00:00.000Z',
};

describe('migrate', () => {
  it('migrates a v0 record to the current shape', () => {
    expect(migrate(v0, 0)).toEqual({
      ok: true,
      value: {
        id: 'legacy-1',
        site: { origins: ['https://login.aliexpress.com'], match: 'site' },
        username: 'ann@example.com',
        password: 'Old1pass',
        notes: '',
        name: '',
        totp: '',
        created: Date.parse('2024-03-01T10:00:00.000Z'),
        updated: Date.parse('2024-06-01T10:00:00.000Z'),
        passwordChanged: Date.parse('2024-06-01T10:00:00.000Z'),
        lastUsed: null,
        history: [],
        status: 'active',
        reviewedAt: null,
      },
    });
  });

  it('gives a v1 record (before "mark as reviewed") a null reviewedAt', () => {
    const current = migrate(v0, 0);
    if (!current.ok) throw new Error('fixture');
    const { reviewedAt: _none, name: _name, totp: _totp, ...v1 } = current.value;
    expect(migrate(v1, 1)).toEqual(current);
    expect(migrate('not an entry', 1)).toMatchObject({ ok: false, error: { code: 'invalid', version: 1 } });
  });

  it('gives a v2 record (before names and TOTP secrets) an empty name and TOTP', () => {
    const current = migrate(v0, 0);
    if (!current.ok) throw new Error('fixture');
    const { name: _name, totp: _totp, ...v2 } = current.value;
    expect(migrate({ ...v2, notes: 'kept' }, 2)).toEqual({ ok: true, value: { ...current.value, notes: 'kept' } });
    expect(migrate([], 2)).toMatchObject({ ok: false, error: { code: 'invalid', version: 2 } });
  });

  it('validates current-version records as they are', () => {
    const current = migrate(v0, 0);
    if (!current.ok) throw new Error('fixture');
    expect(migrate(current.value, ENTRY_VERSION)).toEqual(current);
  });

  it('refuses versions from the future or nonsense, untouched', () => {
    expect(migrate(v0, ENTRY_VERSION + 1)).toEqual({ ok: false, error: { code: 'unknown-version', version: ENTRY_VERSION + 1 } });
    expect(migrate(v0, -1)).toMatchObject({ ok: false, error: { code: 'unknown-version' } });
    expect(migrate(v0, 0.5)).toMatchObject({ ok: false, error: { code: 'unknown-version' } });
  });

  it.each([
    ['a bad URL', { ...v0, url: 'not a url' }],
    ['a bad date', { ...v0, createdAt: 'last Tuesday' }],
    ['no password', { ...v0, password: undefined }],
    ['not an object', 'hello'],
  ])('reports %s as invalid without throwing', (_, raw) => {
    expect(migrate(raw, 0)).toMatchObject({ ok: false, error: { code: 'invalid', version: 0 } });
  });

  it('reports a current-version record that fails the schema', () => {
    expect(migrate({ id: 'x' }, ENTRY_VERSION)).toMatchObject({ ok: false, error: { code: 'invalid', version: ENTRY_VERSION } });
  });
});

describe('sealed records and migrations together', () => {
  it('opens a record sealed as v0 and migrates it using the version the AAD vouches for', async () => {
    const { importKey } = await import('../../../src/vault/core/crypto/kdf');
    const { openRecord, sealRecord } = await import('../../../src/vault/core/crypto/record');
    const key = await importKey(new Uint8Array(32).fill(9));
    const sealed = await sealRecord(key, 'legacy-1', 0, JSON.stringify(v0));
    const opened = await openRecord(key, sealed, 'legacy-1');
    if (!opened.ok) throw new Error(opened.error);
    expect(migrate(JSON.parse(opened.value.plaintext) as unknown, opened.value.v)).toMatchObject({ ok: true, value: { id: 'legacy-1' } });
  });
});
