// Exports made by the real browsers installed here (test/real-exports/*.mjs write them from
// test/real-exports/logins.mjs): every login must come back with its username, password, URL,
// name and notes exactly as the browser saved them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ImportLogin } from '../../../src/tidy/core/csv/import-row';
import { readImportCsv } from '../../../src/tidy/core/csv/read';

const read = (path: string) => readFileSync(new URL(`../../fixtures/csv/real/${path}`, import.meta.url), 'utf8');
interface Saved { url: string; username: string; password: string; note: string }
const LOGINS = JSON.parse(readFileSync(new URL('../../real-exports/logins.json', import.meta.url), 'utf8')) as Saved[];

function logins(text: string, format: string): ImportLogin[] {
  const parsed = readImportCsv(text);
  if (!parsed.ok) throw new Error(parsed.error.code);
  expect(parsed.value.format).toBe(format);
  expect(parsed.value.guessed).toBe(false);
  return parsed.value.rows.map((row) => {
    if (row.kind !== 'login') throw new Error(`row ${row.row}: ${row.reason}`);
    return row;
  });
}

const fields = (l: ImportLogin) => ({ origins: l.origins, username: l.username, password: l.password, name: l.name, notes: l.notes, totp: l.totp });

describe('real browser exports', () => {
  it("Firefox ESR 153's own export (about:logins, Export Logins)", () => {
    const got = logins(read('firefox-esr-153/logins.csv'), 'firefox');
    // Firefox keeps neither names nor notes.
    expect(got.map(fields)).toEqual(LOGINS.map((l) => ({ origins: [new URL(l.url).origin], username: l.username, password: l.password, name: '', notes: '', totp: '' })));
    for (const login of got) expect(login.created).toBeGreaterThan(Date.UTC(2020, 0, 1));
  });
});
