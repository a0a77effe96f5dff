// Runs in: content script. The one way our in-page pages get framed (frame-host.ts): when our
// background sends `kind` (the Keep prompt, the guide panel), in the top frame of a document that
// is not sandboxed (DESIGN.md rules 3 and 4), one frame at a time, closed with the feature.
// Positional arguments: property names survive minification, and this is in every page.
import type { GuideCommand, PromptCommand } from '../../shared/protocol/commands';
import { onPromptCommand, promptPage } from '../../shared/platform/content-prompt';
import type { ContentContext } from '../../content/feature';
import { hostPrompt, type FrameRequest, type PromptFrame } from './frame-host';

export function hostOnCommand(
  ctx: ContentContext,
  signal: AbortSignal,
  kind: (PromptCommand | GuideCommand)['kind'],
  /** The page to frame (default: the Keep prompt), its side, what else it may ask, and when it closed. */
  path?: string,
  side?: 'left',
  onRequest?: (m: FrameRequest, win: Window, frame: PromptFrame) => void,
  onClosed?: () => void,
): void {
  const win = ctx.document.defaultView;
  if (!win || win.top !== win || win.origin === 'null') return;
  let shown: PromptFrame | null = null;
  onPromptCommand(signal, () => {
    shown ??= hostPrompt(win, promptPage(path), () => {
      shown = null;
      onClosed?.();
    }, side, (m) => shown && onRequest?.(m, win, shown));
  }, kind);
  signal.addEventListener('abort', () => shown?.close(), { once: true });
}
