// Runs in: the review window (index.html?tab=ID&card=offer|trouble), our own small window that
// takes the decision the in-page card may not (inpage/ui/decide/use-decision-gate.ts): in Firefox always,
// in Chromium when the browser said the card was not seen. The background opens it for the card's
// own tab (`review/open`). Not web-accessible: no website can load or draw on it. It shows what
// the card showed (site and username, never a password) with the real buttons, and closes after.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { loadStrings, t, uiLanguage } from '../../shared/platform/i18n';
import { send } from '../../shared/platform/messaging';
import '../../shared/components/theme.css';
import '../../keep/ui/prompt/prompt.css';
import './review.css';
import { Prompt } from '../../keep/ui/prompt/Prompt';
import { Trouble } from '../../guide/ui/Trouble';
import { markReady } from '../../shared/components/ready';

const place = { kind: 'window' } as const;
const close = () => window.close();

function hostOf(url: string | undefined): string | null {
  try {
    return url ? new URL(url).hostname : null;
  } catch {
    return null;
  }
}

/** The trouble card needs the tab's site: the page the background last heard from in that tab. */
function TroubleFor({ tabId }: { tabId: number }) {
  const [host, setHost] = useState<string | null | undefined>(undefined);
  useEffect(() => void send('tab/state', { tabId }).then((reply) => setHost(reply.ok ? hostOf(reply.value.hello?.url) : null)), []);
  if (host === undefined) return null;
  if (host === null) return <Nothing />;
  return <Trouble place={place} tabId={tabId} host={host} onDone={close} />;
}

function Nothing() {
  useEffect(markReady, []);
  return <main data-testid="review-nothing"><p class="muted">{t('reviewNothing')}</p></main>;
}

function Review({ tabId, card }: { tabId: number; card: string | null }) {
  const [none, setNone] = useState(false);
  if (card === 'trouble') return <TroubleFor tabId={tabId} />;
  return none ? <Nothing /> : <Prompt tabId={tabId} place={place} onNone={() => setNone(true)} onDone={close} />;
}

document.documentElement.lang = uiLanguage();
await loadStrings();
document.title = t('reviewTitle');
const query = new URLSearchParams(location.search);
const tabId = Number(query.get('tab'));
const app = document.getElementById('app');
if (app) render(Number.isInteger(tabId) && tabId > 0 ? <Review tabId={tabId} card={query.get('card')} /> : <Nothing />, app);
