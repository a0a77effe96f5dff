// Runs in: content script (top frame of http/https pages, at document idle). Starts each feature
// with one shared AbortSignal and tears everything down when the extension context goes away
// (update, reload, disable), so an orphaned script never keeps observing the page.
import { log } from '../shared/platform/log';
import { sendFromContent } from '../shared/platform/content-messaging';
import { watchContext } from '../shared/platform/content-lifetime';
import type { ContentContext, Feature, Guided } from './feature';
import { detection } from '../detect/content/classified';
import { snapshotPage } from '../detect/content/snapshot';
import { trackProvenance } from '../keep/content/provenance';
import { capture } from '../keep/content/capture-feature';
import { hello } from '../detect/content/hello-feature';
import { prompt } from '../keep/content/prompt-feature';
import { fill } from '../fill/content/fill-feature';
import { guide } from '../guide/content/guide-feature';
import { report } from '../detect/content/report-feature';

// In order, each set up before the next. What only listens comes first: the background may send
// this document a command as soon as it has recorded the hello, before the hello's answer is back
// here, and a fill the user asks for in the popup at that moment must find its listener (in CI it
// once came back "unreachable"). Then the hello; then what sends: the background resets the tab's
// state on a top-frame hello, so the first report must not overtake it, and that first report may
// ask for the prompt (a submit on the previous page turned into an offer) or the guide.
const features: readonly Feature[] = [prompt, guide, fill, hello, report, capture];

async function start(): Promise<void> {
  const lifetime = new AbortController();
  const guided: Guided = { on: false };
  const ctx: ContentContext = {
    document, send: sendFromContent, provenance: trackProvenance(document, lifetime.signal), guided,
    detection: detection(sendFromContent), snapshot: () => snapshotPage(document, { texts: guided.on }),
  };
  watchContext(lifetime.signal, () => {
    lifetime.abort();
    log.info('extension context gone; content script stopped');
  });
  for (const feature of features) {
    if (lifetime.signal.aborted) return;
    try {
      await feature(ctx, lifetime.signal);
    } catch (error) {
      log.error('feature failed', error);
    }
  }
}

void start();
