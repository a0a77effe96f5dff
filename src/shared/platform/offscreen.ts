// Runs in: background (Chrome) and the offscreen document. Chrome's offscreen API is not in
// webextension-polyfill; this file declares the slice we use.
import browser, { type Runtime } from 'webextension-polyfill';
import { OffscreenReply, OffscreenRequest, type OffscreenKind } from '../protocol/offscreen';

interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
  hasDocument?(): Promise<boolean>;
}
declare const chrome: { offscreen?: OffscreenApi };

const OFFSCREEN_URL = 'src/pages/offscreen/clipboard.html';

/** Background (Chrome): runs one request in a short-lived offscreen document. */
export async function runOffscreen(kind: OffscreenKind, justification: string): Promise<boolean> {
  const api = chrome.offscreen;
  if (!api) return false;
  if (!(await api.hasDocument?.())) await api.createDocument({ url: OFFSCREEN_URL, reasons: ['CLIPBOARD'], justification });
  try {
    const request: OffscreenRequest = { offscreen: kind };
    const reply = OffscreenReply.safeParse(await browser.runtime.sendMessage(request));
    return reply.success && reply.data;
  } finally {
    await api.closeDocument().catch(() => undefined);
  }
}

/** Offscreen document: answers one kind of request, and only from our own extension. */
export function onOffscreenRequest(kind: OffscreenKind, handle: () => boolean | Promise<boolean>): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
    const request = OffscreenRequest.safeParse(raw);
    if (sender.id !== browser.runtime.id || !request.success || request.data.offscreen !== kind) return undefined;
    return Promise.resolve(handle());
  });
}
