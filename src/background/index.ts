// Runs in: background (Chrome service worker, Firefox event page). Every listener is registered
// synchronously here, at the top level, so an event that wakes the worker is never missed.
import { listen } from '../platform/listen';
import { onTabRemoved } from '../platform/tabs';
import { acceptLifelines } from '../platform/runtime';
import { createHandlers } from './handlers';
import { forgetTab } from './tab-state';

const startedAt = Date.now();

listen(createHandlers(startedAt));
acceptLifelines();
onTabRemoved((tabId) => void forgetTab(tabId));
