// Runs anywhere. User settings: one schema, defaults, and a version for migrations. Stored in
// storage.local (nothing secret here), written only by the background.
import * as z from 'zod/mini';
import type { ItemSpec } from '../../shared/storage/versioned';
import { MatchMode } from '../../vault/core/match/entry-site';

export const AutoLock = z.enum(['1', '5', '15', '30', '60', '240', 'restart']);
export type AutoLock = z.infer<typeof AutoLock>;

/**
 * 'auto' follows the browser's UI language; the others are the locales we ship, named as their
 * public/_locales folders are (pt_BR, zh_CN: the browser's own spelling, with an underscore).
 */
export const Language = z.enum(['auto', 'en', 'ru', 'es', 'pt_BR', 'fr', 'de', 'zh_CN']);
export type Language = z.infer<typeof Language>;

/** The BCP 47 tag of a shipped locale (pt_BR -> pt-BR), as `lang` and Intl expect it. */
export const languageTag = (language: Exclude<Language, 'auto'>): string => language.replace('_', '-');

/** 'system' follows the system's light or dark preference; the others force one. */
export const Theme = z.enum(['system', 'light', 'dark']);
export type Theme = z.infer<typeof Theme>;

export const Settings = z.object({
  /** Minutes of idle before the vault locks, or only when the browser restarts. */
  autoLock: AutoLock,
  /** Seconds before a copied password is cleared from the clipboard. */
  clipboardClearSeconds: z.number().check(z.int(), z.minimum(5), z.maximum(600)),
  /** Offer to save and update passwords in pages. */
  promptsEnabled: z.boolean(),
  /**
   * Sites never captured or prompted on ("Never for this site"): registrable domains, or hosts
   * for IP addresses and localhost (keep/core/never-save.ts). Sorted, no repeats.
   */
  neverSave: z.array(z.string().check(z.minLength(1), z.maxLength(253))).check(z.maxLength(5000)),
  /** How a new entry matches pages (popup add, Keep save, import rows without a mode). */
  matchDefault: MatchMode,
  /** Our pages' language. */
  language: Language,
  /** Our pages' colours. */
  theme: Theme,
  /**
   * Also check passwords against Have I Been Pwned's range API (tidy/core/health/breach.ts): off until
   * the user turns it on and the browser grants the host permission.
   */
  onlineBreachCheck: z.boolean(),
  /** Sync the vault, sealed, through the browser's own sync (sync/): off until the user turns it on. */
  sync: z.boolean(),
});
export type Settings = z.infer<typeof Settings>;

export const SettingsPatch = z.partial(Settings);
export type SettingsPatch = z.infer<typeof SettingsPatch>;

export const DEFAULT_SETTINGS: Settings = {
  autoLock: '15',
  clipboardClearSeconds: 30,
  promptsEnabled: true,
  neverSave: [],
  matchDefault: 'site',
  language: 'auto',
  theme: 'system',
  onlineBreachCheck: false,
  sync: false,
};

/** Stored settings version; migration N turns version N into N + 1 (shared/storage/versioned.ts). */
const SETTINGS_VERSION = 5;
const settingsMigrations = {
  // 2: the never-save list; nobody had chosen a site yet.
  1: (data: unknown) => ({ ...(data as object), neverSave: [] }),
  // 3: match mode for new entries and the pages' language; as before: same site, the browser's.
  2: (data: unknown) => ({ ...(data as object), matchDefault: 'site', language: 'auto' }),
  // 4: the pages' theme and the online exposed-password check; as before: the system's colours, offline only.
  3: (data: unknown) => ({ ...(data as object), theme: 'system', onlineBreachCheck: false }),
  // 5: sync through the browser's sync storage; off, as before.
  4: (data: unknown) => ({ ...(data as object), sync: false }),
} as const;

/**
 * How the settings are stored (shared/storage/items.ts declares the item with it). Here, beside
 * the schema, because the pages read the language and theme with it as they start, and the item
 * module pulls in every feature's state schemas.
 */
export const SETTINGS_SPEC: ItemSpec<Settings> = {
  area: 'local',
  key: 'settings',
  schema: Settings,
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: settingsMigrations,
  // The user's choices, kept across restarts and updates: one written by a newer version (after a
  // downgrade) or damaged is never replaced by defaults, even by "Never for this site".
  whenUnreadable: 'keep',
};
