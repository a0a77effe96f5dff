// Runs in: background. CSV import and backup restore in two steps: preview (nothing written; the
// preview with its passwords stays here, in memory, for a few minutes) and commit (one atomic
// write). The page may drop a preview at once ("forget the file contents"); a commit drops it
// too. A worker restart between the two only loses the preview: the user previews again.
import { describeBackupError } from '../core/backup/errors';
import { previewRestore } from '../core/backup/preview';
import { backupRows } from '../core/backup/rows';
import { openBackup } from '../core/backup/seal';
import { checkTextSize } from '../core/csv/limits';
import { type ParsedImport, readImportCsv } from '../core/csv/read';
import { commitImport, type ConflictChoices } from '../core/importing/commit';
import type { ImportSource } from '../core/importing/import-source';
import { previewImport, type ImportPreview } from '../core/importing/preview';
import { type ImportFailure, importFailure, summarizePreview } from '../core/importing/summary';
import type { PreviewReply } from '../core/importing/transfer-schema';
import { ReplyFailure } from '../../shared/protocol/reply';
import { type Result, err } from '../../shared/result';
import { ownExtension } from '../../shared/platform/sender-facts';
import { readSettings } from '../../settings/background/settings';
import { deltaTo } from '../../vault/core/entry-change';
import { changeEntries } from '../../vault/background/entry-writes';
import { unlocked } from '../../vault/background/vault';
import { handedText } from './handed-file';

const PREVIEW_TTL_MS = 15 * 60_000;
const previews = new Map<string, { preview: ImportPreview; expires: number }>();

function hold(preview: ImportPreview, now: number): string {
  for (const [id, held] of previews) if (held.expires < now) previews.delete(id);
  const previewId = crypto.randomUUID();
  previews.set(previewId, { preview, expires: now + PREVIEW_TTL_MS });
  return previewId;
}

/**
 * The handed file, read. Its own function so that the text (every password in the file, refused
 * rows' too) is unreachable once this returns: the rows share no string with it (csv/detached.ts),
 * and nothing of this frame is kept while the caller waits for the vault.
 */
async function readHanded(source: ImportSource): Promise<Result<ParsedImport, ImportFailure>> {
  const text = await handedText(source, ownExtension().origin);
  if (!text.ok) return text;
  const parsed = readImportCsv(text.value);
  return parsed.ok ? parsed : err(importFailure(parsed.error));
}

export async function previewCsv(source: ImportSource, now: number): Promise<PreviewReply> {
  const parsed = await readHanded(source);
  if (!parsed.ok) return { preview: null, failure: parsed.error };
  const { entries } = await unlocked(now);
  const preview = previewImport([...entries.values()], parsed.value.rows, now);
  return { preview: summarizePreview(hold(preview, now), parsed.value.format, preview, parsed.value.guessed), failure: null };
}

/** An encrypted backup, opened with its own password and matched with the vault by entry id. */
export async function previewBackup(source: ImportSource, password: string, now: number): Promise<PreviewReply> {
  const handed = await handedText(source, ownExtension().origin);
  if (!handed.ok) return { preview: null, failure: handed.error };
  const text = handed.value;
  const size = checkTextSize(text);
  if (!size.ok) return { preview: null, failure: importFailure(size.error) };
  // Unlocked first: a locked vault should not cost a key derivation before saying so.
  const { entries } = await unlocked(now);
  const opened = await openBackup(text, password);
  if (!opened.ok) return { preview: null, failure: { code: opened.error, message: describeBackupError(opened.error) } };
  const preview = previewRestore(entries, backupRows(opened.value.entries));
  return { preview: summarizePreview(hold(preview, now), 'backup', preview), failure: null };
}

export async function commitCsv(previewId: string, choices: ConflictChoices, now: number): Promise<{ written: number; total: number }> {
  const held = previews.get(previewId);
  if (!held || held.expires < now) throw new ReplyFailure('bad-request', 'this preview has expired: preview the file again');
  // A new entry from a file that names no match mode (every format but ours) gets the user's default.
  const { matchDefault } = await readSettings();
  // Applied to the entries as they are when the write's turn comes, not as they were at the
  // preview: a save or a delete made meanwhile stays (a conflict whose entry went is a new entry).
  const counts = await changeEntries(now, (entries) => {
    const next = commitImport([...entries.values()], held.preview, choices, now, { matchDefault });
    const delta = deltaTo(entries, next);
    return { ...delta, result: { written: delta.put.length, total: next.length } };
  });
  previews.delete(previewId);
  return counts;
}

/** A lock drops every held preview: a file's passwords do not outlive the unlocked vault. */
export function forgetPreviews(): void {
  previews.clear();
}

/** "Forget the file contents": the preview (every password the file held) is dropped now. */
export function forgetPreview(previewId: string): { forgotten: boolean } {
  return { forgotten: previews.delete(previewId) };
}
