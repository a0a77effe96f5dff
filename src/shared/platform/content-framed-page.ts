// Runs in: content script. The URLs of our pages framed in a shop's page, Keep's prompt and the
// guide's panel (the background's command to show one arrives through content-commands.ts).
import { nativeApi } from './native-api';

export const KEEP_PROMPT_PAGE = 'src/keep/ui/prompt/index.html';
export const GUIDE_PANEL_PAGE = 'src/guide/ui/index.html';

/**
 * The URL of the page at `path` and the origins its document may have. Chrome answers the
 * per-session dynamic URL for a resource listed with `use_dynamic_url` (a page cannot probe a
 * fixed URL to learn Latchkey is installed), then serves the document from the extension's own
 * origin; Firefox has one moz-extension:// origin per install.
 */
export function framedPage(path: string): { url: string; origins: string[] } {
  const runtime = nativeApi().runtime;
  const url = runtime.getURL(path);
  const originOf = (u: string) => u.slice(0, u.indexOf('/', u.indexOf('//') + 2));
  return { url, origins: [originOf(url), originOf(runtime.getURL('/'))] };
}
