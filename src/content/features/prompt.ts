// Runs in: content script. Shows the in-page Keep prompt when the background says this tab has an
// offer for the site shown (after a submit judged a success). The prompt page asks the background
// for the offer itself; this script only hosts it (content/prompt/frame-host.ts).
import { onPromptCommand, promptPage } from '../../platform/content-prompt';
import type { Feature } from '../feature';
import { hostPrompt, type PromptFrame } from '../prompt/frame-host';

export const prompt: Feature = (ctx, signal) => {
  const win = ctx.document.defaultView;
  // Top frame only, never a sandboxed document: the same rules as filling (DESIGN.md rule 3).
  if (!win || win.top !== win || win.origin === 'null') return;
  let shown: PromptFrame | null = null;
  onPromptCommand(signal, () => {
    shown ??= hostPrompt(win, promptPage(), () => {
      shown = null;
    });
  });
  signal.addEventListener('abort', () => shown?.close(), { once: true });
};
