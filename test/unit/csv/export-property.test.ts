// Property test: random exports, written as each manager writes them (dialects.ts) with every
// line ending (LF, CRLF, CR, CR CR LF, or a different one on every line, header included), with
// and without a BOM, some rows missing their empty trailing cells; every value must come back
// byte for byte. Fields are built from what CSV gets wrong: quotes, commas, CR, LF, edge spaces,
// semicolons, tabs, a BOM and non-ASCII text. Seeded, so a failure names the case that reproduces it.
import { describe, expect, it } from 'vitest';
import type { ImportLogin } from '../../../src/tidy/core/csv/import-row';
import { readImportCsv } from '../../../src/tidy/core/csv/read';
import { DIALECTS, type Dialect, type Login, quoteCell } from './dialects';
import { prng } from './random-entries';

const PIECES = ['"', ',', '\n', '\r', '\r\n', '\r\r\n', ' ', '  ', ';', '\t', "'", '=', 'a', 'Z', '9', 'é', 'Ж', '中文', '😀', '\uFEFF', '""', ',,', 'ann@example.com', 'http://sn'];
const ENDINGS = ['\n', '\r\n', '\r', '\r\r\n'] as const;
type EndingMode = (typeof ENDINGS)[number] | 'mixed';
const MODES: readonly EndingMode[] = [...ENDINGS, 'mixed'];
const CASES_PER_DIALECT = 40;

function randomLogins(rand: () => number, count: number): Login[] {
  const int = (max: number) => Math.floor(rand() * max);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)] as T;
  const text = (min: number, max: number) => Array.from({ length: min + int(max - min + 1) }, () => pick(PIECES)).join('');
  return Array.from({ length: count }, (_, i) => {
    const hosts = [`https://www.store${i}.com/login?next=%2F`, `https://login.store${i}.com/`, `http://store${i}.test:8080/a/b`, `https://магазин${i}.рф/вход`];
    const urls = [...new Set(Array.from({ length: 1 + int(3) }, () => pick(hosts)))];
    return {
      name: text(0, 4),
      urls,
      username: text(0, 5),
      password: text(1, 8),
      notes: text(0, 6),
      totp: rand() < 0.4 ? `otpauth://totp/Shop:ann?secret=JBSWY3DPEHPK3PXP&issuer=${i}` : '',
    };
  });
}

function writeExport(dialect: Dialect, logins: readonly Login[], rand: () => number, mode: EndingMode, bom: boolean): string {
  const ending = () => (mode === 'mixed' ? (ENDINGS[Math.floor(rand() * ENDINGS.length)] ?? '\n') : mode);
  const lines = [dialect.header.map((h) => quoteCell(h, dialect.quote)).join(',')];
  for (const login of logins) {
    const cells = dialect.cells.map((cell) => cell(login));
    // Some writers leave off empty trailing cells; a spreadsheet reads them as empty.
    if (rand() < 0.3) while (cells.length > 1 && cells[cells.length - 1] === '') cells.pop();
    lines.push(cells.map((c) => quoteCell(c, dialect.quote)).join(','));
  }
  const body = lines.map((line, i) => (i < lines.length - 1 || rand() < 0.5 ? line + ending() : line)).join('');
  return bom ? `\uFEFF${body}` : body;
}

function expected(dialect: Dialect, login: Login) {
  const origins = login.urls.map((url) => new URL(url).origin);
  return {
    name: dialect.carries.name ? login.name : '',
    origins: dialect.carries.extraUrls ? [...new Set(origins)] : origins.slice(0, 1),
    username: login.username,
    password: login.password,
    notes: dialect.carries.notes ? login.notes : '',
    totp: dialect.carries.totp ? login.totp : '',
  };
}

const got = (row: ImportLogin) => ({ name: row.name, origins: row.origins, username: row.username, password: row.password, notes: row.notes, totp: row.totp });

describe.each(DIALECTS)('$id exports read back byte for byte', (dialect) => {
  it.each(MODES.map((mode) => ({ mode: JSON.stringify(mode), raw: mode })))('line endings $mode, with and without a BOM', ({ raw }) => {
    for (let seed = 0; seed < CASES_PER_DIALECT; seed++) {
      const rand = prng(seed * 7919 + dialect.id.length);
      const logins = randomLogins(rand, 1 + Math.floor(rand() * 8));
      const bom = seed % 2 === 0;
      const file = writeExport(dialect, logins, rand, raw, bom);
      const read = readImportCsv(file);
      const where = `${dialect.id}, seed ${seed}, BOM ${bom}: ${JSON.stringify(file)}`;
      if (!read.ok) throw new Error(`${where}: refused with ${read.error.code}`);
      expect(read.value.format, where).toBe(dialect.format);
      expect(read.value.rows.map((r) => (r.kind === 'login' ? got(r) : r)), where).toEqual(logins.map((l) => expected(dialect, l)));
      // One row per record, numbered as a spreadsheet numbers them: a CR CR LF is one line break.
      expect(read.value.rows.map((r) => r.row), where).toEqual(logins.map((_, i) => i + 2));
    }
  });
});
