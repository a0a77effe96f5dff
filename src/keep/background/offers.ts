// Runs in: background. `keep/offers`: the offers for a tab (the in-page prompt, the popup), each
// decided against the vault now. Offers that turn out to need nothing are dropped; a login that
// proved a pending entry's new password confirms it here, without a prompt.
import type { OfferView } from '../core/offer-view';
import { viewOf } from '../core/offer-view';
import { sameSite } from '../core/same-site';
import type { KeepState, StoredOffer } from '../core/state';
import { confirmPending } from '../../vault/core/password-change';
import type { Capture } from '../core/capture';
import { guideEntryFor } from '../../guide/background/entry';
import { changeEntries } from '../../vault/background/entry-writes';
import { decideWith } from './decide';
import { openForKeep } from './secrets';
import { settle } from './observe';
import { updateKeep } from './store';
import { entriesIfUnlocked } from './vault-access';

export interface OfferList {
  offers: OfferView[];
  locked: boolean;
  /** Submits in the tab (every tab when null) still waiting for their outcome. */
  judging: number;
}

const dropOffers = (ids: ReadonlySet<string>, now: number) =>
  updateKeep(now, (state) => ({ state: { ...state, offers: state.offers.filter((o) => !ids.has(o.id)) }, result: undefined }));

/**
 * Offers in `tabId` (all tabs when null), newest first. With `onPage`, only offers from that
 * page's site: the in-page prompt never asks about one site on another site's page.
 */
export async function listOffers(tabId: number | null, now: number, onPage: string | null = null): Promise<OfferList> {
  // Settling here too: a navigation with no report counts as success only after a grace period.
  const state = await updateKeep(now, (before) => {
    const after = settle(before, now);
    return { state: after, result: after };
  });
  const entries = await entriesIfUnlocked(now);
  const inTab = (capture: { tabId: number }) => tabId === null || capture.tabId === tabId;
  const mine = state.offers.filter((o) => inTab(o.capture) && (onPage === null || sameSite(o.capture.url, onPage)));
  const judging = state.captures.filter((p) => inTab(p.capture)).length;
  const done = new Set<string>();
  const views: OfferView[] = [];
  for (const offer of mine) {
    const capture = entries && (await openForKeep(offer.capture, now));
    const guideEntry = capture ? await guideEntryFor(capture.url, now) : null;
    // Unlocked, a capture whose passwords do not open (sealed to a capture key since replaced)
    // can never be offered: nothing.
    const decision = !entries ? null : capture ? decideWith(capture, entries, state, now, guideEntry) : ({ kind: 'nothing', reason: 'the capture does not open' } as const);
    if (capture && decision?.kind === 'confirm') await confirm(capture, state, now, guideEntry);
    const view = viewOf(offer, decision, entries ?? new Map());
    if (view) views.push(view);
    else done.add(offer.id);
  }
  if (done.size > 0) await dropOffers(done, now);
  return { offers: views.sort((a, b) => b.at - a.at), locked: entries === null, judging };
}

/** A login proved a pending entry's new password: confirmed if it still does, in the write queue. */
function confirm(capture: Capture, state: KeepState, now: number, guideEntry: string | null): Promise<void> {
  return changeEntries(now, (entries) => {
    const decision = decideWith(capture, entries, state, now, guideEntry);
    const entry = decision.kind === 'confirm' ? entries.get(decision.entryId) : undefined;
    if (decision.kind !== 'confirm' || !entry) return { result: undefined };
    // A generated password's entry saved without a username takes the one this login used.
    const named = decision.username !== undefined && entry.username === '' ? { ...entry, username: decision.username } : entry;
    return { put: [confirmPending(named, now)], result: undefined };
  });
}

/** Decides every offer now (after new evidence), so confirmations do not wait for a popup. */
export async function resolveOffers(now: number): Promise<void> {
  await listOffers(null, now);
}

export type { StoredOffer };
