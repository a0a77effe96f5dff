// Runs anywhere. 1Password 8's own export, the .1pux: a zip whose export.data is JSON (accounts >
// vaults > items). Logins (category 001) carry their title, URLs, username and password fields,
// notes, one-time-code fields, password history and dates; everything else is skipped with a
// reason. fflate (small, and unzipSync alone is bundled) opens the zip; only export.data is inflated, and
// only when its declared size is within the import limit, so a zip bomb costs nothing.
import { unzipSync } from 'fflate';
import * as z from 'zod/mini';
import { type Result, err, ok } from '../../../shared/result';
import type { HistoryItem } from '../../../vault/core/entry';
import type { ImportError } from './import-error';
import type { ImportLogin, ImportRow } from './import-row';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from './limits';
import { cellToOrigins } from './origins';

const EXPORT_DATA = 'export.data';
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export const isZip = (bytes: Uint8Array): boolean => ZIP_MAGIC.every((byte, i) => bytes[i] === byte);

/** The export.data text of a .1pux; an 'archive' error for any other zip. */
export function exportDataOf(bytes: Uint8Array): Result<string, ImportError> {
  let tooLarge = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (file.name !== EXPORT_DATA) return false;
        if (file.originalSize > MAX_IMPORT_BYTES) tooLarge = file.originalSize;
        return tooLarge === 0;
      },
    });
  } catch {
    return err({ code: 'archive' });
  }
  if (tooLarge > 0) return err({ code: 'too-large', bytes: tooLarge, limit: MAX_IMPORT_BYTES });
  const data = files[EXPORT_DATA];
  if (!data) return err({ code: 'archive' });
  return ok(new TextDecoder().decode(data));
}

const text = z.optional(z.nullable(z.string()));
const seconds = z.optional(z.nullable(z.number()));

const Item = z.object({
  categoryUuid: z.string(),
  state: z.optional(z.string()),
  trashed: z.optional(z.boolean()),
  createdAt: seconds,
  updatedAt: seconds,
  overview: z.object({ title: text, url: text, urls: z.optional(z.nullable(z.array(z.object({ url: text })))) }),
  details: z.object({
    loginFields: z.optional(z.nullable(z.array(z.object({ value: text, designation: text })))),
    notesPlain: text,
    sections: z.optional(z.nullable(z.array(z.object({ fields: z.optional(z.nullable(z.array(z.object({ value: z.optional(z.nullable(z.record(z.string(), z.unknown()))) })))) })))),
    passwordHistory: z.optional(z.nullable(z.array(z.object({ value: z.string(), time: z.number() })))),
  }),
});
type Item = z.infer<typeof Item>;

const ExportData = z.object({
  accounts: z.array(z.object({ vaults: z.array(z.object({ items: z.array(z.unknown()) })) })),
});

const LOGIN = '001';
const CATEGORIES: Record<string, string> = { '002': 'credit card', '003': 'secure note', '004': 'identity', '005': 'password', '006': 'document' };
const MS = 1000;

const fieldOf = (item: Item, designation: string) => item.details.loginFields?.find((f) => f.designation === designation)?.value ?? '';

function totpOf(item: Item): string {
  for (const section of item.details.sections ?? []) {
    for (const field of section.fields ?? []) {
      const totp = field.value?.totp;
      if (typeof totp === 'string' && totp !== '') return totp;
    }
  }
  return '';
}

function rowOf(raw: unknown, row: number): ImportRow {
  const parsed = Item.safeParse(raw);
  if (!parsed.success) return { kind: 'error', row, code: 'bad-field', reason: 'not a 1Password item' };
  const item = parsed.data;
  if (item.trashed === true || item.state === 'trashed') return { kind: 'skipped', row, code: 'not-a-login', reason: 'an item in the trash' };
  if (item.categoryUuid !== LOGIN) {
    return { kind: 'skipped', row, code: 'not-a-login', reason: `a ${CATEGORIES[item.categoryUuid] ?? 'non-login'} item, not a login` };
  }
  const urls = [item.overview.url ?? '', ...(item.overview.urls ?? []).map((u) => u.url ?? '')].filter((u) => u.trim() !== '');
  const username = fieldOf(item, 'username');
  const password = fieldOf(item, 'password');
  if (urls.length === 0 && username === '' && password === '') {
    return { kind: 'skipped', row, code: 'empty-item', reason: 'no URL, username or password: an empty item' };
  }
  const origins = cellToOrigins(urls.join(' '), true);
  if (!origins.ok) {
    if (origins.code === 'android-app') return { kind: 'skipped', row, code: 'android-app', reason: `an Android app login (${origins.value}), not a web site` };
    return origins.code === 'no-url' ? { kind: 'error', row, code: 'no-url', reason: 'no URL' } : { kind: 'error', row, code: 'bad-url', reason: `"${origins.value}" is not a web address` };
  }
  if (password === '') return { kind: 'error', row, code: 'no-password', reason: 'no password' };
  const history: HistoryItem[] = (item.details.passwordHistory ?? []).map((h) => ({ password: h.value, changedAt: h.time * MS })).sort((a, b) => b.changedAt - a.changedAt);
  const login: ImportLogin = {
    kind: 'login',
    row,
    origins: origins.origins,
    username,
    password,
    notes: item.details.notesPlain ?? '',
    name: item.overview.title ?? '',
    totp: totpOf(item),
    history,
  };
  if (item.createdAt) login.created = item.createdAt * MS;
  if (item.updatedAt) login.updated = item.updatedAt * MS;
  return login;
}

/** The rows of a 1PUX export.data, or null when the JSON is not one. */
export function read1puxData(json: unknown): Result<ImportRow[], ImportError> | null {
  const data = ExportData.safeParse(json);
  if (!data.success) return null;
  const items = data.data.accounts.flatMap((a) => a.vaults.flatMap((v) => v.items));
  if (items.length > MAX_IMPORT_ROWS) return err({ code: 'too-many-rows', rows: items.length, limit: MAX_IMPORT_ROWS });
  return ok(items.map((item, i) => rowOf(item, i + 1)));
}
