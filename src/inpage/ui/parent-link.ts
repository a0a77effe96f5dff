// Runs in: the in-page prompt and guide (our pages framed by the content script). Their private
// line to the content script that hosts them: a MessagePort handed over with the nonce from this
// page's URL fragment. The page around us can post messages to this frame too, but never knows
// the nonce, so it can neither answer a check for the host nor feed us a port of its own.
import type { FromFrame, ToFrame } from '../../shared/protocol/frame-channel';
import type { PointAt } from '../../guide/core/recipes/point-at-schema';

export interface ParentLink {
  /**
   * Asks the host whether our frame is still shown and has stayed in the same place for the last
   * `sinceMs` (inpage/content/placement.ts): the one thing the browser's visibility answer, read
   * inside the frame, does not tell.
   */
  check(sinceMs: number): Promise<boolean>;
  size(height: number): void;
  close(): void;
  /** The guide: outline the first of these on the page (guide/content/pointer.ts); none hides it. */
  point(at: readonly PointAt[]): void;
}

const CHECK_TIMEOUT_MS = 1500;

export function linkToParent(nonce: string): Promise<ParentLink> {
  return new Promise((resolve) => {
    const onMessage = (e: MessageEvent) => {
      const data = e.data as { latchkey?: unknown } | null;
      const port = e.ports[0];
      if (!nonce || e.source !== window.parent || data?.latchkey !== nonce || !port) return;
      window.removeEventListener('message', onMessage);
      resolve(linkOver(port));
    };
    window.addEventListener('message', onMessage);
    // Nothing secret: the host answers only a message that comes from this frame's window.
    window.parent.postMessage({ latchkeyPrompt: 'ready' }, '*');
  });
}

function linkOver(port: MessagePort): ParentLink {
  let next = 0;
  const waiting = new Map<number, (ok: boolean) => void>();
  const post = (m: FromFrame) => port.postMessage(m);
  port.onmessage = (e: MessageEvent<ToFrame>) => {
    if (e.data.t === 'verdict') waiting.get(e.data.id)?.(e.data.ok === true);
  };
  return {
    check: (sinceMs) =>
      new Promise((resolve) => {
        const id = ++next;
        const done = (ok: boolean) => {
          waiting.delete(id);
          resolve(ok);
        };
        waiting.set(id, done);
        // No answer is a refusal: a host that cannot vouch for the frame does not get a click.
        setTimeout(() => done(false), CHECK_TIMEOUT_MS);
        post({ t: 'check', id, sinceMs });
      }),
    size: (height) => post({ t: 'size', height }),
    close: () => post({ t: 'close' }),
    point: (at) => post({ t: 'point', at }),
  };
}
