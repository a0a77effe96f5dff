// Runs in: the in-page card (the Keep prompt page, framed by the content script) when the tab has
// no offer but a login the site just refused (guide/background/trouble.ts), and in the review
// window for that tab: "Trouble signing in?" and a button that starts the guide's reset
// walkthrough for the tab. Starting it is a decisive click: the Keep prompt's gate, and its
// review window where the page cannot be trusted to show the card (inpage/ui/decide/use-decision-gate.ts).
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../shared/platform/i18n';
import { send } from '../../shared/platform/messaging';
import { useDecisionGate, type Place } from '../../inpage/ui/decide/use-decision-gate';
import { markReady } from '../../shared/components/ready';
import { Invite } from '../../keep/ui/prompt/Invite';

interface TroubleProps {
  place: Place;
  /** The tab to start the guide for: null in the page (the frame's own tab, taken from the sender). */
  tabId: number | null;
  /** The site, when the caller knows it (the review window); else taken once from the background. */
  host?: string | null;
  onDone(): void;
}

export function Trouble({ place, tabId, host: known, onDone }: TroubleProps) {
  const [host, setHost] = useState<string | null | undefined>(known);
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState(false);
  const card = useRef<HTMLElement>(null);
  const gate = useDecisionGate(card, place, Boolean(host));

  useEffect(() => {
    // Taken once: the card shows for the failure just seen, not on every later page.
    if (known === undefined) void send('guide/trouble', {}).then((reply) => setHost(reply.ok ? reply.value.host : null));
  }, []);
  useEffect(() => {
    if (host === null) onDone();
    else if (host !== undefined) markReady();
  }, [host]);

  const start = async (event: Event) => {
    if (busy) return;
    setBusy(true);
    if (!(await gate.confirm(event))) {
      setBusy(false);
      if (place.kind === 'framed') setRefused(true);
      return;
    }
    // Framed in the page, the background starts the guide for the frame's own tab (tabId null);
    // from the review window, for the tab the window was opened for.
    await send('guide/start', { tabId: tabId ?? null, flow: 'recover', entryId: null });
    onDone();
  };
  const notNow = (event: Event) => {
    if (gate.allows(event)) onDone();
  };

  if (!host) return null;
  const notNowButton = <button type="button" class="secondary" data-testid="trouble-not-now" disabled={busy} onClick={notNow}>{t('promptNotNow')}</button>;
  return (
    <main ref={card} role="dialog" aria-label={t('troubleTitle')} data-testid="trouble">
      <h1>{t('troubleTitle')}</h1>
      <p class="muted">{t('troubleBody', host)}</p>
      {!gate.decides || refused ? (
        <Invite card="trouble" refused={refused} gate={gate} onOpened={onDone}>{notNowButton}</Invite>
      ) : (
        <div class="buttons">
          <button type="button" data-testid="trouble-start" disabled={busy} onClick={start}>{t('troubleStart')}</button>
          {notNowButton}
        </div>
      )}
    </main>
  );
}
