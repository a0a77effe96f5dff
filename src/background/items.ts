// Runs in: background. Every storage key Latchkey writes, declared once with its schema.
import * as z from 'zod/mini';
import { DEFAULT_SETTINGS, Settings, SETTINGS_VERSION, settingsMigrations } from '../core/settings';
import { TabState } from '../core/protocol/messages';
import { EMPTY_KEEP, KeepState } from '../core/keep/state';
import { EMPTY_GUIDES, GuideStore } from '../core/guide/state';
import { FixStarts, NO_FIX_STARTS } from '../core/health/fix-starts';
import { defineItem } from '../platform/storage-item';

export const settingsItem = defineItem({
  area: 'local',
  key: 'settings',
  schema: Settings,
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: settingsMigrations,
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

/** Keep's captures, offers and remembered identities (core/keep/state.ts): session only, like the key. */
export const keepItem = defineItem({
  area: 'session',
  key: 'keep',
  schema: KeepState,
  fallback: EMPTY_KEEP,
  version: 1,
});

/** The guides (core/guide/state.ts), one per site: session only, so a browser restart ends them. */
export const guideItem = defineItem({
  area: 'session',
  key: 'guide',
  schema: GuideStore,
  fallback: EMPTY_GUIDES,
  version: 1,
});

/**
 * When "Fix" last opened each entry's change page (core/health/fix-starts.ts): the fix-it queue
 * says "not changed yet" until the entry's password changes. Entry ids and times only.
 */
export const fixStartsItem = defineItem({
  area: 'local',
  key: 'fixes',
  schema: FixStarts,
  fallback: NO_FIX_STARTS,
  version: 1,
});
