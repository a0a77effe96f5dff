// Runs in: background. The decision for one offer against the vault as it is now: entries are
// matched to the capture's page with core/match (site groups, match modes), identities link a
// reset page to its forgot step.
import type { Decision } from '../../core/keep/decision';
import type { KeepState, StoredOffer } from '../../core/keep/state';
import { decideOffer } from '../../core/keep/offer';
import { matcherFor } from '../../core/match/matches';
import type { Entry } from '../../core/vault/entry';

export function decideFor(offer: StoredOffer, entries: ReadonlyMap<string, Entry>, state: KeepState, now: number): Decision {
  const match = matcherFor(offer.capture.url);
  const onSite = [...entries.values()].filter((entry) => match(entry.site).ok);
  return decideOffer(offer.capture, onSite, state.identities, now);
}
