// Runs in: the action popup. Save/update offers from this tab that the in-page prompt did not
// settle (ignored, "Not now", or closed because the page covered it): answered here instead, as
// Chrome keeps an ignored save behind its key icon. No password is shown or sent.
import { useEffect, useState } from 'preact/hooks';
import type { OfferView } from '../core/offer-view';
import { t } from '../../shared/platform/i18n';
import { send } from '../../shared/platform/messaging';
import { acceptLabel, choiceFor, defaultCandidate, offerTitle } from './offer-text';

interface TabOffersProps { tabId: number | null; onSaved(): void }

function OfferRow({ offer, onDone }: { offer: OfferView; onDone(error: string | null): void }) {
  const [entryId, setEntryId] = useState(defaultCandidate(offer));
  const choice = choiceFor(offer, offer.username, entryId);
  const accept = async () => {
    if (!choice) return;
    const reply = await send('keep/accept', { offerId: offer.id, choice });
    onDone(reply.ok ? null : t('promptFailed', reply.error.message));
  };
  const forget = async () => onDone((await send('keep/dismiss', { offerId: offer.id, forget: true })).ok ? null : t('errorGeneric', ''));
  return (
    <li class="entry-row" data-testid="offer" data-kind={offer.kind}>
      <span class="entry-host">{offerTitle(offer)}</span>
      {offer.kind === 'update' && offer.candidates.length > 1 ? (
        <select aria-label={t('promptPickEntry')} value={entryId} onChange={(e) => setEntryId(e.currentTarget.value)}>
          {offer.candidates.map((c) => <option key={c.id} value={c.id}>{c.username || t('promptNoUsername')}</option>)}
        </select>
      ) : (
        <span class="entry-user">{offer.username || t('promptNoUsername')}</span>
      )}
      {offer.kind === 'locked' && <span class="muted">{t('promptLockedBody')}</span>}
      <span class="entry-buttons">
        {choice && <button type="button" data-testid="offer-accept" onClick={() => void accept()}>{acceptLabel(offer)}</button>}
        <button type="button" class="secondary" data-testid="offer-forget" onClick={() => void forget()}>{t('popupOfferDismiss')}</button>
      </span>
    </li>
  );
}

export function TabOffers({ tabId, onSaved }: TabOffersProps) {
  const [offers, setOffers] = useState<OfferView[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (tabId === null) return;
    void send('keep/offers', { tabId }).then((reply) => setOffers(reply.ok ? reply.value.offers : []));
  }, [tabId, version]);
  if (offers.length === 0 && !error) return null;
  const done = (message: string | null) => {
    setError(message);
    setVersion(version + 1);
    if (!message) onSaved();
  };
  return (
    <section data-testid="tab-offers">
      <h2>{t('popupOffersHeading')}</h2>
      {error && <p class="error" role="alert">{error}</p>}
      <ul class="plain">{offers.map((offer) => <OfferRow key={offer.id} offer={offer} onDone={done} />)}</ul>
    </section>
  );
}
