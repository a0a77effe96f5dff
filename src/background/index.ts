// Runs in: background (Chrome service worker, Firefox event page). Every listener is registered
// synchronously here, at the top level, so an event that wakes the worker is never missed.
import { onAlarm } from '../platform/alarms';
import { listen } from '../platform/listen';
import { acceptLifelines, onFirstInstall, openOptionsTab } from '../platform/runtime';
import { onTabRemoved } from '../platform/tabs';
import { CLIPBOARD_ALARM, clearIfDue, resumeClipboardClear } from './clipboard-clear';
import { createHandlers } from './handlers';
import { forgetTab } from './tab-state';
import { forgetOpeningKey } from './vault/capture-key';
import { AUTO_LOCK_ALARM, HEARTBEAT_ALARM } from './vault/keyring';
import { followIdleSetting, lockOn, watchAwaySignals } from './vault/lock-watch';
import { enforceDeadline, onVaultEvent } from './vault/vault';
import { onVaultChanged } from './workbench/strength-sweep';
import { forgetPreviews } from './importing';
import { announceToPages } from '../platform/page-events';

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
onTabRemoved((tabId) => void forgetTab(tabId));
// The stored deadline decides; the alarm only wakes a stopped worker to check it.
onAlarm((name, due) => {
  if (name === AUTO_LOCK_ALARM) void enforceDeadline(Date.now());
  if (name === HEARTBEAT_ALARM) void lockOn({ kind: 'heartbeat', due, firedAt: Date.now() });
  if (name === CLIPBOARD_ALARM) void clearIfDue(Date.now());
});
// The screen locked, the system idle for the auto-lock time, the last window closed.
watchAwaySignals();
void followIdleSetting();
onFirstInstall(() => void openOptionsTab());
// A copied password the browser quit before clearing is still on the system clipboard.
void resumeClipboardClear(Date.now());
