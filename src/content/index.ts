// Runs in: content script (top frame of http/https pages, at document idle). Starts each feature
// with one shared AbortSignal and tears everything down when the extension context goes away
// (update, reload, disable), so an orphaned script never keeps observing the page.
import { log } from '../platform/log';
import { send } from '../platform/messaging';
import { watchContext } from '../platform/runtime';
import type { ContentContext, Feature } from './feature';
import { hello } from './features/hello';

const features: readonly Feature[] = [hello];

function start(): void {
  const lifetime = new AbortController();
  const ctx: ContentContext = { document, send };
  watchContext(lifetime.signal, () => {
    lifetime.abort();
    log.info('extension context gone; content script stopped');
  });
  for (const feature of features) {
    Promise.resolve()
      .then(() => feature(ctx, lifetime.signal))
      .catch((error: unknown) => log.error('feature failed', error));
  }
}

start();
