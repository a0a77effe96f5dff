// Runs in: background. Handlers for the options page's workbench: health report, fix-it queue and
// its "Fix", the online exposed-password check, entry table, merge, bulk delete with undo, review,
// move to another site with undo, history and restore.
import type { Handlers } from '../../shared/protocol/dispatch';
import { checkBreaches, forgetBreachResults } from './breach-check';
import { clearConflict, markReviewed, mergeGroups, historyOf, restorePassword } from './edits';
import { fixQueuePage, startFix } from './fix-queue';
import { healthReport } from './health';
import { moveEntries, unmoveEntries } from './moves';
import { tableIds, tablePage } from './table';
import { deleteEntries, undeleteEntries } from './trash';

type WorkbenchHandlers = Pick<
  Handlers,
  | 'health/report' | 'health/queue' | 'health/fix' | 'health/breach' | 'entries/table' | 'entries/table-ids' | 'entries/history' | 'entries/restore-password' | 'entries/merge' | 'entries/delete-many' | 'entries/undelete'
  | 'entries/review' | 'entries/conflict-reviewed' | 'entries/move' | 'entries/unmove'
>;

export const workbenchHandlers: WorkbenchHandlers = {
  'health/report': ({ oldAfterDays }) => healthReport(oldAfterDays, Date.now()),
  'health/queue': ({ oldAfterDays, offset, limit }) => fixQueuePage(oldAfterDays, offset, limit, Date.now()),
  'health/fix': ({ entryId }) => startFix(entryId, Date.now()),
  'health/breach': ({ action }) => (action === 'forget' ? forgetBreachResults(Date.now()) : checkBreaches(Date.now())),
  'entries/table': ({ offset, limit, ...query }) => tablePage(query, offset, limit, Date.now()),
  'entries/table-ids': async (query) => ({ ids: await tableIds(query, Date.now()) }),
  'entries/history': ({ id }) => historyOf(id, Date.now()),
  'entries/restore-password': ({ id, index, changedAt }) => restorePassword(id, index, changedAt, Date.now()),
  'entries/merge': ({ groups }) => mergeGroups(groups, Date.now()),
  'entries/delete-many': ({ ids }) => deleteEntries(ids, Date.now()),
  'entries/undelete': ({ undoId }) => undeleteEntries(undoId, Date.now()),
  'entries/review': ({ ids, reviewed }) => markReviewed(ids, reviewed, Date.now()),
  'entries/conflict-reviewed': ({ id, conflictAt }) => clearConflict(id, conflictAt, Date.now()),
  'entries/move': ({ ids, site }) => moveEntries(ids, site, Date.now()),
  'entries/unmove': ({ undoId }) => unmoveEntries(undoId, Date.now()),
};
