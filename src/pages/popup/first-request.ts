// Runs in: the action popup. The question for its first screen (protocol 'popup/open'), asked
// by index.html's first script (early.ts, a classic script of its own: vite.config.ts says why)
// while the rest of the popup is still being fetched and compiled, rather than once main.tsx runs.
// That script and main.tsx are two bundles, so the request is handed over on the page's global
// object; main.tsx asks itself only when the early script did not run. It imports nothing but the
// browser's own API, so the early script stays small.
import { sendEarly, type RawReply } from '../../shared/platform/early-message';
import { nativeApi } from '../../shared/platform/native-api';
import { PAGE_SIZE } from './page-size';

export interface FirstRequest {
  tabId: number | null;
  reply: RawReply;
}

/** Where the early script leaves its request for main.tsx: one popup page, our scripts alone. */
const HANDOVER = 'latchkeyFirstRequest';
type Handover = { [HANDOVER]?: Promise<FirstRequest> };

/**
 * The tab the popup describes: `?tab=ID` when the popup was opened as a page for a given tab
 * (tests, "open in a tab"), else the active tab of the current window.
 */
async function targetTab(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  try {
    const [tab] = await nativeApi().tabs.query({ active: true, currentWindow: true });
    return tab?.id ?? null;
  } catch {
    return null;
  }
}

async function ask(): Promise<FirstRequest> {
  const tabId = await targetTab();
  return { tabId, reply: await sendEarly('popup/open', { tabId, limit: PAGE_SIZE }) };
}

/** The page's one first-screen request: the early script's, or a new one if it has not started it. */
export function firstRequest(): Promise<FirstRequest> {
  const scope = globalThis as Handover;
  return (scope[HANDOVER] ??= ask());
}
