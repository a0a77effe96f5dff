// Runs anywhere. Writing and opening an encrypted backup (format.ts). Opening checks, in order:
// the file's shape and version, the KDF parameters against the floors (before any derivation:
// a file cannot make us derive with weak or enormous parameters), the password against the key
// check, then the record's authentication tag, then every entry against the entry schema. Any
// failure refuses the whole file: a restore is all or nothing.
import { createHeader, parseHeader, unlockHeader } from '../../../vault/core/crypto/header';
import type { KdfParams } from '../../../vault/core/crypto/kdf-params';
import { openRecord, sealRecord } from '../../../vault/core/crypto/record';
import { type Result, err, ok } from '../../../shared/result';
import { Entry, ENTRY_VERSION } from '../../../vault/core/entry';
import { migrate } from '../../../vault/core/migrations';
import { BACKUP_FORMAT, BACKUP_MARKER, BACKUP_RECORD_ID, BackupFile, type BackupError, BackupPayload } from './format';

/** `kdf` is fresh parameters (newKdfParams): its own salt, never the vault's. */
export async function createBackup(entries: readonly Entry[], password: string, kdf: KdfParams, now: number): Promise<string> {
  const { header, key } = await createHeader(password, kdf, now);
  const payload: BackupPayload = { entryVersion: ENTRY_VERSION, exported: now, entries: [...entries] };
  const data = await sealRecord(key, BACKUP_RECORD_ID, BACKUP_FORMAT, JSON.stringify(payload));
  return `${JSON.stringify({ [BACKUP_MARKER]: BACKUP_FORMAT, header, data }, null, 1)}\n`;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch {
    return undefined;
  }
}

function entriesOf(payload: BackupPayload): Result<Entry[], BackupError> {
  if (payload.entryVersion > ENTRY_VERSION) return err('newer-version');
  const entries: Entry[] = [];
  for (const raw of payload.entries) {
    if (payload.entryVersion === ENTRY_VERSION) {
      const parsed = Entry.safeParse(raw);
      if (!parsed.success) return err('malformed');
      entries.push(parsed.data);
    } else {
      const migrated = migrate(raw, payload.entryVersion);
      if (!migrated.ok) return err('malformed');
      entries.push(migrated.value);
    }
  }
  return ok(entries);
}

export async function openBackup(text: string, password: string): Promise<Result<{ entries: Entry[]; exported: number }, BackupError>> {
  const json = parseJson(text);
  const marker = typeof json === 'object' && json !== null ? (json as Record<string, unknown>)[BACKUP_MARKER] : undefined;
  if (marker === undefined) return err('not-a-backup');
  if (typeof marker === 'number' && marker > BACKUP_FORMAT) return err('newer-version');
  const file = BackupFile.safeParse(json);
  if (!file.success || file.data[BACKUP_MARKER] !== BACKUP_FORMAT) return err('malformed');
  const header = parseHeader(file.data.header);
  if (!header.ok) return err(header.error.code === 'weak-params' ? 'weak-params' : 'malformed');
  const unlocked = await unlockHeader(password, file.data.header);
  if (!unlocked.ok) return err(unlocked.error.code === 'wrong-password' ? 'wrong-password' : 'malformed');
  const opened = await openRecord(unlocked.value.key, file.data.data, BACKUP_RECORD_ID);
  if (!opened.ok) return err(opened.error === 'tampered' ? 'tampered' : 'malformed');
  if (opened.value.v !== BACKUP_FORMAT) return err('tampered');
  const payload = BackupPayload.safeParse(parseJson(opened.value.plaintext));
  if (!payload.success) return err('malformed');
  const entries = entriesOf(payload.data);
  return entries.ok ? ok({ entries: entries.value, exported: payload.data.exported }) : entries;
}
