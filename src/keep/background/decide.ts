// Runs in: background. The decision for one offer against the vault as it is now: entries are
// matched to the capture's page with core/match (site groups, match modes), identities link a
// reset page to its forgot step, and a guided reset to the entry the guide was started for.
import type { Capture } from '../core/capture';
import type { Decision } from '../core/decision';
import type { KeepState } from '../core/state';
import { preferGuideEntry } from '../../guide/core/prefer-entry';
import { decideOffer } from '../core/offer';
import { matcherFor } from '../../vault/core/match/matches';
import type { Entry } from '../../vault/core/entry';
import { guideEntryFor } from '../../guide/background/entry';

/** `capture`: an offer's capture opened (secrets.ts), so while the vault is unlocked. */
export async function decideFor(capture: Capture, entries: ReadonlyMap<string, Entry>, state: KeepState, now: number): Promise<Decision> {
  return decideWith(capture, entries, state, now, await guideEntryFor(capture.url, now));
}

/**
 * The same decision with the guide's entry already read (guide/entry.ts): synchronous, so the
 * vault's write queue can decide again from the entries as they are when a write's turn comes.
 */
export function decideWith(capture: Capture, entries: ReadonlyMap<string, Entry>, state: KeepState, now: number, guideEntry: string | null): Decision {
  const match = matcherFor(capture.url);
  const onSite = [...entries.values()].filter((entry) => match(entry.site).ok);
  // A guided reset or change updates the entry the guide was started for.
  return preferGuideEntry(decideOffer(capture, onSite, state.identities, now), guideEntry);
}
