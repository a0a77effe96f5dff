// Runs in: content script. Shows the in-page Keep prompt when the background says this tab has an
// offer for the site shown (after a submit judged a success). The prompt page asks the background
// for the offer itself; this script only hosts it (content/prompt/hosted.ts, frame-host.ts).
import type { Feature } from '../feature';
import { hostOnCommand } from '../prompt/hosted';

export const prompt: Feature = (ctx, signal) => hostOnCommand(ctx, signal, 'keep-prompt');
