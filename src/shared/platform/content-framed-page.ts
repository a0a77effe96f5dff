// Runs in: content script. The URL of the in-page page to frame (the background's command to show
// it arrives through content-commands.ts).
import { nativeApi } from './native-api';

/**
 * The prompt page's URL (or the guide page's, src/guide/ui/index.html), and the origins its document may have. Chrome answers the per-session
 * dynamic URL for a resource listed with `use_dynamic_url` (a page cannot probe a fixed URL to
 * learn Latchkey is installed), then serves the document from the extension's own origin; Firefox
 * has one moz-extension:// origin per install.
 */
export function promptPage(path = 'src/keep/ui/prompt/index.html'): { url: string; origins: string[] } {
  const runtime = nativeApi().runtime;
  const url = runtime.getURL(path);
  const originOf = (u: string) => u.slice(0, u.indexOf('/', u.indexOf('//') + 2));
  return { url, origins: [originOf(url), originOf(runtime.getURL('/'))] };
}
