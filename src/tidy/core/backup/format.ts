// Runs anywhere. The encrypted backup file: a JSON document holding a vault header (the same KDF
// parameters, floors and key check as the vault itself: crypto/header.ts) and one AES-GCM record
// (crypto/record.ts) whose plaintext is every entry as stored. Its own password, not the master
// password, so a backup can be handed over or kept offline without the vault's.
import * as z from 'zod/mini';
import { SealedRecord } from '../../../vault/core/crypto/record';

/** Bumped when the file's shape or the payload's meaning changes; newer files are refused. */
export const BACKUP_FORMAT = 1;
/** The sealed record's id: part of its AAD, so a vault record pasted in does not open. */
export const BACKUP_RECORD_ID = 'latchkey:backup';
/** First member of the file, so a backup is told from a CSV by its opening bytes. */
export const BACKUP_MARKER = 'latchkey_backup';

export const BackupFile = z.object({
  [BACKUP_MARKER]: z.int().check(z.positive()),
  /** A vault header (parsed by parseHeader, which enforces the KDF floors before deriving). */
  header: z.unknown(),
  data: SealedRecord,
});
export type BackupFile = z.infer<typeof BackupFile>;

/** The plaintext inside `data`. Entries are checked against entry.ts (or migrated) on restore. */
export const BackupPayload = z.object({
  entryVersion: z.int().check(z.nonnegative()),
  exported: z.int().check(z.nonnegative()),
  entries: z.array(z.unknown()),
});
export type BackupPayload = z.infer<typeof BackupPayload>;

export type BackupError =
  | 'not-a-backup'
  | 'newer-version'
  | 'malformed'
  | 'weak-params'
  | 'wrong-password'
  | 'tampered';

/** Cheap test on the text's start: does this look like our backup rather than a CSV? */
export const looksLikeBackup = (text: string): boolean =>
  new RegExp(`^\\uFEFF?\\s*\\{\\s*"${BACKUP_MARKER}"`).test(text.slice(0, 200));
