// Runs anywhere. What the background keeps for Keep in storage.session (memory only, gone when
// the browser restarts, never readable by content scripts): captures waiting for their outcome,
// offers waiting for the user, and remembered identities. One value, so a submit, its evidence
// and its offer move between lists in one write. Time limits are applied on every write (prune).
// Captured passwords are sealed (sealed-capture.ts): none is readable here while the vault is locked.
import * as z from 'zod/mini';
import { Choice } from './accept';
import { SealedCapture } from './sealed-capture';
import { Identity, isLive } from './identity';
import { Observation } from './observation';

export const PendingCapture = z.object({
  capture: SealedCapture,
  observations: z.array(Observation),
});
export type PendingCapture = z.infer<typeof PendingCapture>;

export const StoredOffer = z.object({
  id: z.string(),
  capture: SealedCapture,
  /** When the submit was judged a success. */
  at: z.number(),
  /** "Not now" in the page: kept for the popup, not shown in the page again. */
  dismissed: z.boolean(),
  /** Accepted while the vault was locked: unlocking completes it. */
  accepted: z.nullable(Choice),
});
export type StoredOffer = z.infer<typeof StoredOffer>;

export const KeepState = z.object({
  captures: z.array(PendingCapture),
  offers: z.array(StoredOffer),
  identities: z.array(Identity),
});
export type KeepState = z.infer<typeof KeepState>;

export const EMPTY_KEEP: KeepState = { captures: [], offers: [], identities: [] };

/** A submit whose outcome is still unknown after this is dropped (no prompt on a guess). */
export const CAPTURE_TTL_MS = 10 * 60 * 1000;
/** An offer the user ignored stays in the popup this long (Chrome's key icon). */
export const OFFER_TTL_MS = 60 * 60 * 1000;
// Bounds against a page that submits in a loop: storage.session is small (10 MB in Chrome).
export const MAX_CAPTURES_PER_TAB = 5;
export const MAX_OBSERVATIONS = 20;
export const MAX_OFFERS = 50;
export const MAX_IDENTITIES = 100;

const fresh = (at: number, ttl: number, now: number) => at <= now && now - at < ttl;

export function prune(state: KeepState, now: number): KeepState {
  const captures = state.captures.filter((p) => fresh(p.capture.at, CAPTURE_TTL_MS, now));
  const perTab = new Map<number, number>();
  const newestFirst = [...captures].sort((a, b) => b.capture.at - a.capture.at).filter((p) => {
    const seen = perTab.get(p.capture.tabId) ?? 0;
    perTab.set(p.capture.tabId, seen + 1);
    return seen < MAX_CAPTURES_PER_TAB;
  });
  return {
    captures: newestFirst.reverse().map((p) => ({ ...p, observations: p.observations.slice(-MAX_OBSERVATIONS) })),
    offers: state.offers.filter((o) => fresh(o.at, OFFER_TTL_MS, now)).slice(-MAX_OFFERS),
    identities: state.identities.filter((i) => isLive(i, now)).slice(-MAX_IDENTITIES),
  };
}
