// Runs in: content script. Reads the page's credential forms at start and whenever they change,
// and sends each new snapshot to the background, which classifies it and keeps the report per tab
// (for the popup, the prompts and the guide) and answers it (detect/content/classified.ts).
import { watchPage } from './watch';
import type { Feature } from '../../content/feature';

export const report: Feature = (ctx, signal) => {
  ctx.guided.changed = watchPage(ctx.document, signal, (snapshot, ms) => void ctx.detection.report(snapshot, ms), { texts: ctx.guided }).refresh;
};
