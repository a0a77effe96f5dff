// Runs in: the action popup, as its first script (index.html): asks the background for the first
// screen (protocol 'popup/open') while the rest of the popup is still loading, rather than after
// its modules are fetched and compiled, when main.tsx could first send anything; this module imports nothing but the browser's own API, so the question goes
// out about as soon as the page is parsed and the answer is usually waiting when main.tsx runs.
// main.tsx imports this same module, so it gets this same request (a module runs once per page).
import { sendEarly, type RawReply } from '../../shared/platform/early-message';
import { englishFallback } from '../../shared/platform/english-fallback';
import { nativeApi } from '../../shared/platform/native-api';
import { PAGE_SIZE } from './page-size';

export interface FirstRequest {
  tabId: number | null;
  reply: RawReply;
}

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

export const firstRequest: Promise<FirstRequest> = ask();
// When the browser's catalog is not answering, the English table is read now, beside the question
// rather than after its answer (shared/platform/english-fallback.ts); loadStrings awaits this same read.
void englishFallback();
