// Runs in: background. The total handler map over the protocol: a message added to
// shared/protocol/messages.ts without a handler here does not compile.
import type { Handlers } from '../shared/protocol/dispatch';
import { openGuideWindow, openReviewWindow } from '../shared/platform/guide-window';
import { extensionVersion } from '../shared/platform/runtime';
import { scheduleClipboardClear } from '../vault/background/clipboard-clear';
import { fillEntry } from '../fill/background/fill';
import { exportVault } from '../tidy/background/exporting';
import { commitCsv, forgetPreview, previewBackup, previewCsv } from '../tidy/background/importing';
import { syncState, turnSync } from '../sync/background/sync';
import { adoptSyncedVault, syncedVaultOffer } from '../sync/background/adopt';
import { openVault } from '../vault/background/vault';
import { editNeverSave, readSettings, resetSettings, settingsProblem, writeSettings } from '../settings/background/settings';
import { guideHandlers, guideHooks } from '../guide/background/handlers';
import { keepHandlers, keepHooks } from '../keep/background/handlers';
import { openPopup } from './popup-open';
import { checkReportOrigin } from './speaks-for';
import { readTab, recordHello, recordReport } from '../detect/background/tab-state';
import { classifyReport, frameKey, reportTurns } from '../detect/background/classify-report';
import { followIdleSetting } from '../vault/background/lock-watch';
import { vaultHandlers } from '../vault/background/handlers';
import { workbenchHandlers } from '../tidy/background/handlers';

export function createHandlers(startedAt: number): Handlers {
  const status = () => ({ version: extensionVersion(), target: __TARGET__, startedAt });
  return {
    status,
    'popup/open': ({ tabId, limit }) => openPopup(tabId, limit, status(), Date.now()),
    'content/hello': async (_hello, sender) => {
      // Tab, frame and URL are the sender's (the payload claims nothing): a page cannot speak for
      // another tab or another site.
      const tabId = sender.tabId ?? -1;
      const frameId = sender.frameId ?? 0;
      const top = frameId === 0;
      // A new document numbers its snapshots from 1 again.
      reportTurns.forget(frameKey(tabId, frameId));
      if (top) {
        // One time for both: the navigation happened when the hello came, not once its record is
        // stored (the new page's load status may be judged in between).
        const now = Date.now();
        await recordHello(tabId, sender.url, now, sender.documentId);
        // A new document after a submit is evidence for Keep's "did it work?".
        await keepHooks.navigated(tabId, sender, now);
      }
      return { tabId, frameId, top, guided: top && (await guideHooks.follows(sender.url)) };
    },
    'page/report': async (request, sender) => {
      checkReportOrigin(request.snapshot.url, sender);
      const tabId = sender.tabId ?? -1;
      const frameId = sender.frameId ?? 0;
      // The reply goes to the frame that asked (the sendMessage response), and only the newest
      // snapshot of a frame is classified: one that a newer overtook is answered null.
      const done = await reportTurns.run(frameKey(tabId, frameId), request.seq, async () => {
        const report = classifyReport(request);
        // Only the top frame's report describes the page; frames report through their own top later.
        if (sender.tabId === undefined || frameId !== 0) return { stored: false, report };
        const recorded = await recordReport(tabId, sender.url, report);
        if (recorded === null) return { stored: false, report };
        if (recorded.changed) {
          await keepHooks.reported(tabId, sender, report, recorded.helloAt);
          // The guide follows the user by site, in whichever tab the page is.
          await guideHooks.reported(tabId, report);
        }
        return { stored: true, report };
      });
      return { seq: request.seq, stored: done?.stored ?? false, report: done?.report ?? null };
    },
    'tab/state': ({ tabId }) => readTab(tabId),
    'settings/get': readSettings,
    // The system's idle time that locks the vault is the auto-lock time: followed on every change.
    'settings/set': async (patch) => {
      const settings = await writeSettings(patch);
      await followIdleSetting();
      return settings;
    },
    'settings/problem': settingsProblem,
    'settings/reset': async () => {
      const settings = await resetSettings();
      await followIdleSetting();
      return settings;
    },
    'settings/never-save': ({ action, site }) => editNeverSave(action, site),
    'sync/state': syncState,
    'sync/turn': ({ on, removeCopy }) => turnSync(on, removeCopy),
    'sync/offer': syncedVaultOffer,
    'sync/adopt': async ({ password }) => {
      const failure = await adoptSyncedVault(password, Date.now());
      return { failure, state: (await openVault(Date.now())).state };
    },
    ...vaultHandlers,
    'import/preview': (source) => previewCsv(source, Date.now()),
    'import/commit': ({ previewId, choices }) =>
      commitCsv(previewId, Object.fromEntries(Object.entries(choices).map(([row, winner]) => [Number(row), winner])), Date.now()),
    'import/backup-preview': ({ password, ...source }) => previewBackup(source, password, Date.now()),
    'import/forget': ({ previewId }) => forgetPreview(previewId),
    'export/create': (request, sender) => exportVault(request, sender, Date.now()),
    'clipboard/clear-later': async () => ({ at: await scheduleClipboardClear(Date.now()) }),
    'fill/entry': ({ tabId, entryId }) => fillEntry(tabId, entryId, Date.now()),
    // For the card's own tab, whatever it may say: the window it opens decides for that tab only.
    'review/open': async ({ card }, sender) => {
      const tabId = sender.tabId;
      if (tabId === undefined) return { opened: false };
      return { opened: card === 'guide' ? await openGuideWindow(tabId) : await openReviewWindow(tabId, card) };
    },
    ...keepHandlers,
    ...workbenchHandlers,
    ...guideHandlers,
  };
}
