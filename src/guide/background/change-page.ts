// Runs in: background. Where a change flow starts (guide/core/recipes/change-url.ts): the recipe's URL,
// Apple's data, or /.well-known/change-password after the W3C note's check (a resource that must
// not exist answers non-2xx), else the account page. A check the browser refuses (no host
// permission for the site: CORS) proves nothing, so it counts as failed.
import { changePasswordUrl, wellKnownTrusted } from '../core/recipes/change-url';
import type { Recipe } from '../core/recipes/schema';

const CHECK_TIMEOUT_MS = 5000;

async function statusOf(url: string): Promise<number | null> {
  try {
    const response = await fetch(url, { method: 'GET', credentials: 'omit', redirect: 'manual', signal: AbortSignal.timeout(CHECK_TIMEOUT_MS) });
    // An opaque redirect (status 0) is not a 2xx: the site does not serve the resource.
    return response.type === 'opaqueredirect' ? 302 : response.status;
  } catch {
    return null;
  }
}

/** `pageOrigin` keeps the tab's scheme and port (a site on http, a fixture server). */
export async function changePageUrl(host: string, recipe: Recipe, pageOrigin: string): Promise<string> {
  const found = changePasswordUrl(host, recipe);
  const onPage = (url: string) => (url.startsWith(`https://${host}/`) ? `${pageOrigin}${url.slice(`https://${host}`.length)}` : url);
  if (found.source !== 'well-known') return onPage(found.url);
  const status = await statusOf(onPage(found.verifyWith));
  return status !== null && wellKnownTrusted(status) ? onPage(found.url) : onPage(found.otherwise.url);
}
