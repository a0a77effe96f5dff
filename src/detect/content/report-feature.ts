// Runs in: content script. Detects the page's credential forms at start and whenever they
// change, and sends each new report to the background (which keeps it per tab for the popup,
// the prompts and the guide).
import { log } from '../../shared/platform/log';
import { keywordLoader } from './keyword-loader';
import { watchPage } from './watch';
import type { Feature } from '../../content/feature';

export const report: Feature = (ctx, signal) => {
  ctx.guided.changed = watchPage(ctx.document, signal, (pageReport) => {
    void ctx.send('page/report', pageReport).then((reply) => {
      if (!reply.ok) log.warn('page report not delivered:', reply.error.message);
    });
  }, { texts: ctx.guided, loadKeywords: keywordLoader(ctx.send) }).refresh;
};
