// Runs anywhere. The workbench's slice of the message protocol (assembled in
// shared/protocol/messages.ts): import, export, the health report and the entry table's bulk edits.
import * as z from 'zod/mini';
import type { MessageSpec } from '../../shared/protocol/message-spec';
import { EntrySummary } from '../../vault/core/summary';
import { TableQuery, TableRow } from '../../vault/core/table';
import { BreachStatus } from './health/breach';
import { FixQueuePage, HealthReport } from './health/report-schema';
import { ImportSource } from './importing/import-source';
import { ImportFailure, PreviewSummary } from './importing/summary';
import { BackupPreviewRequest, ExportReply, ExportRequest, PreviewReply } from './importing/transfer-schema';

export const tidyMessages = {
  /** Parse a CSV export and compare it with the vault; nothing is written. */
  'import/preview': {
    from: ['extension'],
    // The file as a blob: URL of our own origin, or its text (tidy/core/importing/import-source.ts).
    request: ImportSource,
    response: z.object({ preview: z.nullable(PreviewSummary), failure: z.nullable(ImportFailure) }),
  },
  /** Apply a preview with the user's conflict choices (row number -> winner), atomically. */
  'import/commit': {
    from: ['extension'],
    request: z.object({ previewId: z.string(), choices: z.record(z.string(), z.enum(['incoming', 'existing'])) }),
    response: z.object({ written: z.number(), total: z.number() }),
  },
  /** An encrypted backup with its own password, previewed like a CSV (matched by entry id); commit with import/commit. */
  'import/backup-preview': { from: ['extension'], request: BackupPreviewRequest, response: PreviewReply },
  /** "Forget the file contents": drop a preview, and every password it holds, now. */
  'import/forget': { from: ['extension'], request: z.object({ previewId: z.string() }), response: z.object({ forgotten: z.boolean() }) },
  /**
   * Export the vault (Chrome CSV, Latchkey CSV, encrypted backup). The reply carries every
   * password: extension pages only, the options page only (tidy/background/exporting.ts), and only
   * with the master password typed again.
   */
  'export/create': { from: ['extension'], request: ExportRequest, response: ExportReply },
  /**
   * The options page's workbench. Extension pages only: these read and rewrite the
   * whole vault. No reply carries a password: the health report is counts, ids and dates.
   */
  'health/report': {
    from: ['extension'],
    request: z.object({ oldAfterDays: z.number().check(z.int(), z.minimum(1), z.maximum(36_500)) }),
    response: HealthReport,
  },
  /** One page of the fix-it queue: the entries whose password should change, riskiest first. */
  'health/queue': {
    from: ['extension'],
    request: z.object({
      oldAfterDays: z.number().check(z.int(), z.minimum(1), z.maximum(36_500)),
      offset: z.number().check(z.int(), z.minimum(0)),
      limit: z.number().check(z.int(), z.minimum(0), z.maximum(500)),
    }),
    response: FixQueuePage,
  },
  /**
   * "Fix" in the queue: opens the entry's change-password page in a new tab with the guide started
   * for it (as guide/open-change does), and records the moment ("not changed yet" until it changes).
   */
  'health/fix': {
    from: ['extension'],
    request: z.object({ entryId: z.string() }),
    response: z.object({ opened: z.nullable(z.string()), fixStartedAt: z.nullable(z.number()) }),
  },
  /** The online exposed-password check: the next batch, or forget what it found (turned off). */
  'health/breach': { from: ['extension'], request: z.object({ action: z.enum(['check', 'forget']) }), response: BreachStatus },
  /** One page of the entry table (search, filters, sort) with health badges. */
  'entries/table': {
    from: ['extension'],
    request: z.extend(TableQuery, { offset: z.number().check(z.int(), z.minimum(0)), limit: z.number().check(z.int(), z.minimum(0), z.maximum(500)) }),
    // badges: false while the health analysis is not done yet (the first page after an unlock).
    response: z.object({ items: z.array(TableRow), total: z.number(), all: z.number(), badges: z.boolean() }),
  },
  /** Every id the table query selects ("select all"). */
  'entries/table-ids': { from: ['extension'], request: TableQuery, response: z.object({ ids: z.array(z.string()) }) },
  /** Dates of an entry's old passwords, newest first (the passwords stay in the background). */
  'entries/history': { from: ['extension'], request: z.object({ id: z.string() }), response: z.object({ history: z.array(z.object({ changedAt: z.number() })) }) },
  /** Make an old password current again; `changedAt` guards against a stale list. */
  'entries/restore-password': {
    from: ['extension'],
    request: z.object({ id: z.string(), index: z.number().check(z.int(), z.minimum(0)), changedAt: z.number() }),
    response: EntrySummary,
  },
  /** Merge duplicate groups (ids from the report; re-planned in the background), one atomic write. */
  'entries/merge': {
    from: ['extension'],
    request: z.object({ groups: z.array(z.array(z.string()).check(z.minLength(2), z.maxLength(1000))).check(z.maxLength(10_000)) }),
    response: z.object({ merged: z.number(), removed: z.number(), skipped: z.number() }),
  },
  /** Delete many in one write; the answer's undoId brings them back for a few minutes. */
  'entries/delete-many': {
    from: ['extension'],
    request: z.object({ ids: z.array(z.string()).check(z.minLength(1), z.maxLength(100_000)) }),
    response: z.object({ deleted: z.number(), undoId: z.string() }),
  },
  'entries/undelete': { from: ['extension'], request: z.object({ undoId: z.string() }), response: z.object({ restored: z.number() }) },
  /** Move entries to another site (their origins become that one origin), one write; undoId undoes it. */
  'entries/move': {
    from: ['extension'],
    request: z.object({ ids: z.array(z.string()).check(z.minLength(1), z.maxLength(100_000)), site: z.string().check(z.maxLength(2048)) }),
    response: z.object({ moved: z.number(), origin: z.nullable(z.string()), undoId: z.nullable(z.string()) }),
  },
  'entries/unmove': { from: ['extension'], request: z.object({ undoId: z.string() }), response: z.object({ restored: z.number() }) },
  /** Mark entries as reviewed (their problems are the user's choice) or not. */
  'entries/review': {
    from: ['extension'],
    request: z.object({ ids: z.array(z.string()).check(z.maxLength(100_000)), reviewed: z.boolean() }),
    response: z.object({ changed: z.number() }),
  },
  /**
   * The entry view's "mark as reviewed" for a sync conflict (the user checked which password the
   * site takes): clears `conflictAt`, only if it is still the conflict the page showed.
   */
  'entries/conflict-reviewed': {
    from: ['extension'],
    request: z.object({ id: z.string(), conflictAt: z.number().check(z.int(), z.nonnegative()) }),
    response: z.object({ cleared: z.boolean() }),
  },
} as const satisfies Record<string, MessageSpec>;
