// Runs anywhere. What the options page is shown of an import preview: row by row, without any
// password (the preview itself, with passwords, stays in the background until committed).
import * as z from 'zod/mini';
import { describeImportError, type ImportError } from '../csv/import-error';
import type { ImportPreview, PreviewItem } from './preview';

export const PreviewRow = z.object({
  row: z.number(),
  class: z.enum(['new', 'identical', 'conflict', 'skipped', 'error']),
  site: z.string(),
  username: z.string(),
  defaultWinner: z.optional(z.enum(['incoming', 'existing'])),
  /** Why a conflict's default winner is the default, or why a row was skipped or refused. */
  reason: z.optional(z.string()),
});
export type PreviewRow = z.infer<typeof PreviewRow>;

export const PreviewSummary = z.object({
  previewId: z.string(),
  format: z.string(),
  counts: z.object({ new: z.number(), identical: z.number(), conflict: z.number(), skipped: z.number(), error: z.number() }),
  rows: z.array(PreviewRow),
});
export type PreviewSummary = z.infer<typeof PreviewSummary>;

export const ImportFailure = z.object({ code: z.string(), message: z.string() });

function rowOf(item: PreviewItem): PreviewRow {
  if ('problem' in item) {
    return { row: item.problem.row, class: item.class, site: '', username: '', reason: item.problem.reason };
  }
  const base = { row: item.login.row, class: item.class, site: item.login.origins[0] ?? '', username: item.login.username };
  return item.class === 'conflict' ? { ...base, defaultWinner: item.defaultWinner, reason: item.why } : base;
}

export function summarizePreview(previewId: string, format: string, preview: ImportPreview): PreviewSummary {
  return { previewId, format, counts: preview.counts, rows: preview.items.map(rowOf) };
}

export function importFailure(error: ImportError): z.infer<typeof ImportFailure> {
  return { code: error.code, message: describeImportError(error) };
}
