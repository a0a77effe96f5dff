// Runs in: content script. Hosts the in-page prompt (DESIGN.md rule 4): our extension page in an
// iframe inside a closed shadow root, shown in the top layer (popover="manual"), so page scripts
// can neither read the frame (cross-origin) nor reach it through the shadow root.
// The frame and this script talk over a MessageChannel handed to the frame with a nonce that only
// the frame's URL carries: the page can post to the frame (window.frames) but cannot speak for us.
//
// Whether the user can see the frame is not decided here. A page has endless ways to hide,
// cover or blend what it hosts (its own top-layer popovers, pseudo-elements, blend modes,
// filters, a cover taken away at mousedown), and a list of the ones we know only invites the
// next ("DOM-based extension clickjacking", 2025): we used to keep such a list (opacity, filter,
// clip, elementsFromPoint...) and every check passed under attacks it did not name. The frame
// asks the browser instead (inpage/ui/decide/visibility-gate.ts: IntersectionObserver v2 from inside
// the frame, which sees every ancestor's effects and anything drawn over it), and where the
// browser cannot answer, decides nothing in the page at all. What only the host can tell is
// where the frame is: a browser that reports it fully visible still does not say it moved, so the
// frame's check asks whether it has stayed in place (placement.ts).
import { MIN_VISIBLE_MS, readFromFrame, type FromFrame, type ToFrame } from '../../shared/protocol/frame-channel';
import { boxCss, fitBox, type FrameBox } from './frame-box';
import { watchPlacement } from './placement';

const WIDTH = 360;
const MAX_HEIGHT = 480;
// Our own styles, marked important and inline: a page style sheet cannot outrank them, and
// `all: initial` first leaves none of its properties on our host, named or not (translate,
// zoom, mix-blend-mode, content-visibility, transitions...): only what we set here applies.
// The prompt sits top right, where browsers show theirs; the guide bottom left, clear of the
// prompt and of the middle of the page, where shops put their forms.
const INSET = { right: '16px 16px auto auto', left: 'auto auto 16px 16px' };
const BOX = 'all:initial;display:block;position:fixed;margin:0;padding:0;border:0;overflow:hidden;z-index:2147483647;';
export const important = (css: string) => css.replaceAll(';', '!important;');
// Attribute changes we tolerate before deciding the page is fighting the prompt.
const MAX_TAMPERING = 2;
// The top layer paints (and Chromium's IntersectionObserver v2 judges) the last element shown
// above the others, and v2 reports an earlier top-layer frame not visible once another of ours is
// shown after it, even where their boxes do not meet. Keep's prompt decides (the guide panel only
// invites to it), so it stays the last shown: a guide shown after it shows the prompt again.
const onTop = new Set<() => void>();

export interface HostedFrame {
  close(): void;
  /** Tells the frame something (the guide: the window's size and what to keep clear of). */
  post(message: ToFrame): void;
}

/** What else the frame may ask its host (the guide: point at an element). */
export type FrameRequest = Exclude<FromFrame, { t: 'size' | 'check' | 'close' | 'place' }>;

export function hostFramedPage(
  win: Window, page: { url: string; origins: string[] }, onClosed: () => void, side: keyof typeof INSET = 'right', onRequest?: (m: FrameRequest) => void,
): HostedFrame {
  const doc = win.document;
  // getRandomValues, not randomUUID: shops still serve http pages, which are no secure context.
  const nonce = Array.from(crypto.getRandomValues(new Uint32Array(4)), (n) => n.toString(36)).join('');
  const host = doc.createElement('div');
  let height = 200;
  // Where the frame placed itself ('place': the guide), else its corner.
  let box: FrameBox | null = null;
  const style = () => important(BOX + (box ? boxCss(box) : `inset:${INSET[side]};width:${WIDTH}px;height:${height}px;`));
  host.setAttribute('style', style());
  host.setAttribute('popover', 'manual');
  const raise = () => {
    host.hidePopover();
    host.showPopover();
  };
  const root = host.attachShadow({ mode: 'closed' });
  const frame = doc.createElement('iframe');
  frame.setAttribute('style', 'border:0;width:100%;height:100%;display:block;color-scheme:normal');
  frame.src = `${page.url}#${nonce}`;
  root.append(frame);

  const channel = new MessageChannel();
  const placement = watchPlacement(host, win);
  let closed = false;
  let tampering = 0;
  const close = () => {
    if (closed) return;
    closed = true;
    onTop.delete(raise);
    ready.abort();
    placement.stop();
    watcher.disconnect();
    channel.port1.close();
    host.remove();
    onClosed();
  };

  channel.port1.onmessage = (e: MessageEvent<unknown>) => {
    const m = readFromFrame(e.data);
    if (!m) return;
    if (m.t === 'size' || m.t === 'place') {
      if (m.t === 'size') height = Math.min(MAX_HEIGHT, Math.max(60, Math.round(m.height)));
      else box = fitBox(m, win);
      guarded(() => host.setAttribute('style', style()));
    } else if (m.t === 'check') {
      // Asked after a click the frame saw as visible long enough, before it acts: still shown,
      // and in the same place since the look began (never moved under the pointer).
      const ok = host.isConnected && host.matches(':popover-open') && placement.stillFor() >= Math.max(m.sinceMs, MIN_VISIBLE_MS);
      channel.port1.postMessage({ t: 'verdict', id: m.id, ok } satisfies ToFrame);
    } else if (m.t === 'close') close();
    else onRequest?.(m);
  };

  // The page may restyle or hide our host (it is in its DOM): undo it, and give up if it persists.
  let ours = false;
  const guarded = (change: () => void) => {
    ours = true;
    change();
    watcher.takeRecords();
    ours = false;
  };
  const watcher = new MutationObserver((records) => {
    if (ours) return;
    if (records.some((r) => r.type === 'childList' && !host.isConnected)) return close();
    if (!records.some((r) => r.type === 'attributes' && r.target === host)) return;
    if (++tampering > MAX_TAMPERING) return close();
    guarded(() => {
      for (const name of host.getAttributeNames()) if (name !== 'style' && name !== 'popover') host.removeAttribute(name);
      host.setAttribute('style', style());
      host.setAttribute('popover', 'manual');
    });
  });
  host.addEventListener('toggle', (e) => {
    // Shown again to stay on top (onTop): the events of a hide and show run after both.
    if ((e as ToggleEvent).newState === 'closed' && !host.matches(':popover-open')) close();
  });
  // The frame says it is ready (no secret in that). Only a message from our frame's window, with
  // our extension's origin, gets the channel: the page can navigate a frame it reaches through
  // window.frames, and its own document there must never receive the nonce or the port.
  const ready = new AbortController();
  win.addEventListener('message', (e) => {
    if (e.source !== frame.contentWindow || !page.origins.includes(e.origin)) return;
    if ((e.data as { latchkeyPrompt?: unknown } | null)?.latchkeyPrompt !== 'ready') return;
    ready.abort();
    frame.contentWindow?.postMessage({ latchkey: nonce }, e.origin, [channel.port2]);
  }, { signal: ready.signal });

  doc.documentElement.append(host);
  host.showPopover();
  if (side === 'right') onTop.add(raise);
  else onTop.forEach((again) => again());
  watcher.observe(host, { attributes: true });
  watcher.observe(doc.documentElement, { childList: true });
  return { close, post: (message) => channel.port1.postMessage(message) };
}
