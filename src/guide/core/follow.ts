// Runs anywhere. The guide's state changes, as pure functions over the stored guides: start one
// for a site (replacing an older one for the same site), follow a page report to the step it
// shows, and collapse, dismiss or resume. The background applies them in one serial queue.
import type { PageView } from './recipes/page-view';
import { recogniseStep } from './recipes/recognise';
import type { FlowName } from './recipes/schema';
import { guidedSite, recipeUrl } from './site-key';
import { recipeById } from './view';
import { pruneGuides, type GuideState, type GuideStatus, type GuideStore } from './state';

export interface StartRequest {
  id: string;
  pageUrl: string;
  flow: FlowName;
  entryId: string | null;
  now: number;
}

export function startGuide(store: GuideStore, start: StartRequest): { store: GuideStore; guide: GuideState | null } {
  const site = guidedSite(start.pageUrl);
  if (!site || !site.recipe.flows[start.flow]) return { store, guide: null };
  const guide: GuideState = {
    id: start.id, recipeId: site.recipe.id, flow: start.flow, host: site.host, siteKey: site.siteKey,
    entryId: start.entryId, step: null, reached: [], status: 'open', startedAt: start.now, updatedAt: start.now,
  };
  const others = store.guides.filter((g) => g.siteKey !== site.siteKey);
  return { store: pruneGuides({ ...store, guides: [...others, guide] }, start.now), guide };
}

/** The guide that follows a page at this URL, if any (newest first: one per site anyway). */
export function guideForUrl(store: GuideStore, url: string): GuideState | null {
  const site = guidedSite(url);
  if (!site) return null;
  return store.guides.findLast((g) => g.siteKey === site.siteKey) ?? null;
}

/** A page report for a guided site moves its guide to the step the page shows. */
export function followPage(store: GuideStore, page: PageView, now: number): GuideStore {
  const guide = guideForUrl(store, page.url);
  const site = guidedSite(page.url);
  if (!guide || !site) return store;
  const previousStepId = guide.step?.recipeId === guide.recipeId ? guide.step.stepId : undefined;
  // The guide's own recipe, not the page's: a Shopify store on its own domain is Shopify's only on
  // the paths that show it (/account/login), and its account page after the reset is a step too.
  const recipe = recipeById(guide.recipeId) ?? site.recipe;
  const found = recogniseStep(recipe, guide.flow, { ...page, url: recipeUrl(page.url, site.host), previousStepId });
  // A page of the site that shows no step (the home page) leaves the guide where it was.
  if (!found) return store;
  const step = { recipeId: found.recipeId, stepId: found.stepId };
  if (guide.step?.recipeId === step.recipeId && guide.step.stepId === step.stepId) return store;
  const own = found.recipeId === guide.recipeId;
  const reached = own && !guide.reached.includes(found.stepId) ? [...guide.reached, found.stepId] : guide.reached;
  return replace(store, { ...guide, step, reached, updatedAt: now }, now);
}

export function setStatus(store: GuideStore, guideId: string, status: GuideStatus, now: number): { store: GuideStore; guide: GuideState | null } {
  const guide = store.guides.find((g) => g.id === guideId);
  if (!guide) return { store, guide: null };
  const next = { ...guide, status, updatedAt: now };
  return { store: replace(store, next, now), guide: next };
}

function replace(store: GuideStore, guide: GuideState, now: number): GuideStore {
  return pruneGuides({ ...store, guides: store.guides.map((g) => (g.id === guide.id ? guide : g)) }, now);
}
