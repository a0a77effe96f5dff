// Runs in: content script. Shows the in-page Keep prompt when the background says this tab has an
// offer for the site shown (after a submit judged a success). The prompt page asks the background
// for the offer itself; this script only hosts it (inpage/content/host-on-command.ts, frame-host.ts).
import type { Feature } from '../../content/feature';
import { hostOnCommand } from '../../inpage/content/host-on-command';

export const prompt: Feature = (ctx, signal) => hostOnCommand(ctx, signal, 'keep-prompt');
