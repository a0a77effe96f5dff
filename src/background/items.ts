// Runs in: background. Every storage key Latchkey writes, declared once with its schema.
import * as z from 'zod/mini';
import { DEFAULT_SETTINGS, Settings } from '../core/settings';
import { TabState } from '../core/protocol/messages';
import { defineItem } from '../platform/storage-item';

export const settingsItem = defineItem({
  area: 'local',
  key: 'settings',
  schema: Settings,
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Per-tab flow state lives in storage.session: it survives a worker restart, not a browser restart. */
export function tabItem(tabId: number) {
  return defineItem({
    area: 'session',
    key: `tab:${tabId}`,
    schema: TabState,
    fallback: { hello: null, report: null } satisfies z.infer<typeof TabState>,
    version: 1,
  });
}
