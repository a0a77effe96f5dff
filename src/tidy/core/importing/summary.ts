// Runs anywhere. What the options page is shown of an import preview, without any password (the
// preview itself, with passwords, stays in the background until committed): the exact counts,
// and the first rows of each kind the page lists (conflicts to decide, errors, skipped rows). New
// and identical rows are only counted, and past SHOWN_ROWS of a kind the rest keep their default:
// a reply of every row was megabytes for a 10,000-row file, checked and copied on both sides,
// for rows the page never showed.
import * as z from 'zod/mini';
import { describeImportError, type ImportError } from '../csv/import-error';
import type { ImportPreview, PreviewItem } from './preview';

/** Beyond this many rows of one kind the page shows a count: a page of 10,000 radio pairs helps nobody. */
export const SHOWN_ROWS = 200;
/** The kinds of row the page lists one by one; the rest it only counts. */
export const LISTED_CLASSES = ['conflict', 'error', 'skipped'] as const;

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
  /** The first SHOWN_ROWS rows of each listed kind (LISTED_CLASSES), in file order. */
  rows: z.array(PreviewRow).check(z.maxLength(SHOWN_ROWS * LISTED_CLASSES.length)),
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

/** The rows the page lists: one pass, stopping once every listed kind has its SHOWN_ROWS (or the file ends). */
function listedRows(preview: ImportPreview): PreviewRow[] {
  const wanted = new Map<PreviewItem['class'], number>(LISTED_CLASSES.map((kind) => [kind, Math.min(SHOWN_ROWS, preview.counts[kind])]));
  let left = [...wanted.values()].reduce((sum, n) => sum + n, 0);
  const rows: PreviewRow[] = [];
  for (const item of preview.items) {
    if (left === 0) break;
    const room = wanted.get(item.class);
    if (!room) continue;
    wanted.set(item.class, room - 1);
    left--;
    rows.push(rowOf(item));
  }
  return rows;
}

export function summarizePreview(previewId: string, format: string, preview: ImportPreview, guessed = false): PreviewSummary {
  return { previewId, format, guessed, counts: preview.counts, rows: listedRows(preview) };
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
