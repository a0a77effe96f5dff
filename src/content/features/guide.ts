// Runs in: content script. Hosts the in-page guide when the background says this page belongs to
// a guided site (content/prompt/frame-host.ts: an extension page in an iframe in a closed shadow
// root, in the top layer; bottom left, so it never covers the Keep prompt). The guide page asks
// the background for the guide itself and closes its frame when the user closes the guide.
import { onPromptCommand, promptPage } from '../../platform/content-prompt';
import type { Feature } from '../feature';
import { hostPrompt, type PromptFrame } from '../prompt/frame-host';

export const guide: Feature = (ctx, signal) => {
  const win = ctx.document.defaultView;
  // Top frame only, never a sandboxed document (DESIGN.md rules 3 and 4).
  if (!win || win.top !== win || win.origin === 'null') return;
  let shown: PromptFrame | null = null;
  onPromptCommand(signal, () => {
    shown ??= hostPrompt(win, promptPage('src/ui/guide/index.html'), () => {
      shown = null;
    }, 'left');
  }, 'guide-panel');
  signal.addEventListener('abort', () => shown?.close(), { once: true });
};
