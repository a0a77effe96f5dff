// Runs in: background. Every storage key Latchkey writes, declared once with its schema
// (test/unit/storage/keys-declared.test.ts fails on a key used anywhere else).
import * as z from 'zod/mini';
import { SETTINGS_SPEC } from '../../settings/core/settings';
import { TabState } from '../protocol/shapes';
import { EMPTY_KEEP, KeepState } from '../../keep/core/state';
import { EMPTY_GUIDES, GuideStore } from '../../guide/core/state';
import { FixStarts, NO_FIX_STARTS } from '../../tidy/core/health/fix-starts';
import { defineItem } from '../platform/storage-item';

/**
 * The user's settings (settings/core/settings.ts: SETTINGS_SPEC, kept beside the schema so the
 * pages can read the language and theme at start without this module's imports).
 */
export const settingsItem = defineItem(SETTINGS_SPEC);

/**
 * Keys whose values carry their own format version and integrity, so they are stored raw, without
 * the `{v, data}` envelope (shared/platform/local-records.ts, session-values.ts). The module named
 * with each parses what it reads.
 */
export const RAW_KEYS = {
  local: {
    /** KDF parameters and the sealed key check (vault/core/crypto/header.ts: VaultHeader). */
    vaultHeader: 'vault:header',
    /** One sealed record per entry, `vault:e:<id>` (vault/background/records.ts). */
    entryPrefix: 'vault:e:',
    /** Keep's capture key pair, the private half sealed (vault/background/capture-key.ts). */
    captureKey: 'vault:capture-key',
    /** Password strength verdicts, one sealed record (tidy/background/verdict-store.ts). */
    strengthVerdicts: 'vault:strength',
    /** Exposed-password answers, one sealed record (tidy/background/breach-cache.ts). */
    breaches: 'vault:breach',
    /** This computer's sync state: its id, the newest generation, the sealed state (sync/background/local-state.ts). */
    syncLocal: 'sync:local',
    /** The last sync's outcome for the settings page, nothing secret (sync/background/local-state.ts). */
    syncStatus: 'sync:status',
  },
  session: {
    /** The unlocked key's raw bytes, base64 (vault/background/keyring.ts). Never in storage.local. */
    vaultKey: 'vault:key',
    /** The auto-lock deadline, epoch milliseconds or null (vault/background/keyring.ts). */
    lockDeadline: 'vault:deadline',
    /** The unlocked entries as one sealed record, for a restarted worker (vault/background/snapshot.ts). */
    vaultSnapshot: 'vault:snapshot',
  },
} as const;

/**
 * When a copied password is to be cleared from the clipboard (vault/background/clipboard-clear.ts), or
 * null. In storage.local, unlike the session's flow state: the clipboard outlives the browser, so
 * a clear the browser quit before must be done at its next start. Only a time: nothing secret.
 */
export const clipboardClearItem = defineItem({
  area: 'local',
  key: 'clipboard:clearAt',
  schema: z.nullable(z.number()),
  fallback: null,
  version: 1,
  // Nothing of the user's to keep; clipboard-clear.ts clears at once when it cannot read it.
  whenUnreadable: 'replace',
});

/**
 * When the first run's options page was opened (background/welcome.ts), or null: it opens once,
 * on the install event or on the first start that finds neither this nor a vault.
 */
export const welcomeItem = defineItem({
  area: 'local',
  key: 'welcome:openedAt',
  schema: z.nullable(z.number()),
  fallback: null,
  version: 1,
  // A time, nothing of the user's; welcome.ts opens nothing when it cannot read it.
  whenUnreadable: 'replace',
});

/** Per-tab flow state lives in storage.session: it survives a worker restart, not a browser restart. */
export function tabItem(tabId: number) {
  return defineItem({
    area: 'session',
    key: `tab:${tabId}`,
    schema: TabState,
    fallback: { hello: null, report: null } satisfies z.infer<typeof TabState>,
    version: 1,
    // Session flow state: storage.session is emptied when the extension is updated or reloaded,
    // so only this version wrote it, and a new page's hello starts it afresh anyway.
    whenUnreadable: 'replace',
  });
}

/**
 * Keep's captures, offers and remembered identities (keep/core/state.ts): session only, like the
 * key, and the passwords sealed. Version 2 sealed them: a version 1 value (passwords in the clear)
 * is no longer read, and the next write replaces it.
 */
export const keepItem = defineItem({
  area: 'session',
  key: 'keep',
  schema: KeepState,
  fallback: EMPTY_KEEP,
  version: 2,
  // Session flow state (see tabItem); what cannot be read is started afresh (keep/store.ts).
  whenUnreadable: 'replace',
});

/** The guides (guide/core/state.ts), one per site: session only, so a browser restart ends them. */
export const guideItem = defineItem({
  area: 'session',
  key: 'guide',
  schema: GuideStore,
  fallback: EMPTY_GUIDES,
  version: 1,
  // Session flow state (see tabItem); the user starts the guide again (guide/store.ts).
  whenUnreadable: 'replace',
});

/**
 * When "Fix" last opened each entry's change page (tidy/core/health/fix-starts.ts): the fix-it queue
 * says "not changed yet" until the entry's password changes. Entry ids and times only.
 */
export const fixStartsItem = defineItem({
  area: 'local',
  key: 'fixes',
  schema: FixStarts,
  fallback: NO_FIX_STARTS,
  version: 1,
  // Queue marks only: what cannot be read is no marks (fix-queue.ts reads it that way too).
  whenUnreadable: 'replace',
});
