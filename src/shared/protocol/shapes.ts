// Runs anywhere. The named shapes of the protocol (messages.ts) that our pages hold in their
// state: the background's status, a tab, the vault, an entry draft and the lists of entries, and
// the popup's first screen made of them. Kept apart from the table of messages, which re-exports
// them.
import * as z from 'zod/mini';
import { PageReport } from '../../detect/core/model';
import { VaultFailure } from '../../vault/core/failure';
import { EntrySite } from '../../vault/core/match/entry-site';
import { Language, Theme } from '../../settings/core/settings';
import { EntrySummary } from '../../vault/core/summary';

/** Answer to `content/hello`: the tab and frame a content script speaks for. */
export const Hello = z.object({
  tabId: z.number(),
  frameId: z.number(),
  /** Whether the background considers this frame the top frame of the tab. */
  top: z.boolean(),
  /** Whether a guide follows the page's site (the content script then reads the page's texts). */
  guided: z.boolean(),
});

/** Answer to a Keep capture or observation: whether it was kept, and nothing about the vault. */
export const Kept = z.object({ kept: z.boolean() });

export const Status = z.object({
  version: z.string(),
  target: z.enum(['chrome', 'firefox']),
  /** When this background instance started (changes after a service-worker restart). */
  startedAt: z.number(),
});
export type Status = z.infer<typeof Status>;

const TabHello = z.object({ url: z.string(), at: z.number(), documentId: z.optional(z.string()) });

/** How many hellos before the last one a tab keeps (TabState.earlier). */
export const EARLIER_HELLOS = 3;

export const TabState = z.object({
  /** The last content-script hello from this tab's top frame, if any. */
  hello: z.nullable(TabHello),
  /**
   * The hellos before it, oldest first: Keep finds the document that sent a submit among them when
   * the next document spoke first (keep/background/observe.ts). Absent before a second hello.
   */
  earlier: z.optional(z.array(TabHello).check(z.maxLength(EARLIER_HELLOS))),
  report: z.nullable(PageReport),
});
export type TabState = z.infer<typeof TabState>;

export const VaultState = z.object({
  status: z.enum(['absent', 'locked', 'unlocked']),
  /** Entries readable now (unlocked only). */
  entries: z.nullable(z.number()),
  /** Stored records that failed to decrypt or parse: reported, never overwritten. */
  unreadable: z.number(),
  /** Locked only: the master password was changed on another computer (sync); the unlock takes the new one. */
  changedElsewhere: z.optional(z.boolean()),
});
export type VaultState = z.infer<typeof VaultState>;

/** Unlock and create answer with the new state, or why not (not a protocol error: a user error). */
export const VaultChange = z.object({
  state: VaultState,
  failure: z.nullable(VaultFailure),
});
export type VaultChange = z.infer<typeof VaultChange>;

export const EntryDraft = z.object({
  /** Absent for a new entry. */
  id: z.optional(z.string()),
  site: EntrySite,
  username: z.string().check(z.maxLength(1024)),
  password: z.string().check(z.minLength(1), z.maxLength(4096)),
  notes: z.string().check(z.maxLength(10_000)),
  /** Absent from forms without a name field (the popup's): the entry keeps the name it has. */
  name: z.optional(z.string().check(z.maxLength(1024))),
  /** Absent from forms that do not ask (the popup's): the entry keeps what it has. */
  holdsPayment: z.optional(z.boolean()),
});
export type EntryDraft = z.infer<typeof EntryDraft>;

export const EntryList = z.object({
  /** One page of the entries matching the query: those that belong on the tab's page first (when a
   * tab was given), then the others, each part sorted by host then username. */
  items: z.array(EntrySummary),
  /** How many of all the matches (not only this page's) belong on the tab's page: they come first. */
  siteFirst: z.number(),
  /** How many entries match the query; `all` is the size of the vault. */
  total: z.number(),
  all: z.number(),
});
export type EntryList = z.infer<typeof EntryList>;

/**
 * Everything the popup's first screen shows, in one answer: opening the popup while a tab loads
 * found five separate messages each waiting their turn through a busy browser process
 * (background/popup-open.ts).
 */
export const PopupOpen = z.object({
  status: Status,
  vault: VaultState,
  /** The tab's hello and report; null without a tab. */
  tab: z.nullable(TabState),
  /** The first page of entries (as entries/list answers it); null unless unlocked. */
  list: z.nullable(EntryList),
  clipboardClearSeconds: z.number(),
  /** The chosen language, so the popup's strings need no storage read of their own. */
  language: Language,
  /** The chosen theme, likewise. */
  theme: Theme,
});
export type PopupOpen = z.infer<typeof PopupOpen>;
