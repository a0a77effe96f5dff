// Runs anywhere. "Trouble signing in?" after a login the site refused (Keep's outcome.ts judged it
// a failure): the tab's in-page card (the Keep prompt page) offers to start the reset guide. One
// card per failure: the card takes the trouble when it shows, so a later offer in that tab is
// shown as an offer. Nothing for a site whose guide is already walking the user through.
import { guideForUrl } from './follow';
import { pruneGuides, type GuideStore, type Trouble } from './state';

/** The page without query or fragment: a GET login form puts what was typed there. */
const pageOnly = (url: string) => url.split(/[?#]/)[0] ?? url;

/** Two addresses of the same page, whatever their query or fragment. */
export const samePage = (a: string, b: string): boolean => pageOnly(a) === pageOnly(b);

export function noteTrouble(store: GuideStore, trouble: Trouble): GuideStore | null {
  const guide = guideForUrl(store, trouble.url);
  if (guide && guide.status !== 'dismissed') return null;
  const others = (store.troubles ?? []).filter((t) => t.tabId !== trouble.tabId);
  return pruneGuides({ ...store, troubles: [...others, { ...trouble, url: pageOnly(trouble.url) }] }, trouble.at);
}

/**
 * The tab's trouble for the page it shows now (the one the failure was seen on; a card asked for
 * just as the user moved on shows nothing on the next page), removed from the store (shown once).
 */
export function takeTrouble(store: GuideStore, tabId: number, pageUrl: string, now: number): { store: GuideStore; trouble: Trouble | null } {
  const fresh = pruneGuides(store, now);
  const trouble = (fresh.troubles ?? []).find((t) => t.tabId === tabId && samePage(t.url, pageUrl)) ?? null;
  if (!trouble) return { store, trouble: null };
  return { store: pruneGuides({ ...fresh, troubles: (fresh.troubles ?? []).filter((t) => t !== trouble) }, now), trouble };
}
