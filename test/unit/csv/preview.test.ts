// Preview and commit: the classes, the default winner of a conflict, dedupe inside the file, and
// the rule that an import never loses a password.
import { describe, expect, it } from 'vitest';
import type { ImportLogin, ImportRow } from '../../../src/tidy/core/csv/import-row';
import { readImportCsv } from '../../../src/tidy/core/csv/read';
import { commitImport } from '../../../src/tidy/core/importing/commit';
import { previewImport } from '../../../src/tidy/core/importing/preview';
import { createEntry, type Entry, HISTORY_CAP } from '../../../src/vault/core/entry';
import { readFixture } from './read-fixture';

const NOW = Date.UTC(2025, 5, 1);
const DAY = 86_400_000;
let ids = 0;
const newId = () => `new-${++ids}`;

const entry = (id: string, origin: string, username: string, password: string, changed = NOW - 100 * DAY): Entry => ({
  ...createEntry({ id, site: { origins: [origin], match: 'site' }, username, password }, changed),
});
const login = (row: number, origin: string, username: string, password: string, extra: Partial<ImportLogin> = {}): ImportLogin => ({
  kind: 'login',
  row,
  origins: [origin],
  username,
  password,
  notes: '',
  name: '',
  totp: '',
  ...extra,
});

const vault = [
  entry('ali', 'https://login.aliexpress.com', 'ann.buyer@example.com', 'Ali#current'),
  entry('amz', 'https://www.amazon.com', 'ann@example.com', 'Amz#current'),
];

describe('previewImport', () => {
  it('finds the same account across a site group, username case and spaces', () => {
    const p = previewImport(vault, [login(2, 'https://www.amazon.de', ' Ann@Example.com', 'Amz#current')], NOW);
    expect(p.items[0]).toMatchObject({ class: 'identical', sameAs: { kind: 'entry', id: 'amz' } });
  });

  it('keeps other usernames and other sites apart', () => {
    const p = previewImport(vault, [login(2, 'https://www.amazon.de', 'bob@example.com', 'x'), login(3, 'https://www.temu.com', 'ann@example.com', 'Amz#current')], NOW);
    expect(p.counts).toMatchObject({ new: 2 });
  });

  it.each([
    ['no date: the incoming wins', {}, 'incoming', 'dates-unknown'],
    ['newer date: the incoming wins', { passwordChanged: NOW - DAY }, 'incoming', 'incoming-newer'],
    ['older date: the vault wins', { passwordChanged: NOW - 400 * DAY }, 'existing', 'existing-newer'],
    ['a date in the future is not believed', { passwordChanged: NOW + 30 * DAY }, 'incoming', 'dates-unknown'],
  ])('conflict, %s', (_name, extra, winner, why) => {
    const p = previewImport(vault, [login(2, 'https://www.aliexpress.us', 'ann.buyer@example.com', 'Ali#other', extra)], NOW);
    expect(p.items[0]).toMatchObject({ class: 'conflict', with: { kind: 'entry', id: 'ali' }, defaultWinner: winner, why });
  });

  it('lets the vault win when the file has a password the entry already replaced', () => {
    const old = { ...vault[0]!, history: [{ password: 'Ali#2019', changedAt: NOW - 200 * DAY }] };
    const p = previewImport([old], [login(2, 'https://login.aliexpress.com', 'ann.buyer@example.com', 'Ali#2019')], NOW);
    expect(p.items[0]).toMatchObject({ class: 'conflict', defaultWinner: 'existing', why: 'incoming-is-old-password' });
  });

  it('dedupes inside the file: a repeat is identical, another password is a conflict with the first row', () => {
    const rows: ImportRow[] = [
      login(2, 'https://www.temu.com', 'ann', 'one'),
      login(3, 'https://temu.com', 'ann', 'one'),
      login(4, 'https://www.temu.com', 'ANN', 'two'),
      login(5, 'https://www.temu.com', 'ann', 'two'),
      { kind: 'error', row: 6, code: 'no-password', reason: 'no password' },
    ];
    const p = previewImport([], rows, NOW);
    expect(p.items.map((i) => i.class)).toEqual(['new', 'identical', 'conflict', 'identical', 'error']);
    expect(p.items[2]).toMatchObject({ with: { kind: 'row', row: 2 } });
    expect(p.counts).toEqual({ new: 1, identical: 2, conflict: 1, skipped: 0, error: 1 });
    const entries = commitImport([], p, {}, NOW, { newId });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ password: 'two', history: [{ password: 'one' }] });
  });
});

describe('commitImport', () => {
  const rows = [login(2, 'https://www.aliexpress.us', 'ann.buyer@example.com', 'Ali#other', { notes: 'from Chrome' })];

  it('by default moves the vault password to history when the incoming wins', () => {
    const [ali] = commitImport(vault, previewImport(vault, rows, NOW), {}, NOW, { newId });
    expect(ali).toMatchObject({ id: 'ali', password: 'Ali#other', passwordChanged: NOW, updated: NOW, notes: 'from Chrome' });
    expect(ali?.history).toEqual([{ password: 'Ali#current', changedAt: NOW }]);
    expect(ali?.site.origins).toEqual(['https://login.aliexpress.com', 'https://www.aliexpress.us']);
  });

  it('keeps the vault password and stores the incoming one in history when the user flips the choice', () => {
    const [ali] = commitImport(vault, previewImport(vault, rows, NOW), { 2: 'existing' }, NOW, { newId });
    expect(ali).toMatchObject({ password: 'Ali#current', history: [{ password: 'Ali#other', changedAt: NOW }] });
  });

  it('never drops history past HISTORY_CAP on import', () => {
    const full = {
      ...vault[0]!,
      history: Array.from({ length: HISTORY_CAP }, (_, i) => ({ password: `old${i}`, changedAt: NOW - (i + 200) * DAY })),
    };
    const [ali] = commitImport([full], previewImport([full], rows, NOW), {}, NOW, { newId });
    expect(ali?.history).toHaveLength(HISTORY_CAP + 1);
    expect(ali?.history.map((h) => h.password)).toContain(`old${HISTORY_CAP - 1}`);
  });

  it('adds a row as a new entry if its conflict target was deleted after the preview', () => {
    const preview = previewImport(vault, rows, NOW);
    const out = commitImport(vault.slice(1), preview, {}, NOW, { newId: () => 'fresh' });
    expect(out.map((e) => e.id)).toEqual(['amz', 'fresh']);
  });

  it("gives new entries the user's match mode unless the file names one", () => {
    const read = readImportCsv(readFixture('latchkey.csv'));
    if (!read.ok) throw new Error(read.error.code);
    const fromChrome = commitImport([], previewImport([], [login(2, 'https://www.temu.com', 'ann', 'T3mu!')], NOW), {}, NOW, { matchDefault: 'origin' });
    expect(fromChrome.map((e) => e.site.match)).toEqual(['origin']);
    const fromLatchkey = commitImport([], previewImport([], read.value.rows, NOW), {}, NOW, { matchDefault: 'origin' });
    expect(fromLatchkey.map((e) => e.site.match)).toEqual(['site', 'site', 'host']);
  });

  it('loses no password importing every fixture into one vault, whichever side wins', () => {
    let entries: Entry[] = [...vault];
    const incoming: string[] = [];
    for (const [i, file] of ['chrome.csv', 'firefox.csv', 'bitwarden.csv', '1password.csv', 'keepassxc.csv', 'protonpass.csv', 'latchkey.csv'].entries()) {
      const read = readImportCsv(readFixture(file));
      if (!read.ok) throw new Error(file);
      const preview = previewImport(entries, read.value.rows, NOW);
      const choices = Object.fromEntries(
        preview.items.flatMap((it) => (it.class === 'conflict' ? [[it.login.row, i % 2 ? 'existing' : 'incoming'] as const] : [])),
      );
      entries = commitImport(entries, preview, choices, NOW, { newId });
      for (const row of read.value.rows) if (row.kind === 'login') incoming.push(row.password, ...(row.history ?? []).map((h) => h.password));
    }
    const kept = new Set(entries.flatMap((e) => [e.password, ...e.history.map((h) => h.password)]));
    for (const password of [...incoming, 'Ali#current', 'Amz#current']) expect(kept).toContain(password);
  });
});
