// Runs anywhere. The messages that move a whole vault in or out of the background: restoring an
// encrypted backup (previewed like a CSV, committed with import/commit), forgetting a preview,
// and exporting. An export's reply is the whole vault with its passwords, so it is produced only
// for our options page, after the master password has been proven again (tidy/background/exporting.ts).
import * as z from 'zod/mini';
import { VaultFailure } from '../../../vault/core/failure';
import { FileUrl, ImportText } from './import-source';
import { ImportFailure, PreviewSummary } from './summary';

export const PreviewReply = z.object({ preview: z.nullable(PreviewSummary), failure: z.nullable(ImportFailure) });
export type PreviewReply = z.infer<typeof PreviewReply>;

const BackupFilePassword = z.string().check(z.maxLength(1024));
/** The backup file as the page hands it over (import-source.ts), with the password it was sealed with. */
export const BackupPreviewRequest = z.union([
  z.object({ file: FileUrl, password: BackupFilePassword }),
  z.object({ text: ImportText, password: BackupFilePassword }),
]);
export type BackupPreviewRequest = z.infer<typeof BackupPreviewRequest>;

export const ExportFormat = z.enum(['chrome', 'latchkey', 'backup']);
export type ExportFormat = z.infer<typeof ExportFormat>;

/** A backup's own password: the master password's rules (at least 8 characters). */
const BackupPassword = z.string().check(z.minLength(8), z.maxLength(1024));
const Master = z.string().check(z.maxLength(1024));

export const ExportRequest = z.discriminatedUnion('format', [
  z.object({ format: z.literal('chrome'), master: Master }),
  z.object({ format: z.literal('latchkey'), master: Master }),
  z.object({ format: z.literal('backup'), master: Master, backupPassword: BackupPassword }),
]);
export type ExportRequest = z.infer<typeof ExportRequest>;

export const ExportFile = z.object({ text: z.string(), name: z.string(), mime: z.string(), count: z.number() });
export type ExportFile = z.infer<typeof ExportFile>;

export const ExportReply = z.object({
  file: z.nullable(ExportFile),
  failure: z.nullable(VaultFailure),
});
export type ExportReply = z.infer<typeof ExportReply>;
