// Runs in: the in-page prompt and guide (our pages framed by the content script). Their private
// line to the content script that hosts them: a MessagePort handed over with the nonce from this
// page's URL fragment. The page around us can post messages to this frame too, but never knows
// the nonce, so it can neither answer a check for the host nor feed us a port of its own.
import type { Rect } from '../../guide/core/placement';
import { readToFrame, type FromFrame } from '../../shared/protocol/frame-channel';
import type { PointAt } from '../../guide/core/recipes/point-at-schema';

/** What the host says about the shop's window: its size and the box to keep clear of (pointer.ts). */
export interface HostView { vw: number; vh: number; target: Rect | null }

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
  /** The guide: put the frame at this box of the window (inpage/content/frame-box.ts). */
  place(box: Rect): void;
  /** The guide: called with the window's size and the pointed box whenever they change. */
  onView(listener: (view: HostView) => void): void;
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
  let viewed: ((view: HostView) => void) | undefined;
  let lastView: HostView | undefined;
  port.onmessage = (e: MessageEvent<unknown>) => {
    const m = readToFrame(e.data);
    if (m?.t === 'verdict') waiting.get(m.id)?.(m.ok);
    else if (m?.t === 'view') {
      lastView = { vw: m.vw, vh: m.vh, target: m.target };
      viewed?.(lastView);
    }
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
    point: (at) => post({ t: 'point', at: [...at] }),
    place: (box) => post({ t: 'place', ...box }),
    onView: (listener) => {
      viewed = listener;
      if (lastView) listener(lastView);
    },
  };
}
