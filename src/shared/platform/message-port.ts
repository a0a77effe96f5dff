// Runs in: extension pages (popup, options, our framed pages). Their protocol messages travel
// over one long-lived port instead of a runtime.sendMessage each: sendMessage opens and closes a
// message channel through the browser process per request, and the popup's search sends one a
// keystroke (search.keystrokeRatio in `npm run bench`). The background answers both the same way (listen.ts): the
// sender is what the browser says of the port, checked by the same dispatch on every message.
import browser, { type Runtime } from 'webextension-polyfill';
import { PortReply } from '../protocol/port-frame';
import { PORTS } from '../protocol/ports';

interface Open {
  port: Runtime.Port;
  nextId: number;
  waiting: Map<number, { resolve(reply: unknown): void; reject(error: Error): void }>;
}

let current: Open | null = null;

function connect(): Open {
  const opened: Open = { port: browser.runtime.connect({ name: PORTS.messages }), nextId: 0, waiting: new Map() };
  opened.port.onMessage.addListener((frame: unknown) => {
    const parsed = PortReply.safeParse(frame);
    if (!parsed.success) return;
    opened.waiting.get(parsed.data.id)?.resolve(parsed.data.reply);
    opened.waiting.delete(parsed.data.id);
  });
  // The worker stopped (idle, or killed): what it had not answered fails as sendMessage would
  // fail, and the next request connects again, which wakes it.
  opened.port.onDisconnect.addListener(() => {
    if (current === opened) current = null;
    for (const { reject } of opened.waiting.values()) reject(new Error('the background stopped before it answered'));
    opened.waiting.clear();
  });
  return opened;
}

/**
 * Delivers one message to the background and resolves with its raw answer. A message the port
 * could not take (it had just closed) goes by sendMessage instead: it was never posted, so it
 * cannot be handled twice. One posted when the worker then stops is not sent again.
 */
export function deliver(message: unknown): Promise<unknown> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const open = (current ??= connect());
    const id = ++open.nextId;
    try {
      const answered = new Promise<unknown>((resolve, reject) => open.waiting.set(id, { resolve, reject }));
      open.port.postMessage({ id, message });
      return answered;
    } catch {
      open.waiting.delete(id);
      if (current === open) current = null;
    }
  }
  return browser.runtime.sendMessage(message);
}
