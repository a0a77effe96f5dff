// Runs in: background. Generated passwords are saved the moment they are filled into a page
// (the plan is keep/core/generated.ts): an existing entry becomes pending with its old
// password in history, or a new entry is created pending (unconfirmed). The submit that follows
// confirms it rather than offering a duplicate.
//
// Two ways in:
// - `fill/generated` (the popup, or a framed page of ours for its own tab): fillGenerated sends
//   the tab a fill command for the page's new-password fields and, once filled, keeps it here;
// - keepGenerated, for a background module that filled a generated password some other way (the
//   guide, through its frame's port) and must keep it just the same.
import { planGenerated } from '../core/generated';
import { recall } from '../core/identity';
import { isNeverSave } from '../core/never-save';
import { matcherFor } from '../../vault/core/match/matches';
import type { FillReason } from '../../shared/protocol/commands';
import { summarize, type EntrySummary } from '../../vault/core/summary';
import { sendGeneratedFill } from '../../shared/platform/commands';
import { guideEntryFor } from '../../guide/background/entry';
import { readSettings } from '../../settings/background/settings';
import { readTab } from '../../detect/background/tab-state';
import { changeEntries } from '../../vault/background/entry-writes';
import { readKeep } from './store';
import { entriesIfUnlocked } from './vault-access';

export interface GeneratedFillFacts {
  tabId: number;
  /** The page URL as the background knows it (the tab's hello, sender-derived), never a page's claim. */
  url: string;
  /** The account, when the page or the caller knows it; otherwise a forgot step or the guide may name it. */
  username: string | null;
  password: string;
}

/**
 * Saves a generated password filled into the tab's page: the entry written (pending), or null when
 * nothing was (vault locked, never-save site, the password already stored).
 */
export async function keepGenerated(fill: GeneratedFillFacts, now: number): Promise<EntrySummary | null> {
  if (!(await entriesIfUnlocked(now)) || isNeverSave((await readSettings()).neverSave, fill.url)) return null;
  const match = matcherFor(fill.url);
  // A reset page has no username on it: the forgot step typed earlier names the account.
  const username = fill.username ?? recall((await readKeep(now)).identities, 'forgot', fill.url, now)?.username ?? null;
  const pageClass = (await readTab(fill.tabId)).report?.pageClass ?? 'none';
  const origin = new URL(fill.url).origin;
  const [newId, guideEntry] = [crypto.randomUUID(), await guideEntryFor(fill.url, now)];
  // Planned in the write queue against the entries as they are then (a save of the same account
  // that arrived meanwhile is found, not duplicated).
  const kept = await changeEntries(now, (entries) => {
    const onSite = [...entries.values()].filter((entry) => match(entry.site).ok);
    const plan = planGenerated(onSite, { username, password: fill.password, origin, pageClass }, now, newId, guideEntry);
    return plan.kind === 'nothing' ? { result: null } : { put: [plan.entry], result: plan.entry };
  });
  return kept && summarize(kept);
}

export interface GeneratedFillResult {
  filled: boolean;
  reason: FillReason;
  saved: EntrySummary | null;
}

/** `fill/generated`: fills the page's new-password fields of the tab, then keeps the password. */
export async function fillGenerated(tabId: number, password: string, now: number): Promise<GeneratedFillResult> {
  // Locked: nothing could be kept, so nothing is filled (the user would lose the password).
  if (!(await entriesIfUnlocked(now))) return { filled: false, reason: 'locked', saved: null };
  const url = (await readTab(tabId)).hello?.url;
  if (!url) return { filled: false, reason: 'no-page', saved: null };
  const outcome = await sendGeneratedFill(tabId, { kind: 'fill-generated', username: '', password, pageUrl: url });
  if (!outcome.filled) return { filled: false, reason: outcome.reason, saved: null };
  const saved = await keepGenerated({ tabId, url, username: outcome.username, password }, now);
  return { filled: true, reason: outcome.reason, saved };
}
