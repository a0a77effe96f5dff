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
  /** The entry's title in the file, when it has one. */
  name: z.optional(z.string()),
  defaultWinner: z.optional(z.enum(['incoming', 'existing'])),
  /** Why a conflict's default winner is the default, or why a row was skipped or refused. */
  reason: z.optional(z.string()),
  /** A skipped or refused row's problem code (RowProblemCode), for the page to translate. */
  code: z.optional(z.string()),
});
export type PreviewRow = z.infer<typeof PreviewRow>;

export const PreviewSummary = z.object({
  previewId: z.string(),
  format: z.string(),
  /** No format was recognised: the columns were read by their names alone, and the page says so. */
  guessed: z.optional(z.boolean()),
  counts: z.object({ new: z.number(), identical: z.number(), conflict: z.number(), skipped: z.number(), error: z.number() }),
  rows: z.array(PreviewRow),
});
export type PreviewSummary = z.infer<typeof PreviewSummary>;

/** `params`: the facts the page's translated message needs (sizes, row and line, column names). */
export const ImportFailure = z.object({ code: z.string(), message: z.string(), params: z.optional(z.array(z.string())) });
export type ImportFailure = z.infer<typeof ImportFailure>;

function rowOf(item: PreviewItem): PreviewRow {
  if ('problem' in item) {
    return { row: item.problem.row, class: item.class, site: '', username: '', reason: item.problem.reason, code: item.problem.code };
  }
  const base = {
    row: item.login.row,
    class: item.class,
    site: item.login.origins[0] ?? '',
    username: item.login.username,
    ...(item.login.name === '' ? {} : { name: item.login.name }),
  };
  return item.class === 'conflict' ? { ...base, defaultWinner: item.defaultWinner, reason: item.why } : base;
}

export function summarizePreview(previewId: string, format: string, preview: ImportPreview, guessed = false): PreviewSummary {
  return { previewId, format, guessed, counts: preview.counts, rows: preview.items.map(rowOf) };
}

const MB = 1024 * 1024;

function paramsOf(error: ImportError): string[] {
  switch (error.code) {
    case 'too-large':
      return [(error.bytes / MB).toFixed(1), String(error.limit / MB)];
    case 'too-many-rows':
      return [String(error.rows), String(error.limit)];
    case 'unterminated-quote':
      return [String(error.line), String(error.row)];
    case 'missing-column':
      return [error.field, error.found.join(', ')];
    case 'wrong-separator':
      return [error.separator];
    case 'encrypted':
      return [error.source];
    case 'conflicting-columns':
      // The user knows the column as the file names it; our field 'origin' is the url column.
      return [error.columns.join(', '), error.field === 'origin' ? 'url' : error.field];
    default:
      return [];
  }
}

export function importFailure(error: ImportError): ImportFailure {
  return { code: error.code, message: describeImportError(error), params: paramsOf(error) };
}
