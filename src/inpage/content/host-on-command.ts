// Runs in: content script. The one way our in-page pages get framed (frame-host.ts): when our
// background sends `kind` (the Keep prompt, the guide panel), in the top frame of a document that
// is not sandboxed (DESIGN.md rules 3 and 4), one frame at a time, closed with the feature.
// Positional arguments: property names survive minification, and this is in every page.
import { framedPage, KEEP_PROMPT_PAGE } from '../../shared/platform/content-framed-page';
import { onTabCommand } from '../../shared/platform/content-commands';
import type { ContentContext } from '../../content/feature';
import { hostFramedPage, type FrameRequest, type HostedFrame } from './frame-host';

export function hostOnCommand(
  ctx: ContentContext,
  signal: AbortSignal,
  kind: 'keep-prompt' | 'guide-panel',
  /** The page to frame (default: the Keep prompt), its side, what else it may ask, and when it closed. */
  path?: string,
  side?: 'left',
  onRequest?: (m: FrameRequest, win: Window, frame: HostedFrame) => void,
  onClosed?: () => void,
): void {
  const win = ctx.document.defaultView;
  if (!win || win.top !== win || win.origin === 'null') return;
  let shown: HostedFrame | null = null;
  onTabCommand(signal, kind, () => {
    shown ??= hostFramedPage(win, framedPage(path ?? KEEP_PROMPT_PAGE), () => {
      shown = null;
      onClosed?.();
    }, side, (m) => shown && onRequest?.(m, win, shown));
  });
  signal.addEventListener('abort', () => shown?.close(), { once: true });
}
