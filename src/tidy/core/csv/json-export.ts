// Runs anywhere. The JSON exports we read: 1Password's 1PUX export.data (onepux.ts), and
// Bitwarden's unencrypted JSON export ("File format: .json"): items with a numeric
// type (1 login, 2 secure note, 3 card, 4 identity, 5 SSH key), a login's URIs, username,
// password, TOTP and password history. It carries more than Bitwarden's CSV (the history and the
// dates), so every old password comes along. An encrypted JSON export is named, not guessed at.
import * as z from 'zod/mini';
import { type Result, err, ok } from '../../../shared/result';
import type { HistoryItem } from '../../../vault/core/entry';
import type { ImportError } from './import-error';
import type { ImportLogin, ImportRow } from './import-row';
import { MAX_IMPORT_ROWS } from './limits';
import { read1puxData } from './onepux';
import { cellToOrigins } from './origins';
import type { ParsedImport } from './read';

const text = z.optional(z.nullable(z.string()));

const Login = z.object({
  uris: z.optional(z.nullable(z.array(z.object({ uri: text })))),
  username: text,
  password: text,
  totp: text,
  passwordRevisionDate: text,
});

const Item = z.object({
  type: z.number(),
  name: text,
  notes: text,
  login: z.optional(z.nullable(Login)),
  creationDate: text,
  revisionDate: text,
  passwordHistory: z.optional(z.nullable(z.array(z.object({ password: z.string(), lastUsedDate: text })))),
});

const ExportShape = z.object({ encrypted: z.optional(z.boolean()), items: z.optional(z.array(z.unknown())) });

const TYPES: Record<number, string> = { 2: 'secure note', 3: 'card', 4: 'identity', 5: 'SSH key' };
const LOGIN = 1;

const millis = (value: string | null | undefined): number | undefined => {
  const ms = value ? Date.parse(value) : NaN;
  return Number.isNaN(ms) || ms < 0 ? undefined : ms;
};

function rowOf(raw: unknown, row: number): ImportRow {
  const parsed = Item.safeParse(raw);
  if (!parsed.success) return { kind: 'error', row, code: 'bad-field', reason: 'not a Bitwarden item' };
  const item = parsed.data;
  if (item.type !== LOGIN) {
    return { kind: 'skipped', row, code: 'not-a-login', reason: `a ${TYPES[item.type] ?? 'non-login'} item, not a login` };
  }
  const login = item.login ?? {};
  const uris = (login.uris ?? []).map((u) => u.uri ?? '').filter((u) => u.trim() !== '');
  const password = login.password ?? '';
  if (uris.length === 0 && !login.username && password === '') {
    return { kind: 'skipped', row, code: 'empty-item', reason: 'no URL, username or password: an empty item' };
  }
  const origins = cellToOrigins(uris.join(' '), true);
  if (!origins.ok) {
    if (origins.code === 'android-app') return { kind: 'skipped', row, code: 'android-app', reason: `an Android app login (${origins.value}), not a web site` };
    return origins.code === 'no-url' ? { kind: 'error', row, code: 'no-url', reason: 'no URL' } : { kind: 'error', row, code: 'bad-url', reason: `"${origins.value}" is not a web address` };
  }
  if (password === '') return { kind: 'error', row, code: 'no-password', reason: 'no password' };
  const history: HistoryItem[] = (item.passwordHistory ?? []).flatMap((h) => {
    const changedAt = millis(h.lastUsedDate);
    return changedAt === undefined ? [] : [{ password: h.password, changedAt }];
  });
  const result: ImportLogin = {
    kind: 'login',
    row,
    origins: origins.origins,
    username: login.username ?? '',
    password,
    notes: item.notes ?? '',
    name: item.name ?? '',
    totp: login.totp ?? '',
    history: history.sort((a, b) => b.changedAt - a.changedAt),
  };
  const created = millis(item.creationDate);
  const updated = millis(item.revisionDate);
  const changed = millis(login.passwordRevisionDate);
  if (created !== undefined) result.created = created;
  if (updated !== undefined) result.updated = updated;
  if (changed !== undefined) result.passwordChanged = changed;
  return result;
}

function parseJson(textIn: string): unknown {
  try {
    return JSON.parse(textIn) as unknown;
  } catch {
    return undefined;
  }
}

/** `text` has had its BOM removed and starts with `{` or `[`. */
export function readJsonExport(input: string): Result<ParsedImport, ImportError> {
  const raw = parseJson(input);
  const onepux = read1puxData(raw);
  if (onepux) return onepux.ok ? ok({ format: '1password-1pux', guessed: false, rows: onepux.value }) : onepux;
  const json = ExportShape.safeParse(raw);
  if (!json.success) return err({ code: 'json' });
  if (json.data.encrypted === true) return err({ code: 'encrypted', source: 'bitwarden' });
  const items = json.data.items;
  if (json.data.encrypted !== false || items === undefined) return err({ code: 'json' });
  if (items.length > MAX_IMPORT_ROWS) return err({ code: 'too-many-rows', rows: items.length, limit: MAX_IMPORT_ROWS });
  // No spreadsheet here: an item's position in the file, from 1, names its row in the preview.
  return ok({ format: 'bitwarden-json', guessed: false, rows: items.map((item, i) => rowOf(item, i + 1)) });
}
