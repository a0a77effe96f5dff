// Runs in: the in-page prompt, and the review window (ui/review). One offer for a tab's site (the
// background lists a framed page only its own tab's): save with an editable username, update
// (with a picker when several entries could be meant), or revert; "Not now" and "Never for this
// site". Shows the site and username, never a password. Decisive clicks go through the decision
// gate (inpage/ui/decide/use-decision-gate.ts): in the page only where the browser vouches that the
// prompt is seen; elsewhere the card offers our review window instead.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { OfferView } from '../../core/offer-view';
import { t } from '../../../shared/platform/i18n';
import { send } from '../../../shared/platform/messaging';
import { useDecisionGate, type Place } from '../../../inpage/ui/decide/use-decision-gate';
import { acceptLabel, choiceFor, defaultCandidate, offerTitle } from '../offer-text';
import { markReady } from '../../../shared/components/ready';
import { Invite } from './Invite';

// While locked, look again now and then: unlocking in the popup turns the offer into a decision.
const LOCKED_POLL_MS = 2000;

interface PromptProps {
  /** The tab whose offer to show; null: the frame's own tab (the background decides which). */
  tabId: number | null;
  place: Place;
  /** The tab has no offer to show; the guide's trouble card may follow. */
  onNone(): void;
  /** Answered (or handed to the review window): close the frame or the window. */
  onDone(): void;
}

export function Prompt({ tabId, place, onNone, onDone }: PromptProps) {
  const [offer, setOffer] = useState<OfferView | null | undefined>(undefined);
  const [username, setUsername] = useState('');
  const [entryId, setEntryId] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState(false);
  const card = useRef<HTMLElement>(null);
  const gate = useDecisionGate(card, place, Boolean(offer));

  async function load() {
    const reply = await send('keep/offers', { tabId });
    const next = reply.ok ? (reply.value.offers.find((o) => !o.dismissed && !o.accepted) ?? null) : null;
    setOffer((before) => {
      if (next && (before?.id !== next.id || before.kind !== next.kind)) {
        setUsername(next.username);
        setEntryId(defaultCandidate(next));
      }
      return next;
    });
  }

  useEffect(() => void load(), []);
  useEffect(() => {
    if (offer?.kind !== 'locked') return;
    const timer = setInterval(() => void load(), LOCKED_POLL_MS);
    return () => clearInterval(timer);
  }, [offer?.kind]);
  useEffect(() => {
    if (offer === null) onNone();
    else if (offer) markReady();
  }, [offer]);

  /** Runs `answer` for a click the gate counts; a refused one says so and offers the review window. */
  const decide = (answer: (o: OfferView) => Promise<boolean>) => async (event: Event) => {
    if (busy || !offer) return;
    setBusy(true);
    const counts = await gate.confirm(event);
    if (!counts) {
      setBusy(false);
      if (place.kind === 'framed') setRefused(true);
      return;
    }
    const done = await answer(offer);
    setBusy(false);
    if (done) onDone();
  };
  const accept = decide(async (o) => {
    const choice = choiceFor(o, username.trim(), entryId);
    if (!choice) return false;
    const reply = await send('keep/accept', { offerId: o.id, choice });
    if (reply.ok) return true;
    setNote(reply.error.code === 'locked' ? t('promptLockedAfterAccept') : t('promptFailed', reply.error.message));
    return false;
  });
  const never = decide(async (o) => {
    const reply = await send('keep/never', { offerId: o.id });
    // Refused when the stored settings cannot be read (they are never written over): say so.
    if (!reply.ok) setNote(t('promptFailed', reply.error.message));
    return reply.ok;
  });
  // Not deciding: the offer stays in the popup, where the user can still save it.
  const notNow = async (event: Event) => {
    if (busy || !offer || !gate.allows(event)) return;
    setBusy(true);
    if ((await send('keep/dismiss', { offerId: offer.id, forget: false })).ok) onDone();
    setBusy(false);
  };

  if (!offer) return null;
  const inPage = !gate.decides || refused;
  return (
    <main ref={card} role="dialog" aria-label={t('promptLabel')} data-testid="prompt" data-kind={offer.kind}>
      <h1>{offerTitle(offer)}</h1>
      {offer.kind === 'save' && !inPage ? (
        <label class="field">{t('promptUsername')}
          <input data-testid="prompt-username" value={username} onInput={(e) => setUsername(e.currentTarget.value)} />
        </label>
      ) : offer.kind === 'update' && offer.candidates.length > 1 && !inPage ? (
        <label class="field">{t('promptPickEntry')}
          <select data-testid="prompt-pick" value={entryId} onChange={(e) => setEntryId(e.currentTarget.value)}>
            {offer.candidates.map((c) => <option key={c.id} value={c.id}>{c.username || t('promptNoUsername')}</option>)}
          </select>
        </label>
      ) : (
        <p class="user" data-testid="prompt-user">{offer.username || t('promptNoUsername')}</p>
      )}
      {offer.kind === 'locked' && <p class="muted">{t('promptLockedBody')}</p>}
      {offer.pending && <p class="muted">{t('promptPendingNote')}</p>}
      {note && <p class="error" role="alert" data-testid="prompt-note">{note}</p>}
      {inPage ? (
        <Invite card="offer" refused={refused} gate={gate} onOpened={onDone}>
          <button type="button" class="secondary" data-testid="prompt-not-now" disabled={busy} onClick={notNow}>{t('promptNotNow')}</button>
        </Invite>
      ) : (
        <div class="buttons">
          {offer.kind !== 'locked' && <button type="button" data-testid="prompt-accept" disabled={busy} onClick={accept}>{acceptLabel(offer)}</button>}
          <button type="button" class="secondary" data-testid="prompt-not-now" disabled={busy} onClick={notNow}>{t('promptNotNow')}</button>
          <button type="button" class="secondary" data-testid="prompt-never" disabled={busy} onClick={never}>{t('promptNever')}</button>
        </div>
      )}
    </main>
  );
}
