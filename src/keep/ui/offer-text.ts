// Runs in: the in-page prompt and the popup. What an offer says and what its main button does,
// the same in both places.
import type { Choice } from '../core/accept';
import type { OfferView } from '../core/offer-view';
import { t } from '../../shared/platform/i18n';

export const siteOf = (offer: OfferView): string => {
  try {
    return new URL(offer.origin).hostname;
  } catch {
    return offer.origin;
  }
};

export function offerTitle(offer: OfferView): string {
  const site = siteOf(offer);
  switch (offer.kind) {
    case 'save': return t('promptSaveTitle', site);
    case 'update': return t('promptUpdateTitle', site);
    case 'revert': return t('promptRevertTitle', site);
    case 'locked': return t('promptLockedTitle', site);
  }
}

export const acceptLabel = (offer: OfferView): string =>
  offer.kind === 'update' ? t('promptUpdate') : offer.kind === 'revert' ? t('promptRevert') : t('promptSave');

/** The entry an update goes to before the user picks: the one with the typed username, else the first. */
export const defaultCandidate = (offer: OfferView): string =>
  (offer.candidates.find((c) => c.username === offer.username) ?? offer.candidates[0])?.id ?? '';

/** The choice the main button sends; null while the vault is locked (nothing is decided yet). */
export function choiceFor(offer: OfferView, username: string, entryId: string): Choice | null {
  switch (offer.kind) {
    case 'save': return { action: 'save', username };
    case 'update': return entryId ? { action: 'update', entryId } : null;
    case 'revert': return offer.candidates[0] ? { action: 'revert', entryId: offer.candidates[0].id } : null;
    case 'locked': return null;
  }
}
