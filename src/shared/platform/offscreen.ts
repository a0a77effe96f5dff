// Runs in: background (Chrome) and the offscreen document. Chrome's offscreen API is not in
// webextension-polyfill; this file declares the slice we use.
import browser, { type Runtime } from 'webextension-polyfill';

interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
  hasDocument?(): Promise<boolean>;
}
declare const chrome: { offscreen?: OffscreenApi };

const OFFSCREEN_URL = 'src/pages/offscreen/clipboard.html';
type OffscreenRequest = 'clear-clipboard';
const isRequest = (raw: unknown, kind: OffscreenRequest) =>
  typeof raw === 'object' && raw !== null && (raw as { offscreen?: unknown }).offscreen === kind;

/** Background (Chrome): runs one request in a short-lived offscreen document. */
export async function runOffscreen(kind: OffscreenRequest, justification: string): Promise<boolean> {
  const api = chrome.offscreen;
  if (!api) return false;
  if (!(await api.hasDocument?.())) await api.createDocument({ url: OFFSCREEN_URL, reasons: ['CLIPBOARD'], justification });
  try {
    return (await browser.runtime.sendMessage({ offscreen: kind })) === true;
  } finally {
    await api.closeDocument().catch(() => undefined);
  }
}

/** Offscreen document: answers one kind of request, and only from our own extension. */
export function onOffscreenRequest(kind: OffscreenRequest, handle: () => boolean | Promise<boolean>): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id || !isRequest(raw, kind)) return undefined;
    return Promise.resolve(handle());
  });
}
