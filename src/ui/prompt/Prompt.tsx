// Runs in: the in-page prompt. One offer for this tab's site (the background only lists those to
// a framed page): save with an editable username, update (with a picker when several entries
// could be meant), or revert; "Not now" and "Never for this site". Shows the site and username,
// never a password. Acts only on trusted clicks, and only after the host confirms that the page
// has not hidden or covered the prompt (parent-link.ts, content/prompt/cover-check.ts).
import { useEffect, useState } from 'preact/hooks';
import type { OfferView } from '../../core/keep/offer-view';
import { t } from '../../platform/i18n';
import { send } from '../../platform/messaging';
import { acceptLabel, choiceFor, defaultCandidate, offerTitle } from '../keep/offer-text';
import { markReady } from '../ready';
import type { ParentLink } from './parent-link';

// While locked, look again now and then: unlocking in the popup turns the offer into a decision.
const LOCKED_POLL_MS = 2000;
const MIN_LOOK_MS = 400;

/** `onNone`: the tab has no offer to show (default: close); the guide's trouble card may follow. */
export function Prompt({ link, onNone = () => link.close() }: { link: ParentLink; onNone?: () => void }) {
  const [offer, setOffer] = useState<OfferView | null | undefined>(undefined);
  const [username, setUsername] = useState('');
  const [entryId, setEntryId] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [armed, setArmed] = useState(false);

  async function load() {
    const reply = await send('keep/offers', { tabId: null });
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
  const shown = Boolean(offer);
  useEffect(() => {
    if (!shown) return;
    const timer = setTimeout(() => setArmed(true), MIN_LOOK_MS);
    return () => clearTimeout(timer);
  }, [shown]);
  useEffect(() => {
    const observer = new ResizeObserver(() => link.size(document.documentElement.scrollHeight));
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);

  /** Runs `answer` for a trusted click the host vouches for; closes when it is done. */
  const on = (answer: (o: OfferView) => Promise<boolean>) => async (event: Event) => {
    // A click that lands as the card appears was aimed at the page (a page can time its own
    // prompt-raising submit under the user's pointer): only a click after a look counts.
    if (!event.isTrusted || busy || !offer || !armed) return;
    setBusy(true);
    // A refused check closes the frame from the host's side: nothing more to do here.
    if (!(await link.check())) return;
    const done = await answer(offer);
    setBusy(false);
    if (done) link.close();
  };

  const accept = on(async (o) => {
    const choice = choiceFor(o, username.trim(), entryId);
    if (!choice) return false;
    const reply = await send('keep/accept', { offerId: o.id, choice });
    if (reply.ok) return true;
    setNote(reply.error.code === 'locked' ? t('promptLockedAfterAccept') : t('promptFailed', reply.error.message));
    return false;
  });
  const notNow = on(async (o) => (await send('keep/dismiss', { offerId: o.id, forget: false })).ok);
  const never = on(async (o) => {
    const reply = await send('keep/never', { offerId: o.id });
    // Refused when the stored settings cannot be read (they are never written over): say so.
    if (!reply.ok) setNote(t('promptFailed', reply.error.message));
    return reply.ok;
  });

  if (!offer) return null;
  return (
    <main role="dialog" aria-label={t('promptLabel')} data-testid="prompt" data-kind={offer.kind} data-armed={armed ? 'true' : undefined}>
      <h1>{offerTitle(offer)}</h1>
      {offer.kind === 'save' && (
        <label class="field">{t('promptUsername')}
          <input data-testid="prompt-username" value={username} onInput={(e) => setUsername(e.currentTarget.value)} />
        </label>
      )}
      {offer.kind === 'update' && offer.candidates.length > 1 && (
        <label class="field">{t('promptPickEntry')}
          <select data-testid="prompt-pick" value={entryId} onChange={(e) => setEntryId(e.currentTarget.value)}>
            {offer.candidates.map((c) => <option key={c.id} value={c.id}>{c.username || t('promptNoUsername')}</option>)}
          </select>
        </label>
      )}
      {(offer.kind === 'update' && offer.candidates.length <= 1) || offer.kind === 'revert' || offer.kind === 'locked' ? (
        <p class="user" data-testid="prompt-user">{offer.username || t('promptNoUsername')}</p>
      ) : null}
      {offer.kind === 'locked' && <p class="muted">{t('promptLockedBody')}</p>}
      {offer.pending && <p class="muted">{t('promptPendingNote')}</p>}
      {note && <p class="error" role="alert" data-testid="prompt-note">{note}</p>}
      <div class="buttons">
        {offer.kind !== 'locked' && <button type="button" data-testid="prompt-accept" disabled={busy} onClick={accept}>{acceptLabel(offer)}</button>}
        <button type="button" class="secondary" data-testid="prompt-not-now" disabled={busy} onClick={notNow}>{t('promptNotNow')}</button>
        <button type="button" class="secondary" data-testid="prompt-never" disabled={busy} onClick={never}>{t('promptNever')}</button>
      </div>
    </main>
  );
}
