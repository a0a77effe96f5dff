// Runs in: the in-page card (the Keep prompt page, framed by the content script) when the tab has
// no offer but a login the site just refused (background/guide/trouble.ts): "Trouble signing in?"
// and a button that starts the guide's reset walkthrough for this tab. The Keep prompt's rules:
// only trusted clicks, only after a look, and only when the host vouches that nothing hides or
// covers the card (parent-link.ts, content/prompt/cover-check.ts).
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../platform/i18n';
import { send } from '../../platform/messaging';
import { markReady } from '../ready';
import type { ParentLink } from './parent-link';

/** As Prompt.tsx: a click that lands as the card appears was aimed at the page. */
const MIN_LOOK_MS = 400;

export function Trouble({ link }: { link: ParentLink }) {
  const [host, setHost] = useState<string | null | undefined>(undefined);
  const [armed, setArmed] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    // Taken once: the card shows for the failure just seen, not on every later page.
    void send('guide/trouble', {}).then((reply) => setHost(reply.ok ? reply.value.host : null));
    const observer = new ResizeObserver(() => link.size(document.documentElement.scrollHeight));
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);
  useEffect(() => {
    if (host === null) return link.close();
    if (host === undefined) return;
    markReady();
    const timer = setTimeout(() => setArmed(true), MIN_LOOK_MS);
    return () => clearTimeout(timer);
  }, [host]);

  const on = (act: () => Promise<unknown>) => async (event: Event) => {
    if (!event.isTrusted || busy || !armed) return;
    setBusy(true);
    // A refused check closes the frame from the host's side.
    if (!(await link.check())) return;
    await act();
    link.close();
  };
  // The background starts the recover guide for this card's own tab (the tab id is ignored).
  const start = on(() => send('guide/start', { tabId: null, flow: 'recover', entryId: null }));
  const notNow = on(async () => undefined);

  if (!host) return null;
  return (
    <main role="dialog" aria-label={t('troubleTitle')} data-testid="trouble" data-armed={armed ? 'true' : undefined}>
      <h1>{t('troubleTitle')}</h1>
      <p class="muted">{t('troubleBody', host)}</p>
      <div class="buttons">
        <button type="button" data-testid="trouble-start" disabled={busy} onClick={start}>{t('troubleStart')}</button>
        <button type="button" class="secondary" data-testid="trouble-not-now" disabled={busy} onClick={notNow}>{t('promptNotNow')}</button>
      </div>
    </main>
  );
}
