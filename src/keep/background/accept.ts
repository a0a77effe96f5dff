// Runs in: background. The user's answers to an offer: accept (save, update or pick, revert),
// dismiss ("Not now" keeps it for the popup; forget removes it), never for this site. A choice is
// checked against the decision made now (keep/core/accept.ts). Accepting while the vault is
// locked answers `locked` and remembers the choice: unlocking completes it (completeAccepted).
import { applyChoice, type Choice } from '../core/accept';
import { submittedPassword } from '../core/capture';
import { addNeverSave, isNeverSave, neverSaveKey } from '../core/never-save';
import { sameSite } from '../core/same-site';
import type { KeepState, StoredOffer } from '../core/state';
import { ReplyFailure } from '../../shared/protocol/reply';
import type { Sender } from '../../shared/protocol/sender';
import type { Entry } from '../../vault/core/entry';
import { summarize, type EntrySummary } from '../../vault/core/summary';
import { log } from '../../shared/platform/log';
import { readSettings, updateSettings } from '../../settings/background/settings';
import { readTab } from '../../detect/background/tab-state';
import { guideEntryFor } from '../../guide/background/entry';
import { changeEntries } from '../../vault/background/entry-writes';
import { decideWith } from './decide';
import { openForKeep } from './secrets';
import { readKeep, updateKeep } from './store';
import { entriesIfUnlocked } from './vault-access';

/**
 * The offer, if this sender may act on it: our framed prompt only on offers it could list (its
 * own tab, the site that tab shows now).
 */
async function findOffer(state: KeepState, offerId: string, sender: Sender): Promise<StoredOffer> {
  const offer = state.offers.find((o) => o.id === offerId);
  const framedElsewhere = async (o: StoredOffer) => {
    if (sender.kind !== 'embedded') return false;
    const pageUrl = sender.tabId === undefined ? null : (await readTab(sender.tabId)).hello?.url;
    return o.capture.tabId !== sender.tabId || !pageUrl || !sameSite(o.capture.url, pageUrl);
  };
  if (!offer || (await framedElsewhere(offer))) throw new ReplyFailure('bad-request', 'no such offer');
  return offer;
}

function setOffer(id: string, change: (offer: StoredOffer) => StoredOffer | null, now: number): Promise<void> {
  return updateKeep(now, (state) => ({
    state: { ...state, offers: state.offers.flatMap((o) => (o.id === id ? [change(o)].filter((x) => x !== null) : [o])) },
    result: undefined,
  }));
}

async function apply(offer: StoredOffer, choice: Choice, state: KeepState, now: number): Promise<EntrySummary> {
  const rememberUntilUnlocked = async (): Promise<never> => {
    await setOffer(offer.id, (o) => ({ ...o, accepted: choice }), now);
    throw new ReplyFailure('locked', 'the vault is locked: unlock to finish saving');
  };
  // Sealed to the vault's capture key (secrets.ts): it opens only while the vault is unlocked.
  const capture = await openForKeep(offer.capture, now);
  if (!capture) {
    if (!(await entriesIfUnlocked(now))) return rememberUntilUnlocked();
    throw new ReplyFailure('bad-request', 'the captured password can no longer be read');
  }
  const [guideEntry, { matchDefault }] = await Promise.all([guideEntryFor(capture.url, now), readSettings()]);
  const context = { now, newId: crypto.randomUUID(), origin: capture.origin, password: submittedPassword(capture), match: matchDefault };
  let saved: Entry;
  try {
    // Decided again in the write queue, against the entries as they are then: the entry chosen
    // may have been edited, merged or deleted since the offer was shown.
    saved = await changeEntries(now, (entries) => {
      const decision = decideWith(capture, entries, state, now, guideEntry);
      const applied = applyChoice(decision, choice, { ...context, entries });
      if (!applied.ok) throw new ReplyFailure('bad-request', applied.reason);
      // The unnamed entry a generated password created for this change (keep/core/generated.ts).
      const drop = decision.kind === 'update' && choice.action === 'update' ? (decision.drop ?? []) : [];
      return { put: [applied.entry], remove: drop, result: applied.entry };
    });
  } catch (error) {
    if (!(error instanceof ReplyFailure && error.code === 'locked')) throw error;
    return rememberUntilUnlocked();
  }
  await setOffer(offer.id, () => null, now);
  return summarize(saved);
}

export async function acceptOffer(offerId: string, choice: Choice, sender: Sender, now: number): Promise<EntrySummary> {
  const state = await readKeep(now);
  return apply(await findOffer(state, offerId, sender), choice, state, now);
}

/** After an unlock: carry out the choices made while locked. A choice that no longer fits is cleared, the offer kept. */
export async function completeAccepted(now: number): Promise<number> {
  const state = await readKeep(now);
  let done = 0;
  for (const offer of state.offers) {
    if (!offer.accepted) continue;
    try {
      await apply(offer, offer.accepted, state, now);
      done++;
    } catch (error) {
      log.warn(`accepted offer not completed: ${error instanceof Error ? error.message : String(error)}`);
      await setOffer(offer.id, (o) => ({ ...o, accepted: null }), now);
    }
  }
  return done;
}

export async function dismissOffer(offerId: string, forget: boolean, sender: Sender, now: number): Promise<{ dismissed: boolean }> {
  const offer = await findOffer(await readKeep(now), offerId, sender);
  await setOffer(offer.id, (o) => (forget ? null : { ...o, dismissed: true }), now);
  return { dismissed: true };
}

/** "Never for this site": the site joins the never-save list; its offers and waiting captures go. */
export async function neverForSite(offerId: string, sender: Sender, now: number): Promise<{ site: string }> {
  const offer = await findOffer(await readKeep(now), offerId, sender);
  const site = neverSaveKey(offer.capture.url);
  if (site === null) throw new ReplyFailure('bad-request', 'not a web page');
  // Added to the list as stored when the write's turn comes; refused (`unreadable`) rather than
  // written over settings that cannot be read.
  await updateSettings((current) => ({ settings: { ...current, neverSave: addNeverSave(current.neverSave, offer.capture.url) }, result: undefined }));
  const listed = [site];
  await updateKeep(now, (state) => ({
    state: {
      ...state,
      offers: state.offers.filter((o) => !isNeverSave(listed, o.capture.url)),
      captures: state.captures.filter((p) => !isNeverSave(listed, p.capture.url)),
    },
    result: undefined,
  }));
  return { site };
}
