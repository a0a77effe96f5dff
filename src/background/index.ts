// Runs in: background (Chrome service worker, Firefox event page). Every listener is registered
// synchronously here, at the top level, so an event that wakes the worker is never missed.
import { onAlarm } from '../shared/platform/alarms';
import { listen } from '../shared/platform/listen';
import { acceptLifelines, onFirstInstall } from '../shared/platform/runtime';
import { onTabRemoved } from '../shared/platform/tabs';
import { CLIPBOARD_ALARM, clearIfDue, resumeClipboardClear } from '../vault/background/clipboard-clear';
import { createHandlers } from './handlers';
import { forgetTab } from '../detect/background/tab-state';
import { reportTurns } from '../detect/background/classify-report';
import { forgetOpeningKey } from '../vault/background/capture-key';
import { AUTO_LOCK_ALARM, HEARTBEAT_ALARM } from '../vault/background/keyring';
import { followIdleSetting, lockOn, watchAwaySignals } from '../vault/background/lock-watch';
import { enforceDeadline } from '../vault/background/vault';
import { onVaultEvent } from '../vault/background/vault-events';
import { onVaultChanged } from '../tidy/background/strength-sweep';
import { forgetPreviews } from '../tidy/background/importing';
import { announceToPages } from '../shared/platform/page-events';
import { startSync } from '../sync/background/sync';
import { welcomeOnce } from './welcome';
import { log } from '../shared/platform/log';

const startedAt = Date.now();

listen(createHandlers(startedAt));
// Passwords are scored for the health report when written (workbench/strength-sweep.ts).
onVaultEvent(onVaultChanged);
onVaultEvent((event) => {
  if (event !== 'locked') return;
  forgetPreviews();
  forgetOpeningKey();
});
// Open pages that show the vault ask again (the options page follows a change Keep made in a shop's
// tab); a first load after an unlock or a worker restart changes nothing they show.
onVaultEvent((event) => {
  if (event !== 'loaded') announceToPages({ kind: 'vault-changed' });
});
acceptLifelines();
// Sync through the browser's sync storage, when the user turned it on (sync/background/sync.ts).
startSync();
onTabRemoved((tabId) => {
  reportTurns.forgetTab(tabId);
  void forgetTab(tabId);
});
// The stored deadline decides; the alarm only wakes a stopped worker to check it.
onAlarm((name, due) => {
  if (name === AUTO_LOCK_ALARM) void enforceDeadline(Date.now());
  if (name === HEARTBEAT_ALARM) void lockOn({ kind: 'heartbeat', due, firedAt: Date.now() });
  if (name === CLIPBOARD_ALARM) void clearIfDue(Date.now());
});
// The screen locked, the system idle for the auto-lock time, the last window closed.
watchAwaySignals();
void followIdleSetting();
// The first run's options page: on the install event, or on this start if that event never
// came (welcome.ts); once either way.
const welcome = () => void welcomeOnce(Date.now()).catch((error: unknown) => log.warn('welcome page not opened:', error));
onFirstInstall(welcome);
welcome();
// A copied password the browser quit before clearing is still on the system clipboard.
void resumeClipboardClear(Date.now());
