// Runs in: background. CSV import in two steps: preview (nothing written; the preview with its
// passwords stays here, in memory, for a few minutes) and commit (one atomic write). A worker
// restart between the two only loses the preview: the user previews again, nothing else is lost.
import { readImportCsv } from '../core/csv/read';
import { commitImport, type ConflictChoices } from '../core/importing/commit';
import { previewImport, type ImportPreview } from '../core/importing/preview';
import { importFailure, summarizePreview, type PreviewSummary } from '../core/importing/summary';
import { ReplyFailure } from '../core/protocol/reply';
import { readSettings } from './settings';
import { replaceEntries, unlocked } from './vault/vault';

const PREVIEW_TTL_MS = 15 * 60_000;
const previews = new Map<string, { preview: ImportPreview; expires: number }>();

export async function previewCsv(
  text: string,
  now: number,
): Promise<{ preview: PreviewSummary | null; failure: { code: string; message: string } | null }> {
  const parsed = readImportCsv(text);
  if (!parsed.ok) return { preview: null, failure: importFailure(parsed.error) };
  const { entries } = await unlocked(now);
  const preview = previewImport([...entries.values()], parsed.value.rows, now);
  for (const [id, held] of previews) if (held.expires < now) previews.delete(id);
  const previewId = crypto.randomUUID();
  previews.set(previewId, { preview, expires: now + PREVIEW_TTL_MS });
  return { preview: summarizePreview(previewId, parsed.value.format, preview), failure: null };
}

export async function commitCsv(previewId: string, choices: ConflictChoices, now: number): Promise<{ written: number; total: number }> {
  const held = previews.get(previewId);
  if (!held || held.expires < now) throw new ReplyFailure('bad-request', 'this preview has expired: preview the file again');
  const { entries } = await unlocked(now);
  // A new entry from a file that names no match mode (every format but ours) gets the user's default.
  const { matchDefault } = await readSettings();
  const items = held.preview.items.map((item) => (item.class === 'new' && item.login.match === undefined ? { ...item, login: { ...item.login, match: matchDefault } } : item));
  const next = commitImport([...entries.values()], { ...held.preview, items }, choices, now);
  const written = await replaceEntries(next, now);
  previews.delete(previewId);
  return { written, total: next.length };
}
