// Runs in: our in-page cards (prompt, trouble, guide) where a click there may not decide: in a
// browser that cannot tell us the card is seen (Firefox), or after the browser said it was not
// (Chromium: covered, faded, moved, just shown). Says so, and opens our own window for the
// decision (`review/open`: the background opens it for this frame's own tab), a surface no page
// can draw on. Opening a window decides nothing, so this button needs no more than a user's look.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../../../shared/platform/i18n';
import { send } from '../../../shared/platform/messaging';
import type { DecisionGate } from '../../../inpage/ui/decide/use-decision-gate';

interface InviteProps {
  card: 'offer' | 'trouble' | 'guide';
  /** The browser said the card was not seen when the user clicked (rather than: it cannot say). */
  refused: boolean;
  gate: DecisionGate;
  onOpened(): void;
  /** The card's other button that decides nothing ("Not now"). */
  children?: ComponentChildren;
}

export function Invite({ card, refused, gate, onOpened, children }: InviteProps) {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const open = async (event: Event) => {
    if (busy || !gate.allows(event)) return;
    setBusy(true);
    const reply = await send('review/open', { card });
    setBusy(false);
    setFailed(!(reply.ok && reply.value.opened));
    if (reply.ok && reply.value.opened) onOpened();
  };
  return (
    <>
      <p class="muted" data-testid={refused ? 'decision-refused' : 'decision-elsewhere'}>{t(refused ? 'decideRefused' : 'decideInWindow')}</p>
      {failed && <p class="error" role="alert">{t('decideWindowFailed')}</p>}
      <div class="buttons">
        <button type="button" data-testid="decide-review" disabled={busy} onClick={open}>{t(card === 'guide' ? 'decideGuideWindow' : 'decideReview')}</button>
        {children}
      </div>
    </>
  );
}
