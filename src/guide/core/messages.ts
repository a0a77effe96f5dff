// Runs anywhere. THE message protocol: every request the background answers, who may send it,
// and the schemas of both directions. Adding a message here without a handler is a compile
// error in background/handlers.ts (the handler map is total over this table).
import * as z from 'zod/mini';
import { PageReport } from '../../detect/core/model';
import { Settings, SettingsPatch } from '../../settings/core/settings';
import { Unreadable } from '../storage/versioned';
import { EntrySummary } from '../../vault/core/summary';
import { ImportFailure, PreviewSummary } from '../../tidy/core/importing/summary';
import { BackupPreviewRequest, ExportReply, ExportRequest, PreviewReply } from '../../tidy/core/importing/transfer-schema';
import { FillOutcome, FillReason } from './commands';
import { Choice } from '../../keep/core/accept';
import { Submission } from '../../keep/core/capture';
import { PageObservation } from '../../keep/core/observation';
import { OfferView } from '../../keep/core/offer-view';
import { BreachStatus } from '../../tidy/core/health/breach';
import { FixQueuePage, HealthReport } from '../../tidy/core/health/report-schema';
import { TableQuery, TableRow } from '../../vault/core/table';
import { Place } from '../../guide/core/placement';
import { GuideFlow, GuideView } from '../../guide/core/view-schema';
import { SyncStatus } from '../../sync/core/status';
import { KdfChoice } from '../../vault/core/crypto/kdf-choice';
import { VaultChangeFailure } from '../../vault/core/failure';
import type { SenderKind } from './sender';
import { EntryDraft, EntryList, Hello, Kept, PopupOpen, Status, Stored, TabState, VaultChange, VaultState } from './shapes';

export { Hello };
export { EntryDraft, EntryList, PopupOpen, Status, TabState, VaultChange, VaultState } from './shapes';
export { FillOutcome as FillResult } from './commands';

export interface MessageSpec {
  /** Which senders may send this message at all; anyone else gets `forbidden`. */
  from: readonly SenderKind[];
  request: z.ZodMiniType;
  response: z.ZodMiniType;
}

const Empty = z.object({});
const SyncState = z.object({ on: z.boolean(), status: z.nullable(SyncStatus) });

const MasterPassword = z.string().check(z.minLength(8), z.maxLength(1024));

/** A guide as our pages see it, or null (no guide for that tab's site, or gone). */
const GuideReply = z.object({ guide: z.nullable(GuideView) });

export const protocol = {
  /** Liveness and identity of the background, for our own pages. */
  status: { from: ['extension', 'embedded'], request: Empty, response: Status },
  /** The popup's first screen in one round trip (status, vault, tab, first page, settings it needs). */
  'popup/open': {
    from: ['extension'],
    request: z.object({ tabId: z.nullable(z.number()), limit: z.number().check(z.int(), z.minimum(0), z.maximum(500)) }),
    response: PopupOpen,
  },
  /**
   * A content script announces itself; the background answers with the tab and frame it speaks
   * for. It claims nothing: URL, origin, tab and frame are the sender's, and a payload that
   * claims any of them is refused (strict).
   */
  'content/hello': { from: ['content'], request: z.strictObject({}), response: Hello },
  /**
   * A content script's detection report for its frame. Its URL is the page's own location (a
   * same-document navigation moves it; the sender's stays the URL the document loaded at), so it
   * is refused unless it is of the sender's origin, and it only says which step of a flow the page
   * shows: what an entry may be used on comes from the sender.
   */
  'page/report': { from: ['content'], request: PageReport, response: Stored },
  /** What the background knows about a tab (popup: "On this page: ..."). */
  'tab/state': { from: ['extension'], request: z.object({ tabId: z.number() }), response: TabState },
  'settings/get': { from: ['extension'], request: Empty, response: Settings },
  'settings/set': { from: ['extension'], request: SettingsPatch, response: Settings },
  /** Why the stored settings cannot be read (null: they can). While they cannot, every settings write answers `unreadable`. */
  'settings/problem': { from: ['extension'], request: Empty, response: z.object({ problem: z.nullable(Unreadable) }) },
  /** The user's explicit reset: the defaults replace the stored settings, readable or not. */
  'settings/reset': { from: ['extension'], request: Empty, response: Settings },
  /** Add a site (any URL or host of it: listed as its registrable domain) to the never-save list, or remove one. */
  'settings/never-save': {
    from: ['extension'],
    request: z.object({ action: z.enum(['add', 'remove']), site: z.string().check(z.maxLength(2048)) }),
    response: z.object({ settings: Settings, failure: z.nullable(z.enum(['invalid', 'listed'])) }),
  },
  /** Whether sync is on here and what its last run did (sizes and refusals, never contents). */
  'sync/state': { from: ['extension'], request: Empty, response: SyncState },
  /** Turn sync on or off on this computer; off with `removeCopy` also deletes the synced copy. */
  'sync/turn': { from: ['extension'], request: z.object({ on: z.boolean(), removeCopy: z.boolean() }), response: SyncState },
  'vault/state': { from: ['extension'], request: Empty, response: VaultState },
  'vault/create': { from: ['extension'], request: z.object({ password: MasterPassword }), response: VaultChange },
  'vault/unlock': { from: ['extension'], request: z.object({ password: z.string() }), response: VaultChange },
  'vault/lock': { from: ['extension'], request: Empty, response: VaultState },
  /** Re-encrypts everything under a new master password, atomically. */
  'vault/change-master': {
    from: ['extension'],
    request: z.object({ current: z.string(), next: MasterPassword }),
    response: z.object({
      state: VaultState,
      failure: z.nullable(VaultChangeFailure),
    }),
  },
  /** The vault's KDF parameters without the salt (public: they sit in plaintext in the header). */
  'vault/kdf': { from: ['extension'], request: Empty, response: z.object({ kdf: z.nullable(KdfChoice) }) },
  /** Re-derives the key with new KDF parameters and re-encrypts everything, like a master password change. */
  'vault/change-kdf': {
    from: ['extension'],
    request: z.object({ current: z.string(), kdf: KdfChoice }),
    response: z.object({
      state: VaultState,
      failure: z.nullable(VaultChangeFailure),
    }),
  },
  /** Summaries only, one page at a time: no password crosses this message. */
  'entries/list': {
    from: ['extension'],
    request: z.object({
      tabId: z.nullable(z.number()),
      query: z.string().check(z.maxLength(200)),
      offset: z.number().check(z.int(), z.minimum(0)),
      limit: z.number().check(z.int(), z.minimum(0), z.maximum(500)),
    }),
    response: EntryList,
  },
  'entries/save': { from: ['extension'], request: EntryDraft, response: EntrySummary },
  'entries/delete': { from: ['extension'], request: z.object({ id: z.string() }), response: z.object({ deleted: z.boolean() }) },
  /** The one way a password leaves the background for a page of ours: copy in the popup. */
  'entries/password': { from: ['extension'], request: z.object({ id: z.string() }), response: z.object({ password: z.string() }) },
  /** Parse a CSV export and compare it with the vault; nothing is written. */
  'import/preview': {
    from: ['extension'],
    // 20 MiB of text at most (tidy/core/csv/limits.ts); the page checks the file size before reading.
    request: z.object({ text: z.string().check(z.maxLength(21 * 1024 * 1024)) }),
    response: z.object({ preview: z.nullable(PreviewSummary), failure: z.nullable(ImportFailure) }),
  },
  /** Apply a preview with the user's conflict choices (row number -> winner), atomically. */
  'import/commit': {
    from: ['extension'],
    request: z.object({ previewId: z.string(), choices: z.record(z.string(), z.enum(['incoming', 'existing'])) }),
    response: z.object({ written: z.number(), total: z.number() }),
  },
  /** An encrypted backup with its own password, previewed like a CSV (matched by entry id); commit with import/commit. */
  'import/backup-preview': { from: ['extension'], request: BackupPreviewRequest, response: PreviewReply },
  /** "Forget the file contents": drop a preview, and every password it holds, now. */
  'import/forget': { from: ['extension'], request: z.object({ previewId: z.string() }), response: z.object({ forgotten: z.boolean() }) },
  /**
   * Export the vault (Chrome CSV, Latchkey CSV, encrypted backup). The reply carries every
   * password: extension pages only, the options page only (tidy/background/exporting.ts), and only
   * with the master password typed again.
   */
  'export/create': { from: ['extension'], request: ExportRequest, response: ExportReply },
  /** The popup copied a password: clear the clipboard after the user's delay (answers the time). */
  'clipboard/clear-later': { from: ['extension'], request: Empty, response: z.object({ at: z.number() }) },
  /** Fill an entry into a tab's login form; sent on a click in the popup (a user gesture). */
  'fill/entry': { from: ['extension'], request: z.object({ tabId: z.number(), entryId: z.string() }), response: FillOutcome },
  /**
   * Keep: fill a password the sender generated into the tab's new-password fields and
   * save it at once, pending (keep/background/generated.ts). Carries a password because the
   * sender made it; the reply carries none. A framed page of ours fills only its own tab.
   */
  'fill/generated': {
    from: ['extension', 'embedded'],
    request: z.object({ tabId: z.nullable(z.number()), password: z.string().check(z.minLength(1), z.maxLength(4096)) }),
    response: z.object({ filled: z.boolean(), reason: FillReason, saved: z.nullable(EntrySummary) }),
  },
  /**
   * The options page's workbench. Extension pages only: these read and rewrite the
   * whole vault. No reply carries a password: the health report is counts, ids and dates.
   */
  'health/report': {
    from: ['extension'],
    request: z.object({ oldAfterDays: z.number().check(z.int(), z.minimum(1), z.maximum(36_500)) }),
    response: HealthReport,
  },
  /** One page of the fix-it queue: the entries whose password should change, riskiest first. */
  'health/queue': {
    from: ['extension'],
    request: z.object({
      oldAfterDays: z.number().check(z.int(), z.minimum(1), z.maximum(36_500)),
      offset: z.number().check(z.int(), z.minimum(0)),
      limit: z.number().check(z.int(), z.minimum(0), z.maximum(500)),
    }),
    response: FixQueuePage,
  },
  /**
   * "Fix" in the queue: opens the entry's change-password page in a new tab with the guide started
   * for it (as guide/open-change does), and records the moment ("not changed yet" until it changes).
   */
  'health/fix': {
    from: ['extension'],
    request: z.object({ entryId: z.string() }),
    response: z.object({ opened: z.nullable(z.string()), fixStartedAt: z.nullable(z.number()) }),
  },
  /** The online exposed-password check: the next batch, or forget what it found (turned off). */
  'health/breach': { from: ['extension'], request: z.object({ action: z.enum(['check', 'forget']) }), response: BreachStatus },
  /** One page of the entry table (search, filters, sort) with health badges. */
  'entries/table': {
    from: ['extension'],
    request: z.extend(TableQuery, { offset: z.number().check(z.int(), z.minimum(0)), limit: z.number().check(z.int(), z.minimum(0), z.maximum(500)) }),
    // badges: false while the health analysis is not done yet (the first page after an unlock).
    response: z.object({ items: z.array(TableRow), total: z.number(), all: z.number(), badges: z.boolean() }),
  },
  /** Every id the table query selects ("select all"). */
  'entries/table-ids': { from: ['extension'], request: TableQuery, response: z.object({ ids: z.array(z.string()) }) },
  /** Dates of an entry's old passwords, newest first (the passwords stay in the background). */
  'entries/history': { from: ['extension'], request: z.object({ id: z.string() }), response: z.object({ history: z.array(z.object({ changedAt: z.number() })) }) },
  /** Make an old password current again; `changedAt` guards against a stale list. */
  'entries/restore-password': {
    from: ['extension'],
    request: z.object({ id: z.string(), index: z.number().check(z.int(), z.minimum(0)), changedAt: z.number() }),
    response: EntrySummary,
  },
  /** Merge duplicate groups (ids from the report; re-planned in the background), one atomic write. */
  'entries/merge': {
    from: ['extension'],
    request: z.object({ groups: z.array(z.array(z.string()).check(z.minLength(2), z.maxLength(1000))).check(z.maxLength(10_000)) }),
    response: z.object({ merged: z.number(), removed: z.number(), skipped: z.number() }),
  },
  /** Delete many in one write; the answer's undoId brings them back for a few minutes. */
  'entries/delete-many': {
    from: ['extension'],
    request: z.object({ ids: z.array(z.string()).check(z.minLength(1), z.maxLength(100_000)) }),
    response: z.object({ deleted: z.number(), undoId: z.string() }),
  },
  'entries/undelete': { from: ['extension'], request: z.object({ undoId: z.string() }), response: z.object({ restored: z.number() }) },
  /** Move entries to another site (their origins become that one origin), one write; undoId undoes it. */
  'entries/move': {
    from: ['extension'],
    request: z.object({ ids: z.array(z.string()).check(z.minLength(1), z.maxLength(100_000)), site: z.string().check(z.maxLength(2048)) }),
    response: z.object({ moved: z.number(), origin: z.nullable(z.string()), undoId: z.nullable(z.string()) }),
  },
  'entries/unmove': { from: ['extension'], request: z.object({ undoId: z.string() }), response: z.object({ restored: z.number() }) },
  /** Mark entries as reviewed (their problems are the user's choice) or not. */
  'entries/review': {
    from: ['extension'],
    request: z.object({ ids: z.array(z.string()).check(z.maxLength(100_000)), reviewed: z.boolean() }),
    response: z.object({ changed: z.number() }),
  },
  /**
   * Keep. A content script reports a submitted credential form; tab, frame, URL and
   * origin are taken from the sender. The reply says only whether it was kept.
   */
  'keep/submit': { from: ['content'], request: Submission, response: Kept },
  /** A content script reports what happened after a submit (form gone, form shown again, load status). */
  'keep/observe': { from: ['content'], request: PageObservation, response: Kept },
  /**
   * Save/update offers for a tab (null: every tab), for the popup and the in-page prompt (our
   * framed page only sees its own tab's). No passwords in the answer.
   */
  'keep/offers': {
    from: ['extension', 'embedded'],
    request: z.object({ tabId: z.nullable(z.number()) }),
    response: z.object({ offers: z.array(OfferView), locked: z.boolean() }),
  },
  /** Save, update (or pick a candidate), revert. Locked: answers `locked` and unlocking completes it. */
  'keep/accept': { from: ['extension', 'embedded'], request: z.object({ offerId: z.string(), choice: Choice }), response: EntrySummary },
  /** "Not now" (kept for the popup) or, with `forget`, removed. */
  'keep/dismiss': {
    from: ['extension', 'embedded'],
    request: z.object({ offerId: z.string(), forget: z.boolean() }),
    response: z.object({ dismissed: z.boolean() }),
  },
  /** "Never for this site": adds the offer's site to settings.neverSave. */
  'keep/never': { from: ['extension', 'embedded'], request: z.object({ offerId: z.string() }), response: z.object({ site: z.string() }) },
  /**
   * Our in-page card asks for our own window to take a decision it may not take in the page (in a
   * browser that cannot tell us the card is seen, or after it said it was not): the review window
   * for the card's offer or trouble, or the guide window to fill a new password. Always for the
   * frame's own tab (from the sender); opening it decides nothing.
   */
  'review/open': {
    from: ['embedded'],
    request: z.object({ card: z.enum(['offer', 'trouble', 'guide']) }),
    response: z.object({ opened: z.boolean() }),
  },
  /**
   * The guide. The popup starts one for its tab's site (a change flow also opens the
   * change-password page); our pages read it for a tab (our framed page: its own tab only) and
   * collapse, dismiss or resume it. Page reports move it along in the background.
   */
  'guide/start': {
    // Embedded: the "Trouble signing in?" card starts the recover guide for its own tab only.
    from: ['extension', 'embedded'],
    // tabId null: the sender's own tab (our framed card); a framed page may name no other.
    request: z.object({ tabId: z.nullable(z.number()), flow: GuideFlow, entryId: z.nullable(z.string()) }),
    response: z.object({ guide: z.nullable(GuideView), opened: z.nullable(z.string()) }),
  },
  /**
   * The health report's "Change it with the guide": starts the change guide for the entry's site
   * and opens its change-password page in a new tab (the guide follows the site, not a tab).
   */
  'guide/open-change': {
    from: ['extension'],
    request: z.object({ origin: z.string(), entryId: z.nullable(z.string()) }),
    response: z.object({ guide: z.nullable(GuideView), opened: z.nullable(z.string()) }),
  },
  /** Our in-page card after a failed login: the site of its tab's fresh trouble (shown once), or null. */
  'guide/trouble': { from: ['embedded'], request: Empty, response: z.object({ host: z.nullable(z.string()) }) },
  'guide/state': { from: ['extension', 'embedded'], request: z.object({ tabId: z.nullable(z.number()) }), response: GuideReply },
  'guide/collapse': { from: ['extension', 'embedded'], request: z.object({ guideId: z.string(), collapsed: z.boolean() }), response: GuideReply },
  'guide/dismiss': { from: ['extension', 'embedded'], request: z.object({ guideId: z.string() }), response: GuideReply },
  /** The framed panel was dragged: where it goes on this site from now on (embedded: its own tab's guide only). */
  'guide/place': { from: ['embedded'], request: z.object({ guideId: z.string(), place: Place }), response: Empty },
  /** "Update it here": the options page, opened on the entry (or on the list) in a new tab. */
  'guide/open-entry': { from: ['extension', 'embedded'], request: z.object({ entryId: z.nullable(z.string().check(z.maxLength(200))) }), response: Empty },
  /** From the popup, which names its tab so the panel shows there again at once. */
  'guide/resume': { from: ['extension'], request: z.object({ guideId: z.string(), tabId: z.nullable(z.number()) }), response: GuideReply },
} as const satisfies Record<string, MessageSpec>;

export type Protocol = typeof protocol;
export type MessageType = keyof Protocol;
export type RequestOf<T extends MessageType> = z.infer<Protocol[T]['request']>;
export type ResponseOf<T extends MessageType> = z.infer<Protocol[T]['response']>;
/** The messages a content script may send: those whose `from` names it. */
export type ContentMessage = { [T in MessageType]: 'content' extends Protocol[T]['from'][number] ? T : never }[MessageType];

export const MessageEnvelope = z.object({ type: z.string(), payload: z.unknown() });
