// Runs anywhere. An offer as the prompt and the popup see it: the site, the username and the
// entries to pick from, never a password (the in-page prompt shows no password, and a list of
// offers should not carry secrets it does not need).
import * as z from 'zod/mini';
import type { Entry } from '../../vault/core/entry';
import { CaptureClass } from './capture';
import type { Decision } from './decision';
import type { StoredOffer } from './state';

export const OfferKind = z.enum([
  'save',
  'update', // one candidate: "Update password?"; several: a picker
  'revert',
  'locked', // decided once the vault is unlocked; accepting now answers `locked`
]);
export type OfferKind = z.infer<typeof OfferKind>;

export const OfferView = z.object({
  id: z.string(),
  tabId: z.number(),
  origin: z.string(),
  formClass: CaptureClass,
  kind: OfferKind,
  /** The username to show (editable for `save`); '' when none is known. */
  username: z.string(),
  /** No username is known: the entry would be saved without one (the health report flags it). */
  noUsername: z.boolean(),
  candidates: z.array(z.object({ id: z.string(), username: z.string() })),
  /** The update stays pending until a login with the new password confirms it. */
  pending: z.boolean(),
  dismissed: z.boolean(),
  /** Accepted while locked: unlocking completes it. */
  accepted: z.boolean(),
  at: z.number(),
});
export type OfferView = z.infer<typeof OfferView>;

/** The view of an offer; `decision` null while the vault is locked. Null when there is nothing to offer. */
export function viewOf(offer: StoredOffer, decision: Decision | null, entries: ReadonlyMap<string, Entry>): OfferView | null {
  const { capture } = offer;
  const base = {
    id: offer.id,
    tabId: capture.tabId,
    origin: capture.origin,
    formClass: capture.formClass,
    username: capture.username ?? '',
    noUsername: capture.username === null,
    candidates: [] as { id: string; username: string }[],
    pending: false,
    dismissed: offer.dismissed,
    accepted: offer.accepted !== null,
    at: offer.at,
  };
  const candidate = (id: string) => ({ id, username: entries.get(id)?.username ?? '' });
  if (decision === null) return { ...base, kind: 'locked' };
  switch (decision.kind) {
    case 'nothing':
    case 'confirm':
      return null;
    case 'save':
      return { ...base, kind: 'save', username: decision.username, noUsername: decision.noUsername };
    case 'update': {
      const candidates = decision.candidates.map(candidate);
      const only = candidates.length === 1 ? candidates[0] : undefined;
      const username = capture.username ?? only?.username ?? '';
      return { ...base, kind: 'update', candidates, pending: decision.pending, username, noUsername: username === '' };
    }
    case 'revert': {
      const entry = candidate(decision.entryId);
      return { ...base, kind: 'revert', candidates: [entry], username: entry.username, noUsername: entry.username === '' };
    }
  }
}
